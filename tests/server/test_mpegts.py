"""The looped MPEG-TS clip: continuous timestamps and counters across passes, real-time pacing."""

from __future__ import annotations

import asyncio

import pytest

from server.routes.media import live_clip
from server.services.mpegts import (
    LEAD_SECONDS,
    PACKET,
    TS_CLOCK,
    LoopedClip,
    NotTransportStream,
    play_endlessly,
)


def packets(data: bytes) -> list[bytes]:
    return [data[i : i + PACKET] for i in range(0, len(data), PACKET)]


def video_pts(data: bytes) -> list[int]:
    """The PTS of every PES start on the video PID (stream id 0xE0)."""
    found = []
    for packet in packets(data):
        control = (packet[3] >> 4) & 0x3
        payload = 4 + (1 + packet[4] if control & 0x2 else 0)
        if packet[1] & 0x40 and packet[payload : payload + 4] == b"\x00\x00\x01\xe0":
            at = payload + 9
            found.append(
                ((packet[at] >> 1) & 0x07) << 30
                | packet[at + 1] << 22
                | (packet[at + 2] >> 1) << 15
                | packet[at + 3] << 7
                | packet[at + 4] >> 1
            )
    return found


def test_the_clip_is_sixteen_seconds_of_25_fps_video() -> None:
    clip = live_clip()
    assert clip.period == pytest.approx(16.0)
    pts = video_pts(clip.data)
    assert len(pts) == 16 * 25
    assert clip.chunks[0].start == 0 and clip.chunks[-1].end == len(clip.data)
    pairs = zip(clip.chunks, clip.chunks[1:], strict=False)
    assert all(a.end == b.start and a.due <= b.due for a, b in pairs)


def test_each_pass_moves_the_clock_on_by_the_clip_length() -> None:
    clip = live_clip()
    first, second, fifth = (video_pts(clip.repetition(n)) for n in (0, 1, 4))
    assert [b - a for a, b in zip(first, second, strict=True)] == [clip.period_ticks] * len(first)
    assert fifth[0] - first[0] == 4 * clip.period_ticks
    # One frame after the last of a pass comes the first of the next.
    assert second[0] - max(first) == clip.period_ticks - (max(first) - first[0])
    assert clip.period_ticks == 16 * TS_CLOCK


def test_continuity_counters_run_on_across_the_seam() -> None:
    clip = live_clip()
    last: dict[int, int] = {}
    for packet in packets(clip.data + clip.repetition(1) + clip.repetition(2)):
        pid = ((packet[1] & 0x1F) << 8) | packet[2]
        if not (packet[3] >> 4) & 0x1 or pid == 0x1FFF:
            continue
        counter = packet[3] & 0x0F
        if pid in last:
            assert counter == (last[pid] + 1) % 16, f"PID {pid:#x} skips a count"
        last[pid] = counter


def test_not_a_transport_stream_is_refused() -> None:
    with pytest.raises(NotTransportStream):
        LoopedClip(b"")
    with pytest.raises(NotTransportStream):
        LoopedClip(b"\x00" * PACKET * 3)
    with pytest.raises(NotTransportStream):
        LoopedClip(live_clip().data[:-1])


def test_chunks_are_sent_when_the_clips_clock_says() -> None:
    clip = live_clip()
    now = [100.0]
    sent_at: list[tuple[float, int]] = []

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def run(speed: float) -> None:
        stream = play_endlessly(clip, speed=speed, clock=lambda: now[0], sleep=sleep)
        total = 0
        async for chunk in stream:
            total += len(chunk)
            sent_at.append((now[0], total))
            if total >= 2 * len(clip.data):
                break
        await stream.aclose()

    asyncio.run(run(1.0))
    # The end of the first pass leaves at its last chunk's due time (less the lead); the
    # second pass's last chunk one clip length later.
    end_of_first = next(at for at, total in sent_at if total >= len(clip.data))
    assert end_of_first == pytest.approx(100.0 + clip.chunks[-1].due - LEAD_SECONDS)
    assert sent_at[-1][0] == pytest.approx(end_of_first + clip.period)
    assert all(a[0] <= b[0] for a, b in zip(sent_at, sent_at[1:], strict=False))

    sent_at.clear()
    now[0] = 0.0
    asyncio.run(run(4.0))
    assert sent_at[-1][0] == pytest.approx((clip.period + clip.chunks[-1].due - LEAD_SECONDS) / 4)
