"""The wizard's tables: the preview with one field choice per column, and duplicates side by side."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from crmdesk.io.importer import ImportAnalysis
from crmdesk.io.records import ImportRecord
from crmdesk.ui.io import labels
from crmdesk.ui.io.widgets import MAX_SHOWN, item, read_only_table

PREVIEW_ROWS = 50
ACCEPT_ROLE = Qt.ItemDataRole.UserRole + 1


class MappingTable(QTableWidget):
    """Row 0 holds a field combo per column, the rows below the file's first lines (numbered as in the file)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self._combos: list[QComboBox] = []

    def show_rows(self, header: list[str], rows: list[tuple[int, list[str]]], mapping: list[str]) -> None:
        """Fill the table with *header*, the first rows and a combo per column set to *mapping*."""
        shown = rows[:PREVIEW_ROWS]
        self.clear()
        self.setColumnCount(len(header))
        self.setRowCount(len(shown) + 1)
        self.setHorizontalHeaderLabels([name or "—" for name in header])
        self.setVerticalHeaderLabels([self.tr("Field")] + [str(line) for line, _cells in shown])
        self._combos = []
        items = labels.target_items()
        for column in range(len(header)):
            combo = QComboBox()
            for target, text in items:
                combo.addItem(text, target)
            self.setCellWidget(0, column, combo)
            self._combos.append(combo)
        for row, (_line, cells) in enumerate(shown, start=1):
            for column, text in enumerate(cells[:len(header)]):
                self.setItem(row, column, item(text))
        self.set_mapping(mapping)
        self.resizeColumnsToContents()
        for column in range(len(header)):
            self.setColumnWidth(column, min(max(self.columnWidth(column), 150), 260))

    def set_mapping(self, mapping: list[str]) -> None:
        """Set every combo to its target ('' = ignore)."""
        for combo, target in zip(self._combos, mapping):
            index = combo.findData(target)
            combo.setCurrentIndex(max(index, 0))

    def mapping(self) -> list[str]:
        """The chosen target of every column."""
        return [combo.currentData() or "" for combo in self._combos]


def _name(first: str, particle: str, last: str) -> str:
    return " ".join(x for x in (first, particle, last) if x)


def record_fields(record: ImportRecord) -> list[str]:
    """A file row's values in COMPARE order."""
    p = record.person
    birthday = p.get("birthday")
    return [_name(p.get("first_name", ""), p.get("name_particle", ""), p.get("last_name", "")),
            " ".join(p.get("titles_pre", [])) + (", " + ", ".join(p["titles_post"]) if p.get("titles_post") else ""),
            record.company.get("name", ""), record.function_title, p.get("street", ""),
            " ".join(x for x in (p.get("postal_code", ""), p.get("city", "")) if x), p.get("country", ""),
            p.get("phone_business", ""), p.get("phone_mobile", ""), p.get("email_business", ""), p.get("email_private", ""),
            birthday.strftime("%d.%m.%Y") if birthday else ""]


def person_fields(row: dict) -> list[str]:
    """An existing person's values (an export row) in COMPARE order; the address is the one letters use."""
    address = row if (row["street"] or row["city"]) else (row.get("company_address") or {})
    return [_name(row["first_name"], row["name_particle"], row["last_name"]),
            " ".join(row["titles_pre"]) + (", " + ", ".join(row["titles_post"]) if row["titles_post"] else ""),
            row["company_name"], row["function_title"], address.get("street", ""),
            " ".join(x for x in (address.get("postal_code", ""), address.get("city", "")) if x), address.get("country", ""),
            row["phone_business"], row["phone_mobile"], row["email_business"], row["email_private"],
            row["birthday"].strftime("%d.%m.%Y") if row["birthday"] else ""]


