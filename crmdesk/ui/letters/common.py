"""Shared pieces of the letters UI: translated labels of placeholders and pre-flight groups, opening files
and folders with the desktop, and the PDF preview widget (QtPdf when installed, a notice otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QBuffer, QCoreApplication, QIODevice, QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from crmdesk.domain.letter_records import ADDRESS_FIELDS, COMPANY_FIELDS, PERSON_FIELDS, STANDARD_PLACEHOLDERS

try:  # QtPdf ships as its own wheel (PySide6-Pdf) with recent PySide6 releases
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = QPdfView = None

CONTEXT = "Letters"

STANDARD_LABELS = {
    "salutation": QT_TRANSLATE_NOOP("Letters", "Salutation"), "first_name": QT_TRANSLATE_NOOP("Letters", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Letters", "Last name"), "name": QT_TRANSLATE_NOOP("Letters", "Name with titles"),
    "company": QT_TRANSLATE_NOOP("Letters", "Company"), "function_title": QT_TRANSLATE_NOOP("Letters", "Function"),
    "our_name": QT_TRANSLATE_NOOP("Letters", "Our company name"), "date": QT_TRANSLATE_NOOP("Letters", "Letter date"),
    "sender_name": QT_TRANSLATE_NOOP("Letters", "Sender's name"),
    "sender_function": QT_TRANSLATE_NOOP("Letters", "Sender's function"),
}
GROUP_LABELS = {
    "no_address": QT_TRANSLATE_NOOP("Letters", "Without postal address"),
    "do_not_contact": QT_TRANSLATE_NOOP("Letters", "Do not contact or deceased"),
    "objection": QT_TRANSLATE_NOOP("Letters", "Objected to advertising"),
    "unprintable": QT_TRANSLATE_NOOP("Letters", "Text the font cannot print"),
    "no_gender": QT_TRANSLATE_NOOP("Letters", "Without gender (neutral greeting)"),
    "title_warnings": QT_TRANSLATE_NOOP("Letters", "Title or name warnings"),
    "language": QT_TRANSLATE_NOOP("Letters", "Other language than the template"),
    "text_cleaned": QT_TRANSLATE_NOOP("Letters", "Invisible characters removed"),
}


def tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Letters", ...) (literal strings call
    QCoreApplication.translate("Letters", ...) directly, so that lupdate finds their context)."""
    return QCoreApplication.translate(CONTEXT, text)


def placeholder_menu_items() -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(placeholder name, label)]) for the insertion menu; field names are shown as they are."""
    return [
        (QCoreApplication.translate("Letters", "Standard"), [(name, tr(STANDARD_LABELS[name])) for name in STANDARD_PLACEHOLDERS]),
        (QCoreApplication.translate("Letters", "Person"), [(f"person_{n}", n) for n in PERSON_FIELDS]),
        (QCoreApplication.translate("Letters", "Company"), [(f"company_{n}", n) for n in COMPANY_FIELDS]),
        (QCoreApplication.translate("Letters", "Postal address"), [(f"address_{n}", n) for n in ADDRESS_FIELDS]),
    ]


def group_label(key: str) -> str:
    """The translated title of a pre-flight group."""
    return tr(GROUP_LABELS.get(key, key))


def open_file(path: str | Path) -> bool:
    """Open a file with the desktop's application for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: str | Path) -> bool:
    """Open the folder that contains *path* in the file manager."""
    target = Path(path)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target if target.is_dir() else target.parent)))


class PdfPreview(QWidget):
    """Shows PDF bytes page by page (QPdfView over an in-memory QBuffer).

    Attributes: document (QPdfDocument or None without QtPdf), view (QPdfView), notice (QLabel shown instead
    of the view when there is no PDF or no QtPdf), _buffer / _bytes (kept alive while the document reads them).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.notice)
        self.document = self.view = None
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        if QPdfDocument is not None:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.addWidget(self.view)
        else:
            self.notice.setText(QCoreApplication.translate(
                "Letters", "The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def available(self) -> bool:
        """Whether PDFs can be shown here."""
        return self.document is not None

    def show_pdf(self, data: bytes) -> None:
        """Load and show *data* (a complete PDF)."""
        if self.document is None:
            return
        self.document.close()
        self._bytes = QByteArray(data)
        buffer = QBuffer(self)
        buffer.setData(self._bytes)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.stack.setCurrentWidget(self.view)

    def show_message(self, text: str) -> None:
        """Show *text* instead of a page (template error, no preview)."""
        self.notice.setText(text)
        self.stack.setCurrentWidget(self.notice)
