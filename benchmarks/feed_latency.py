"""Latency from a case action to SSE followers seeing its event.

    python -m benchmarks.feed_latency --url URL --token TOKEN --ids FILE [--followers 1000]

N followers (raw asyncio sockets, hand-written HTTP/1.1, chunked decoding) follow
GET /api/v1/events/stream?after=S from one common position S. Once every follower's stream has
started, a driver dispatches one registered case per action at a fixed rate (open loop: the
k-th action is sent at t0 + k/rate on a free keep-alive connection, whatever the earlier ones
are doing), recording when each request was written and when its response arrived. Every
follower timestamps every event as its bytes arrive. All clocks are this process's
`time.perf_counter()`.

Latency of (follower, action) = follower receive time - driver send time (the conservative
figure: it includes the action's own processing); `from response` = receive time - the time
the driver had the response (can be negative: the hub is notified before the response is
sent). Exactly-once: every follower must receive a gapless, duplicate-free sequence from S+1
that holds every driven action's event.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.sse_clients import (
    Action,
    ConnectionPool,
    Follower,
    FollowerProtocol,
    act,
    feed_position,
    follow,
)

CONNECT_CONCURRENCY = 64
SETTLE_SECONDS = 20.0


@dataclass
class FeedResult:
    """The figures of one run."""

    followers: int
    actions: int
    pairs: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    p50_from_response_ms: float
    p99_from_response_ms: float
    action_p50_ms: float
    action_p99_ms: float
    action_errors: int
    missing: int
    duplicates: int
    gaps: int
    connect_seconds: float
    follower_errors: list[str]

    @property
    def exactly_once(self) -> bool:
        """Every follower got every event exactly once and nothing failed."""
        return (
            self.missing == 0
            and self.duplicates == 0
            and self.gaps == 0
            and self.action_errors == 0
            and not self.follower_errors
        )


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def raise_nofile(wanted: int) -> int:
    """Raise the open-file limit towards `wanted` (as far as the hard limit allows)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def read_ids(path: Path, count: int, *, from_end: int = 0) -> list[tuple[int, int]]:
    """`count` (id, version) pairs from the end of the dispatchable file, skipping `from_end`."""
    lines = path.read_text().split()
    pairs = list(zip(lines[::2], lines[1::2], strict=True))
    stop = len(pairs) - from_end
    chosen = pairs[stop - count : stop]
    return [(int(i), int(v)) for i, v in reversed(chosen)]


