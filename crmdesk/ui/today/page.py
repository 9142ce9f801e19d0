"""The Today start view: my most urgent persons, follow-ups due today and overdue, birthdays in the
next seven days, and what waits for each member of the team."""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHeaderView, QLabel, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from crmdesk.queries.dashboard import TodaySummary, today_summary
from crmdesk.ui.widgets.loading_page import LoadingPage
from crmdesk.ui.keep_in_touch.common import (
    STATE_FOREGROUND, date_text, datetime_text, elide,
)

STALE_AFTER_S = 300  # reload on show when older (the day may have changed)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class Panel(QGroupBox):
    """A titled box with a small table, a text shown when it is empty, and an optional link below.

    Attributes: table (QTableWidget), empty (QLabel), footer (QLabel), _stack.
    """

    def __init__(self, columns: int, stretch: int, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); font-size: 11pt;")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        self.footer = QLabel()
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.footer)

    def set_rows(self, rows: list[tuple[list[QTableWidgetItem], int | None]]) -> None:
        """Fill the table with (items, person id) rows; show the empty text when there are none."""
        self.table.setRowCount(len(rows))
        for row, (items, person_id) in enumerate(rows):
            for column, item in enumerate(items):
                item.setData(PERSON_ROLE, person_id)
                self.table.setItem(row, column, item)
        self._stack.setCurrentIndex(0 if rows else 1)


def _item(text: str, *, color=None, bold: bool = False, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(elide(text, 120))
    if color is not None:
        item.setForeground(color)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TodayPage(LoadingPage):
    """Four panels (waiting persons, follow-ups, birthdays, team) filled from one background query.

    Attributes: ctx, title (QLabel), persons, follow_ups, birthdays, team (Panel), summary (the last
    TodaySummary or None), _loader, _dirty, _loaded_at, _refresh_timer.
    """

    REFRESH_DELAY_MS = 300


    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.summary: TodaySummary | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.persons, self.follow_ups, self.birthdays, self.team = Panel(3, 0), Panel(3, 2), Panel(4, 3), Panel(5, 0)
        self._loaded_at = 0.0
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.persons, 0, 0)
        grid.addWidget(self.follow_ups, 0, 1)
        grid.addWidget(self.birthdays, 1, 0)
        grid.addWidget(self.team, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)

    def _connect(self) -> None:
        for panel in (self.persons, self.follow_ups, self.birthdays):
            panel.table.itemActivated.connect(self._open_person)
        self.persons.footer.linkActivated.connect(self._show_view)
        self.follow_ups.footer.linkActivated.connect(self._show_view)
        events = self.ctx.events
        for signal in (events.interactions_changed, events.persons_changed, events.follow_ups_changed):
            signal.connect(lambda *_: self._schedule_refresh())
        events.settings_changed.connect(lambda *_: self._schedule_refresh())

    def retranslate(self) -> None:
        """Set every fixed text in the current language (and redraw the panels)."""
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, {date}").format(date=today))
        self.follow_ups.setTitle(self.tr("Follow-ups due today and overdue"))
        self.birthdays.setTitle(self.tr("Birthdays in the next 7 days"))
        self.team.setTitle(self.tr("The team"))
        self.persons.empty.setText(self.tr("Nobody is waiting for contact. Well done!"))
        self.follow_ups.empty.setText(self.tr("No follow-ups due today."))
        self.birthdays.empty.setText(self.tr("No birthdays in the next seven days."))
        self.team.empty.setText(self.tr("No team members yet."))
        self.follow_ups.footer.setText('<a href="follow_ups">{}</a>'.format(self.tr("All follow-ups")))
        self.persons.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Days overdue")])
        self.follow_ups.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("For"), self.tr("Note")])
        self.birthdays.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Name"), self.tr("Turns"),
                                                        self.tr("Company")])
        self.team.table.setHorizontalHeaderLabels([
            self.tr("Member"), self.tr("Waiting"), self.tr("Overdue"), self.tr("Follow-ups today"),
            self.tr("Follow-ups overdue")])
        if self.summary is not None:
            self._show(self.summary)
        else:
            self.persons.setTitle(self.tr("Waiting for contact"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------

    def load_job(self):
        """Today's overview for the signed-in user."""
        return partial(today_summary, self.ctx.actor.id)

    def _needs_load(self) -> bool:
        """Also reload when the overview is old (the day moves on)."""
        return self._dirty or time.monotonic() - self._loaded_at > STALE_AFTER_S

    def _failed(self, message: str) -> None:
        self.persons.empty.setText(self.tr("Today's overview could not be loaded: {message}").format(message=message))
        self.persons.set_rows([])

    def _show_result(self, summary: TodaySummary) -> None:
        self.summary, self._loaded_at = summary, time.monotonic()
        self._show_persons(summary)
        self._show_follow_ups(summary)
        self._show_birthdays(summary)
        self._show_team(summary)

    def _show_persons(self, summary: TodaySummary) -> None:
        self.persons.setTitle(self.tr("My persons waiting for contact") if summary.mine
                              else self.tr("Persons waiting for contact (everyone's)"))
        self.persons.set_rows([([_item(r.name), _item(r.company),
                                 _item(str(r.days_overdue), color=STATE_FOREGROUND.get(r.state),
                                       bold=r.state == "overdue", right=True)], r.person_id)
                               for r in summary.persons])
        number = QLocale().toString
        self.persons.footer.setText('<a href="keep_in_touch">{}</a>'.format(
            self.tr("Show all {waiting} ({overdue} overdue)").format(
                waiting=number(summary.persons_waiting), overdue=number(summary.persons_overdue))))

    def _show_follow_ups(self, summary: TodaySummary) -> None:
        rows = []
        for f in summary.follow_ups:
            overdue = f.state == "overdue"
            color = STATE_FOREGROUND["overdue"] if overdue else None
            rows.append(([_item(datetime_text(f.due_at, summary.tz), color=color, bold=True),
                          _item(f.subject, color=color, bold=overdue), _item(f.note, color=color)], f.person_id))
        self.follow_ups.set_rows(rows)

    def _show_birthdays(self, summary: TodaySummary) -> None:
        locale = QLocale()
        rows = []
        for b in summary.birthdays:
            day = locale.toString(QDate(b.on.year, b.on.month, b.on.day), "ddd") + " " + date_text(b.on)
            rows.append(([_item(day, bold=b.on == summary.today), _item(b.name), _item(str(b.age), right=True),
                          _item(b.company)], b.person_id))
        self.birthdays.set_rows(rows)

    def _show_team(self, summary: TodaySummary) -> None:
        rows = []
        for m in summary.team:
            name = m.name or self.tr("(no owner)")
            cells = [m.persons_waiting, m.persons_overdue, m.follow_ups_today, m.follow_ups_overdue]
            bold = m.user_id == self.ctx.actor.id
            rows.append(([_item(name, bold=bold)] + [_item(QLocale().toString(v), right=True, bold=bold) for v in cells],
                         None))
        totals = [sum(getattr(m, k) for m in summary.team)
                  for k in ("persons_waiting", "persons_overdue", "follow_ups_today", "follow_ups_overdue")]
        if summary.team:
            rows.append(([_item(self.tr("Whole team"), bold=True)]
                         + [_item(QLocale().toString(v), right=True, bold=True) for v in totals], None))
        self.team.set_rows(rows)

    # --- navigation ------------------------------------------------------------------------------

    def _open_person(self, item: QTableWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if person_id:
            self.ctx.events.open_person_requested.emit(int(person_id))

    def _show_view(self, view: str) -> None:
        show = getattr(self.window(), "show_view", None)
        if callable(show):
            show(view)

