"""The person dialog: create or edit a person, with validation, a live salutation preview and conflicts."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from crmdesk.ops import contacts
from crmdesk.ops.contacts import PERSON_FIELDS
from crmdesk.queries import persons as person_queries
from crmdesk.ui.edit.base_dialog import EditDialog
from crmdesk.ui.edit.person_form import LABELS, build_person_fields, layout_person_fields, tr
from crmdesk.ui.person_view.salutation import salutation_line
from crmdesk.ui.widgets.links import esc
from crmdesk.validation import normalise_email, normalise_phone

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

PHONES = ("phone_business", "phone_mobile", "phone_private")
EMAILS = ("email_business", "email_private")
EXTRA = ("company", "function_title", "tags")


class PersonDialog(EditDialog):
    """Create (person_id None) or edit a person. `saved_id` holds the id after saving.

    Attributes: preview (QLabel with name and salutation as a letter would use them),
    _employment (the primary EmploymentRecord as loaded, or None), _preview_timer.
    """

    def __init__(self, ctx, person_id: int | None = None, parent=None):
        super().__init__(ctx, person_id, parent)
        self._employment = None
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("background: palette(alternate-base); padding: 6px; border-radius: 3px;")
        build_person_fields(self.fields)
        layout_person_fields(self.fields, self.body, self.preview)
        self._preview_timer = QTimer(self, singleShot=True, interval=200)
        self._preview_timer.timeout.connect(self._update_preview)
        self._watch_for_preview()
        self.delete_button.setVisible(person_id is not None and ctx.can("person.delete"))
        self.setWindowTitle(
            translate("PersonForm", "New person") if person_id is None else translate("PersonForm", "Edit person")
        )
        self.resize(720, 640)
        self.populate()
        self._update_preview()

    def _watch_for_preview(self) -> None:
        for key in (
            "gender",
            "first_name",
            "name_particle",
            "last_name",
            "honorary_title",
            "salutation_override",
            "language",
            "formality",
            "country",
        ):
            widget = self.fields.widgets[key]
            signal = widget.currentTextChanged if isinstance(widget, QComboBox) else widget.textChanged
            signal.connect(lambda *_: self._preview_timer.start())
        for key in ("titles_pre", "titles_post"):
            self.fields.widgets[key].changed.connect(self._preview_timer.start)

    def _update_preview(self) -> None:
        values = self.fields.values()
        name = person_queries.display_name(values) or translate("PersonForm", "(no name yet)")
        salutation = salutation_line(
            values, country=values.get("country") or "AT", function_title=values.get("function_title", "")
        )
        self.preview.setText(f"<b>{esc(name)}</b><br><i>{esc(salutation)}</i>")

    # --- EditDialog -----------------------------------------------------------------------------

    def load_record(self, record_id: int) -> tuple[int, dict[str, Any]] | None:
        """(version, values of every field) of the person."""
        detail = person_queries.person_detail(record_id)
        if detail is None:
            return None
        self._employment = next(
            (e for e in detail.employments if e.is_primary and e.company_id == detail.company_id), None
        )
        values = {k: detail.values.get(k) for k in self.fields.widgets if k in detail.values}
        values.update(company=detail.company_id, function_title=detail.function_title, tags=sorted(detail.tags))
        for key in ("timezone", "country", "private_country", "honorary_title"):
            values[key] = values.get(key) or ""
        return detail.version, values

    def validated(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values normalised by crmdesk.validation (phones in international form for the person's country)."""
        values = self.fields.values()
        problems: dict[str, str] = {}
        for key in ("country", "private_country"):
            values[key] = (values.get(key) or "").strip().upper()
        country = values["country"] or values["private_country"] or "AT"
        for key in (k for k in PHONES if values[k] != self._initial.get(k)):  # untouched data stays as it is
            values[key], error = normalise_phone(values[key], country)
            if error:
                problems[key] = translate("PersonForm", "Not a valid phone number for %1.").replace("%1", country)
        for key in (k for k in EMAILS if values[k] != self._initial.get(k)):
            values[key], error = normalise_email(values[key])
            if error:
                problems[key] = translate("PersonForm", "Not a valid e-mail address.")
        self._check_rest(values, problems)
        return values, problems

    def _check_rest(self, values: dict[str, Any], problems: dict[str, str]) -> None:
        if not (values["first_name"].strip() or values["last_name"].strip()):
            problems["last_name"] = translate("PersonForm", "A person needs at least a first or a last name.")
        zone = (values.get("timezone") or "").strip()
        if zone and zone not in zoneinfo.available_timezones():
            problems["timezone"] = translate("PersonForm", "Unknown time zone; choose one from the list.")
        values["timezone"] = zone
        if self.fields.widgets["company"].has_unmatched_text():
            problems["company"] = translate("PersonForm", "Choose a company from the list, or clear the field.")
        birthday = values.get("birthday")
        if birthday and birthday > dt.date.today():
            problems["birthday"] = translate("PersonForm", "The birthday lies in the future.")

    def save_record(self, values: dict[str, Any], base: dict[str, Any], version: int | None) -> int:
        """Create or update the person, then company/function and tags (each through crmdesk.ops)."""
        person_values = {k: v for k, v in values.items() if k in PERSON_FIELDS}
        actor = self.ctx.actor
        if self.record_id is None:
            new_id = contacts.create_person(
                actor,
                person_values,
                company_id=values["company"],
                function_title=values["function_title"],
                tags=values["tags"],
            )
            self.ctx.events.persons_changed.emit([new_id])
            return new_id
        changes = self.changed_values(person_values, {k: base.get(k) for k in person_values})
        _stamp_consent(changes)
        if changes:
            contacts.update_person(actor, self.record_id, version, changes)
        self._save_employment(values, base)
        if values["tags"] != base.get("tags"):
            contacts.set_person_tags(actor, self.record_id, values["tags"])
        self.ctx.events.persons_changed.emit([self.record_id])
        return self.record_id

    def _save_employment(self, values: dict[str, Any], base: dict[str, Any]) -> None:
        actor, job = self.ctx.actor, self._employment
        if values["company"] != base.get("company"):
            if job is not None:
                ended = max(dt.date.today() - dt.timedelta(days=1), job.since or dt.date.min)
                contacts.update_employment(actor, job.id, None, {"is_primary": False, "until": ended})
            if values["company"]:
                contacts.add_employment(
                    actor, self.record_id, values["company"], function_title=values["function_title"]
                )
        elif values["function_title"] != base.get("function_title") and job is not None:
            contacts.update_employment(actor, job.id, None, {"function_title": values["function_title"]})

    def field_label(self, key: str) -> str:
        """The translated label of a field."""
        return tr(LABELS.get(key, key))

    def delete_record(self) -> bool:
        """Soft delete (asks first)."""
        from crmdesk.ui.edit.deleting import delete_persons

        return delete_persons(self, self.ctx, [self.record_id])


def _stamp_consent(changes: dict[str, Any]) -> None:
    """Record when consent or objection was given (the moment it was ticked)."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    if changes.get("advertising_consent"):
        changes["consent_at"] = now
    if changes.get("advertising_objection"):
        changes["objection_at"] = now


def edit_person(parent: QWidget | None, ctx, person_id: int | None = None) -> int | None:
    """Open the dialog modally; the saved person's id, or None when cancelled."""
    dialog = PersonDialog(ctx, person_id, parent)
    dialog.exec()
    return dialog.saved_id