async def measure(
    url: str,
    token: str,
    cases: list[tuple[int, int]],
    followers: int,
    rate: float,
    key_prefix: str,
) -> FeedResult:
    """Connect the followers, drive the actions, and compute the figures."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    after = await feed_position(host, port, token)
    seq_info: dict[int, tuple[int | None, int | None]] = {}
    logs = [Follower() for _ in range(followers)]
    gate = asyncio.Semaphore(CONNECT_CONCURRENCY)
    started = time.perf_counter()
    protocols: list[FollowerProtocol] = []

    async def start(log: Follower) -> None:
        async with gate:
            protocol = await follow(host, port, token, after, log, seq_info)
            if protocol is not None:
                protocols.append(protocol)
                await log.started.wait()

    await asyncio.gather(*(start(log) for log in logs))
    connect_seconds = time.perf_counter() - started

    pool = ConnectionPool(host, port)
    actions = [Action(case_id) for case_id, _ in cases]
    t0 = time.perf_counter() + 0.2
    sends = []
    for k, (action, (_, version)) in enumerate(zip(actions, cases, strict=True)):
        delay = t0 + k / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sends.append(asyncio.ensure_future(act(pool, token, action, version, f"{key_prefix}-{k}")))
    await asyncio.gather(*sends)
    pool.close()

    # Wait until every follower has the last driven event (or give up after a while).
    wanted = {(a.case_id, a.version) for a in actions if a.status == 200}
    deadline = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < deadline:
        seqs = [s for s, key in seq_info.items() if key in wanted]
        if len(seqs) == len(wanted):
            last = max(seqs, default=after)
            if all(f.error or (f.events and f.events[-1][0] >= last) for f in logs):
                break
        await asyncio.sleep(0.05)
    for protocol in protocols:
        protocol.log.stopping = True
        if protocol.transport is not None:
            protocol.transport.close()
    await asyncio.gather(*(p.closed for p in protocols))
    return _figures(after, actions, logs, seq_info, connect_seconds)


def _figures(
    after: int,
    actions: list[Action],
    logs: list[Follower],
    seq_info: dict[int, tuple[int | None, int | None]],
    connect_seconds: float,
) -> FeedResult:
    by_key = {key: seq for seq, key in seq_info.items()}
    driven = {}
    for action in actions:
        seq = by_key.get((action.case_id, action.version))
        if action.status == 200 and seq is not None:
            driven[seq] = action
    latencies: list[float] = []
    from_response: list[float] = []
    missing = duplicates = gaps = 0
    for follower in logs:
        seen: dict[int, float] = {}
        previous = after
        for seq, at in follower.events:
            if seq in seen:
                duplicates += 1
                continue
            if seq != previous + 1:
                gaps += 1
            previous = seq
            seen[seq] = at
        for seq, action in driven.items():
            at = seen.get(seq)
            if at is None:
                missing += 1
                continue
            latencies.append((at - action.sent) * 1000)
            from_response.append((at - action.answered) * 1000)
    action_ms = [(a.answered - a.sent) * 1000 for a in actions if a.status == 200]
    action_errors = sum(1 for a in actions if a.status != 200) + len(actions) - len(driven)
    errors = sorted({f.error for f in logs if f.error})
    return FeedResult(
        followers=len(logs),
        actions=len(actions),
        pairs=len(latencies),
        p50_ms=percentile(latencies, 50),
        p99_ms=percentile(latencies, 99),
        max_ms=max(latencies, default=float("nan")),
        p50_from_response_ms=percentile(from_response, 50),
        p99_from_response_ms=percentile(from_response, 99),
        action_p50_ms=percentile(action_ms, 50),
        action_p99_ms=percentile(action_ms, 99),
        action_errors=action_errors,
        missing=missing,
        duplicates=duplicates,
        gaps=gaps,
        connect_seconds=connect_seconds,
        follower_errors=errors[:5],
    )


async def survives_disconnects(
    url: str,
    token: str,
    cases: list[tuple[int, int]],
    followers: int,
    rate: float,
    key_prefix: str,
    rounds: int = 3,
) -> tuple[bool, str]:
    """Do followers still get events after many hang up at once while events flow?

    In each of `rounds` rounds, `followers` followers connect, actions are driven at `rate`
    and every follower hangs up (RST) half-way through. Then a fresh follower connects and one
    more action is sent: its event must arrive within SETTLE_SECONDS. `cases` holds the
    actions of all rounds plus the last one. Returns (ok, what happened).
    """
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    seq_info: dict[int, tuple[int | None, int | None]] = {}
    gate = asyncio.Semaphore(CONNECT_CONCURRENCY)
    pool = ConnectionPool(host, port)
    per_round = (len(cases) - 1) // rounds
    for round_ in range(rounds):
        after = await feed_position(host, port, token)
        protocols: list[FollowerProtocol] = []

        async def start(
            log: Follower, after: int = after, joined: list[FollowerProtocol] = protocols
        ) -> None:
            async with gate:
                protocol = await follow(host, port, token, after, log, seq_info)
                if protocol is not None:
                    joined.append(protocol)
                    await log.started.wait()

        await asyncio.gather(*(start(Follower()) for _ in range(followers)))
        chunk = cases[round_ * per_round : (round_ + 1) * per_round]
        sends = []
        for k, (case_id, version) in enumerate(chunk):
            if k == len(chunk) // 2:
                for protocol in protocols:
                    protocol.log.stopping = True
                    if protocol.transport is not None:
                        protocol.transport.abort()
            action = Action(case_id)
            key = f"{key_prefix}-{round_}-{k}"
            sends.append(asyncio.ensure_future(act(pool, token, action, version, key)))
            await asyncio.sleep(1 / rate)
        await asyncio.gather(*sends)
    await asyncio.sleep(0.5)
    position = await feed_position(host, port, token)
    fresh = Follower()
    probe = await follow(host, port, token, position, fresh, seq_info)
    if probe is None:
        return False, f"a new follower could not connect: {fresh.error}"
    await fresh.started.wait()
    last = Action(cases[-1][0])
    await act(pool, token, last, cases[-1][1], f"{key_prefix}-last")
    pool.close()
    deadline = time.perf_counter() + SETTLE_SECONDS
    ok = False
    while time.perf_counter() < deadline and not ok:
        ok = any(seq_info.get(seq) == (last.case_id, last.version) for seq, _ in fresh.events)
        await asyncio.sleep(0.05)
    fresh.stopping = True
    if probe.transport is not None:
        probe.transport.close()
    if last.status != 200:
        return False, f"the last action answered {last.status}"
    if not ok:
        return False, f"a new follower got no event within {SETTLE_SECONDS:.0f} s (feed stuck)"
    return True, (
        f"{rounds} x {followers} followers dropped mid-stream; a new follower still gets events"
    )


def _runner() -> asyncio.Runner:
    """A fresh event loop (uvloop when installed, as the server uses)."""
    try:
        import uvloop

        return asyncio.Runner(loop_factory=uvloop.new_event_loop)
    except ImportError:
        return asyncio.Runner()


def run(
    url: str,
    token: str,
    cases: list[tuple[int, int]],
    followers: int,
    rate: float,
    key_prefix: str,
) -> FeedResult:
    """`measure` in a fresh event loop."""
    raise_nofile(followers + 256)
    with _runner() as runner:
        return runner.run(measure(url, token, cases, followers, rate, key_prefix))


def run_disconnect_check(
    url: str, token: str, cases: list[tuple[int, int]], followers: int, key_prefix: str
) -> tuple[bool, str]:
    """`survives_disconnects` at 50 actions per second, in a fresh event loop."""
    raise_nofile(followers + 256)
    with _runner() as runner:
        return runner.run(survives_disconnects(url, token, cases, followers, 50.0, key_prefix))


def describe(result: FeedResult) -> Iterator[str]:
    """Human-readable lines of a result."""
    yield (
        f"{result.followers} follower(s) x {result.actions} actions = {result.pairs} pairs: "
        f"p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms, max {result.max_ms:.1f} ms "
        f"(from response: p50 {result.p50_from_response_ms:.1f}, "
        f"p99 {result.p99_from_response_ms:.1f})"
    )
    yield (
        f"actions p50 {result.action_p50_ms:.1f} ms p99 {result.action_p99_ms:.1f} ms, "
        f"errors {result.action_errors}; connect {result.connect_seconds:.1f} s; "
        f"missing {result.missing}, duplicates {result.duplicates}, gaps {result.gaps}; "
        f"exactly once: {'yes' if result.exactly_once else 'NO'} {result.follower_errors or ''}"
    )


def main() -> None:
    """Run one measurement against a running server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--ids", type=Path, required=True, help="dispatchable 'id version' file")
    parser.add_argument("--skip", type=int, default=0, help="ids to skip at the file's end")
    parser.add_argument("--followers", type=int, default=1)
    parser.add_argument("--rate", type=float, default=20.0, help="actions per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--disconnect-check", action="store_true", help="instead: the mass hang-up check"
    )
    args = parser.parse_args()
    if args.disconnect_check:
        cases = read_ids(args.ids, 101, from_end=args.skip)
        ok, what = run_disconnect_check(
            args.url, args.token, cases, args.followers, f"drop-{time.time_ns()}"
        )
        print(("ok: " if ok else "FAILED: ") + what)
        return
    cases = read_ids(args.ids, round(args.rate * args.seconds), from_end=args.skip)
    result = run(args.url, args.token, cases, args.followers, args.rate, f"feed-{time.time_ns()}")
    for line in describe(result):
        print(line)


if __name__ == "__main__":
    main()
