"""The server's work per request of two commits, counted rather than timed.

    python -m benchmarks.request_calls BEFORE AFTER [--lists 200] [--creates 100]

For each revision (any `git rev-parse` name), a temporary worktree, and in a process of its
own the server's app with the demo seed (`TestClient`, no network): one duty officer lists a
page of 50 cases `--lists` times, creates `--creates` cases (each with its Idempotency-Key)
and dispatches as many (a registered case to `urban`), each after a warm-up, while every
Python call in every thread is counted (a profile function in each thread: the app runs in
the test client's portal thread and sync routes in worker threads, which cProfile, one
thread's profiler, would not see). Printed per revision: Python calls per request; then
every function called a different number of times per request, with both counts.

Why count: throughput on this shared machine moves by tens of percent between runs of the
same code, so a change of a few percent cannot be timed here; the same calls per request mean
the same work (what runs in C — pydantic-core, orjson, SQLite — is one call each, so a
validation or serialization FastAPI added would show as its Python entry points). A few
calls in `threading`, anyio and asyncio are the test client's portal waiting and the event
loop polling, not the server's work: left out of the "without" column. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("list", "create", "dispatch")
# The test client's portal and the event loop's polling: their counts follow the timing.
NOISE = ("threading.py", "_thread.", "of type object at", "anyio/", "asyncio/", "selectors.py")

# Run inside the worktree: the app of that commit, counted.
PROBE = r"""
import json, os, sys, tempfile, threading, uuid
from collections import Counter
from pathlib import Path
root, lists, creates, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, root)
os.environ["CC_TEST_CHEAP_PASSWORD_HASH"] = "1"
# Every thread counts its Python calls while `counting` is on: the app runs in the test
# client's portal thread and sync routes in worker threads, which cProfile would not see.
counting = False
counters = []
local = threading.local()


def count_calls(frame, event, arg):
    if counting and event == "call":
        counter = getattr(local, "counter", None)
        if counter is None:
            counter = local.counter = Counter()
            counters.append(counter)
        code = frame.f_code
        counter[(code.co_filename, code.co_firstlineno, code.co_name)] += 1


threading.setprofile(count_calls)  # threads started from now on
sys.setprofile(count_calls)
from fastapi.testclient import TestClient
from server.app import create_app
from server.config import Settings
tmp = Path(tempfile.mkdtemp())
settings = Settings(database_url=f"sqlite:///{tmp / 'cc.db'}", demo=True, simulator_rate=0,
                    data_dir=str(tmp / "data"))
result = {}
with TestClient(create_app(settings, background=False)) as client:
    form = {"username": "duty_officer", "password": "demo"}
    token = client.post("/api/v1/auth/token", data=form).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    body = {"channel": "hotline_12345", "category": "noise", "title": "噪声扰民",
            "address": "虹桥街道新中社区12幢"}

    def listing():
        assert client.get("/api/v1/cases", params={"limit": 50}, headers=auth).status_code == 200

    def create():
        key = {"Idempotency-Key": str(uuid.uuid4())}
        assert client.post("/api/v1/cases", json=body, headers={**auth, **key}).status_code == 201

    ready = []

    def prepare_dispatch():
        key = {"Idempotency-Key": str(uuid.uuid4())}
        case = client.post("/api/v1/cases", json=body, headers={**auth, **key}).json()
        register = {"action": "register", "version": case["version"]}
        key = {"Idempotency-Key": str(uuid.uuid4())}
        case = client.post(f"/api/v1/cases/{case['id']}/actions", json=register,
                           headers={**auth, **key}).json()
        ready.append((case["id"], case["version"]))

    def dispatch():
        case_id, version = ready.pop()
        action = {"action": "dispatch", "version": version, "department": "urban"}
        key = {"Idempotency-Key": str(uuid.uuid4())}
        answer = client.post(f"/api/v1/cases/{case_id}/actions", json=action,
                             headers={**auth, **key})
        assert answer.status_code == 200, answer.text

    plan = (("list", listing, lists), ("create", create, creates), ("dispatch", dispatch, creates))
    for name, call, count in plan:
        if call is dispatch:
            for _ in range(count + 50):
                prepare_dispatch()
        for _ in range(50):
            call()
        for counter in counters:
            counter.clear()
        counting = True
        for _ in range(count):
            call()
        counting = False
        total = Counter()
        for counter in counters:
            total.update(counter)
        functions = Counter()  # by file and name: a function keeps its key when lines move
        for (path, _line, fn), n in total.items():
            functions[f"{path.replace(root, '')}:{fn}"] += n / count
        result[name] = {"per_request": sum(total.values()) / count, "functions": functions}
sys.setprofile(None)
threading.setprofile(None)
Path(out).write_text(json.dumps(result))
"""


def count(revision: str, lists: int, creates: int) -> dict[str, Any]:
    """The counts of one revision, from a temporary worktree."""
    with tempfile.TemporaryDirectory(prefix="cc-calls-") as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                        revision], check=True)  # fmt: skip
        try:
            out = Path(folder) / "counts.json"
            subprocess.run(
                [sys.executable, "-c", PROBE, str(tree), str(lists), str(creates), str(out)],
                check=True,
                cwd=folder,
                stderr=subprocess.DEVNULL,
            )
            counts: dict[str, Any] = json.loads(out.read_text())
            return counts
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=True)  # fmt: skip


def _own(functions: dict[str, float]) -> float:
    """Calls per request outside the test client's portal and the event loop's polling."""
    return sum(n for key, n in functions.items() if not any(mark in key for mark in NOISE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--lists", type=int, default=200)
    parser.add_argument("--creates", type=int, default=100)
    args = parser.parse_args(argv)
    runs = {rev: count(rev, args.lists, args.creates) for rev in (args.before, args.after)}
    before, after = runs[args.before], runs[args.after]
    print(f"Python calls per request (every thread, in-process), {args.before} → {args.after}")
    print(f"| request | {args.before} | {args.after} | change | without polling |")
    print("|---|---|---|---|---|")
    for name in NAMES:
        a, b = before[name]["per_request"], after[name]["per_request"]
        own_a, own_b = _own(before[name]["functions"]), _own(after[name]["functions"])
        own = f"{own_a:,.1f} → {own_b:,.1f} ({100 * (own_b - own_a) / own_a:+.2f} %)"
        print(f"| {name} | {a:,.1f} | {b:,.1f} | {100 * (b - a) / a:+.2f} % | {own} |")
    for name in NAMES:
        a, b = before[name]["functions"], after[name]["functions"]
        changed = sorted(
            (key for key in set(a) | set(b) if abs(a.get(key, 0) - b.get(key, 0)) > 1e-9),
            key=lambda key: -abs(a.get(key, 0) - b.get(key, 0)),
        )
        server = [key for key in changed if not any(mark in key for mark in NOISE)]
        print(f"\n{name}: {len(changed)} functions called a different number of times per "
              f"request, {len(server)} of them outside the polling")  # fmt: skip
        for key in server[:20]:
            print(f"  {a.get(key, 0):9.2f} → {b.get(key, 0):9.2f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
