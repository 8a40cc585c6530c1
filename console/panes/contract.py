"""The pane contract: the hooks the window calls on a pane that has them.

A pane is a QWidget built by its `PaneSpec.factory` from the window's `PaneContext`
(`console/controllers/context.py`) and docked by the shell. Everything below is optional: a
pane implements the hooks it needs, with these names and signatures, and the shell asks
`isinstance(pane, Hook)` before calling one. The hooks are protocols, not base classes, so a
pane anywhere (`panes/`, `charts/`, `video/`) takes part without importing this module; a
QWidget cannot take a Protocol as a second base anyway.

- `AsksForAttention`: news for the officer (a conflict, a refusal, a form to finish); the dock
  comes to the front unless the officer is typing in a pane of the same tab group.
- `TakesFocus`: where the keyboard goes when the pane's F-key brings it forward and the pane
  has no remembered place yet.
- `HasCompactLayout`: a layout for small screens (1366×768), set once before the docks are
  placed.
- `KeepsSettings`: the pane's own state (the video wall's cameras), saved with the window and
  restored after its layout.
- `ShutsDown`: streams, players and timers stopped when the window closes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSettings, SignalInstance


@runtime_checkable
class AsksForAttention(Protocol):
    """A pane that can ask to be shown."""

    @property
    def attention_requested(self) -> SignalInstance:
        """Emitted (no arguments) when the pane has something the officer must see."""
        ...


@runtime_checkable
class TakesFocus(Protocol):
    """A pane that knows where the keyboard belongs in it."""

    def take_focus(self) -> None:
        """Put the keyboard where the officer starts in this pane."""
        ...


@runtime_checkable
class HasCompactLayout(Protocol):
    """A pane with a layout for small screens."""

    def set_compact(self) -> None:
        """Switch to the compact layout (called once, before the docks are arranged)."""
        ...


@runtime_checkable
class KeepsSettings(Protocol):
    """A pane with state of its own that outlives the window."""

    def save_settings(self, settings: QSettings) -> None:
        """Write the pane's state (at the top level of `settings`; the desk's, not the role's)."""
        ...

    def restore_settings(self, settings: QSettings) -> None:
        """Read back what `save_settings` wrote, after the window's layout is restored."""
        ...


@runtime_checkable
class ShutsDown(Protocol):
    """A pane that keeps something running (streams, players, timers)."""

    def shut_down(self) -> None:
        """Stop it all; the window is closing and its runner closes next."""
        ...
