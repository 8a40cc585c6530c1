"""The 督办 board's building blocks: its tables and counter lists as they are set up, the
buttons' short names, and the longest text of each column (for its width in the language
shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeWidget, QWidget

from console.models import labels
from console.panes.supervision_board_model import kind_label, overdue_text, pending_label
from console.translatable import QT_TRANSLATE_NOOP

CODE = Qt.ItemDataRole.UserRole
# The buttons' short names (the registry's texts say "Board: …" for the menus).
BUTTONS = {
    "board_urge": QT_TRANSLATE_NOOP("SupervisionBoard", "Urge"),
    "board_supervise": QT_TRANSLATE_NOOP("SupervisionBoard", "Supervise (督办)"),
    "board_approve": QT_TRANSLATE_NOOP("SupervisionBoard", "Approve request"),
    "board_refuse": QT_TRANSLATE_NOOP("SupervisionBoard", "Refuse request"),
    "board_void": QT_TRANSLATE_NOOP("SupervisionBoard", "Void"),
    "board_escalate_city": QT_TRANSLATE_NOOP("SupervisionBoard", "To the city"),
    "board_bulletin": QT_TRANSLATE_NOOP("SupervisionBoard", "Open bulletin"),
}


def item_samples() -> dict[int, str]:
    """The longest text each column of the items table shows (the title's is left out)."""
    return {
        0: "● " + max((kind_label(k) for k in ("supervise", "notice")), key=len),
        1: "CC261207000123",
        3: "区住房和城乡建设局",  # longer names are elided (the tooltip and detail say them)
        4: "唐闸镇",
        5: overdue_text(99 * 450 + 7 * 60 + 59),
        6: max((f"{n} {labels.escalation_label(n)}" for n in (1, 2, 3)), key=len),
        7: "12-07 11:19",
        8: "值班长(演示)",
    }


def pending_samples() -> dict[int, str]:
    """The same for the requests table (the reason takes the rest)."""
    return {
        0: max((pending_label(k) for k in ("extension", "park")), key=len),
        1: "CC261207000123",
        2: "视频告警：暴露垃圾堆积",
        3: "区住房和城乡建设局",
        4: "区城市管理局(演示)",
        5: "12-07 11:19",
        6: labels.limit_text(450 * 3 + 225, "work"),
    }


def make_table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setHighlightSections(False)
    return view


def make_counter_list(parent: QWidget, name: str, title: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels([title, "#"])
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    tree.setColumnWidth(1, 44)
    return tree
