"""Quick log (Ctrl+L): log a call, e-mail or visit in seconds, without the mouse.

Type a name, Enter picks the person; a channel letter (T phone, E e-mail, B letter, V visit, …
as stored with each channel) and an outcome digit move on by themselves; Enter saves as the
signed-in user and the dialog is ready for the next call. Ctrl+I switches incoming/outgoing,
Ctrl+D adds a follow-up date (one week ahead; the date field takes the focus).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from crmdesk.ops import interactions
from crmdesk.ops.base import OperationError
from crmdesk.queries import catalogue
from crmdesk.queries import persons as person_queries
from crmdesk.ui.icons import channel_icon
from crmdesk.ui.widgets.key_picker import KeyPicker

SEARCH_DELAY_MS = 80
RESULTS = 8
FOLLOW_UP_DAYS = 7
FOLLOW_UP_HOUR = 9


def _label(de: str, en: str) -> str:
    return de if QLocale().language() == QLocale.Language.German else en


def follow_up_time(day: dt.date) -> dt.datetime:
    """9:00 local time on *day*, as stored (naive UTC)."""
    local = dt.datetime.combine(day, dt.time(FOLLOW_UP_HOUR)).astimezone()
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


class QuickLogDialog(QDialog):
    """Person type-ahead, channel and outcome on single keys, direction, note, optional follow-up.

    Attributes: ctx, search (QLineEdit), results (QListWidget of hits, then the chosen person), channels and
    outcomes (KeyPicker), outgoing/incoming (QRadioButton), note (QLineEdit), follow_up (QCheckBox),
    follow_up_date (QDateEdit), feedback (QLabel), person_id (chosen person or None), _timer.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: int | None = None
        self.search = QLineEdit()
        self.search.setMaxLength(200)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setFixedHeight(self.fontMetrics().height() * 6 + 12)
        self.channels = KeyPicker(columns=5)
        self.outcomes = KeyPicker(clear_key="0", columns=5)
        self.outgoing, self.incoming = QRadioButton(), QRadioButton()
        self.note = QLineEdit()
        self.note.setMaxLength(4000)
        self.follow_up = QCheckBox()
        self.follow_up_date = QDateEdit(calendarPopup=True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build()
        self._wire()
        self.load_choices()
        self.retranslate()
        self.reset()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Log contact"))
        direction = QHBoxLayout()
        direction.addWidget(self.outgoing)
        direction.addWidget(self.incoming)
        direction.addStretch(1)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_date)
        follow.addStretch(1)
        person = QVBoxLayout()
        person.setSpacing(2)
        for widget in (self.search, self.results):
            person.addWidget(widget)
        self._form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(6)]
        rows = (person, self.channels, direction, self.outcomes, self.note, follow)
        for label, row in zip(self._form_labels, rows):
            self._form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        # a channel letter moves on to the outcome, a digit to the note; direction has Ctrl+I
        chain = (
            self.search,
            self.channels,
            self.outcomes,
            self.note,
            self.follow_up,
            self.follow_up_date,
            self.outgoing,
            self.incoming,
        )
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)
        self.resize(780, 380)

    def _wire(self) -> None:
        self._timer.timeout.connect(self._search_now)
        self.search.textEdited.connect(self._on_search_edited)
        self.search.installEventFilter(self)
        self.results.itemClicked.connect(lambda item: self.choose_person(item.data(Qt.ItemDataRole.UserRole)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        QShortcut(QKeySequence("Ctrl+I"), self, self.toggle_direction)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_follow_up)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

    def load_choices(self) -> None:
        """Channels and outcomes from the catalogue (they are data: the owner can add more)."""
        self.channels.set_choices(
            [
                (c.code, c.shortcut, _label(c.label_de, c.label_en), channel_icon(c.code, c.icon))
                for c in catalogue.channels()
            ]
        )
        self.outcomes.set_choices(
            [
                (o.code, str(i) if i <= 9 else "", _label(o.label_de, o.label_en), None)
                for i, o in enumerate(catalogue.outcomes(), start=1)
            ]
        )

    def retranslate(self) -> None:
        """Texts in the current language."""
        labels = (
            self.tr("Person:"),
            self.tr("Channel:"),
            self.tr("Direction:"),
            self.tr("Outcome:"),
            self.tr("Note:"),
            self.tr("Follow-up:"),
        )
        for label, text in zip(self._form_labels, labels):
            label.setText(text)
        self.search.setPlaceholderText(self.tr("Type a name, company, e-mail or phone; Enter picks"))
        self.outgoing.setText(self.tr("&Outgoing"))
        self.incoming.setText(self.tr("&Incoming (Ctrl+I)"))
        self.note.setPlaceholderText(self.tr("What was it about? Enter saves"))
        self.follow_up.setText(self.tr("Follow up on (Ctrl+D)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close (Esc)"))
        self.setWindowTitle(self.tr("Log contact"))

    # --- person -----------------------------------------------------------------------------------

    def _on_search_edited(self, _text: str) -> None:
        self.person_id = None
        self._timer.start()

    def _search_now(self) -> None:
        self.results.clear()
        for hit in person_queries.search_persons(self.search.text(), limit=RESULTS):
            detail = " · ".join(p for p in (hit.company, hit.city) if p)
            item = QListWidgetItem(f"{hit.name}  —  {detail}" if detail else hit.name)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        self.results.setCurrentRow(0 if self.results.count() else -1)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """In the search box: Up/Down move through the matches, Enter picks the highlighted one."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.person_id is None:
                if self._timer.isActive():
                    self._search_now()
                item = self.results.currentItem()
                if item is not None:
                    self.choose_person(item.data(Qt.ItemDataRole.UserRole))
                return True
        return super().eventFilter(watched, event)

    def choose_person(self, person_id: int) -> None:
        """Take this person and move on to the channel."""
        rows = person_queries.person_rows([person_id])
        if not rows:
            return
        row = rows[0]
        self.person_id = person_id
        self._timer.stop()
        self.results.clear()
        detail = " · ".join(p for p in (row.company, row.city) if p)
        chosen = QListWidgetItem(f"✓ {row.name}" + (f"  —  {detail}" if detail else ""))
        font = chosen.font()
        font.setBold(True)
        chosen.setFont(font)
        self.results.addItem(chosen)
        self.search.setText(row.name)
        self.channels.setFocus()

    # --- the flow -------------------------------------------------------------------------------

    def start(self, person_id: int | None = None) -> None:
        """Show the dialog, empty or for one person (then the focus waits on the channel)."""
        self.reset()
        self.show()
        self.raise_()
        self.activateWindow()
        if person_id:
            self.choose_person(person_id)

    def reset(self) -> None:
        """Empty the dialog for the next contact (the feedback line stays)."""
        self.person_id = None
        self.search.clear()
        self.results.clear()
        self.channels.set_choice(None)
        self.outcomes.set_choice(None)
        self.outgoing.setChecked(True)
        self.note.clear()
        self.follow_up.setChecked(False)
        self.follow_up_date.setEnabled(False)
        self.follow_up_date.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.search.setFocus()

    def toggle_follow_up(self) -> None:
        """Ctrl+D: add (or drop) a follow-up; when added, the date field takes the focus."""
        self.follow_up.setChecked(not self.follow_up.isChecked())
        if self.follow_up.isChecked():
            self.follow_up_date.setFocus()

    def toggle_direction(self) -> None:
        """Ctrl+I: incoming ↔ outgoing."""
        (self.outgoing if self.incoming.isChecked() else self.incoming).setChecked(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter saves (unless the search box still has to pick a person)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """Log the contact as the signed-in user; reset for the next one. False when something is missing."""
        problem = self._missing()
        if problem:
            self._say(problem, error=True)
            return False
        due = follow_up_time(self.follow_up_date.date().toPython()) if self.follow_up.isChecked() else None
        try:
            interactions.log_interaction(
                self.ctx.actor,
                channel=self.channels.choice(),
                person_id=self.person_id,
                direction="in" if self.incoming.isChecked() else "out",
                outcome=self.outcomes.choice(),
                note=self.note.text().strip(),
                follow_up_due=due,
            )
        except OperationError as exc:
            self._say(str(exc), error=True)
            return False
        self._after_save(due is not None)
        return True

    def _missing(self) -> str:
        if self.person_id is None:
            self.search.setFocus()
            return self.tr("Choose a person first: type a name and press Enter.")
        if self.channels.choice() is None:
            self.channels.setFocus()
            return self.tr("Choose a channel: press its letter (T phone, E e-mail, …).")
        return ""

    def _after_save(self, with_follow_up: bool) -> None:
        person_id, name = self.person_id, self.search.text()
        self.ctx.events.interactions_changed.emit([person_id])
        if with_follow_up:
            self.ctx.events.follow_ups_changed.emit()
        self._say(self.tr("Saved for %1. Ready for the next contact.").replace("%1", name[:200]))
        self.ctx.events.status_message.emit(self.tr("Contact with %1 logged.").replace("%1", name[:200]))
        self.reset()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.feedback.setText(text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate (and relabel channels/outcomes) after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load_choices()
        super().changeEvent(event)
