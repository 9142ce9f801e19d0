"""The persons page: search as you type, filters and the lazy persons list with its context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from crmdesk.queries import persons as person_queries
from crmdesk.ui.persons.columns import PERSON_COLUMNS
from crmdesk.ui.widgets.list_page import ListPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class PersonsPage(ListPage):
    """All persons (not deleted), 100,000 and more, sorted and searched in SQL."""

    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            columns=PERSON_COLUMNS,
            settings_key="lists/persons",
            ordered_ids=person_queries.ordered_person_ids,
            make_filter=person_queries.person_filter,
            fetch_rows=person_queries.person_rows,
            first_ids=person_queries.first_person_ids,
            count_all=person_queries.count_live_persons,
            parent=parent,
        )
        self.table.activated_id.connect(ctx.events.open_person_requested.emit)
        ctx.events.persons_changed.connect(self.refresh)
        ctx.events.companies_changed.connect(self.refresh_rows)
        ctx.events.interactions_changed.connect(self.refresh_rows)

    def count_text(self, count: int) -> str:
        """'1,234 persons'."""
        return self.tr("%n person(s)", "", count)

    def new_person(self) -> None:
        """Open the dialog for a new person; show the person after saving."""
        from crmdesk.ui.edit.person_dialog import edit_person

        new_id = edit_person(self, self.ctx)
        if new_id:
            self.ctx.events.open_person_requested.emit(new_id)

    def context_actions(self, menu: QMenu, ids: list[int]) -> None:
        """Open, edit, log, letters, export, delete: what the user's role allows."""
        fill_person_menu(self, menu, self.ctx, ids)


def fill_person_menu(parent, menu: QMenu, ctx, ids: list[int]) -> None:
    """The context menu for selected persons (list, company view)."""
    from crmdesk.ui.icons import icon

    single = len(ids) == 1
    if single:
        menu.addAction(translate("PersonMenu", "Open"), lambda: ctx.events.open_person_requested.emit(ids[0]))
        if ctx.can("person.edit"):
            menu.addAction(icon("action-edit"), translate("PersonMenu", "Edit…"), lambda: _edit(parent, ctx, ids[0]))
    if ctx.can("interaction.log"):
        menu.addAction(
            icon("action-quick_log"),
            translate("PersonMenu", "Log contact…"),
            lambda: ctx.events.quick_log_requested.emit(ids[0]),
        )
    menu.addSeparator()
    if ctx.can("letter.single"):
        menu.addAction(
            icon("channel-letter"),
            translate("PersonMenu", "Letter…"),
            lambda: ctx.events.letter_requested.emit(list(ids)),
        )
    if ctx.can("letter.serial"):
        menu.addAction(
            translate("PersonMenu", "Serial letter…"), lambda: ctx.events.serial_letter_requested.emit(list(ids))
        )
    if ctx.can("export.bulk"):
        menu.addAction(
            icon("action-export"),
            translate("PersonMenu", "Export…"),
            lambda: ctx.events.export_requested.emit("persons", list(ids)),
        )
    if ctx.can("person.delete"):
        menu.addSeparator()
        menu.addAction(icon("action-delete"), translate("PersonMenu", "Delete…"), lambda: _delete(parent, ctx, ids))


def _edit(parent, ctx, person_id: int) -> None:
    from crmdesk.ui.edit.person_dialog import edit_person

    edit_person(parent, ctx, person_id)


def _delete(parent, ctx, ids: list[int]) -> None:
    from crmdesk.ui.edit.deleting import delete_persons

    delete_persons(parent, ctx, ids)
