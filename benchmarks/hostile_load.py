"""`/healthz` while the server is attacked: password guessers and image bombs (issue #18).

    python -m benchmarks.hostile_load [--seconds 15] [--guessers 16] [--bombers 4]

Starts the real server (python -m server.cli --demo --rate 0, real argon2 parameters) on a
fresh SQLite file and measures `/healthz` latency (one client, 20 requests a second):

1. quiet;
2. while `--guessers` clients guess passwords as fast as they can, each on its own account
   name; the per-account and per-address limits are raised out of the way first (so every
   guess costs a full argon2 check: the worst case for the server), then with the default
   limits (guesses stop costing anything once refused);
3. while `--bombers` clients upload photos as fast as they can: each request carries six
   7,000 × 7,000 PNGs (within every limit) or one 30,000 × 30,000 all-zero PNG (2.6 MB).

Prints p50 and p99 of each phase, and the ratio to the quiet figures (target: within 2×).
Medians of one run; the machine is shared, so the CPU used by other processes is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import requests

from benchmarks.cpu_meter import CpuMeter
from benchmarks.server_report import ROOT

TARGET_RATIO = 2.0
REPORT = {"channel": "grid", "category": "garbage", "title": "压力测试", "address": "虹桥街道"}


def start_server(folder: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "server.cli", "--port", "0", "--demo", "--rate", "0",
               "--database", f"sqlite:///{folder / 'cc.db'}"]  # fmt: skip
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=(folder / "server.log").open("w"),
        text=True,
        cwd=ROOT,
        env={**os.environ, **env, "CC_CASE_CACHE_WARM": "0", "CC_DEMO_BACKLOG": "50"},
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url.startswith("http"):
        process.kill()
        raise SystemExit(f"the server did not start: see {folder / 'server.log'}")
    for _ in range(600):  # the address is printed once bound; it serves once started
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return process, url
        except requests.ConnectionError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the server did not answer: see {folder / 'server.log'}")


def latencies(url: str, seconds: float) -> list[float]:
    """`/healthz` once every 50 ms for `seconds`: each answer's time in ms."""
    out: list[float] = []
    session = requests.Session()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        answer = session.get(f"{url}/healthz", timeout=60)
        out.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
        time.sleep(max(0.0, 0.05 - (time.perf_counter() - started)))
    return out


def in_background(work: Callable[[threading.Event, int], None], clients: int) -> Callable[[], None]:
    """Start `clients` threads running work(stop, index); returns the function that stops them."""
    stop = threading.Event()
    threads = [threading.Thread(target=work, args=(stop, i), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()

    def finish() -> None:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    return finish


def guesser(url: str) -> Callable[[threading.Event, int], None]:
    def guess(stop: threading.Event, index: int) -> None:
        session = requests.Session()
        while not stop.is_set():
            session.post(
                f"{url}/api/v1/auth/token",
                data={"username": f"guess-{index}", "password": "wrong-password"},
                timeout=60,
            )

    return guess


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def zero_png(width: int, height: int) -> bytes:
    compressor = zlib.compressobj(9)
    row = bytes(1 + width)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data)
            + _chunk(b"IEND", b""))  # fmt: skip


def big_png() -> bytes:
    """A 7,000 × 7,000 PNG of a few hundred KB (flat colour compresses well)."""
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (7_000, 7_000), (90, 140, 60)).save(out, "PNG", optimize=False)
    return out.getvalue()


def bomber(url: str, token: str, case_id: int) -> Callable[[threading.Event, int], None]:
    six = [("photos", (f"p{i}.png", big_png(), "image/png")) for i in range(6)]
    bomb = zero_png(30_000, 30_000)

    def send(stop: threading.Event, index: int) -> None:
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token}"}
        n = 0
        while not stop.is_set():
            n += 1
            key = {"Idempotency-Key": f"bomb-{index}-{n}-{time.time_ns()}"}
            if n % 2:
                session.post(f"{url}/api/v1/field-reports", files=six, data=REPORT,
                             headers={**headers, **key}, timeout=120)  # fmt: skip
            else:
                session.post(f"{url}/api/v1/cases/{case_id}/attachments",
                             files={"photo": ("bomb.png", bomb, "image/png")},
                             headers={**headers, **key}, timeout=120)  # fmt: skip

    return send


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def line(name: str, values: list[float], quiet: list[float] | None, other_cpu: float) -> str:
    p50, p99 = statistics.median(values), p(values, 0.99)
    text = f"{name:<44} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms"
    if quiet is not None:
        r50, r99 = p50 / statistics.median(quiet), p99 / p(quiet, 0.99)
        ok = "✓" if max(r50, r99) <= TARGET_RATIO else "✗"
        text += f"   ×{r50:.1f} / ×{r99:.1f} (≤ ×{TARGET_RATIO:g}) {ok}"
    return text + f"   (elsewhere {other_cpu:.1f} cores)"


def phase(
    url: str, seconds: float, server_pid: int, load: Callable[[], Callable[[], None]] | None
) -> tuple[list[float], float]:
    """`/healthz` latencies under the load, and the cores the rest of the machine used
    meanwhile (the load generator included: it runs in this process)."""
    stop = load() if load else None
    time.sleep(1.0 if load else 0)  # let the attack reach its pace
    meter = CpuMeter(server_pid)
    values = latencies(url, seconds)
    share = meter.stop(0.0)
    if stop:
        stop()
    return values, share.others


RAISED = {"CC_SIGN_IN_FAILURES": "1000000", "CC_SIGN_IN_ADDRESS_FAILURES": "1000000"}


def attack(args: argparse.Namespace, limits: str, env: dict[str, str], rows: list[str],
           quiet: list[float] | None) -> list[float]:  # fmt: skip
    """One server: quiet (the first time), guessers, and with default limits the bombers."""
    with tempfile.TemporaryDirectory(prefix="cc-hostile-") as folder:
        process, url = start_server(Path(folder), env)
        try:
            auth = {"username": "duty_officer", "password": "demo"}
            token = requests.post(f"{url}/api/v1/auth/token", data=auth, timeout=30).json()[
                "access_token"
            ]
            if quiet is None:
                quiet, others = phase(url, args.seconds, process.pid, None)
                rows.append(line("quiet", quiet, None, others))
            guessing = guesser(url)
            values, others = phase(
                url, args.seconds, process.pid, lambda: in_background(guessing, args.guessers)
            )
            rows.append(
                line(f"{args.guessers} password guessers ({limits})", values, quiet, others)
            )
            if not env:
                headers = {"Authorization": f"Bearer {token}"}
                listed = requests.get(f"{url}/api/v1/cases?limit=1", headers=headers, timeout=30)
                bombing = bomber(url, token, listed.json()["items"][0]["id"])
                values, others = phase(
                    url, args.seconds, process.pid, lambda: in_background(bombing, args.bombers)
                )
                rows.append(line(f"{args.bombers} image bombers", values, quiet, others))
        finally:
            process.terminate()
            process.wait(30)
    return quiet


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--guessers", type=int, default=16)
    parser.add_argument("--bombers", type=int, default=4)
    args = parser.parse_args(argv)
    print(f"/healthz under attack: {args.guessers} guessers, {args.bombers} image bombers, "
          f"{args.seconds:g} s a phase, {os.cpu_count()} cores")  # fmt: skip
    rows: list[str] = []
    quiet = attack(args, "limits raised", RAISED, rows, None)
    attack(args, "default limits", {}, rows, quiet)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
