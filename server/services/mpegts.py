"""An MPEG-TS clip played again and again as one endless, continuous live stream.

Sending the same file twice makes timestamps jump back and continuity counters break, and
players stall at the seam. Each repetition is therefore rewritten: PCR, PTS and DTS move on
by the clip's length, and every PID's continuity counter carries on where the last pass
ended. The chunks carry the time (from the clip's PCR) at which a real-time sender is due
to send them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

PACKET = 188
SYNC = 0x47
TS_CLOCK = 90_000  # PTS/DTS/PCR-base ticks per second
TS_WRAP = 1 << 33
PAT_PID, NULL_PID = 0x0000, 0x1FFF
# A live stream starts this far ahead of real time, so that the player can buffer a little.
LEAD_SECONDS = 1.0
# Chunks are cut where the clip's clock has moved on by this much (or at this size).
CHUNK_SECONDS = 0.1
CHUNK_MAX_BYTES = 64 * PACKET


class NotTransportStream(ValueError):
    """The data is not a usable MPEG-TS clip."""


@dataclass(frozen=True)
class Chunk:
    """A slice of the clip and its due time in seconds from the clip's start."""

    start: int
    end: int
    due: float


class LoopedClip:
    """An MPEG-TS clip that `repetition(n)` renders as the n-th pass of an endless stream."""

    def __init__(self, data: bytes) -> None:
        if not data or len(data) % PACKET:
            raise NotTransportStream("the clip's size is not a whole number of 188-byte packets")
        self.data = data
        self._pcr_at: list[int] = []  # offsets of the 6-byte PCR fields
        self._timestamp_at: list[int] = []  # offsets of the 5-byte PTS and DTS fields
        self._cc_at: list[tuple[int, int, int]] = []  # (offset, pid, original counter)
        self.payload_packets: dict[int, int] = {}
        pcr_times: list[tuple[int, int]] = []  # (packet index, PCR base)
        pts_values: list[int] = []
        for index in range(len(data) // PACKET):
            pcr, pts = self._scan(index * PACKET)
            if pcr is not None:
                pcr_times.append((index, pcr))
            pts_values.extend(pts)
        if not pcr_times or not pts_values:
            raise NotTransportStream("the clip carries no PCR or no PTS")
        self.period_ticks = _period(sorted(set(pts_values)))
        self.period = self.period_ticks / TS_CLOCK
        self.chunks = _chunks(len(data) // PACKET, pcr_times)

    def _scan(self, offset: int) -> tuple[int | None, list[int]]:
        data = self.data
        if data[offset] != SYNC:
            raise NotTransportStream(f"lost packet sync at byte {offset}")
        pid = ((data[offset + 1] & 0x1F) << 8) | data[offset + 2]
        unit_start = bool(data[offset + 1] & 0x40)
        control = (data[offset + 3] >> 4) & 0x3
        payload = offset + 4
        pcr = None
        if control & 0x2:
            length = data[offset + 4]
            if length and data[offset + 5] & 0x10 and length >= 7:
                self._pcr_at.append(offset + 6)
                pcr = _read_pcr_base(data, offset + 6)
            payload += 1 + length
        if pid == NULL_PID or not control & 0x1:
            return pcr, []
        self._cc_at.append((offset + 3, pid, data[offset + 3] & 0x0F))
        self.payload_packets[pid] = self.payload_packets.get(pid, 0) + 1
        pts: list[int] = []
        end = offset + PACKET
        if unit_start and payload + 14 <= end and data[payload : payload + 3] == b"\x00\x00\x01":
            stream_id = data[payload + 3]
            if 0xC0 <= stream_id <= 0xEF or stream_id == 0xBD:  # audio, video, private
                flags = (data[payload + 7] >> 6) & 0x3
                if flags & 0x2:
                    self._timestamp_at.append(payload + 9)
                    pts.append(_read_timestamp(data, payload + 9))
                if flags == 0x3:
                    self._timestamp_at.append(payload + 14)
        return pcr, pts

    def repetition(self, n: int) -> bytes:
        """The clip as its n-th pass (0 is the clip itself): timestamps and counters moved on."""
        if n == 0:
            return self.data
        out = bytearray(self.data)
        shift = n * self.period_ticks
        for at in self._pcr_at:
            base = (_read_pcr_base(out, at) + shift) % TS_WRAP
            out[at : at + 4] = (base >> 1).to_bytes(4, "big")
            out[at + 4] = ((base & 1) << 7) | (out[at + 4] & 0x7F)
        for at in self._timestamp_at:
            _write_timestamp(out, at, (_read_timestamp(out, at) + shift) % TS_WRAP)
        for at, pid, counter in self._cc_at:
            moved = (counter + n * self.payload_packets[pid]) & 0x0F
            out[at] = (out[at] & 0xF0) | moved
        return bytes(out)


def _read_pcr_base(data: bytes | bytearray, at: int) -> int:
    return (int.from_bytes(data[at : at + 4], "big") << 1) | (data[at + 4] >> 7)


def _read_timestamp(data: bytes | bytearray, at: int) -> int:
    return (
        ((data[at] >> 1) & 0x07) << 30
        | data[at + 1] << 22
        | (data[at + 2] >> 1) << 15
        | data[at + 3] << 7
        | data[at + 4] >> 1
    )


def _write_timestamp(out: bytearray, at: int, value: int) -> None:
    out[at] = (out[at] & 0xF0) | ((value >> 29) & 0x0E) | 0x01
    out[at + 1] = (value >> 22) & 0xFF
    out[at + 2] = ((value >> 14) & 0xFE) | 0x01
    out[at + 3] = (value >> 7) & 0xFF
    out[at + 4] = ((value << 1) & 0xFE) | 0x01


def _period(pts: list[int]) -> int:
    """The clip's length in ticks: from its first to its last frame, plus one frame."""
    steps = [b - a for a, b in zip(pts, pts[1:], strict=False) if b > a]
    frame = min(steps) if steps else TS_CLOCK // 25
    return pts[-1] - pts[0] + frame


def _chunks(packets: int, pcr_times: list[tuple[int, int]]) -> list[Chunk]:
    """The clip cut into chunks, each due when the clip's clock reaches its first PCR."""
    first_pcr = pcr_times[0][1]
    due_of = [0.0] * packets
    marks = iter(pcr_times)
    mark = next(marks, None)
    now = 0.0
    for index in range(packets):
        while mark is not None and mark[0] <= index:
            now = max(now, (mark[1] - first_pcr) % TS_WRAP / TS_CLOCK)
            mark = next(marks, None)
        due_of[index] = now
    chunks: list[Chunk] = []
    start = 0
    for index in range(1, packets + 1):
        size = (index - start) * PACKET
        if (
            index == packets
            or size >= CHUNK_MAX_BYTES
            or due_of[index] - due_of[start] >= CHUNK_SECONDS
        ):
            chunks.append(Chunk(start * PACKET, index * PACKET, due_of[start]))
            start = index
    return chunks


async def play_endlessly(
    clip: LoopedClip,
    *,
    speed: float = 1.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> AsyncIterator[bytes]:
    """The clip repeated forever, each chunk sent when the clip's clock says (× speed)."""
    started = clock()
    n = 0
    while True:
        data = clip.repetition(n)
        for chunk in clip.chunks:
            due = started + (n * clip.period + chunk.due - LEAD_SECONDS) / speed
            delay = due - clock()
            if delay > 0:
                await sleep(delay)
            yield data[chunk.start : chunk.end]
        n += 1
