"""Settings section "Titles and salutations": every disputed convention of titles-rules.md as a switch or a
choice, with live examples (address lines and salutation for sample recipients in AT, DE, CH and English)
so the owner sees what a switch does. Owners save; others see the values read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget,
)

from crmdesk.domain.titles import SETTING_DESCRIPTIONS, Recipient, TitleSettings, compose, setting_choices
from crmdesk.ops import settings as settings_ops
from crmdesk.ops.base import OperationError
from crmdesk.queries import letters as letter_queries

# (country, language, recipient, co-recipient): the samples whose address and salutation are shown live
SAMPLES = (
    ("AT", "de", Recipient(gender="m", first_name="Franz", last_name="Huber", titles_pre=("Mag.",),
                           titles_post=("MSc",), honorary_title="KR"), None),
    ("DE", "de", Recipient(gender="f", first_name="Ute", last_name="Klos", titles_pre=("Prof.", "Dr. med.")), None),
    ("CH", "de", Recipient(gender="m", first_name="Urs", last_name="Weiß", titles_pre=("Dr.",)), None),
    ("DE", "de", Recipient(gender="unknown", first_name="Kim", last_name="Brenner"), None),
    ("AT", "de", Recipient(gender="f", first_name="Maria", last_name="Maier", titles_pre=("Mag.a",)),
     Recipient(gender="m", first_name="Manfred", last_name="Maier", titles_pre=("Dr.",))),
    ("DE", "en", Recipient(gender="f", first_name="Anna", last_name="Smith", titles_pre=("Dr.",),
                           company="Smith & Partners Ltd"), None),
)


def _german() -> bool:
    return QLocale().language() == QLocale.Language.German


class TitlesSection(QWidget):
    """The TitleSettings as a form with live examples; `save()` stores them as the "titles" setting.

    Attributes: ctx, widgets (key -> QCheckBox or QComboBox), labels (key -> QLabel), examples (list of
    QLabel pairs), _stored (TitleSettings as loaded).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.widgets: dict[str, QCheckBox | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.examples: list[tuple[QLabel, QLabel]] = []
        self._stored = self._load_stored()
        self.read_only = QLabel()
        self._boxes = {"rules": QGroupBox(), "examples": QGroupBox()}
        self._build()
        self.set_settings(self._stored)
        for widget in self.widgets.values():
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.currentIndexChanged
            signal.connect(lambda *_: self.update_examples())
            widget.setEnabled(self._editable())
        self.retranslate()

    @staticmethod
    def _load_stored() -> TitleSettings:
        try:
            return TitleSettings.from_mapping(letter_queries.titles_setting())
        except ValueError:
            return TitleSettings()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key in SETTING_DESCRIPTIONS:
            choices = setting_choices(key)
            if choices == (True, False):
                widget = QCheckBox()
            else:
                widget = QComboBox()
                for value in choices:
                    widget.addItem(str(value), value)
            label = QLabel()
            label.setWordWrap(True)
            label.setMinimumWidth(360)
            self.widgets[key], self.labels[key] = widget, label
            form.addRow(label, widget)
        self._boxes["rules"].setLayout(form)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, _sample in enumerate(SAMPLES):
            left, right = QLabel(), QLabel()
            right.setTextFormat(Qt.TextFormat.PlainText)
            right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(right, row, 1)
            self.examples.append((left, right))
        self._boxes["examples"].setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only)
        layout.addWidget(self._boxes["examples"])
        layout.addWidget(self._boxes["rules"])
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Texts in the current language (the setting labels come in German and English from the engine)."""
        index = 0 if _german() else 1
        for key, label in self.labels.items():
            label.setText(SETTING_DESCRIPTIONS[key][index])
        self._boxes["rules"].setTitle(self.tr("Conventions where the sources disagree"))
        self._boxes["examples"].setTitle(self.tr("Examples with the settings below"))
        self.read_only.setText(self.tr("Only an owner can change these settings."))
        self.read_only.setVisible(not self._editable())
        self.update_examples()

    def title(self) -> str:
        """Section title."""
        return self.tr("Titles and salutations")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.ctx.can("settings.business")

    def set_settings(self, settings: TitleSettings) -> None:
        """Show *settings* in the form."""
        for key, value in settings.as_dict().items():
            widget = self.widgets.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif widget is not None:
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def settings(self) -> TitleSettings:
        """The settings as the form shows them."""
        values = {key: (w.isChecked() if isinstance(w, QCheckBox) else w.currentData()) for key, w in self.widgets.items()}
        return TitleSettings.from_mapping(values)

    def update_examples(self) -> None:
        """Recompute the sample addresses and salutations with the current form values."""
        settings = self.settings()
        for (country, language, person, partner), (left, right) in zip(SAMPLES, self.examples):
            result = compose(person, country=country, language=language, co_recipient=partner, settings=settings)
            left.setText(f"{country} · {language}")
            right.setText(" / ".join(result.address_lines) + "\n" + result.salutation + result.punctuation)

    def save(self) -> bool:
        """Store the conventions if an owner changed them; True if fine."""
        if not self._editable():
            return True
        chosen = self.settings()
        if chosen == self._stored:
            return True
        try:
            settings_ops.set_setting(self.ctx.actor, letter_queries.TITLES_SETTING, chosen.as_dict())
        except OperationError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        self._stored = chosen
        self.ctx.events.settings_changed.emit(letter_queries.TITLES_SETTING)
        return True
