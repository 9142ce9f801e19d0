"""Building blocks shared by the person and company views: header, contact form, small history lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.records import EmploymentRecord, FollowUpRecord, LetterRecord
from crmdesk.ui.icons import icon
from crmdesk.ui.widgets.elided_label import ElidedLabel
from crmdesk.ui.widgets.formatting import format_date, format_datetime

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "DetailView"


class Header(QWidget):
    """Big name, a second line (salutation or address), a third line (function, company, tags) and buttons.

    Attributes: title, subtitle (ElidedLabel), info (rich-text QLabel), buttons (name -> QPushButton),
    banner (shown for deleted records) with restore_button.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ElidedLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = ElidedLabel()
        self.subtitle.setStyleSheet("color: palette(dark); font-style: italic;")
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.banner = QLabel()
        self.banner.setStyleSheet("background: #fdecea; color: #8e0000; padding: 6px; border-radius: 3px;")
        self.restore_button = QPushButton(icon("action-undo"), "")
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout()
        text = QVBoxLayout()
        for widget in (self.title, self.subtitle, self.info):
            text.addWidget(widget)
        self._row.addLayout(text, 1)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.addLayout(banner_row)
        layout.addLayout(self._row)
        self.set_deleted(False)

    def add_button(self, name: str, icon_name: str, slot: Callable[[], None]) -> QPushButton:
        """A button at the right of the header."""
        button = QPushButton(icon(icon_name), "")
        button.clicked.connect(lambda _checked=False: slot())
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons[name] = button
        return button

    def set_deleted(self, deleted: bool, text: str = "") -> None:
        """Show or hide the 'deleted' banner."""
        self.banner.setText(text)
        self.banner.setVisible(deleted)
        self.restore_button.setVisible(deleted)


class ContactForm(QWidget):
    """Label/value rows; rows without a value are hidden. Values are rich text built with widgets.links.

    Attributes: _form (QFormLayout), _rows (key -> (label QLabel, value QLabel)), _labels (key -> untranslated label).
    """

    def __init__(self, rows: Sequence[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._labels = dict(rows)
        for key, _label in rows:
            name, value = QLabel(), QLabel()
            name.setStyleSheet("color: palette(dark);")
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setWordWrap(True)
            value.setOpenExternalLinks(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self._form.addRow(name, value)
            self._rows[key] = (name, value)
        self.retranslate()

    def set_value(self, key: str, rich_text: str) -> None:
        """Show a row with *rich_text* (already escaped), or hide it when empty."""
        name, value = self._rows[key]
        value.setText(rich_text)
        self._form.setRowVisible(name, bool(rich_text))

    def value_label(self, key: str) -> QLabel:
        """The value label of a row (tests, local-time updates)."""
        return self._rows[key][1]

    def retranslate(self) -> None:
        """Row labels in the current language."""
        for key, (name, _value) in self._rows.items():
            name.setText(QCoreApplication.translate(CONTEXT, self._labels[key]) + ":")


class FollowUpList(QTreeWidget):
    """Follow-ups: due, note, assignee, done (open ones first)."""

    def __init__(self, *, with_person: bool = False, parent=None):
        super().__init__(parent)
        self._with_person = with_person
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language."""
        headers = [
            translate("DetailView", "Due"),
            translate("DetailView", "Note"),
            translate("DetailView", "Assigned to"),
            translate("DetailView", "Done"),
        ] + ([translate("DetailView", "Person")] if self._with_person else [])
        self.setHeaderLabels(headers)

    def set_items(self, rows: Sequence[FollowUpRecord]) -> None:
        """Show the follow-ups."""
        self.clear()
        for row in rows:
            values = [
                format_datetime(row.due_at),
                " ".join(row.note.split())[:300],
                row.assignee,
                format_date(row.done_at),
            ]
            item = QTreeWidgetItem(values + ([row.person_name] if self._with_person else []))
            item.setToolTip(1, row.note[:2000])
            self.addTopLevelItem(item)
        self.resizeColumnToContents(0)


class LetterList(QTreeWidget):
    """Letters: date, subject, by; double click opens the PDF."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language."""
        self.setHeaderLabels(
            [
                translate("DetailView", "Date"),
                translate("DetailView", "Subject"),
                translate("DetailView", "Recipient"),
                translate("DetailView", "By"),
            ]
        )

    def set_items(self, rows: Sequence[LetterRecord]) -> None:
        """Show the letters."""
        self.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [format_date(row.created_at), row.subject[:300], row.recipient_label[:300], row.created_by]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.file_path)
            self.addTopLevelItem(item)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, Qt.ItemDataRole.UserRole)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class EmploymentList(QTreeWidget):
    """Employments: of a person (company first) or of a company (person first); activation opens the other side."""

    def __init__(self, *, of_company: bool, on_open: Callable[[int], None], parent=None):
        super().__init__(parent)
        self._of_company = of_company
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.itemActivated.connect(lambda item, _c: on_open(item.data(0, Qt.ItemDataRole.UserRole)))
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language."""
        first = translate("DetailView", "Person") if self._of_company else translate("DetailView", "Company")
        self.setHeaderLabels(
            [
                first,
                translate("DetailView", "Function"),
                translate("DetailView", "Department"),
                translate("DetailView", "Since"),
                translate("DetailView", "Until"),
            ]
        )

    def set_items(self, rows: Sequence[EmploymentRecord]) -> None:
        """Show the employments; the primary one in bold."""
        self.clear()
        for row in rows:
            first = row.person_name if self._of_company else row.company_name
            item = QTreeWidgetItem(
                [
                    first[:300],
                    row.function_title[:300],
                    row.department[:300],
                    format_date(row.since),
                    format_date(row.until),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.person_id if self._of_company else row.company_id)
            if row.is_primary and not self._of_company:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.addTopLevelItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(max(self.columnWidth(column), 90), 320))
