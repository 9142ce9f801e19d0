"""Columns of the persons list and of the companies list (headers translated in context "ListColumns")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from crmdesk.domain.records import PersonRow
from crmdesk.ui.widgets.formatting import format_date, format_number
from crmdesk.ui.widgets.lazy_model import Column

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "ListColumns"
OVERDUE = QBrush(QColor("#c62828"))
DUE = QBrush(QColor("#e65100"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def last_contact_text(at, by: str) -> str:
    """'12.03.2024 · FH': date of the last contact and who had it."""
    if at is None:
        return ""
    return f"{format_date(at)} · {by}" if by else format_date(at)


def _due_brush(row: PersonRow) -> QBrush | None:
    return {"overdue": OVERDUE, "due": DUE}.get(row.due_state)


def _due_tooltip(row: PersonRow) -> str:
    return {
        "overdue": translate("ListColumns", "Overdue"),
        "due": translate("ListColumns", "Due"),
        "ok": translate("ListColumns", "Not yet due"),
        "none": translate("ListColumns", "No cadence"),
    }.get(row.due_state, "")


def _tags(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


PERSON_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), lambda r: r.name, width=200),
    Column("company", QT_TRANSLATE_NOOP("ListColumns", "Company"), lambda r: r.company, width=180),
    Column("function", QT_TRANSLATE_NOOP("ListColumns", "Function"), lambda r: r.function_title, width=125),
    Column("city", QT_TRANSLATE_NOOP("ListColumns", "City"), lambda r: r.city, width=105),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("ListColumns", "Last contact"),
        lambda r: last_contact_text(r.last_contact_at, r.last_contact_by),
        width=115,
    ),
    Column(
        "next_due",
        QT_TRANSLATE_NOOP("ListColumns", "Next due"),
        lambda r: format_date(r.next_due_at) if r.due_state != "none" else "",
        width=90,
        foreground=_due_brush,
        tooltip=_due_tooltip,
    ),
    Column("owner", QT_TRANSLATE_NOOP("ListColumns", "Owner"), lambda r: r.owner, width=112),
    Column("tags", QT_TRANSLATE_NOOP("ListColumns", "Tags"), lambda r: _tags(r.tags), sortable=False, width=140),
    Column("email", QT_TRANSLATE_NOOP("ListColumns", "E-mail"), lambda r: r.email, width=180, hidden=True),
    Column(
        "phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), lambda r: r.phone, sortable=False, width=130, hidden=True
    ),
    Column("country", QT_TRANSLATE_NOOP("ListColumns", "Country"), lambda r: r.country, width=70, hidden=True),
]

COMPANY_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), lambda r: r.name, width=260),
    Column("city", QT_TRANSLATE_NOOP("ListColumns", "City"), lambda r: r.city, width=130),
    Column("country", QT_TRANSLATE_NOOP("ListColumns", "Country"), lambda r: r.country, width=70),
    Column("category", QT_TRANSLATE_NOOP("ListColumns", "Category"), lambda r: r.category, width=80),
    Column("status", QT_TRANSLATE_NOOP("ListColumns", "Status"), lambda r: company_status_text(r.status), width=100),
    Column(
        "persons",
        QT_TRANSLATE_NOOP("ListColumns", "Persons"),
        lambda r: format_number(r.persons),
        sortable=False,
        width=80,
        align_right=True,
    ),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("ListColumns", "Last contact"),
        lambda r: last_contact_text(r.last_contact_at, r.last_contact_by),
        width=130,
    ),
    Column("owner", QT_TRANSLATE_NOOP("ListColumns", "Owner"), lambda r: r.owner, width=110),
    Column("tags", QT_TRANSLATE_NOOP("ListColumns", "Tags"), lambda r: _tags(r.tags), sortable=False, width=140),
    Column(
        "phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), lambda r: r.phone, sortable=False, width=130, hidden=True
    ),
    Column(
        "email", QT_TRANSLATE_NOOP("ListColumns", "E-mail"), lambda r: r.email, sortable=False, width=180, hidden=True
    ),
]

COMPANY_STATUS = {
    "customer": QT_TRANSLATE_NOOP("ListColumns", "Customer"),
    "prospect": QT_TRANSLATE_NOOP("ListColumns", "Prospect"),
    "partner": QT_TRANSLATE_NOOP("ListColumns", "Partner"),
    "former": QT_TRANSLATE_NOOP("ListColumns", "Former"),
}


def company_status_text(status: str) -> str:
    """The translated company status."""
    return _tr(COMPANY_STATUS[status]) if status in COMPANY_STATUS else status
