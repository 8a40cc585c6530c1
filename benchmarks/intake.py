"""Intake throughput: cases created per second through the API, with and without a photo.

    python -m benchmarks.intake [--seconds 8] [--warmup 2] [--clients 8] [--photo-kb 300]

Starts a real cc-server (SQLite, demo users, no backlog, no simulator) in a child process on
127.0.0.1 and keeps `clients` keep-alive connections busy, each from its own thread, for the
warm-up (discarded) and then the measured duration. Scenarios:

  case       POST /api/v1/cases (JSON, fresh Idempotency-Key each)
  open311    POST /open311/v2/requests.json (form-encoded, demo API key)
  photo      POST /api/v1/field-reports, one JPEG of about --photo-kb (multipart)

Prints cases per second, latency percentiles and the server's CPU; asserts nothing (the
target is ≥ 200 cases/s without a photo on the reference 2-core machine).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.live_server import LiveServer  # noqa: E402

BOUNDARY = "ccbench" + uuid.uuid4().hex
MAX_REQUESTS = 200_000  # a bound on every loop, whatever the duration


@dataclass
class Tally:
    """What one scenario measured."""

    ok: int = 0
    errors: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, seconds: float) -> None:
        with self.lock:
            if status in (200, 201):
                self.ok += 1
                self.latencies.append(seconds)
            else:
                self.errors[status] = self.errors.get(status, 0) + 1


Request = tuple[str, str, bytes, dict[str, str]]


def photo_bytes(kb: int) -> bytes:
    """A JPEG of roughly `kb` kilobytes (noise compresses badly, like a real photo)."""
    from io import BytesIO

    try:
        from PIL import Image
    except ImportError:
        sys.exit("the photo scenario needs Pillow to draw its JPEG")
    side = 64
    while True:
        out = BytesIO()
        Image.frombytes("RGB", (side, side * 3 // 4), os.urandom(side * side * 9 // 4)).save(
            out, "JPEG", quality=85
        )
        if out.tell() >= kb * 1024 or side > 4000:
            return out.getvalue()
        side = int(side * 1.25)


def case_request(token: str) -> Callable[[], Request]:
    body = json.dumps(
        {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民",
         "address": "虹桥街道新中社区12幢", "reporter_phone": "13800001111"}
    ).encode()  # fmt: skip

    def make() -> Request:
        headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Idempotency-Key": uuid.uuid4().hex,
        }
        return "POST", "/api/v1/cases", body, headers

    return make


def open311_request() -> Callable[[], Request]:
    body = urlencode(
        {"api_key": "demo-open311-key", "service_code": "street_light", "lat": "31.998",
         "long": "120.862", "description": "路灯不亮", "address_string": "学田街道青年中路"}
    ).encode()  # fmt: skip
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return lambda: ("POST", "/open311/v2/requests.json", body, headers)


def photo_request(token: str, photo: bytes) -> Callable[[], Request]:
    fields = {"channel": "grid", "category": "garbage", "title": "垃圾堆放",
              "address": "虹桥街道新中社区"}  # fmt: skip
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="photos"; filename="现场.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n".encode()
        + photo
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    body = b"".join(parts)

    def make() -> Request:
        headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Idempotency-Key": uuid.uuid4().hex,
        }
        return "POST", "/api/v1/field-reports", body, headers

    return make


def drive(
    url: str, make: Callable[[], Request], clients: int, seconds: float, tally: Tally
) -> None:
    """Keep `clients` connections busy until `seconds` have passed."""
    parts = urlsplit(url)
    deadline = time.monotonic() + seconds
    sent = [0]

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            while time.monotonic() < deadline and sent[0] < MAX_REQUESTS:
                sent[0] += 1
                method, path, body, headers = make()
                start = time.perf_counter()
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                tally.add(response.status, time.perf_counter() - start)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(server: LiveServer, name: str, make: Callable[[], Request], args) -> None:  # type: ignore[no-untyped-def]
    drive(server.url, make, args.clients, args.warmup, Tally())
    assert server.process is not None
    tally, cpu0, t0 = Tally(), cpu_seconds(server.process.pid), time.monotonic()
    drive(server.url, make, args.clients, args.seconds, tally)
    elapsed = time.monotonic() - t0
    cpu = (cpu_seconds(server.process.pid) - cpu0) / elapsed
    lat = sorted(tally.latencies) or [0.0]
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
    errors = ", ".join(f"{k}×{v}" for k, v in sorted(tally.errors.items())) or "none"
    print(
        f"{name:<8} {tally.ok / elapsed:8.1f} cases/s  ({tally.ok} in {elapsed:.1f} s)  "
        f"p50 {p(0.5):6.1f} ms  p95 {p(0.95):6.1f} ms  p99 {p(0.99):6.1f} ms  "
        f"mean {statistics.fmean(lat) * 1000:6.1f} ms  server CPU {cpu:4.2f} cores  "
        f"errors: {errors}"
    )


def main() -> None:
    """Start the server, run each scenario, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--photo-kb", type=int, default=300)
    parser.add_argument("--scenarios", default="case,open311,photo")
    args = parser.parse_args()
    photo = photo_bytes(args.photo_kb) if "photo" in args.scenarios else b""
    with tempfile.TemporaryDirectory(prefix="cc-intake-") as tmp:
        env = {
            "CC_DEMO_BACKLOG": "0",
            "CC_MAX_BODY_BYTES": str(64 * 1024 * 1024),  # photos exceed the 1 MB JSON default
            "CC_SLA_TICK_SECONDS": "5",
        }
        server = LiveServer(f"sqlite:///{Path(tmp) / 'cc.db'}", env=env).start()
        try:
            token = server.token("duty_officer")
            print(
                f"cc-server {server.url} on SQLite; {args.clients} clients, "
                f"{args.warmup:g} s warm-up + {args.seconds:g} s per scenario, "
                f"photo {len(photo) // 1024} kB, {os.cpu_count()} cores"
            )
            scenarios = {
                "case": lambda: case_request(token),
                "open311": open311_request,
                "photo": lambda: photo_request(token, photo),
            }
            for name in args.scenarios.split(","):
                measure(server, name, scenarios[name](), args)
            stored = sum(f.stat().st_size for f in (Path(tmp) / "cc-data").rglob("*"))
            print(f"photos stored: {stored / 1e6:.1f} MB in {Path(tmp) / 'cc-data'}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
