"""Person and company dialogs: save with audit, validation, titles order, roles, conflicts, delete and undo."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from crmdesk.db.models import AuditEntry, Person
from crmdesk.ops import contacts
from crmdesk.ui.edit.company_dialog import CompanyDialog
from crmdesk.ui.edit.person_dialog import PersonDialog
from crmdesk.ui.person_view.person_view import PersonView


def test_edit_and_save_person_writes_audit(qtbot, ctx, sample):
    """Changing a field and saving updates the person through ops and leaves an audit entry by the actor."""
    dialog = PersonDialog(ctx, sample["Huber"])
    qtbot.addWidget(dialog)
    dialog.fields.widgets["phone_mobile"].setText("0664 1234567")
    dialog.fields.widgets["notes"].setPlainText("Prefers calls after 10.")
    with qtbot.waitSignal(ctx.events.persons_changed):
        assert dialog.save()
    person = Person.get_by_id(sample["Huber"])
    assert person.phone_mobile == "+43 664 1234567"
    assert person.notes == "Prefers calls after 10."
    entry = (
        AuditEntry.select()
        .where((AuditEntry.entity == "person") & (AuditEntry.entity_id == person.id) & (AuditEntry.action == "update"))
        .order_by(AuditEntry.id.desc())
        .first()
    )
    assert entry is not None and entry.user_name == ctx.actor.name
    assert json.loads(entry.after)["phone_mobile"] == "+43 664 1234567"


def test_validation_shows_at_field_and_does_not_save(qtbot, ctx, sample):
    """A bad e-mail is reported next to its field (its tab comes up) and nothing is saved."""
    dialog = PersonDialog(ctx, sample["Huber"])
    qtbot.addWidget(dialog)
    dialog.fields.widgets["email_business"].setText("not-an-address")
    assert not dialog.save()
    assert dialog.fields._errors["email_business"].isVisibleTo(dialog)
    assert Person.get_by_id(sample["Huber"]).email_business == "huber@example.org"
    dialog.discard()


def test_unsaved_changes_prompt(qtbot, ctx, sample, monkeypatch):
    """Cancel with changes asks first; 'Cancel' in the prompt keeps the dialog open, 'Discard' closes it."""
    from PySide6.QtWidgets import QMessageBox

    dialog = PersonDialog(ctx, sample["Huber"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.widgets["city"].setText("Bregenz")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1:3]) or answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 2
    assert Person.get_by_id(sample["Huber"]).city == "Wien"


def test_titles_picker_keeps_order_and_free_text(qtbot, ctx, sample):
    """Titles are saved in the order shown; free text is allowed; moving changes the order."""
    dialog = PersonDialog(ctx, sample["Birne"])
    qtbot.addWidget(dialog)
    picker = dialog.fields.widgets["titles_pre"]
    picker.add_title("Dr.")
    picker.add_title("Prof.")
    picker.add_title("Bürgermeister a.D.")
    picker.list.setCurrentRow(1)
    picker.move_selected(-1)
    assert picker.value() == ["Prof.", "Dr.", "Bürgermeister a.D."]
    assert dialog.save()
    assert json.loads(Person.get_by_id(sample["Birne"]).titles_pre) == ["Prof.", "Dr.", "Bürgermeister a.D."]


def test_new_person_with_company(qtbot, ctx, sample):
    """A new person is created with company, function and tags."""
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    f = dialog.fields.widgets
    f["first_name"].setText("Neue")
    f["last_name"].setText("Kollegin")
    f["company"].set_value(sample["alpen"])
    f["function_title"].setText("Einkauf")
    f["tags"].setText("VIP, Messe")
    assert dialog.save()
    person = Person.get_by_id(dialog.saved_id)
    assert (person.company_id, person.function_title, person.company_name) == (
        sample["alpen"],
        "Einkauf",
        "Alpen Energie AG",
    )


def test_apprentice_cannot_delete(qtbot, apprentice_ctx, sample):
    """An apprentice sees no delete button in the dialog or the person view."""
    dialog = PersonDialog(apprentice_ctx, sample["Huber"])
    view = PersonView(apprentice_ctx)
    qtbot.addWidget(dialog)
    qtbot.addWidget(view)
    view.load(sample["Huber"])
    assert not dialog.delete_button.isVisibleTo(dialog)
    assert not view.header.buttons["delete"].isVisibleTo(view)
    assert view.header.buttons["edit"].isVisibleTo(view)


def test_conflict_overwrite(qtbot, ctx, staff, sample):
    """Another user saves between load and save: the dialog names them; Overwrite saves mine on top."""
    dialog = PersonDialog(ctx, sample["Huber"])
    qtbot.addWidget(dialog)
    contacts.update_person(staff, sample["Huber"], None, {"city": "Linz", "notes": "from Stefan"})
    dialog.fields.widgets["city"].setText("Salzburg")
    assert not dialog.save()
    conflict = dialog.conflict_dialog
    qtbot.waitUntil(lambda: conflict.isVisible())
    assert "Stefan Staff" in conflict.message.text()
    rows = [conflict.changes.topLevelItem(i).text(1) for i in range(conflict.changes.topLevelItemCount())]
    assert "Linz" in rows and "from Stefan" in rows
    qtbot.mouseClick(conflict.overwrite_button, Qt.MouseButton.LeftButton)
    person = Person.get_by_id(sample["Huber"])
    assert person.city == "Salzburg"
    assert person.notes == ""  # my values on top of theirs


def test_conflict_reload(qtbot, ctx, staff, sample):
    """Reload discards my changes and shows the other user's values."""
    dialog = PersonDialog(ctx, sample["Huber"])
    qtbot.addWidget(dialog)
    contacts.update_person(staff, sample["Huber"], None, {"city": "Linz"})
    dialog.fields.widgets["city"].setText("Salzburg")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict_dialog.isVisible())
    qtbot.mouseClick(dialog.conflict_dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.widgets["city"].text() == "Linz"
    assert not dialog.is_dirty()
    assert Person.get_by_id(sample["Huber"]).city == "Linz"


def test_delete_and_undo(qtbot, ctx, sample):
    """Deleting is soft; Undo (restore) brings the person back into the list."""
    from crmdesk.ui.edit.deleting import delete_persons
    from crmdesk.ui.persons.page import PersonsPage

    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    undo = []
    page.offer_undo = lambda message, fn: undo.append(fn)  # the page is its own window here
    assert delete_persons(page, ctx, [sample["Huber"]], confirm=False)
    assert Person.get_by_id(sample["Huber"]).deleted_at is not None
    assert page.model.row_of(sample["Huber"]) == -1
    undo[0]()
    assert Person.get_by_id(sample["Huber"]).deleted_at is None
    assert page.model.row_of(sample["Huber"]) >= 0


def test_company_dialog_validates_vat_and_saves(qtbot, ctx, sample):
    """A wrong VAT number is refused; a correct one is saved in compact form."""
    dialog = CompanyDialog(ctx, sample["huber"])
    qtbot.addWidget(dialog)
    dialog.fields.widgets["vat_id"].setText("ATU12345678")
    assert not dialog.save()
    assert dialog.fields._errors["vat_id"].isVisibleTo(dialog)
    dialog.fields.widgets["vat_id"].setText("ATU 135 856 27")
    assert dialog.save()
    from crmdesk.db.models import Company

    assert Company.get_by_id(sample["huber"]).vat_id == "ATU13585627"
