"""Services: orchestration above letters/io and below the UI (serial letters, single letters).

A service loads what it needs through crmdesk.queries, composes and renders through crmdesk.letters and
records through crmdesk.ops; it never imports PySide6 or crmdesk.ui, so the command line and the
app's worker threads call the same functions.
"""
