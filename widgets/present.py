"""present(): a Qt getter's answer the PySide6 stubs type as Optional but the code ensures.

An editable combo box's line edit and completer, a widget's layout set in its constructor, an
overlay's parent: Qt may answer None in general, not there. Saying so once, typed, beats an
`assert` at every call; a None that does come is a RuntimeError naming what was missing.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None, what: str = "a Qt object") -> T:
    """`value`, which the code's construction guarantees is not None."""
    if value is None:
        raise RuntimeError(f"{what} is missing")
    return value
