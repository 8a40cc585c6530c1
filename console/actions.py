"""Every command of the window, declared once: menus, toolbar and shortcuts are built from here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from console.api import rules as server_rules
from console.translatable import QT_TRANSLATE_NOOP

# The Administration menu's screens: the console's own windows for the administrator.
ADMIN = frozenset({"admin"})
# `rule` of a command for every role that takes some lifecycle action (the dispatch pane's).
ANY_ACTION = "*"

MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("case", QT_TRANSLATE_NOOP("Actions", "&Case")),
    ("panes", QT_TRANSLATE_NOOP("Actions", "&Panes")),
    ("admin", QT_TRANSLATE_NOOP("Actions", "&Administration")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


@dataclass(frozen=True)
class ActionSpec:
    """One command: menu, shortcut, toolbar, who may see it, the lifecycle action it takes."""

    id: str
    text: str
    menu: str
    shortcut: str = ""
    toolbar: bool = False
    checkable: bool = False
    roles: frozenset[str] | None = None  # None: every role (a command of the console's own)
    lifecycle: str = ""  # enabled only when the current case allows this server action
    # Shown only to the roles the server's rules give this action (ANY_ACTION: any action);
    # a `lifecycle` command follows the rules of its action.
    rule: str = ""
    separator_before: bool = False
    form: bool = False  # opens the action's form in the dispatch pane instead of acting at once
    pane: str = ""  # the shortcut works only with the keyboard in this pane (it adds the action)
    alt_shortcut: str = ""  # a second key for the same command (the keypad's Enter)

    @property
    def ruled_by(self) -> str:
        """The server action whose rules decide who sees this command ('' for none)."""
        return self.rule or self.lifecycle


def _spec(*args: object, **kwargs: object) -> ActionSpec:
    return ActionSpec(*args, **kwargs)  # type: ignore[arg-type]


SPECS: tuple[ActionSpec, ...] = (
    _spec("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), "file", "Ctrl+Q"),
    _spec("refresh", QT_TRANSLATE_NOOP("Actions", "Reload"), "view", "F5", toolbar=True),
    _spec("find", QT_TRANSLATE_NOOP("Actions", "Find"), "view", "Ctrl+F", toolbar=True),
    _spec(
        "filter_red",
        QT_TRANSLATE_NOOP("Actions", "Overdue only"),
        "view",
        "Ctrl+R",
        toolbar=True,
        checkable=True,
        separator_before=True,
    ),
    _spec(
        "filter_yellow",
        QT_TRANSLATE_NOOP("Actions", "Due soon only"),
        "view",
        "Ctrl+Y",
        checkable=True,
    ),
    _spec("clear_filters", QT_TRANSLATE_NOOP("Actions", "Clear filters"), "view", "Ctrl+Shift+X"),
    _spec(
        "mute",
        QT_TRANSLATE_NOOP("Actions", "Mute sound"),
        "view",
        "Ctrl+M",
        toolbar=True,
        checkable=True,
        separator_before=True,
    ),
    _spec("reset_layout", QT_TRANSLATE_NOOP("Actions", "Reset layout"), "view"),
    _spec("next_case", QT_TRANSLATE_NOOP("Actions", "Next case"), "case", "Alt+Down"),
    _spec("previous_case", QT_TRANSLATE_NOOP("Actions", "Previous case"), "case", "Alt+Up"),
    _spec("open_detail", QT_TRANSLATE_NOOP("Actions", "Open case detail"), "case", "Ctrl+O"),
    _spec(
        "case_register",
        QT_TRANSLATE_NOOP("Actions", "Register"),
        "case",
        "Ctrl+Shift+R",
        toolbar=True,
        lifecycle="register",
        separator_before=True,
    ),
    _spec(
        "case_dispatch",
        QT_TRANSLATE_NOOP("Actions", "Dispatch to the suggested department"),
        "case",
        "Ctrl+Shift+D",
        toolbar=True,
        lifecycle="dispatch",
    ),
    _spec(
        "case_dispatch_other",
        QT_TRANSLATE_NOOP("Actions", "Dispatch to another department…"),
        "case",
        "Ctrl+Alt+D",
        lifecycle="dispatch",
        form=True,
    ),
    _spec(
        "case_verify",
        QT_TRANSLATE_NOOP("Actions", "Verify and close"),
        "case",
        "Ctrl+Shift+V",
        toolbar=True,
        lifecycle="verify_pass",
    ),
    _spec(
        "case_urge",
        QT_TRANSLATE_NOOP("Actions", "Urge…"),
        "case",
        "Ctrl+Shift+U",
        toolbar=True,
        lifecycle="urge",
        form=True,
    ),
    _spec(
        "case_approve_extension",
        QT_TRANSLATE_NOOP("Actions", "Approve extension"),
        "case",
        toolbar=True,
        lifecycle="approve_extension",
    ),
    _spec(
        "case_sign",
        QT_TRANSLATE_NOOP("Actions", "Sign for case"),
        "case",
        "Ctrl+Shift+S",
        toolbar=True,
        lifecycle="sign",
    ),
    _spec(
        "case_resolve",
        QT_TRANSLATE_NOOP("Actions", "Report result…"),
        "case",
        toolbar=True,
        lifecycle="resolve",
        form=True,
    ),
    _spec(
        "case_comment",
        QT_TRANSLATE_NOOP("Actions", "Comment…"),
        "case",
        "Ctrl+Shift+M",
        lifecycle="comment",
        form=True,
    ),
    _spec(
        "case_choose",
        QT_TRANSLATE_NOOP("Actions", "Other action…"),
        "case",
        "Ctrl+Shift+A",
        rule=ANY_ACTION,
    ),
    _spec(  # wherever a case is selected: the action chosen in the dispatch pane
        "case_send",
        QT_TRANSLATE_NOOP("Actions", "Send the chosen action"),
        "case",
        "Ctrl+Return",
        rule=ANY_ACTION,
        alt_shortcut="Ctrl+Enter",
    ),
    _spec(
        "alert_acknowledge",
        QT_TRANSLATE_NOOP("Actions", "Acknowledge the alert"),
        "case",
        "Ctrl+K",
        separator_before=True,
    ),
    _spec(
        "bulk_dispatch",
        QT_TRANSLATE_NOOP("Actions", "Dispatch selected cases…"),
        "case",
        "Ctrl+Shift+B",
        rule="dispatch",
        separator_before=True,
    ),
    _spec(
        "bulk_urge",
        QT_TRANSLATE_NOOP("Actions", "Urge selected cases…"),
        "case",
        rule="urge",
    ),
    # Administration (console/admin/screens.py opens each as a window of its own)
    _spec(
        "admin_calendar", QT_TRANSLATE_NOOP("Actions", "Holiday calendar…"), "admin", roles=ADMIN
    ),
    _spec("admin_sla_rules", QT_TRANSLATE_NOOP("Actions", "SLA rules…"), "admin", roles=ADMIN),
    _spec("admin_users", QT_TRANSLATE_NOOP("Actions", "Users…"), "admin", roles=ADMIN),
    _spec("admin_cameras", QT_TRANSLATE_NOOP("Actions", "Cameras…"), "admin", roles=ADMIN),
    _spec(
        "admin_log",
        QT_TRANSLATE_NOOP("Actions", "Admin log…"),
        "admin",
        roles=ADMIN,
        separator_before=True,
    ),
    _spec("shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "help", "F1"),
    _spec("about", QT_TRANSLATE_NOOP("Actions", "About"), "help"),
)


class ActionRegistry(QObject):
    """The window's QActions keyed by id, filtered by role; builds menus and the toolbar.

    Who sees a command that takes a lifecycle action is the server's rule: such a command is
    hidden (and so disabled, its keys too) until the server's rules arrive with the reference
    data, then shown to the roles they give the action.
    """

    # Rules installed on a worker thread (ApiClient.reference), applied on the GUI thread.
    _rules_installed = Signal(object)

    def __init__(self, window: QWidget, role: str, specs: tuple[ActionSpec, ...] = SPECS) -> None:
        super().__init__(window)
        self._window = window
        self._role = role
        self._specs: list[ActionSpec] = []
        self._actions: dict[str, QAction] = {}
        self.rules: server_rules.Rules | None = None  # as last applied; None until then
        self._rules_installed.connect(self.apply_rules)
        # Rules installed from now on: this window's own reference load (window.start()).
        server_rules.subscribe(self._on_server_rules_installed, now=False)
        for spec in specs:
            self.add(spec)

    def _on_server_rules_installed(self, rules: server_rules.Rules) -> None:
        try:
            self._rules_installed.emit(rules)
        except RuntimeError:  # the window is gone
            pass

    def apply_rules(self, rules: server_rules.Rules) -> None:
        """Show each lifecycle command exactly to the roles the server's rules give it."""
        self.rules = rules
        for spec in self._specs:
            if spec.ruled_by:
                self._actions[spec.id].setVisible(self._permits(spec))

    def _permits(self, spec: ActionSpec) -> bool:
        rules = self.rules
        if not spec.ruled_by:
            return True
        if rules is None:
            return False  # wait for the server's rules
        if spec.ruled_by == ANY_ACTION:
            return rules.takes_actions(self._role)
        return rules.may(self._role, spec.ruled_by)

    def add(self, spec: ActionSpec, action: QAction | None = None) -> QAction | None:
        """Register a command (optionally an existing QAction, e.g. a dock's toggle)."""
        if spec.roles is not None and self._role not in spec.roles:
            return None
        if action is None:
            action = QAction(QCoreApplication.translate("Actions", spec.text), self._window)
        if spec.ruled_by:
            action.setVisible(self._permits(spec))
        action.setObjectName(f"action_{spec.id}")
        action.setCheckable(spec.checkable or action.isCheckable())
        if spec.shortcut:
            keys = [QKeySequence(spec.shortcut)]
            if spec.alt_shortcut:
                keys.append(QKeySequence(spec.alt_shortcut))
            action.setShortcuts(keys)
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        if spec.pane:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            self._window.addAction(action)
        self._specs.append(spec)
        self._actions[spec.id] = action
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def get(self, action_id: str) -> QAction | None:
        """The action, or None when this role does not have it (for a lifecycle command: once
        the server's rules say so; until they arrive it is there, hidden)."""
        action = self._actions.get(action_id)
        if action is None or self.rules is None or self._permits(self.spec(action_id)):
            return action
        return None

    def ids(self) -> list[str]:
        """Every registered id, in declaration order."""
        return [spec.id for spec in self._specs]

    def lifecycle(self) -> dict[str, QAction]:
        """Command id → QAction, for the commands that take a server action on the case."""
        return {s.id: self._actions[s.id] for s in self._specs if s.lifecycle}

    def specs(self) -> list[ActionSpec]:
        """The registered commands this role has, in declaration order (a lifecycle command
        only once the server's rules give it to the role)."""
        return [spec for spec in self._specs if self._permits(spec)]

    def spec(self, action_id: str) -> ActionSpec:
        """The declaration of a registered command."""
        return next(s for s in self._specs if s.id == action_id)

    def build_menus(self, menubar: QMenuBar) -> dict[str, QMenu]:
        """One menu per MENUS entry holding its actions, in declaration order."""
        menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            menu = menubar.addMenu(QCoreApplication.translate("Actions", title))
            menu.setObjectName(f"menu_{key}")
            menus[key] = menu
        for spec in self._specs:
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self._actions[spec.id])
        for menu in menus.values():  # a menu with nothing for this role (Administration)
            menu.menuAction().setVisible(any(not a.isSeparator() for a in menu.actions()))
        return menus

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """The toolbar: every action marked `toolbar`, separators kept."""
        for spec in self._specs:
            if spec.toolbar:
                if spec.separator_before and toolbar.actions():
                    toolbar.addSeparator()
                toolbar.addAction(self._actions[spec.id])
