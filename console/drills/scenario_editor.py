"""The trainer's scenario editor: the YAML in a text editor, opened from a file or from the
server's scenarios, checked by the server as it is typed (each error against its line,
which a click jumps to), a dry run by drill minute, saved to a file or to the server for
trainers to pick (docs/api-drills.md, "Scenarios").

Every server call and every file read or write runs on the window's TaskRunner; nothing is
lost on a refusal: the text stays as typed and the errors say where to fix it. The window's
widgets are built in console/drills/scenario_editor_view.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from console.api import ApiError
from console.api.drill_scenarios import Checked, DrillScenariosApi, save_errors
from console.drills.scenario_editor_view import ScenarioEditorView
from console.tasks import TaskRunner

CHECK_AFTER_MS = 700  # a pause in typing this long sends the text to be checked
FILE_FILTER = "YAML (*.yaml *.yml);;JSON (*.json);;*"
ID_PATTERN = r"[A-Za-z0-9_.-]{1,80}"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def _write(path: Path, text: str) -> Path:
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)  # whole or not at all: the old file stays until the new is down
    return path


class ScenarioEditor(ScenarioEditorView):
    """Edit a drill scenario with the server's checks and dry run beside it."""

    checked = Signal(object)  # Checked: the server's answer to the text as it stood
    saved = Signal(dict)  # the server's answer to a save

    def __init__(
        self, api: DrillScenariosApi, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._api = api
        self._runner = runner
        self.last: Checked | None = None
        self.checks = 0  # answers shown, for whoever waits for one
        self._edits = 0  # edits so far: an answer to an older text is not shown

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_AFTER_MS)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._on_text_changed)
        self.text.document().modificationChanged.connect(lambda _m: self._show_title())
        self.errors.itemActivated.connect(self._on_errors_item_chosen)
        self.errors.itemClicked.connect(self._on_errors_item_chosen)
        self.open_file_button.clicked.connect(self._on_open_file_clicked)
        self.save_file_button.clicked.connect(self._on_save_file_clicked)
        self.open_server_button.clicked.connect(
            lambda: self.open_from_server(str(self.server_list.currentData() or ""))
        )
        self.check_button.clicked.connect(self.check)
        self.save_server_button.clicked.connect(lambda: self.save_to_server(self.id_edit.text()))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.check)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_file_clicked)
        QShortcut(QKeySequence.StandardKey.Open, self, self._on_open_file_clicked)
        self._show_title()
        self.load_catalogue()

    # -- the server's scenarios ----------------------------------------------------------

    def load_catalogue(self) -> None:
        """Fill the list of scenarios on the server."""
        self._runner.run(
            self._api.catalogue,
            self._on_catalogue_done,
            on_error=self._on_server_failed,
            what="drill scenarios",
        )

    def _on_catalogue_done(self, scenarios: list[dict[str, Any]]) -> None:
        chosen = self.server_list.currentData()
        self.server_list.clear()
        for entry in scenarios:
            label = f"{entry.get('title') or entry['id']}  ({entry['id']})"
            if not entry.get("valid", True):
                label += "  ⚠"
            self.server_list.addItem(label, entry["id"])
        if chosen is not None:
            self.server_list.setCurrentIndex(max(self.server_list.findData(chosen), 0))

    def open_from_server(self, scenario_id: str) -> None:
        """Open a scenario of the server (its text as written) in place of the text."""
        if not scenario_id or not self._may_replace():
            return
        self._runner.run(
            lambda: self._api.text(scenario_id),
            self._on_server_text_done,
            on_error=self._on_server_failed,
            what="drill scenario text",
        )

    def _on_server_text_done(self, answer: dict[str, Any]) -> None:
        self.path = None
        self.id_edit.setText(answer["id"] if answer["source"] == "trainer" else "")
        self.set_text(answer["text"])
        if answer["source"] == "district":
            self.id_edit.setText(f"{answer['id']}_copy")  # the district's own id is refused
            self._say(
                self.tr("A district scenario: save your changes under a new id (or to a file).")
            )

    # -- the text ------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replace the text (loaded, not typed: not modified) and check it at once."""
        self.text.setPlainText(text)
        self.text.document().setModified(False)
        self._show_title()
        self.check()

    def _on_text_changed(self) -> None:
        self._edits += 1
        self._timer.start()

    def check(self) -> None:
        """Send the text as it stands to the server's check."""
        self._timer.stop()
        text = self.text.toPlainText()
        if not text.strip():
            self._show_checked(Checked(False, (), None, None, None, (), ()))
            return
        sent = self._edits
        self._runner.run(
            lambda: self._api.check(text),
            lambda answer: self._on_check_done(sent, answer),
            on_error=self._on_server_failed,
            what="drill scenario check",
        )

    def _on_check_done(self, sent: int, answer: Checked) -> None:
        if sent != self._edits:
            return  # typed on meanwhile: the next check says how it stands now
        self._show_checked(answer)

    def _show_checked(self, answer: Checked) -> None:
        self.last = answer
        self._show_errors(answer.errors)
        self.timeline.show_rows(answer.timeline)
        self.tabs.setTabText(1, self.tr("Dry run (%1)").replace("%1", str(len(answer.timeline))))
        if answer.valid:
            self.tabs.setCurrentWidget(self.timeline)
            if not self.id_edit.text() and answer.scenario_id:
                self.id_edit.setText(answer.scenario_id)
            injects = sum(1 for row in answer.timeline if row["kind"] == "inject")
            self._say(
                self.tr("Valid: %1 injects. The dry run lists them by drill minute.").replace(
                    "%1", str(injects)
                )
            )
        elif answer.errors:
            self.tabs.setCurrentWidget(self.errors)
            self._say(
                self.tr("%1 error(s): click one to go to its line.").replace(
                    "%1", str(len(answer.errors))
                )
            )
        self.checks += 1
        self.checked.emit(answer)

    # -- files ---------------------------------------------------------------------------

    def _on_open_file_clicked(self) -> None:
        if not self._may_replace():
            return
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a scenario"), start, FILE_FILTER)
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read a scenario file (on a worker) into the editor."""
        self._runner.run(
            lambda: _read(path),
            lambda text: self._on_file_read(path, text),
            on_error=lambda exc: self._say(
                self.tr("Could not read %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            ),
            what="read scenario file",
        )

    def _on_file_read(self, path: Path, text: str) -> None:
        self.path = path
        self.id_edit.setText(path.stem)
        self.set_text(text)

    def _on_save_file_clicked(self) -> None:
        start = str(self.path) if self.path else f"{self.id_edit.text() or 'scenario'}.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the scenario"), start, FILE_FILTER
        )
        if name:
            self.save_file(Path(name))

    def save_file(self, path: Path) -> None:
        """Write the text to a file (on the write worker), whatever the server thinks of it."""
        text = self.text.toPlainText()
        self._runner.run(
            lambda: _write(path, text),
            self._on_file_written,
            on_error=lambda exc: self._say(
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            ),
            what="save scenario file",
            write=True,
        )

    def _on_file_written(self, path: Path) -> None:
        self.path = path
        self.text.document().setModified(False)
        self._say(self.tr("Saved to %1.").replace("%1", str(path)))

    # -- saving on the server ------------------------------------------------------------

    def save_to_server(self, scenario_id: str) -> None:
        """Keep the scenario on the server under `scenario_id` for trainers to pick."""
        scenario_id = scenario_id.strip()
        if not re.fullmatch(ID_PATTERN, scenario_id):
            self._say(self.tr("Give the scenario an id: letters, digits, _ . - (at most 80)."))
            self.id_edit.setFocus()
            return
        text = self.text.toPlainText()
        self._runner.run(
            lambda: self._api.save(scenario_id, text),
            self._on_save_done,
            on_error=self._on_save_failed,
            what="save drill scenario",
            write=True,
        )

    def _on_save_done(self, answer: dict[str, Any]) -> None:
        scenario = answer["scenario"]
        self.text.document().setModified(False)
        self._say(
            self.tr("Saved on the server as %1: trainers can pick it for a run.").replace(
                "%1", scenario["id"]
            )
        )
        self.saved.emit(answer)
        self.load_catalogue()

    def _on_save_failed(self, exc: object) -> None:
        if isinstance(exc, ApiError) and save_errors(exc):
            self._show_errors(save_errors(exc))
            self.tabs.setCurrentWidget(self.errors)
            self._say(self.tr("Not saved: %1").replace("%1", exc.detail))
            return
        self._on_server_failed(exc)

    # -- the rest ------------------------------------------------------------------------

    def _on_server_failed(self, exc: object) -> None:
        self._say(self.tr("The server did not answer: %1").replace("%1", str(exc)))


def department_names(reference: Any) -> dict[str, str]:
    """Department code → name from a window's reference data (empty before it is loaded)."""
    data = getattr(reference, "data", None) or {}
    return {
        str(d["code"]): str(d.get("name") or d["code"])
        for d in data.get("departments", [])
        if isinstance(d, dict) and "code" in d
    }


def open_scenario_editor(parent: QWidget | None, context: Any) -> ScenarioEditor:
    """Open the editor over `parent` with a window's PaneContext (its `client`, `runner` and
    `reference`); the trainer's drill control pane calls this from an "Edit scenarios…"
    button."""
    editor = ScenarioEditor(DrillScenariosApi(context.client), context.runner, parent)
    editor.timeline.dry_run.department_names = department_names(getattr(context, "reference", None))
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    editor.raise_()
    return editor
