"""The window's saved layout, one per role, and a first size that fits the screen.

A supervisor's docks are not a duty officer's: geometry, docks and columns are kept under the
role's group of QSettings; mute and the panes' own state (the video wall) belong to the desk.
Whatever comes back is fitted into the screen's available geometry (a layout saved on a larger
screen is not cut off).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView, QWidget

from console.panes.contract import KeepsSettings

STATE_VERSION = 4  # 2: dispatch and results panes; 3: charts; 4: alerts, per-role layouts
PREFERRED = (1600, 900)
COMPACT_BELOW = (1600, 900)  # a smaller available geometry gets the compact layout
ROOMY = 0.94  # the share of a large screen the window takes at first
# A role's own screen, in front of its tab group in the role's default layout (the registry's
# order puts the first pane of each group in front for everyone): the supervisor's 督办 board.
# On a large screen it also gets more height than its group's default (the queue less).
IN_FRONT = {"supervisor": ("supervision", 470, 300)}  # pane, height, height on a small screen


def available(window: QWidget) -> QRect:
    """The screen's geometry without taskbars, of the window's screen or else the primary."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *PREFERRED)


def is_small(window: QWidget) -> bool:
    """Whether the screen is too small for the full layout (e.g. 1366×768)."""
    room = available(window)
    return room.width() < COMPACT_BELOW[0] or room.height() < COMPACT_BELOW[1]


def place_on_screen(window: QWidget) -> None:
    """The first size: most of a large screen (at least 1600×900), all of a small one."""
    room = available(window)
    width = min(room.width(), max(PREFERRED[0], round(room.width() * ROOMY)))
    height = min(room.height(), max(PREFERRED[1], round(room.height() * ROOMY)))
    window.resize(width, height)
    window.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move the window until all of it lies within the available geometry."""
    room = available(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class WindowState:
    """Saves and restores one role's layout of the window."""

    def __init__(self, window: QMainWindow, role: str, table: QTableView) -> None:
        self._window = window
        self._role = role
        self._group = f"roles/{role}"
        self._table = table

    def _bring_forward(self) -> None:
        """The role's own pane in front in its default layout (no saved layout yet)."""
        pane, large, small = IN_FRONT.get(self._role, ("", 0, 0))
        dock = self._window.findChild(QDockWidget, f"dock_{pane}") if pane else None
        if dock is None:
            return
        dock.raise_()
        QTimer.singleShot(0, dock.raise_)  # a tab is chosen for good once the window shows
        height = small if is_small(self._window) else large
        if height:  # after the window's first sizing of the docks (queued when first shown)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: self._heighten(dock, height)))

    def _heighten(self, dock: QDockWidget, height: int) -> None:
        self._window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def save(self, muted: bool, panes: list[QWidget]) -> None:
        """Geometry, docks and columns under the role's group; mute and each pane's state."""
        settings = QSettings()
        settings.beginGroup(self._group)
        settings.setValue("window/geometry", self._window.saveGeometry())
        settings.setValue("window/state", self._window.saveState(STATE_VERSION))
        settings.setValue("queue/header", self._table.horizontalHeader().saveState())
        settings.endGroup()
        settings.setValue("alerts/muted", muted)
        for widget in panes:  # a pane with its own state (the video wall)
            if isinstance(widget, KeepsSettings):
                widget.save_settings(settings)

    def restore(self, panes: list[QWidget]) -> tuple[bool, bool, bool]:
        """Bring the role's layout back: whether the docks and the columns came back, and
        whether the sound is muted."""
        settings = QSettings()
        settings.beginGroup(self._group)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self._window.restoreGeometry(geometry)
        fit_on_screen(self._window)
        state = settings.value("window/state")
        docks = isinstance(state, QByteArray) and self._window.restoreState(state, STATE_VERSION)
        if not docks:
            self._bring_forward()
        header_state = settings.value("queue/header")
        header = self._table.horizontalHeader()
        columns = isinstance(header_state, QByteArray) and header.restoreState(header_state)
        if columns:
            self._table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        settings.endGroup()
        muted = settings.value("alerts/muted", False, type=bool)
        for widget in panes:
            if isinstance(widget, KeepsSettings):
                widget.restore_settings(settings)
        return bool(docks), bool(columns), bool(muted)
