"""Tools › Forecast: the open pipeline by expected-close period, by stage and by process,
weighted by the win rates you set and by the ones you observed, in tables and charts.

Importing this package loads no charting library: the charts (QtCharts, from
PySide6-Addons) are imported when the Charts tab is first shown (see ``view``)."""
