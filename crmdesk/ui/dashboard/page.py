"""The effect dashboard: interactions per week by channel, outcomes per channel and the share of
persons within their cadence, each chart exportable as PNG. Queries run on a worker thread."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QVBoxLayout,
)

from crmdesk.queries import dashboard
from crmdesk.ui.dashboard.charts import RENDER_HINT, outcomes_chart, share_chart, weekly_chart
from crmdesk.ui.widgets.loading_page import LoadingPage
from crmdesk.ui.keep_in_touch.common import catalogue_label, date_text

EXPORT_DIR_KEY = "dashboard/export_dir"
PERIODS = (12, 26, 52)


def load_dashboard(weeks: int) -> tuple:
    """(weekly, outcomes, share) for the last *weeks* weeks; runs on a worker thread."""
    return (dashboard.interactions_per_week(weeks=weeks), dashboard.outcomes_per_channel(weeks=weeks),
            dashboard.cadence_share(weeks=weeks))


class ChartCard(QFrame):
    """A chart view with a 'Save as PNG…' button.

    Attributes: key (file-name stem), view (QChartView), save_button (QPushButton), note (QLabel).
    """

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = QChartView()
        self.view.setRenderHint(RENDER_HINT)
        self.view.setMinimumHeight(260)
        self.save_button = QPushButton()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def set_chart(self, chart: QChart) -> None:
        """Show *chart* (the view takes ownership; the old chart is deleted)."""
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def save_png(self, path: str) -> bool:
        """Save what the chart shows as a PNG file."""
        return self.view.grab().save(path, "PNG")


class DashboardPage(LoadingPage):
    """Period choice, counts-or-rates switch, three chart cards and a status line.

    Attributes: ctx, period (QComboBox), rates (QCheckBox), status (QLabel), cards (key -> ChartCard),
    data (the last (weekly, outcomes, share) or None), _loader, _dirty, _refresh_timer.
    """

    REFRESH_DELAY_MS = 1500  # the charts are summaries: a burst of logged calls causes one reload


    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: tuple | None = None
        self.period = QComboBox()
        self.rates = QCheckBox()
        self.status = QLabel()
        self.cards = {key: ChartCard(key) for key in ("interactions-per-week", "outcomes-per-channel",
                                                      "within-cadence")}
        self._period_label = QLabel()
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._period_label)
        top.addWidget(self.period)
        top.addWidget(self.rates)
        top.addWidget(self.status, 1)
        grid = QGridLayout()
        grid.addWidget(self.cards["interactions-per-week"], 0, 0, 1, 2)
        grid.addWidget(self.cards["outcomes-per-channel"], 1, 0)
        grid.addWidget(self.cards["within-cadence"], 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 3)  # the outcome bars need room for the channel names
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rates.toggled.connect(lambda _on: self._show_outcomes())
        for card in self.cards.values():
            card.save_button.clicked.connect(lambda _=False, c=card: self.export_png(c))
        events = self.ctx.events
        for signal in (events.interactions_changed, events.persons_changed):
            signal.connect(lambda *_: self._schedule_refresh())
        events.settings_changed.connect(lambda key: self._schedule_refresh() if key in ("", "cadence") else None)

    def retranslate(self) -> None:
        """Set every fixed text in the current language (and rebuild the charts)."""
        self._period_label.setText(self.tr("Period:"))
        current = self.period.currentData() or PERIODS[0]
        self.period.blockSignals(True)
        self.period.clear()
        for weeks in PERIODS:
            self.period.addItem(self.tr("last {weeks} weeks").format(weeks=weeks), weeks)
        self.period.setCurrentIndex(max(self.period.findData(current), 0))
        self.period.blockSignals(False)
        self.rates.setText(self.tr("Outcomes as % of the channel's interactions"))
        for card in self.cards.values():
            card.save_button.setText(self.tr("Save as PNG…"))
        if self.data is not None:
            self._show(self.data)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------

    def load_job(self):
        """The three charts' data for the chosen period (says "Loading…" meanwhile)."""
        self.status.setText(self.tr("Loading…"))
        return partial(load_dashboard, self.period.currentData() or PERIODS[0])

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The dashboard could not be loaded: {message}").format(message=message))

    def _show_result(self, data: tuple) -> None:
        self.data = data
        weekly, _outcomes, share = data
        self.cards["interactions-per-week"].set_chart(weekly_chart(weekly, catalogue_label))
        self._show_outcomes()
        self.cards["within-cadence"].set_chart(share_chart(share))
        self.cards["within-cadence"].note.setText(self._share_note(share))
        total = sum(sum(counts) for counts in weekly.counts.values())
        self.status.setText(self.tr("{count} interactions from {start} to {end}").format(
            count=QLocale().toString(total), start=date_text(weekly.weeks[0]),
            end=date_text(share.week_ends[-1])))

    def _show_outcomes(self) -> None:
        if self.data is not None:
            card = self.cards["outcomes-per-channel"]
            card.set_chart(outcomes_chart(self.data[1], catalogue_label, as_rates=self.rates.isChecked()))
            card.note.setText(self.tr("Which channel brings appointments and orders, and where nobody answers."))

    def _share_note(self, share) -> str:
        number = QLocale().toString
        self.cards["within-cadence"].note.setToolTip(self.tr(
            "Past weeks are recomputed from the logged interactions, with today's intervals and rules."))
        if share.sampled < share.population:
            return self.tr("Estimated from {sampled} of {population} persons (±2 points)").format(
                sampled=number(share.sampled), population=number(share.population))
        return self.tr("Recomputed from all {population} persons").format(population=number(share.population))

    # --- export ----------------------------------------------------------------------------------

    def export_png(self, card: ChartCard, path: str | None = None) -> bool:
        """Save one chart as PNG (asks where unless *path* is given)."""
        settings = QSettings()
        if path is None:
            start = Path(settings.value(EXPORT_DIR_KEY, str(Path.home()), str))
            name = f"crmdesk-{card.key}-{dt.date.today().isoformat()}.png"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save chart"), str(start / name),
                                                        self.tr("PNG images (*.png)"))
            if not path:
                return False
        target = path if path.lower().endswith(".png") else path + ".png"
        if not card.save_png(target):
            QMessageBox.warning(self, self.tr("Save chart"), self.tr("The image could not be saved to {file}.")
                                .format(file=target))
            return False
        settings.setValue(EXPORT_DIR_KEY, str(Path(target).parent))
        self.ctx.events.status_message.emit(self.tr("Chart saved to {file}").format(file=Path(target).name))
        return True

