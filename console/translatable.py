"""QT_TRANSLATE_NOOP with a type: marks a string for lupdate and returns it unchanged.

PySide6's stub types QtCore.QT_TRANSLATE_NOOP as returning ``object``, so every
``QCoreApplication.translate(context, MARKED)`` failed the type checker. lupdate finds the
strings by the name QT_TRANSLATE_NOOP at the call sites, whatever module it comes from.
Qt-free on purpose.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source`` unchanged; ``context`` is only for the translation extractor."""
    del context
    return source
