"""The main window (minimal foundation version: the persons in the open database)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from crmdesk.queries import persons


class MainWindow(QMainWindow):
    """Shows who is signed in, which database is open, and the first persons by name."""

    def __init__(self, *, opened, actor):
        super().__init__()
        self.setWindowTitle(self.tr("crmdesk"))
        self._summary = QLabel()
        self._table = QTableWidget(0, 4)
        self._table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("City"), self.tr("Last contact")])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._summary)
        layout.addWidget(self._table)
        self.setCentralWidget(body)
        self.statusBar().showMessage(self.tr("User: {user} ({role}) · Database: {db}").format(user=actor.name, role=actor.role, db=opened.url))
        self.resize(1100, 700)
        self._load()

    def _load(self) -> None:
        rows = persons.first_person_rows()
        self._summary.setText(self.tr("{n} persons").format(n=persons.count_persons()))
        self._table.setRowCount(len(rows))
        for r, (_pid, name, company, city, last_at) in enumerate(rows):
            for c, value in enumerate((name, company, city, last_at.strftime("%Y-%m-%d") if last_at else "")):
                self._table.setItem(r, c, QTableWidgetItem(value))
        self._table.resizeColumnsToContents()

    def show_view(self, view: str) -> None:
        """Switch to a named view (only the persons list exists in this version)."""

    def wait_until_ready(self) -> None:
        """Rows are loaded synchronously in this version."""
