"""Import wizard, export, data quality report and the Data settings section (issue #7)."""
