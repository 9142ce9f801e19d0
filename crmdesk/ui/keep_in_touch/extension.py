"""Start-up message: one line in the status bar saying how many persons and follow-ups wait for the
user (never a pop-up per person: users of other CRMs complain about reminder floods)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Slot

from crmdesk.queries import follow_ups, keep_in_touch
from crmdesk.ui.tasks import run_in_background

START_DELAY_MS = 800  # after the first rows are on screen


@dataclass(frozen=True)
class Waiting:
    """What waits for one user right now."""

    mine: bool  # False: the user owns no persons, so the persons counted are everyone's
    persons_waiting: int
    persons_overdue: int
    follow_ups_today: int
    follow_ups_overdue: int


def waiting_for(user_id: int | None, now: dt.datetime | None = None) -> Waiting:
    """Count what waits for *user_id* (runs on a worker thread)."""
    mine = keep_in_touch.owns_persons(user_id)
    persons = keep_in_touch.due_counts(now=now, owner_id=user_id if mine else None)
    follow = follow_ups.follow_up_counts(assignee_id=user_id, now=now)
    return Waiting(mine, persons.waiting, persons.overdue, follow.today, follow.overdue)


WAITING = QT_TRANSLATE_NOOP(
    "KeepInTouchStart",
    "Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue")
NOTHING = QT_TRANSLATE_NOOP("KeepInTouchStart", "Nobody is waiting for you today.")


def message(waiting: Waiting) -> str:
    """The status-bar line for *waiting* (translated; one sentence, no joined fragments)."""
    if not (waiting.persons_waiting or waiting.follow_ups_today or waiting.follow_ups_overdue):
        return QCoreApplication.translate("KeepInTouchStart", NOTHING)
    return QCoreApplication.translate("KeepInTouchStart", WAITING).format(
        overdue=waiting.persons_overdue, waiting=waiting.persons_waiting, today=waiting.follow_ups_today,
        late=waiting.follow_ups_overdue)


class _StartNotice(QObject):
    """Owned by the window, so the worker's callback dies with it (no call into a deleted window)."""

    def __init__(self, window, ctx) -> None:
        super().__init__(window)
        self._ctx = ctx

    @Slot()
    def start(self) -> None:
        """Count on a worker thread; the message goes out on the GUI thread."""
        run_in_background(partial(waiting_for, self._ctx.actor.id), on_done=self.show)

    def show(self, waiting: Waiting) -> None:
        """Post the one status-bar line."""
        self._ctx.events.status_message.emit(message(waiting))


def install(window, ctx) -> None:
    """Once, shortly after start: count in the background, then show one status-bar message."""
    if getattr(ctx.actor, "id", None) is not None:
        notice = _StartNotice(window, ctx)
        QTimer.singleShot(START_DELAY_MS, notice, notice.start)
