"""Settings of this workstation: the server's address, the language, the queue's ended cases.

Reached from the sign-in dialog, before anyone signs in: the address is what a workstation
needs first. Saved to the configuration file (console/config.py, WorkstationConfig) off the
GUI thread; `saved` carries what was written. An empty address means the console's own demo
server, and the dialog says so: a workstation never ends up on demo data unawares.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.config import WorkstationConfig, server_address
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    """Edits a WorkstationConfig and saves it to `path`; `lang`: the language in use, shown
    when the file names none."""

    saved = Signal(object)  # the WorkstationConfig written

    def __init__(
        self,
        config: WorkstationConfig,
        path: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        lang: str = "zh_CN",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings — Duty Console"))
        self.config = config
        self.path = path
        self._runner = runner
        self.address = QLineEdit(config.server_url or "", self)
        self.address.setObjectName("settingsServer")
        self.address.setPlaceholderText(self.tr("e.g. http://10.1.2.3:8700"))
        self.address.setClearButtonEnabled(True)
        self.address_hint = PlainLabel(self)
        self.address_hint.setObjectName("settingsServerHint")
        self.address_hint.setWordWrap(True)
        self.address.textChanged.connect(self._on_address_text_changed)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(config.lang or lang)))
        self.closed_days = QDoubleSpinBox(self)
        self.closed_days.setObjectName("settingsClosedDays")
        self.closed_days.setRange(0, 366)
        self.closed_days.setDecimals(0)
        self.closed_days.setValue(3 if config.closed_days is None else config.closed_days)
        self.closed_days.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.address)
        form.addRow("", self.address_hint)
        form.addRow(self.tr("Language (at the next start)"), self.language)
        form.addRow(self.tr("Ended cases in the queue"), self.closed_days)
        self.where = PlainLabel(self.tr("Saved in %1").replace("%1", str(path)), self)
        self.where.setObjectName("settingsFile")
        self.where.setWordWrap(True)
        self.error = PlainLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._on_address_text_changed(self.address.text())

    def save(self) -> None:
        """Check the address, write the file in the background; errors show here."""
        text = self.address.text().strip()
        try:
            url = server_address(text) if text else None
        except ValueError:
            self._show_error(
                self.tr(
                    "“%1” is not a server address: type it as http://host:port, "
                    "e.g. http://10.1.2.3:8700."
                ).replace("%1", text)
            )
            return
        config = self.config.with_values(
            server_url=url,
            lang=self.language.currentData(),
            closed_days=float(self.closed_days.value()),
        )
        path = self.path
        self.buttons.setEnabled(False)
        self._runner.run(
            lambda: config.save(path),
            lambda _none: self._on_saved(config),
            on_error=self._on_save_failed,
        )

    def _on_saved(self, config: WorkstationConfig) -> None:
        self.buttons.setEnabled(True)
        self.config = config
        self.saved.emit(config)
        self.accept()

    def _on_save_failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self._show_error(self.tr("The settings could not be saved: %1").replace("%1", str(exc)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_address_text_changed(self, text: str) -> None:
        if text.strip():
            self.address_hint.setText(self.tr("The console signs in to this server."))
        else:
            self.address_hint.setText(
                self.tr(
                    "Empty: the console runs its own server with demo data (for trying it "
                    "out and training; nothing reaches the district's server)."
                )
            )
