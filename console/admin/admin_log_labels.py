"""Names of the admin log's kinds and actions (calendar/set → 节假日安排/设置), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.translatable import QT_TRANSLATE_NOOP

KINDS = (
    "calendar",
    "sla_rules",
    "kpi_weights",
    "user",
    "camera",
    "indicator",
    "sign_in",
    "map_layer",
    "volunteer",
)
_KIND = {
    "calendar": QT_TRANSLATE_NOOP("AdminLog", "Holiday calendar"),
    "sla_rules": QT_TRANSLATE_NOOP("AdminLog", "SLA rules"),
    "user": QT_TRANSLATE_NOOP("AdminLog", "User"),
    "camera": QT_TRANSLATE_NOOP("AdminLog", "Camera"),
    "indicator": QT_TRANSLATE_NOOP("AdminLog", "Economic indicators"),
    "sign_in": QT_TRANSLATE_NOOP("AdminLog", "Sign-in"),
    "kpi_weights": QT_TRANSLATE_NOOP("AdminLog", "Score weights"),
    "map_layer": QT_TRANSLATE_NOOP("AdminLog", "Map layer"),
    "volunteer": QT_TRANSLATE_NOOP("AdminLog", "Volunteer service"),
}
_ACTION = {
    "set": QT_TRANSLATE_NOOP("AdminLog", "Set day"),
    "delete": QT_TRANSLATE_NOOP("AdminLog", "Delete"),
    "import": QT_TRANSLATE_NOOP("AdminLog", "Import"),
    "publish": QT_TRANSLATE_NOOP("AdminLog", "Publish"),
    "create": QT_TRANSLATE_NOOP("AdminLog", "Create"),
    "update": QT_TRANSLATE_NOOP("AdminLog", "Change"),
    "disable": QT_TRANSLATE_NOOP("AdminLog", "Disable"),
    "enable": QT_TRANSLATE_NOOP("AdminLog", "Enable"),
    "reset_password": QT_TRANSLATE_NOOP("AdminLog", "Reset password"),
    "change_password": QT_TRANSLATE_NOOP("AdminLog", "Change password"),
    "color_rule": QT_TRANSLATE_NOOP("AdminLog", "Color rule"),
    "success": QT_TRANSLATE_NOOP("AdminLog", "Signed in"),
    "failure": QT_TRANSLATE_NOOP("AdminLog", "Sign-in refused"),
    "unlock": QT_TRANSLATE_NOOP("AdminLog", "Sign-in unlocked"),
    "create_team": QT_TRANSLATE_NOOP("AdminLog", "Add team"),
    "update_team": QT_TRANSLATE_NOOP("AdminLog", "Change team"),
    "create_category": QT_TRANSLATE_NOOP("AdminLog", "Add service category"),
    "update_category": QT_TRANSLATE_NOOP("AdminLog", "Change service category"),
}
# The same code meaning something else for one kind.
_KIND_ACTION = {
    ("camera", "delete"): QT_TRANSLATE_NOOP("AdminLog", "Remove"),
    ("calendar", "delete"): QT_TRANSLATE_NOOP("AdminLog", "Back to the library"),
    ("camera", "create"): QT_TRANSLATE_NOOP("AdminLog", "Add"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdminLog", text)


def kind_label(kind: str | None) -> str:
    """节假日安排, 时限规则, 用户, … ; an unknown kind as it is."""
    source = _KIND.get(kind or "")
    return _tr(source) if source else str(kind or "")


def action_label(kind: str | None, action: str | None) -> str:
    """设置, 发布, 停用, … ; an unknown action as it is."""
    source = _KIND_ACTION.get((kind or "", action or "")) or _ACTION.get(action or "")
    return _tr(source) if source else str(action or "")
