"""The wall: 1, 4 or 9 slots in a square grid, a chosen slot, one slot full screen.

Slots beyond the layout keep their camera but close their stream (so 9 → 4 → 9 gives the
same wall back without decoding what nobody sees). Full screen moves one slot's view into a
top-level window; Esc or a double-click puts it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from console.video.camera import Camera
from console.video.slot import VideoSlot
from console.video.slot_view import SlotView
from widgets.present import present

LAYOUTS = (1, 4, 9)
MAX_SLOTS = max(LAYOUTS)


class FullScreenHost(QWidget):
    """A top-level window that shows one slot's view over the whole screen."""

    leave_requested = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("videoFullScreen")
        self.setWindowTitle(self.tr("Video — full screen (Esc to return)"))
        self.setStyleSheet("background: black;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.leave_requested.emit()
        super().closeEvent(event)


class VideoGrid(QWidget):
    """Nine slots, of which the first 1, 4 or 9 are shown and playing."""

    selected_changed = Signal(int)
    layout_changed = Signal(int)
    full_screen_left = Signal()

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoGrid")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.slots = [VideoSlot(server_url, self) for _ in range(MAX_SLOTS)]
        self.views = [SlotView(i, slot, self) for i, slot in enumerate(self.slots)]
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self._grid.setSpacing(3)
        self.layout_size = 0
        self.playing = False  # the pane is shown
        self.selected = 0
        self.full_screen: int | None = None
        self._host: FullScreenHost | None = None
        for view in self.views:
            view.clicked.connect(self.select)
            view.double_clicked.connect(self._on_view_double_clicked)
        self.set_layout(4)
        self.select(0)

    # -- layout -----------------------------------------------------------------------------

    def set_layout(self, size: int) -> None:
        """Show the first `size` slots (1, 4 or 9); the others stop playing."""
        if size not in LAYOUTS:
            raise ValueError(f"layout must be one of {LAYOUTS}, not {size}")
        if size == self.layout_size:
            return
        self.leave_full_screen()
        self.layout_size = size
        side = {1: 1, 4: 2, 9: 3}[size]
        for view in self.views:
            self._grid.removeWidget(view)
        for i, view in enumerate(self.views):
            shown = i < size
            if shown:
                self._grid.addWidget(view, i // side, i % side)
            view.setVisible(shown)
            self.slots[i].set_active(shown and self.playing)
        for n in range(3):
            self._grid.setRowStretch(n, 1 if n < side else 0)
            self._grid.setColumnStretch(n, 1 if n < side else 0)
        if self.selected >= size:
            self.select(0)
        self.layout_changed.emit(size)

    def shown_slots(self) -> list[VideoSlot]:
        """The slots of the current layout, in order."""
        return self.slots[: self.layout_size]

    def select(self, index: int) -> None:
        """Make this slot the one the buttons act on."""
        self.selected = index
        for view in self.views:
            view.set_selected(view.index == index)
        self.selected_changed.emit(index)

    def show_camera(self, index: int, camera: Camera | None) -> None:
        """Put a camera into a slot (None empties it)."""
        self.slots[index].play(camera)

    def set_playing(self, playing: bool) -> None:
        """Play the shown slots (the pane is visible) or close every stream (it is hidden)."""
        self.playing = playing
        for i, slot in enumerate(self.slots):
            slot.set_active(playing and i < self.layout_size)

    # -- full screen ------------------------------------------------------------------------

    def enter_full_screen(self, index: int) -> None:
        """Show one slot alone over the whole screen."""
        self.leave_full_screen()
        self.select(index)
        host = FullScreenHost()
        host.leave_requested.connect(self.leave_full_screen)
        view = self.views[index]
        self._grid.removeWidget(view)
        present(host.layout(), "the full-screen host's layout").addWidget(view)
        view.show()
        self._host, self.full_screen = host, index
        host.showFullScreen()
        host.activateWindow()

    def leave_full_screen(self) -> None:
        """Put the full-screen slot back into the wall."""
        host, index = self._host, self.full_screen
        if host is None or index is None:
            return
        self._host, self.full_screen = None, None
        view = self.views[index]
        present(host.layout(), "the full-screen host's layout").removeWidget(view)
        view.setParent(self)
        side = {1: 1, 4: 2, 9: 3}[self.layout_size]
        self._grid.addWidget(view, index // side, index % side)
        view.setVisible(index < self.layout_size)
        host.leave_requested.disconnect()
        host.close()
        host.deleteLater()
        self.full_screen_left.emit()

    def close_all(self) -> None:
        """Stop every stream for good."""
        self.leave_full_screen()
        for slot in self.slots:
            slot.close()

    def _on_view_double_clicked(self, index: int) -> None:
        if self.full_screen is None:
            self.enter_full_screen(index)
        else:
            self.leave_full_screen()
