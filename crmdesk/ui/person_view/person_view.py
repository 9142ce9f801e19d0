"""The person view: name with titles and the formal salutation, contact data, notes, and the full history."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, Qt, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from crmdesk.domain.records import PersonDetail
from crmdesk.queries import persons as person_queries
from crmdesk.queries.timeline import person_timeline
from crmdesk.ui.person_view.parts import ContactForm, EmploymentList, FollowUpList, Header, LetterList
from crmdesk.ui.person_view.salutation import salutation_line
from crmdesk.ui.person_view.timeline import TimelineModel, TimelineTable
from crmdesk.ui.widgets.formatting import format_date, format_number, format_time
from crmdesk.ui.widgets.links import esc, mail_link, phone_link, web_link

CONTACT_ROWS = [
    ("phone_business", QT_TRANSLATE_NOOP("DetailView", "Phone")),
    ("phone_mobile", QT_TRANSLATE_NOOP("DetailView", "Mobile")),
    ("phone_private", QT_TRANSLATE_NOOP("DetailView", "Private phone")),
    ("email_business", QT_TRANSLATE_NOOP("DetailView", "E-mail")),
    ("email_private", QT_TRANSLATE_NOOP("DetailView", "Private e-mail")),
    ("profiles", QT_TRANSLATE_NOOP("DetailView", "Profiles")),
    ("address", QT_TRANSLATE_NOOP("DetailView", "Address")),
    ("private_address", QT_TRANSLATE_NOOP("DetailView", "Private address")),
    ("local_time", QT_TRANSLATE_NOOP("DetailView", "Local time")),
    ("birthday", QT_TRANSLATE_NOOP("DetailView", "Birthday")),
    ("letters", QT_TRANSLATE_NOOP("DetailView", "Letters in")),
    ("owner", QT_TRANSLATE_NOOP("DetailView", "Owner")),
    ("advertising", QT_TRANSLATE_NOOP("DetailView", "Advertising")),
    ("notes", QT_TRANSLATE_NOOP("DetailView", "Personal notes")),
]
LOCAL_TIME_REFRESH_MS = 30_000


def address_text(street: str, postal_code: str, city: str, country: str) -> str:
    """'Hauptstraße 1, 1010 Wien, AT' escaped ('' when all parts are empty)."""
    town = " ".join(p for p in (postal_code, city) if p)
    return esc(", ".join(p for p in (street, town, country) if p))


class PersonView(QWidget):
    """One person: header with actions, contact data on the left, history tabs on the right.

    Attributes: ctx, detail (PersonDetail shown), header (Header), contact (ContactForm), tabs,
    timeline (TimelineModel), follow_ups, letters, employments (lists), _clock (local-time timer).
    """

    ready = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PersonDetail | None = None
        self.header = Header()
        self.contact = ContactForm(CONTACT_ROWS)
        self.timeline = TimelineModel(parent=self)
        self.follow_ups = FollowUpList()
        self.letters = LetterList()
        self.employments = EmploymentList(of_company=False, on_open=ctx.events.open_company_requested.emit)
        self.tabs = QTabWidget()
        self._clock = QTimer(self, interval=LOCAL_TIME_REFRESH_MS)
        self._clock.timeout.connect(self._show_local_time)
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        self.header.add_button(
            "log", "action-quick_log", lambda: self.ctx.events.quick_log_requested.emit(self.person_id())
        )
        self.header.add_button("edit", "action-edit", self.edit)
        self.header.add_button(
            "letter", "channel-letter", lambda: self.ctx.events.letter_requested.emit([self.person_id()])
        )
        self.header.add_button("delete", "action-delete", self.delete)
        self.header.buttons["log"].setVisible(self.ctx.can("interaction.log"))
        self.header.buttons["edit"].setVisible(self.ctx.can("person.edit"))
        self.header.buttons["letter"].setVisible(self.ctx.can("letter.single"))
        self.header.buttons["delete"].setVisible(self.ctx.can("person.delete"))
        self.header.restore_button.clicked.connect(self.restore)
        self.header.info.linkActivated.connect(self._on_link)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.contact)
        scroll.setMinimumWidth(280)
        self.tabs.addTab(TimelineTable(self.timeline), "")
        for widget in (self.follow_ups, self.letters, self.employments):
            self.tabs.addTab(widget, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setSizes([360, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        events = self.ctx.events
        events.persons_changed.connect(self._on_changed)
        events.interactions_changed.connect(self._on_changed)
        events.follow_ups_changed.connect(self._on_history_changed)
        events.letters_changed.connect(self._on_history_changed)

    def person_id(self) -> int:
        """The id of the person shown (0 before load)."""
        return self.detail.id if self.detail else 0

    def is_ready(self) -> bool:
        """Loaded synchronously: always ready."""
        return True

    # --- loading ------------------------------------------------------------------------------

    def load(self, person_id: int) -> bool:
        """Show a person; False when it does not exist."""
        detail = person_queries.person_detail(person_id)
        self.detail = detail
        if detail is None:
            self.header.title.set_full_text(self.tr("This person does not exist (any more)."))
            self.header.subtitle.set_full_text("")
            self.header.info.setText("")
            return False
        self._show_header(detail)
        self._show_contact(detail)
        self.timeline.load(lambda before, limit, pid=person_id: person_timeline(pid, before=before, limit=limit))
        self.follow_ups.set_items(detail.follow_ups)
        self.letters.set_items(detail.letters)
        self.employments.set_items(detail.employments)
        self._set_tab_titles()
        return True

    def refresh(self) -> None:
        """Load the person again (F5, or after a change)."""
        if self.detail is not None:
            self.load(self.detail.id)

    def _on_changed(self, ids: list) -> None:
        if self.detail is not None and self.isVisible() and (not ids or self.detail.id in ids):
            self.refresh()

    def _on_history_changed(self) -> None:
        self._on_changed([])

    def _show_header(self, d: PersonDetail) -> None:
        self.header.title.set_full_text(d.display_name)
        values = d.values
        country = values.get("country") or values.get("private_country") or "AT"
        self.header.subtitle.set_full_text(
            salutation_line(values, country=country, function_title=d.function_title, company=d.company_name)
        )
        parts = [esc(d.function_title)] if d.function_title else []
        if d.company_id:
            parts.append(f'<a href="company:{d.company_id}">{esc(d.company_name)}</a>')
        parts += [f"<span style='background:#e3f2fd;padding:1px 4px'>{esc(t)}</span>" for t in d.tags]
        due = {"overdue": ("#c62828", self.tr("Overdue since %1")), "due": ("#e65100", self.tr("Due since %1"))}.get(
            d.due_state
        )
        if due and d.next_due_at:
            parts.append(f"<span style='color:{due[0]}'>{esc(due[1].replace('%1', format_date(d.next_due_at)))}</span>")
        self.header.info.setText(" · ".join(parts))
        self.header.set_deleted(
            d.deleted_at is not None, self.tr("This person was deleted on %1.").replace("%1", format_date(d.deleted_at))
        )
        self.header.restore_button.setVisible(d.deleted_at is not None and self.ctx.can("person.delete"))

    def _show_contact(self, d: PersonDetail) -> None:
        v = d.values
        for key in ("phone_business", "phone_mobile", "phone_private"):
            self.contact.set_value(key, phone_link(v.get(key) or ""))
        for key in ("email_business", "email_private"):
            self.contact.set_value(key, mail_link(v.get(key) or ""))
        profiles = [
            web_link(v.get("linkedin_url") or "", "LinkedIn"),
            web_link(v.get("xing_url") or "", "XING"),
            web_link(v.get("other_url") or "", self.tr("Website")),
        ]
        self.contact.set_value("profiles", " · ".join(p for p in profiles if p))
        self.contact.set_value(
            "address",
            address_text(v.get("street", ""), v.get("postal_code", ""), v.get("city", ""), v.get("country", "")),
        )
        self.contact.set_value(
            "private_address",
            address_text(
                v.get("private_street", ""),
                v.get("private_postal_code", ""),
                v.get("private_city", ""),
                v.get("private_country", ""),
            ),
        )
        self.contact.set_value("birthday", esc(format_date(v.get("birthday"))))
        language = {"de": self.tr("German"), "en": self.tr("English")}.get(v.get("language"), v.get("language") or "")
        self.contact.set_value("letters", esc(f"{language}, {v.get('formality') or 'Sie'}"))
        self.contact.set_value("owner", esc(d.owner_name))
        objection = self.tr("Objects to advertising") if v.get("advertising_objection") else ""
        self.contact.set_value(
            "advertising", f"<span style='color:#c62828'>{esc(objection)}</span>" if objection else ""
        )
        notes = (v.get("notes") or "")[:5000]
        self.contact.set_value("notes", esc(notes).replace("\n", "<br>") if notes.strip() else "")
        self._show_local_time()

    def _show_local_time(self) -> None:
        zone_name = (self.detail.values.get("timezone") or "") if self.detail else ""
        try:
            zone = ZoneInfo(zone_name) if zone_name else None
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is None:
            self.contact.set_value("local_time", "")
            self._clock.stop()
            return
        now = dt.datetime.now(zone)
        self.contact.set_value("local_time", esc(f"{format_time(now)} ({zone_name})"))
        self._clock.start()

    def _set_tab_titles(self) -> None:
        count = self.detail.interactions if self.detail else 0
        self.tabs.setTabText(0, self.tr("Contacts (%1)").replace("%1", format_number(count)))
        self.tabs.setTabText(
            1, self.tr("Follow-ups (%1)").replace("%1", format_number(self.follow_ups.topLevelItemCount()))
        )
        self.tabs.setTabText(2, self.tr("Letters (%1)").replace("%1", format_number(self.letters.topLevelItemCount())))
        self.tabs.setTabText(3, self.tr("Employments"))

    # --- actions ------------------------------------------------------------------------------

    def _on_link(self, href: str) -> None:
        if href.startswith("company:"):
            self.ctx.events.open_company_requested.emit(int(href.split(":", 1)[1]))

    def edit(self) -> None:
        """Open the edit dialog for this person."""
        from crmdesk.ui.edit.person_dialog import edit_person

        if self.detail is not None:
            edit_person(self, self.ctx, self.detail.id)

    def delete(self) -> None:
        """Soft-delete this person (asks first; undo in the status bar)."""
        from crmdesk.ui.edit.deleting import delete_persons

        if self.detail is not None and delete_persons(self, self.ctx, [self.detail.id]):
            self.refresh()

    def restore(self) -> None:
        """Undo the deletion of this person."""
        from crmdesk.ui.edit.deleting import restore_persons

        if self.detail is not None:
            restore_persons(self, self.ctx, [self.detail.id])

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts in the current language."""
        texts = {
            "log": self.tr("Log contact"),
            "edit": self.tr("Edit"),
            "letter": self.tr("Letter"),
            "delete": self.tr("Delete"),
        }
        for name, text in texts.items():
            self.header.buttons[name].setText(text)
        self.header.restore_button.setText(self.tr("Restore"))
        self.contact.retranslate()
        self.follow_ups.retranslate()
        self.letters.retranslate()
        self.employments.retranslate()
        self.timeline.retranslate()
        self._set_tab_titles()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate (and re-format dates) after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.detail is not None:
                self.load(self.detail.id)
        super().changeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Stop the local-time clock while hidden."""
        self._clock.stop()
        super().hideEvent(event)
