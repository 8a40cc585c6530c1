"""The scenario editor's window (console/drills/scenario_editor.py): its buttons, the server's
scenarios, the id to save under, the YAML with its line numbers, and the tabs below it with
the errors (each against its line, which a click jumps to) and the dry run. It says how the
text stands and asks before unsaved typing is lost; it reads and writes nothing itself.
Its words are of the "ScenarioEditor" context, the editor's own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api.drill_scenarios import ScenarioError
from console.drills.scenario_editor_text import ScenarioText
from console.drills.scenario_timeline import ScenarioTimeline


class ScenarioEditorView(QDialog):
    """The editor's widgets, its errors list and title, and the question before a loss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioEditor")
        self.resize(1200, 820)
        self.path: Path | None = None  # the file the text was read from or saved to

        self.open_file_button = QPushButton(
            QCoreApplication.translate("ScenarioEditor", "Open file…"), self
        )
        self.save_file_button = QPushButton(
            QCoreApplication.translate("ScenarioEditor", "Save to file…"), self
        )
        self.server_list = QComboBox(self)
        self.server_list.setObjectName("scenarioServerList")
        self.server_list.setMinimumWidth(260)
        self.open_server_button = QPushButton(
            QCoreApplication.translate("ScenarioEditor", "Open from server"), self
        )
        self.check_button = QPushButton(QCoreApplication.translate("ScenarioEditor", "Check"), self)
        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("scenarioId")
        self.id_edit.setPlaceholderText(QCoreApplication.translate("ScenarioEditor", "scenario id"))
        self.id_edit.setMinimumWidth(220)
        self.save_server_button = QPushButton(
            QCoreApplication.translate("ScenarioEditor", "Save to server"), self
        )
        self.status = QLabel(self)
        self.status.setObjectName("scenarioStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = ScenarioText(self)
        self.errors = QTreeWidget(self)
        self.errors.setObjectName("scenarioErrors")
        self.errors.setRootIsDecorated(False)
        self.errors.setHeaderLabels(
            [
                QCoreApplication.translate("ScenarioEditor", "Line"),
                QCoreApplication.translate("ScenarioEditor", "Field"),
                QCoreApplication.translate("ScenarioEditor", "What to fix"),
            ]
        )
        self.errors.setColumnWidth(0, 60)
        self.errors.setColumnWidth(1, 260)
        self.timeline = ScenarioTimeline(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.errors, QCoreApplication.translate("ScenarioEditor", "Errors"))
        self.tabs.addTab(self.timeline, QCoreApplication.translate("ScenarioEditor", "Dry run"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.text)
        split.addWidget(self.tabs)
        split.setSizes([480, 300])

        bar = QHBoxLayout()
        for widget in (self.open_file_button, self.save_file_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.server_list, 1)
        bar.addWidget(self.open_server_button)
        bar.addSpacing(16)
        bar.addWidget(self.check_button)
        bar.addWidget(self.id_edit)
        bar.addWidget(self.save_server_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def _show_errors(self, errors: tuple[ScenarioError, ...]) -> None:
        self.errors.clear()
        for error in sorted(errors, key=lambda e: (e.line is None, e.line or 0)):
            line = "" if error.line is None else str(error.line)
            item = QTreeWidgetItem([line, error.path, error.message])
            item.setData(0, Qt.ItemDataRole.UserRole, error.line)
            item.setToolTip(2, error.message)
            self.errors.addTopLevelItem(item)
        self.text.mark_errors({e.line for e in errors if e.line is not None})
        self.tabs.setTabText(
            0,
            QCoreApplication.translate("ScenarioEditor", "Errors (%1)").replace(
                "%1", str(len(errors))
            ),
        )

    def _on_errors_item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(line, int):
            self.text.go_to_line(line)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _show_title(self) -> None:
        name = (
            self.path.name
            if self.path
            else (
                self.id_edit.text() or QCoreApplication.translate("ScenarioEditor", "new scenario")
            )
        )
        star = " *" if self.text.document().isModified() else ""
        self.setWindowTitle(
            QCoreApplication.translate("ScenarioEditor", "Drill scenario editor")
            + f" — {name}{star}"
        )

    def _may_replace(self) -> bool:
        """Whether unsaved typing may go (asked only when there is some)."""
        if not self.text.document().isModified():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ScenarioEditor", "Unsaved changes"),
            QCoreApplication.translate(
                "ScenarioEditor", "The scenario has changes that are not saved. Discard them?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """Esc or Close: asks before unsaved typing is lost."""
        if self._may_replace():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if event.spontaneous() and not self._may_replace():
            event.ignore()
            return
        super().closeEvent(event)
