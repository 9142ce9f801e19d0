"""The companies page: search as you type, filters and the lazy companies list with its context menu."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from crmdesk.queries import companies as company_queries
from crmdesk.ui.icons import icon
from crmdesk.ui.persons.columns import COMPANY_COLUMNS
from crmdesk.ui.widgets.list_page import ListPage


class CompaniesPage(ListPage):
    """All companies (not deleted), sorted and searched in SQL."""

    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            columns=COMPANY_COLUMNS,
            settings_key="lists/companies",
            ordered_ids=company_queries.ordered_company_ids,
            make_filter=company_queries.company_filter,
            fetch_rows=company_queries.company_rows,
            first_ids=company_queries.first_company_ids,
            parent=parent,
        )
        self.table.activated_id.connect(ctx.events.open_company_requested.emit)
        ctx.events.companies_changed.connect(self.refresh)
        ctx.events.persons_changed.connect(self.refresh_rows)
        ctx.events.interactions_changed.connect(self.refresh_rows)

    def count_text(self, count: int) -> str:
        """'1,234 companies'."""
        return self.tr("%n company(s)", "", count)

    def new_company(self) -> None:
        """Open the dialog for a new company; show it after saving."""
        from crmdesk.ui.edit.company_dialog import edit_company

        new_id = edit_company(self, self.ctx)
        if new_id:
            self.ctx.events.open_company_requested.emit(new_id)

    def context_actions(self, menu: QMenu, ids: list[int]) -> None:
        """Open, edit, export, delete: what the user's role allows."""
        ctx = self.ctx
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: ctx.events.open_company_requested.emit(ids[0]))
            if ctx.can("company.edit"):
                menu.addAction(icon("action-edit"), self.tr("Edit…"), lambda: self._edit(ids[0]))
        if ctx.can("export.bulk"):
            menu.addAction(
                icon("action-export"),
                self.tr("Export…"),
                lambda: ctx.events.export_requested.emit("companies", list(ids)),
            )
        if ctx.can("company.delete"):
            menu.addSeparator()
            menu.addAction(icon("action-delete"), self.tr("Delete…"), lambda: self._delete(ids))

    def _edit(self, company_id: int) -> None:
        from crmdesk.ui.edit.company_dialog import edit_company

        edit_company(self, self.ctx, company_id)

    def _delete(self, ids: list[int]) -> None:
        from crmdesk.ui.edit.deleting import delete_companies

        delete_companies(self, self.ctx, ids)