class DuplicatesView(QWidget):
    """Pairs (file row ↔ existing person) on top; the selected pair compared field by field below.

    Attributes: pairs (QTableWidget), compare (QTableWidget), empty (QLabel shown when nothing
    matches), _data (row → (file values, existing values)).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pairs = read_only_table([self.tr("Line"), self.tr("In the file"), self.tr("Existing person"), self.tr("Match"),
                                      self.tr("Same person?")])
        self.pairs.horizontalHeader().setStretchLastSection(False)
        for column in (1, 2):
            self.pairs.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.pairs.itemSelectionChanged.connect(self._compare_selected)
        self.compare = read_only_table([self.tr("Field"), self.tr("In the file"), self.tr("Existing person")])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No row of the file matches a person who exists."), alignment=Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.compare)
        splitter.setSizes([200, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._splitter = splitter
        self._data: list[tuple[list[str], list[str]]] = []

    def show_matches(self, analysis: ImportAnalysis) -> None:
        """One row per (file row, existing person) pair, in line order; the first pair is compared."""
        records = {r.line: r for r in analysis.records}
        pairs = [(line, match) for line in sorted(analysis.matches) for match in analysis.matches[line]][:MAX_SHOWN]
        self.pairs.setRowCount(len(pairs))
        self._data = []
        for row, (line, match) in enumerate(pairs):
            existing = analysis.existing.get(match.person_id)
            mine = record_fields(records[line])
            theirs = person_fields(existing) if existing else [f"#{match.person_id}"] + [""] * (len(COMPARE) - 1)
            self._data.append((mine, theirs))
            self.pairs.setItem(row, 0, item(line))
            self.pairs.setItem(row, 1, item(mine[0]))
            self.pairs.setItem(row, 2, item(f"#{match.person_id} {theirs[0]}"))
            text = labels.label(labels.KEYS, match.key) + ("" if match.exact else f" ({match.score:.0%})")
            self.pairs.setItem(row, 3, item(text))
            self.pairs.setItem(row, 4, self._choice(line, match))
        self.pairs.resizeColumnsToContents()
        self.empty.setVisible(not pairs)
        self._splitter.setVisible(bool(pairs))
        if pairs:
            self.pairs.selectRow(0)

    def _compare_selected(self) -> None:
        rows = self.pairs.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._data):
            return
        mine, theirs = self._data[rows[0].row()]
        self.compare.setRowCount(len(COMPARE))
        for row, (label, a, b) in enumerate(zip(COMPARE, mine, theirs)):
            self.compare.setItem(row, 0, item(QCoreApplication.translate("ImportCompare", label)))
            for column, value in ((1, a), (2, b)):
                cell = item(value)
                if a != b and a and b:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.compare.setItem(row, column, cell)

    def _choice(self, line: int, match) -> QTableWidgetItem:
        cell = QTableWidgetItem()
        if match.exact:
            cell.setText(self.tr("as chosen below"))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        else:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            cell.setCheckState(Qt.CheckState.Unchecked)
            cell.setData(ACCEPT_ROLE, (line, match.person_id))
        return cell

    def accepted(self) -> set[tuple[int, int]]:
        """(line, person id) of the similar pairs the user ticked as the same person."""
        chosen = set()
        for row in range(self.pairs.rowCount()):
            cell = self.pairs.item(row, 4)
            if cell is not None and cell.data(ACCEPT_ROLE) and cell.checkState() == Qt.CheckState.Checked:
                chosen.add(tuple(cell.data(ACCEPT_ROLE)))
        return chosen


COMPARE = (QT_TRANSLATE_NOOP("ImportCompare", "Name"), QT_TRANSLATE_NOOP("ImportCompare", "Titles"),
           QT_TRANSLATE_NOOP("ImportCompare", "Company"), QT_TRANSLATE_NOOP("ImportCompare", "Function"),
           QT_TRANSLATE_NOOP("ImportCompare", "Street"), QT_TRANSLATE_NOOP("ImportCompare", "Postal code and city"),
           QT_TRANSLATE_NOOP("ImportCompare", "Country"), QT_TRANSLATE_NOOP("ImportCompare", "Phone"),
           QT_TRANSLATE_NOOP("ImportCompare", "Mobile"), QT_TRANSLATE_NOOP("ImportCompare", "E-mail"),
           QT_TRANSLATE_NOOP("ImportCompare", "E-mail (private)"), QT_TRANSLATE_NOOP("ImportCompare", "Birthday"))
