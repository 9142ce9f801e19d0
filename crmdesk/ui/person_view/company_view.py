"""The company view: contact data, its persons with their functions, and the timeline of all of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from crmdesk.domain.records import CompanyDetail
from crmdesk.queries import companies as company_queries
from crmdesk.queries.timeline import company_timeline
from crmdesk.ui.person_view.parts import ContactForm, EmploymentList, FollowUpList, Header, LetterList
from crmdesk.ui.person_view.person_view import address_text
from crmdesk.ui.person_view.timeline import TimelineModel, TimelineTable
from crmdesk.ui.persons.columns import company_status_text
from crmdesk.ui.widgets.formatting import format_date, format_number
from crmdesk.ui.widgets.links import esc, mail_link, phone_link, web_link

CONTACT_ROWS = [
    ("phone", QT_TRANSLATE_NOOP("DetailView", "Phone")),
    ("phone2", QT_TRANSLATE_NOOP("DetailView", "Phone 2")),
    ("fax", QT_TRANSLATE_NOOP("DetailView", "Fax")),
    ("email", QT_TRANSLATE_NOOP("DetailView", "E-mail")),
    ("email2", QT_TRANSLATE_NOOP("DetailView", "E-mail 2")),
    ("website", QT_TRANSLATE_NOOP("DetailView", "Website")),
    ("address", QT_TRANSLATE_NOOP("DetailView", "Address")),
    ("vat_id", QT_TRANSLATE_NOOP("DetailView", "VAT number")),
    ("register", QT_TRANSLATE_NOOP("DetailView", "Company register")),
    ("owner", QT_TRANSLATE_NOOP("DetailView", "Owner")),
    ("notes", QT_TRANSLATE_NOOP("DetailView", "Notes")),
]


class CompanyView(QWidget):
    """One company: header with actions, contact data, and tabs for persons, timeline, follow-ups, letters.

    Attributes: ctx, detail (CompanyDetail shown), header, contact, tabs, persons (EmploymentList),
    timeline (TimelineModel with a Person column), follow_ups, letters.
    """

    ready = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CompanyDetail | None = None
        self.header = Header()
        self.contact = ContactForm(CONTACT_ROWS)
        self.persons = EmploymentList(of_company=True, on_open=ctx.events.open_person_requested.emit)
        self.timeline = TimelineModel(with_person=True, parent=self)
        self.follow_ups = FollowUpList(with_person=True)
        self.letters = LetterList()
        self.tabs = QTabWidget()
        self._build()
        events = ctx.events
        events.companies_changed.connect(self._on_changed)
        events.persons_changed.connect(self._on_related_changed)
        events.interactions_changed.connect(self._on_related_changed)
        self.retranslate()

    def _build(self) -> None:
        self.header.add_button("edit", "action-edit", self.edit)
        self.header.add_button("delete", "action-delete", self.delete)
        self.header.buttons["edit"].setVisible(self.ctx.can("company.edit"))
        self.header.buttons["delete"].setVisible(self.ctx.can("company.delete"))
        self.header.restore_button.clicked.connect(self.restore)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.contact)
        scroll.setMinimumWidth(280)
        timeline = TimelineTable(self.timeline)
        timeline.doubleClicked.connect(self._open_person_of_entry)
        for widget in (self.persons, timeline, self.follow_ups, self.letters):
            self.tabs.addTab(widget, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setSizes([360, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def is_ready(self) -> bool:
        """Loaded synchronously: always ready."""
        return True

    def company_id(self) -> int:
        """The id of the company shown (0 before load)."""
        return self.detail.id if self.detail else 0

    def load(self, company_id: int) -> bool:
        """Show a company; False when it does not exist."""
        self.detail = detail = company_queries.company_detail(company_id)
        if detail is None:
            self.header.title.set_full_text(self.tr("This company does not exist (any more)."))
            self.header.subtitle.set_full_text("")
            self.header.info.setText("")
            return False
        v = detail.values
        name, form = v["name"], v.get("legal_form") or ""
        self.header.title.set_full_text(name if not form or name.endswith(form) else f"{name} {form}")
        self.header.subtitle.set_full_text(
            ", ".join(
                p
                for p in (
                    v.get("street"),
                    " ".join(x for x in (v.get("postal_code"), v.get("city")) if x),
                    v.get("country"),
                )
                if p
            )
        )
        parts = [esc(company_status_text(v.get("status", "")))]
        if v.get("category"):
            parts.append(esc(self.tr("Category %1").replace("%1", v["category"])))
        parts += [f"<span style='background:#e3f2fd'>{esc(t)}</span>" for t in detail.tags]
        if detail.last_contact_at:
            parts.append(esc(self.tr("Last contact %1").replace("%1", format_date(detail.last_contact_at))))
        self.header.info.setText(" · ".join(parts))
        self.header.set_deleted(
            detail.deleted_at is not None,
            self.tr("This company was deleted on %1.").replace("%1", format_date(detail.deleted_at)),
        )
        self.header.restore_button.setVisible(detail.deleted_at is not None and self.ctx.can("company.delete"))
        self._show_contact(detail)
        self.persons.set_items(detail.employments)
        self.timeline.load(lambda before, limit, cid=company_id: company_timeline(cid, before=before, limit=limit))
        self.follow_ups.set_items(detail.follow_ups)
        self.letters.set_items(detail.letters)
        self._set_tab_titles()
        return True

    def _show_contact(self, d: CompanyDetail) -> None:
        v = d.values
        for key in ("phone", "phone2", "fax"):
            self.contact.set_value(key, phone_link(v.get(key) or ""))
        for key in ("email", "email2"):
            self.contact.set_value(key, mail_link(v.get(key) or ""))
        self.contact.set_value("website", web_link(v.get("website") or ""))
        self.contact.set_value(
            "address",
            address_text(v.get("street", ""), v.get("postal_code", ""), v.get("city", ""), v.get("country", "")),
        )
        self.contact.set_value("vat_id", esc(v.get("vat_id") or ""))
        self.contact.set_value(
            "register", esc(" ".join(p for p in (v.get("register_number"), v.get("register_court")) if p))
        )
        self.contact.set_value("owner", esc(d.owner_name))
        notes = (v.get("notes") or "")[:5000]
        self.contact.set_value("notes", esc(notes).replace("\n", "<br>") if notes.strip() else "")

    def _set_tab_titles(self) -> None:
        persons = self.persons.topLevelItemCount()
        self.tabs.setTabText(0, self.tr("Persons (%1)").replace("%1", format_number(persons)))
        self.tabs.setTabText(1, self.tr("Contacts"))
        self.tabs.setTabText(
            2, self.tr("Follow-ups (%1)").replace("%1", format_number(self.follow_ups.topLevelItemCount()))
        )
        self.tabs.setTabText(3, self.tr("Letters (%1)").replace("%1", format_number(self.letters.topLevelItemCount())))

    def refresh(self) -> None:
        """Load the company again."""
        if self.detail is not None:
            self.load(self.detail.id)

    def _on_changed(self, ids: list) -> None:
        if self.detail is not None and self.isVisible() and (not ids or self.detail.id in ids):
            self.refresh()

    def _on_related_changed(self, _ids: list) -> None:
        self._on_changed([])

    def _open_person_of_entry(self, index) -> None:
        entry = self.timeline.entry(index.row())
        if entry is not None and entry.person_id:
            self.ctx.events.open_person_requested.emit(entry.person_id)

    def edit(self) -> None:
        """Open the edit dialog for this company."""
        from crmdesk.ui.edit.company_dialog import edit_company

        if self.detail is not None:
            edit_company(self, self.ctx, self.detail.id)

    def delete(self) -> None:
        """Soft-delete this company (asks first; undo in the status bar)."""
        from crmdesk.ui.edit.deleting import delete_companies

        if self.detail is not None and delete_companies(self, self.ctx, [self.detail.id]):
            self.refresh()

    def restore(self) -> None:
        """Undo the deletion of this company."""
        from crmdesk.ui.edit.deleting import restore_companies

        if self.detail is not None:
            restore_companies(self, self.ctx, [self.detail.id])

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.header.buttons["edit"].setText(self.tr("Edit"))
        self.header.buttons["delete"].setText(self.tr("Delete"))
        self.header.restore_button.setText(self.tr("Restore"))
        for widget in (self.contact, self.persons, self.follow_ups, self.letters, self.timeline):
            widget.retranslate()
        self._set_tab_titles()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.detail is not None:
                self.load(self.detail.id)
        super().changeEvent(event)
