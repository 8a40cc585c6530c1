"""What a wall shows and how: the view names, their order, rotation or tiles. Qt-free."""

from __future__ import annotations

import math
from dataclasses import dataclass

# The views a supervisor may choose, in their default order.
VIEWS = ("totals", "overdue", "supervision", "intake", "indicators", "video", "economy")
ALIASES = {"tiles": "totals", "三色": "totals", "督办": "supervision", "经济": "economy"}
LAYOUTS = ("rotate", "tile")
MIN_ROTATE_SECONDS = 5.0


class WallOptionError(ValueError):
    """A wall option the supervisor must correct (said on stderr, exit status 2)."""


def parse_views(text: str) -> tuple[str, ...]:
    """`tiles,overdue,video` → ("totals", "overdue", "video"); unknown names are refused."""
    chosen: list[str] = []
    for raw in text.split(","):
        name = raw.strip().lower()
        if not name:
            continue
        name = ALIASES.get(name, name)
        if name not in VIEWS:
            known = ", ".join(VIEWS)
            raise WallOptionError(f"unknown wall view {raw.strip()!r}: choose from {known}")
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise WallOptionError("no wall view chosen")
    return tuple(chosen)


def grid_shape(count: int) -> tuple[int, int]:
    """(rows, columns) for `count` tiled views on a landscape screen: wider than tall."""
    if count <= 0:
        return 0, 0
    rows = max(1, math.floor(math.sqrt(count * 9 / 16) + 0.5))
    rows = min(rows, count)
    return rows, math.ceil(count / rows)


@dataclass(frozen=True)
class WallOptions:
    """The supervisor's choices for one wall."""

    views: tuple[str, ...] = VIEWS
    layout: str = "rotate"
    rotate_seconds: float = 20.0
    font_scale: float = 1.0

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise WallOptionError(f"wall layout must be rotate or tile, not {self.layout!r}")
        if self.rotate_seconds < MIN_ROTATE_SECONDS:
            raise WallOptionError(f"rotate every {MIN_ROTATE_SECONDS:.0f} s or more")
        if not 0.3 <= self.font_scale <= 4:
            raise WallOptionError("the wall's font scale lies between 0.3 and 4")


def next_index(current: int, count: int) -> int:
    """The view after `current` in rotation (wrapping)."""
    return 0 if count <= 0 else (current + 1) % count
