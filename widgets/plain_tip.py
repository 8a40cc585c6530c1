"""People's text inside markup of our own, and tooltips that show it literally (issue #18).

Qt renders a tooltip, or a label left to decide by itself, as rich text when the text looks
like markup: a caller's `<h1 style=…>` would have been a heading. Needs QtGui only, so that
the console's models may use it (widgets/plain_text.py has the labels).
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def escaped(text: object) -> str:
    """Text for inside our own rich text: markup characters escaped, lines kept."""
    return html.escape(str(text)).replace("\n", "<br/>")


def plain_tip(text: str | None) -> str:
    """A tooltip showing `text` literally."""
    if not text or not Qt.mightBeRichText(text):
        return text or ""
    return f"<qt>{escaped(text)}</qt>"
