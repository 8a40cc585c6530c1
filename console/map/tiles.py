"""Basemap tiles: fetched on the runner's workers, decoded there, kept in a small cache.

The GUI thread asks for the tiles it would draw; those it has are drawn at once, the others
are requested (a few at a time, centre first) and the map repaints when they arrive. A
tile the server does not have (404) is remembered as missing and not asked for again.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from console.tasks import TaskRunner

Key = tuple[int, int, int]  # z, x, y
CACHE_TILES = 512  # about 128 MB at most for 256-px RGBA tiles, usually far less
IN_FLIGHT = 6  # tiles asked for at once: the runner's readers serve the queue too
RETRY_SECONDS = 30.0  # a tile that failed (server away) is not asked for again before this
MISSING = QImage()  # a tile the server does not have


def decode(data: bytes | None) -> QImage:
    """A tile's image (on a worker thread); the null image for none."""
    if not data:
        return QImage()
    image = QImage.fromData(data)
    if image.isNull():
        return QImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


class TileCache(QObject):
    """Tiles by (z, x, y), fetched in the background; `arrived` when one more can be drawn."""

    arrived = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        fetch: Callable[[int, int, int], bytes | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._tiles: OrderedDict[Key, QImage] = OrderedDict()
        self._asked: set[Key] = set()
        self._waiting: list[Key] = []
        self._failed_at: dict[Key, float] = {}
        self.failures = 0

    def get(self, key: Key) -> QImage | None:
        """The tile if it is here (the null image if the server has none); else None."""
        image = self._tiles.get(key)
        if image is not None:
            self._tiles.move_to_end(key)
        return image

    def want(self, keys: list[Key]) -> None:
        """Ask for these tiles (most wanted first) unless held or asked for already."""
        now = time.monotonic()
        self._waiting = [
            k
            for k in keys
            if k not in self._tiles
            and k not in self._asked
            and now - self._failed_at.get(k, -RETRY_SECONDS) >= RETRY_SECONDS
        ]
        self._start()

    def _start(self) -> None:
        while self._waiting and len(self._asked) < IN_FLIGHT:
            key = self._waiting.pop(0)
            self._asked.add(key)
            z, x, y = key
            self._runner.run(
                partial(self._load, z, x, y),
                partial(self._on_tile_loaded, key),
                on_error=partial(self._on_tile_failed, key),
                what="",
            )

    def _load(self, z: int, x: int, y: int) -> QImage:
        return decode(self._fetch(z, x, y))

    def _on_tile_loaded(self, key: Key, image: QImage) -> None:
        self._asked.discard(key)
        self._tiles[key] = image
        while len(self._tiles) > CACHE_TILES:
            self._tiles.popitem(last=False)
        self.arrived.emit()
        self._start()

    def _on_tile_failed(self, key: Key, _exc: object) -> None:
        self._asked.discard(key)  # asked again a while later (the server may be back)
        self._failed_at[key] = time.monotonic()
        self.failures += 1
        self._start()
