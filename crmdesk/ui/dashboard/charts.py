"""Building the dashboard's QCharts from the query records (no database, no widgets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QLineSeries, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from crmdesk.queries.dashboard import CadenceShare, CatalogueEntry, OutcomesByChannel, WeeklyChannels

CONTEXT = "DashboardCharts"
# one stable colour per channel code (others cycle through the rest)
CHANNEL_COLORS = {
    "phone": "#1f77b4", "email": "#ff7f0e", "letter": "#8c564b", "visit": "#2ca02c", "video": "#9467bd",
    "linkedin": "#0a66c2", "xing": "#026466", "whatsapp": "#25d366", "other": "#7f7f7f",
}
EXTRA_COLORS = ("#e377c2", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a")
OUTCOME_COLORS = {"appointment": "#2ca02c", "order": "#1f77b4", "complaint": "#d62728", "not_reached": "#9e9e9e"}

Label = Callable[[CatalogueEntry], str]
WEEKLY_TITLE = QT_TRANSLATE_NOOP("DashboardCharts", "Interactions per week by channel")
COUNT_AXIS = QT_TRANSLATE_NOOP("DashboardCharts", "Interactions")
WEEK_AXIS = QT_TRANSLATE_NOOP("DashboardCharts", "Calendar week")
OUTCOMES_RATE_TITLE = QT_TRANSLATE_NOOP("DashboardCharts", "Outcomes per channel (% of its interactions)")
OUTCOMES_TITLE = QT_TRANSLATE_NOOP("DashboardCharts", "Outcomes per channel")
SHARE_TITLE = QT_TRANSLATE_NOOP("DashboardCharts", "Persons within their cadence")
SHARE_SERIES = QT_TRANSLATE_NOOP("DashboardCharts", "within cadence (%)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _color(code: str, index: int, table: dict[str, str]) -> QColor:
    return QColor(table.get(code) or EXTRA_COLORS[index % len(EXTRA_COLORS)])


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _attach(chart: QChart, series, categories: Sequence[str], y_title: str, y_max: float,
            *, horizontal: bool = False) -> None:
    """Category axis plus value axis (0..y_max, nice ticks); *horizontal* puts the categories left."""
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    category_axis.setTruncateLabels(False)  # channel names stay readable in a small chart
    value_axis = QValueAxis()
    value_axis.setTitleText(y_title)
    value_axis.setRange(0, max(y_max, 1.0))
    value_axis.applyNiceNumbers()
    value_axis.setLabelFormat("%d")
    bottom, left = (value_axis, category_axis) if horizontal else (category_axis, value_axis)
    chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(bottom)
    series.attachAxis(left)


def week_labels(data_weeks) -> list[str]:
    """ISO calendar week numbers as axis labels ("47")."""
    return [str(monday.isocalendar().week) for monday in data_weeks]


def weekly_chart(data: WeeklyChannels, label: Label) -> QChart:
    """Stacked bars: interactions per week, one colour per channel (channels without any left out)."""
    chart = _new_chart(_tr(WEEKLY_TITLE))
    series = QStackedBarSeries()
    for index, entry in enumerate(data.channels):
        counts = data.counts.get(entry.code, ())
        if not any(counts):
            continue
        bar_set = QBarSet(label(entry))
        bar_set.append([float(v) for v in counts])
        bar_set.setColor(_color(entry.code, index, CHANNEL_COLORS))
        series.append(bar_set)
    totals = [sum(data.counts.get(e.code, (0,) * len(data.weeks))[i] for e in data.channels)
              for i in range(len(data.weeks))]
    _attach(chart, series, week_labels(data.weeks), _tr(COUNT_AXIS), max(totals, default=0) * 1.05)
    chart.axes(Qt.Orientation.Horizontal)[0].setTitleText(_tr(WEEK_AXIS))
    return chart


def outcomes_chart(data: OutcomesByChannel, label: Label, *, as_rates: bool) -> QChart:
    """Grouped bars: appointments, orders, complaints and not reached per channel (counts or % of
    the channel's interactions), so the team sees which channel works."""
    title = _tr(OUTCOMES_RATE_TITLE) if as_rates else _tr(OUTCOMES_TITLE)
    chart = _new_chart(title)
    channels = [e for e in data.channels if data.totals.get(e.code)][::-1]  # first channel on top
    series = QHorizontalBarSeries()
    highest = 0.0
    for index, outcome in enumerate(data.outcomes):
        bar_set = QBarSet(label(outcome))
        values = []
        for channel in channels:
            count = data.counts.get((channel.code, outcome.code), 0)
            values.append(100.0 * count / data.totals[channel.code] if as_rates else float(count))
        bar_set.append(values)
        bar_set.setColor(_color(outcome.code, index, OUTCOME_COLORS))
        series.append(bar_set)
        highest = max([highest, *values])
    _attach(chart, series, [label(c) for c in channels], "%" if as_rates else _tr(COUNT_AXIS),
            highest * 1.05, horizontal=True)
    return chart


def share_chart(data: CadenceShare) -> QChart:
    """Line: share of persons within their cadence at each week's end (in %)."""
    chart = _new_chart(_tr(SHARE_TITLE))
    series = QLineSeries()
    series.setName(_tr(SHARE_SERIES))
    series.setPointsVisible(True)
    series.setPen(QPen(QColor("#2ca02c"), 2.5))
    for index, share in enumerate(data.shares):
        if share is not None:
            series.append(index, round(share * 100, 1))
    _attach(chart, series, week_labels(data.week_ends), "%", 100)
    chart.axes(Qt.Orientation.Vertical)[0].setRange(0, 100)
    chart.axes(Qt.Orientation.Horizontal)[0].setTitleText(_tr(WEEK_AXIS))
    chart.legend().hide()
    return chart


RENDER_HINT = QPainter.RenderHint.Antialiasing
