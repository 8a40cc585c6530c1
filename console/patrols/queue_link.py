"""A case chosen outside the queue (a patrol's problem) made current in the queue.

A pane has its context, not the window; the window's queue is found by what it offers
(`select_case`, `clear_filters`: console/panes/queue_pane.py), as the map's links use it. A
case the queue does not list (closed long ago) becomes the panes' current case alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from console.controllers.context import PaneContext


def window_part(widget: QWidget, name: str) -> object | None:
    """The attribute `name` of the first ancestor window that has one (a floating dock's
    pane still finds its main window)."""
    found: QWidget | None = widget
    while found is not None:
        part: object | None = getattr(found, name, None)
        if part is not None and found is not widget:
            return part
        found = found.parentWidget()
    return None


def select_in_queue(widget: QWidget, ctx: PaneContext, case_id: int) -> bool:
    """Make the case current in the queue (its filters cleared when they hide it); True when
    the queue shows it, False when it only became the panes' current case."""
    queue = window_part(widget, "queue")
    select = getattr(queue, "select_case", None)
    if select is not None:
        if select(case_id):
            return True
        clear = getattr(queue, "clear_filters", None)
        if clear is not None:
            clear()
            if select(case_id):
                return True
    ctx.selection.set(case_id)
    return False
