"""The effect dashboard: interactions per week, outcomes per channel, share within cadence (QtCharts)."""
