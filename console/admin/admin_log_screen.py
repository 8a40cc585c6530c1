"""The administrator's log screen: every change outside the case trail, newest first."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.admin.admin_log_detail import AdminLogDetail
from console.admin.admin_log_filters import AdminLogFilters
from console.admin.admin_log_model import ACTION, ACTOR, KIND, TARGET, TIME, AdminLogModel
from console.admin.users_widgets import AdminBanner, add_shortcuts, button, tab_chain
from console.api.admin import AdminApi
from console.controllers.context import PaneContext
from widgets.plain_text import PlainLabel

PAGE = 100
# On top of the dark theme, which leaves these to the platform (hard to see on dark).
STYLE = """
QCheckBox::indicator { width: 13px; height: 13px; border: 1px solid #6b84a3; border-radius: 2px;
    background: #0f1720; }
QCheckBox::indicator:checked { background: #4a90e2; border-color: #8fb4e6; }
QDateEdit { background: #0f1720; border: 1px solid #34465e; border-radius: 3px; padding: 3px 5px; }
QDateEdit:disabled { color: #6b7a8c; }
"""


class AdminLogScreen(QWidget):
    """Filters above the records; the chosen record's before → after below."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminLogScreen")
        self.setWindowTitle(self.tr("Admin log"))
        self._ctx = ctx
        self.api = AdminApi(ctx.client)
        self.next_cursor: str | None = None
        self.loading = False
        self._generation = 0  # a newer query makes older answers moot
        self._build()
        self._connect()
        self.reload()
        ctx.runner.run(self.api.users, self._on_users_loaded, on_error=lambda _e: None)

    def _build(self) -> None:
        self.filters = AdminLogFilters(self)
        self.banner = AdminBanner(self)
        self.banner.setObjectName("adminLogMessage")
        self.model = AdminLogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("adminLogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((TIME, 150), (KIND, 110), (ACTION, 110), (ACTOR, 160), (TARGET, 180)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = PlainLabel(self)
        self.count_label.setObjectName("totalLabel")
        self.more_button = button(self, self.tr("Load &more"), "adminLogMore")
        self.more_button.setToolTip(self.tr("Or scroll to the end of the list"))
        self.reload_button = button(self, self.tr("Reloa&d"), "adminLogReload", self.tr("F5"))
        self.detail = AdminLogDetail(self)
        for widget in (self.filters, self.detail):  # not on the screen: it holds the banner
            widget.setStyleSheet(STYLE)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.more_button)
        row.addWidget(self.reload_button)
        upper_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 420])  # the detail matters as much as the list
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        f = self.filters
        chain = [f.kind, f.user, f.use_start, f.start, f.use_end, f.end, f.text, f.clear_button]
        chain += [self.table, self.more_button, self.reload_button, self.detail.before]
        chain.append(self.detail.after)
        tab_chain(chain)
        self.resize(1200, 760)

    def _connect(self) -> None:
        self.filters.changed.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.reload_button.clicked.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self._ctx.live.events_applied.connect(self._on_live_events_applied)
        add_shortcuts(
            self,
            (
                ("F5", self.reload),
                ("Ctrl+L", self.filters.text.setFocus),
                ("Ctrl+K", self.filters.kind.setFocus),
            ),
        )

    # -- public -------------------------------------------------------------------------------

    def reload(self) -> None:
        """The first page for the filters as they are now."""
        self._generation += 1
        self.next_cursor = None
        self._fetch(None, replace=True)

    def load_more(self) -> None:
        """The next page of older records, if there is one."""
        if self.next_cursor and not self.loading:
            self._fetch(self.next_cursor, replace=False)

    def rows(self) -> list[tuple[str, ...]]:
        """The texts of every row shown (for tests and copying)."""
        m = self.model
        return [
            tuple(str(m.index(r, c).data()) for c in range(m.columnCount()))
            for r in range(m.rowCount())
        ]

    # -- handlers -----------------------------------------------------------------------------

    def _on_page_loaded(self, generation: int, replace: bool, body: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        items = list(body.get("items") or [])
        cursor = body.get("next_cursor")
        self.next_cursor = str(cursor) if cursor not in (None, "") else None
        if replace:
            self.model.reset(items)
            self.banner.hide()
            if items:
                self.table.selectRow(0)
            else:
                self.detail.show_record(None)
        else:
            self.model.append(items)
        self._sync_footer()

    def _on_page_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self.loading = False
        text = self.tr("The admin log could not be read: %1").replace("%1", str(exc))
        self.banner.show_message(text, "error")
        self._sync_footer()

    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        self.detail.show_record(self.model.record(current.row()))

    def _on_scroll_value_changed(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 2 and bar.maximum() > 0:
            self.load_more()

    def _on_users_loaded(self, users: list[dict[str, Any]]) -> None:
        self.filters.set_usernames([str(u.get("username")) for u in users])

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        kinds = ("calendar.", "sla_rules.", "camera.", "user.", "indicator")
        if any(str(e.get("type", "")).startswith(kinds) for e in events):
            self.banner.show_message(
                self.tr("There are newer records: press F5 to show them."), "info"
            )

    # -- internals ----------------------------------------------------------------------------

    def _fetch(self, cursor: str | None, *, replace: bool) -> None:
        self.loading = True
        self._sync_footer()
        generation = self._generation
        params = self.filters.params()
        self._ctx.runner.run(
            partial(self.api.admin_log, cursor=cursor, limit=PAGE, **params),
            partial(self._on_page_loaded, generation, replace),
            on_error=partial(self._on_page_failed, generation),
            what=self.tr("Reading the admin log"),
        )

    def _sync_footer(self) -> None:
        shown = self.model.rowCount()
        if self.loading:
            text = self.tr("Loading…")
        elif self.next_cursor:
            text = self.tr("%1 records shown; older ones follow.").replace("%1", str(shown))
        else:
            text = self.tr("%1 records.").replace("%1", str(shown))
        self.count_label.setText(text)
        self.more_button.setEnabled(bool(self.next_cursor) and not self.loading)
