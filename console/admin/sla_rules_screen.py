"""The administrator's SLA rules screen: edit the rule set, publish it as a new version,
look back at old versions. A change applies to steps started after it."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.admin.sla_rules_editor import SlaRulesEditor
from console.admin.sla_rules_history import VersionDialog, VersionList, conflict_text, set_text
from console.admin.users_widgets import AdminBanner, add_shortcuts, button, hint, tab_chain
from console.api import Conflict, Invalid
from console.api.admin import AdminApi
from console.controllers.context import PaneContext
from widgets.plain_text import PlainLabel, plain_box

# On top of the dark theme, which leaves spin boxes to the platform.
STYLE = (
    "QDoubleSpinBox { background: #0f1720; border: 1px solid #34465e; border-radius: 3px; "
    "padding: 3px 5px; }"
)


class SlaRulesScreen(QWidget):
    """The rules in force as an editable table beside the version history."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaRulesScreen")
        self.setWindowTitle(self.tr("SLA rules"))
        self._ctx = ctx
        self.api = AdminApi(ctx.client)
        self.current: dict[str, Any] = {}  # the version in force, as loaded
        self.conflict_version = 0  # the version someone else published meanwhile
        self.version_dialog: VersionDialog | None = None
        self._publishing = False
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.heading = PlainLabel(self.tr("Loading the SLA rules…"), self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        text = self.tr(
            "A published change applies to SLA steps started after it. Clocks already "
            "running keep the rule and warn ratio they started with; each case shows the "
            "rule version it runs on."
        )
        self.banner = AdminBanner(self)
        self.banner.setObjectName("slaMessage")
        self.reload_conflict = button(self, "", "slaReloadConflict")
        self.reload_conflict.hide()
        self.editor = SlaRulesEditor(self)
        self.editor.setStyleSheet(STYLE)  # not on the screen: it holds the banner
        self.publish_button = button(self, self.tr("&Publish…"), "slaPublish", self.tr("Ctrl+S"))
        self.discard_button = button(self, self.tr("Discar&d changes"), "slaDiscard")
        self.dirty_label = PlainLabel(self)
        self.dirty_label.setObjectName("pendingNotice")
        self.history = VersionList(self)
        self.view_button = button(self, self.tr("&View version"), "slaViewVersion")
        history_label = PlainLabel(self.tr("Version &history"), self)
        history_label.setObjectName("sectionTitle")
        history_label.setBuddy(self.history)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_conflict)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.dirty_label, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.editor, 1)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history, 1)
        right_layout.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint(self, text))
        layout.addLayout(banner_row)
        layout.addWidget(splitter, 1)
        e = self.editor
        chain = [e.add_button, e.remove_button, e.warn_ratio, e.note, e.table, e.problems]
        chain += [self.publish_button, self.discard_button, self.history, self.view_button]
        tab_chain(chain)
        self.resize(1280, 720)

    def _connect(self) -> None:
        self.editor.edited.connect(self._on_editor_edited)
        self.publish_button.clicked.connect(self.publish)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.reload_conflict.clicked.connect(self.reload)
        self.history.view_requested.connect(self.view_version)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self._ctx.live.events_applied.connect(self._on_live_events_applied)
        add_shortcuts(
            self,
            (
                ("Ctrl+S", self.publish),
                ("Ctrl+Ins", self.editor.add_rule),
                ("Ctrl+Del", self.editor.remove_rule),
                ("F5", self._on_discard_button_clicked),
            ),
        )

    # -- public -------------------------------------------------------------------------------

    @property
    def version(self) -> int:
        """The version being edited (the one in force when it was loaded)."""
        return int(self.current.get("version") or 0)

    def reload(self) -> None:
        """Read the rules in force and the history again; edits are replaced."""
        runner = self._ctx.runner
        what = self.tr("Loading the SLA rules")
        runner.run(
            self.api.sla_rules, self._on_rules_loaded, on_error=self._on_load_failed, what=what
        )
        self.load_history()

    def load_history(self) -> None:
        """Read the version history again."""
        self._ctx.runner.run(
            self.api.sla_rule_versions,
            self.history.fill,
            on_error=self._on_load_failed,
            what=self.tr("Loading the SLA rule versions"),
        )

    def publish(self) -> None:
        """Check, confirm and publish the edited rules as the next version."""
        if not self.current:
            return
        if self.conflict_version > self.version:  # the feed told: the server would refuse
            self._offer_reload({"version": self.conflict_version}, live=True)
            return
        problems = self.editor.check()
        if problems:
            text = self.tr("Not published: fix the %1 problems listed below the table first.")
            self.banner.show_message(text.replace("%1", str(len(problems))), "error")
            return
        if not self.editor.is_dirty():
            text = self.tr("Nothing to publish: the rules are those of version %1.")
            self.banner.show_message(text.replace("%1", str(self.version)), "info")
            return
        question = self.tr(
            "Publish these rules as version %1? They apply to SLA steps started from now on; "
            "clocks already running keep the rule they started with."
        ).replace("%1", str(self.version + 1))
        if not self._confirm(self.tr("Publish SLA rules"), question):
            return
        self.publish_button.setEnabled(False)
        self._publishing = True
        self.banner.show_message(self.tr("Publishing…"), "info")
        e = self.editor
        send = partial(
            self.api.publish_sla_rules,
            self.version,
            e.warn_ratio.value(),
            e.note.text().strip(),
            e.rules(),
        )
        self._ctx.runner.run(
            send,
            self._on_publish_done,
            on_error=self._on_publish_failed,
            what=self.tr("Publishing the SLA rules"),
            write=True,
        )

    def view_version(self, version: int) -> None:
        """Show an old version read-only (read in the background)."""
        self._ctx.runner.run(
            partial(self.api.sla_rules, version),
            self._on_version_loaded,
            on_error=self._on_load_failed,
            what=self.tr("Loading SLA rule version %1").replace("%1", str(version)),
        )

    # -- handlers -----------------------------------------------------------------------------

    def _on_rules_loaded(self, body: dict[str, Any]) -> None:
        self.current = body
        self.conflict_version = 0
        self.reload_conflict.hide()
        self.banner.hide()
        self.editor.load(body)
        self.heading.setText(self.tr("In force: %1").replace("%1", set_text(body)))

    def _on_load_failed(self, exc: object) -> None:
        text = self.tr("The SLA rules could not be loaded: %1").replace("%1", str(exc))
        self.banner.show_message(text, "error")

    def _on_publish_done(self, body: dict[str, Any]) -> None:
        self.publish_button.setEnabled(True)
        self._publishing = False
        self._on_rules_loaded(body)
        text = self.tr(
            "Version %1 published. It applies to SLA steps started from now on; clocks "
            "already running keep their rule."
        )
        self.banner.show_message(text.replace("%1", str(body.get("version"))), "info")
        self.load_history()

    def _on_publish_failed(self, exc: object) -> None:
        self.publish_button.setEnabled(True)
        self._publishing = False
        if isinstance(exc, Conflict):
            current = exc.problem.get("current") or {}
            self._offer_reload(current)
            return
        if isinstance(exc, Invalid):
            problems = self.editor.show_server_errors(list(exc.problem.get("errors") or []))
            text = self.tr("Not published: the server found %1 problems, listed below the table.")
            self.banner.show_message(text.replace("%1", str(len(problems))), "error")
            return
        text = self.tr("Not published: %1 Your edits are still here.").replace("%1", str(exc))
        self.banner.show_message(text, "error")

    def _on_version_loaded(self, body: dict[str, Any]) -> None:
        dialog = self.version_dialog = VersionDialog(body, self)
        dialog.start_from.connect(self._on_version_dialog_start_from)
        dialog.open()

    def _on_version_dialog_start_from(self, body: dict[str, Any]) -> None:
        copied = {**self.current, "rules": body.get("rules"), **_ratio(body)}
        self.editor.load(copied, as_loaded=False)
        text = self.tr(
            "The rules of version %1 are in the editor: publish them to bring them back."
        )
        self.banner.show_message(text.replace("%1", str(body.get("version"))), "info")

    def _on_view_button_clicked(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self.view_version(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _on_discard_button_clicked(self) -> None:
        if self.editor.is_dirty() and not self._confirm(
            self.tr("SLA rules"), self.tr("Discard your changes and reload the rules in force?")
        ):
            return
        self.reload()

    def _on_editor_edited(self) -> None:
        dirty = self.editor.is_dirty()
        self.dirty_label.setText(self.tr("Changed: not published yet") if dirty else "")
        self.discard_button.setEnabled(dirty)

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        for event in events:
            if self._publishing or event.get("type") != "sla_rules.changed":
                continue
            # The feed spreads the event's payload into it: {"type", "seq", "version": N}.
            version = int(event.get("version") or (event.get("payload") or {}).get("version") or 0)
            if version > self.version and version != self.conflict_version:
                if self.editor.is_dirty():
                    self._offer_reload({"version": version}, live=True)
                else:
                    self.reload()
                self.load_history()

    # -- internals ----------------------------------------------------------------------------

    def _offer_reload(self, current: dict[str, Any], *, live: bool = False) -> None:
        version = int(current.get("version") or 0)
        self.conflict_version = version
        text = conflict_text(current, self.version, live=live)
        self.banner.show_message(text, "warning")
        self.reload_conflict.setText(self.tr("Re&load version %1").replace("%1", str(version)))
        self.reload_conflict.show()
        self.reload_conflict.setFocus()

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answer = plain_box(box).exec()
        return answer == QMessageBox.StandardButton.Yes.value


def _ratio(body: dict[str, Any]) -> dict[str, Any]:
    return {"warn_ratio": body["warn_ratio"]} if body.get("warn_ratio") else {}
