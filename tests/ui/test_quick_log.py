"""Quick log driven only by the keyboard: name, Enter, channel letter, outcome digit, note, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.db.models import FollowUp, Interaction
from crmdesk.ui.quick_log import QuickLogDialog


def _type(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus (as a user would)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _open(qtbot, ctx, person_id=None) -> QuickLogDialog:
    dialog = QuickLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.start(person_id)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # other tests' windows may still be around
    expected = dialog.channels if person_id else dialog.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected)
    return dialog


def test_log_a_call_with_keys_only(qtbot, ctx, sample):
    """Type 'zell', Enter, T, 1, a note, Enter: a phone call 'reached' by the signed-in user is stored."""
    dialog = _open(qtbot, ctx)
    assert QApplication.focusWidget() is dialog.search
    _type(qtbot, "zell")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.person_id == sample["Zeller"]
    assert QApplication.focusWidget() is dialog.channels
    _type(qtbot, "t")
    assert QApplication.focusWidget() is dialog.outcomes
    _type(qtbot, "1")
    assert QApplication.focusWidget() is dialog.note
    _type(qtbot, "Angebot besprochen")
    before = Interaction.select().count()
    with qtbot.waitSignal(ctx.events.interactions_changed) as blocker:
        _key(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [[sample["Zeller"]]]
    row = Interaction.select().order_by(Interaction.id.desc()).first()
    assert Interaction.select().count() == before + 1
    assert (row.person_id, row.channel.code, row.outcome.code, row.direction, row.note, row.author_id) == (
        sample["Zeller"],
        "phone",
        "reached",
        "out",
        "Angebot besprochen",
        ctx.actor.id,
    )
    # ready for the next call
    assert dialog.person_id is None and dialog.search.text() == "" and dialog.note.text() == ""
    assert QApplication.focusWidget() is dialog.search
    assert dialog.isVisible()


def test_incoming_email_with_follow_up(qtbot, ctx, sample):
    """Down picks the second match; Ctrl+I makes it incoming; Ctrl+D adds a follow-up for the actor."""
    dialog = _open(qtbot, ctx)
    _type(qtbot, "huber")  # Franz Huber and Maria Müller (at Huber Holzbau)
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=3000)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.person_id == sample["Müller"]
    _type(qtbot, "e")
    _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert dialog.incoming.isChecked()
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dialog.follow_up.isChecked()
    assert QApplication.focusWidget() is dialog.follow_up_date
    _key(qtbot, Qt.Key.Key_Return)
    row = Interaction.select().order_by(Interaction.id.desc()).first()
    assert (row.person_id, row.channel.code, row.direction, row.outcome_id) == (sample["Müller"], "email", "in", None)
    follow = FollowUp.select().order_by(FollowUp.id.desc()).first()
    assert (follow.person_id, follow.assignee_id) == (sample["Müller"], ctx.actor.id)


def test_prefilled_and_missing_channel(qtbot, ctx, sample):
    """Opened for a person the focus waits on the channel; Enter without a channel saves nothing and says why."""
    dialog = _open(qtbot, ctx, sample["Huber"])
    assert dialog.person_id == sample["Huber"]
    assert QApplication.focusWidget() is dialog.channels
    before = Interaction.select().count()
    _key(qtbot, Qt.Key.Key_Return)
    assert Interaction.select().count() == before
    assert "channel" in dialog.feedback.text().lower()
    _type(qtbot, "v")
    _key(qtbot, Qt.Key.Key_Return)
    assert Interaction.select().count() == before + 1


def test_apprentice_logs_as_themselves(qtbot, apprentice_ctx, sample):
    """An apprentice may log contacts; the interaction carries the apprentice as author."""
    _open(qtbot, apprentice_ctx, sample["Birne"])
    _type(qtbot, "k")
    _key(qtbot, Qt.Key.Key_Return)
    row = Interaction.select().order_by(Interaction.id.desc()).first()
    assert (row.person_id, row.channel.code, row.author_id) == (sample["Birne"], "video", apprentice_ctx.actor.id)
