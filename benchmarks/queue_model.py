"""The queue's model alone at 1,000,000 rows (synthetic cases): sort and broad filters.

    python -m benchmarks.queue_model --samples FILE --out FILE [--rows 1000000]

Run by `benchmarks.queue` in a process of its own (a million cases take gigabytes; the
console's RSS figure must not see them). The cases are real list items of the server
(`--samples`, a few thousand of every state) copied and varied: id and ref, state (the
populated database's weights: about 70 % open), street, department, category and title
taken from other samples, created over the past year, due/warn spread from days overdue
(red) to days ahead (green), every time as the server writes it.

`CaseTableModel` gets them all with `replace_all`, with no view attached. Then, each timed
from the call until the model's last row change (so a model that works in the
background is timed to its result, not to its return):
- sort: several columns, ascending and one descending, with every case shown (1,000,000 rows);
- filter (`set_filter`): all states, open only, red only, a text, each after another one.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import math
import os
import random
import sys
import time
import traceback
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
faulthandler.enable()  # a crash in Qt prints every thread's Python stack

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.case_generator import STATE_WEIGHTS  # noqa: E402
from benchmarks.queue_gui import ModelWatch, median, now, rss_mb, run_until  # noqa: E402

SHANGHAI = timezone(timedelta(hours=8))
OPEN = ("reported", "registered", "dispatched", "in_progress", "returned", "resolved", "parked")
SORTED_COLUMNS = ("Time left", "Ref", "Title", "Street", "Department", "State", "Age", "Urgency")


def log(text: str) -> None:
    print(text, flush=True)


def synthetic(samples: list[dict[str, Any]], count: int, seed: int = 11) -> list[dict[str, Any]]:
    """`count` cases shaped as the server's list items, varied as described above."""
    rng = random.Random(seed)
    stamp = datetime.now(UTC).replace(microsecond=0)
    year = 365 * 24 * 3600
    states = list(STATE_WEIGHTS)
    weights = list(STATE_WEIGHTS.values())
    by_state: dict[str, list[dict[str, Any]]] = {}
    for sample in samples:
        by_state.setdefault(sample["state"], []).append(sample)
    streets = sorted({(s["street"], s["street_name"]) for s in samples if s.get("street")})
    departments = sorted(
        {(s["department"], s["department_name"]) for s in samples if s.get("department")}
    )
    titles = [s["title"] for s in samples]
    addresses = [s["address"] for s in samples]
    # Times as ISO strings are the expensive part: a pool of them, reused.
    created_pool = [
        (stamp - timedelta(seconds=rng.random() * year)).astimezone(SHANGHAI).isoformat()
        for _ in range(20_000)
    ]
    due_pool = []
    for _ in range(20_000):
        minutes = rng.uniform(-3 * 24 * 60, 5 * 24 * 60)  # days overdue to days ahead
        due = stamp + timedelta(minutes=minutes)
        warn = due - timedelta(minutes=rng.choice((30, 120, 480, 1440)))
        color = "red" if due <= stamp else "yellow" if warn <= stamp else "green"
        due_pool.append(
            (due.astimezone(SHANGHAI).isoformat(), warn.astimezone(SHANGHAI).isoformat(), color)
        )
    cases = []
    for i in range(count):
        state = rng.choices(states, weights)[0]
        base = rng.choice(by_state.get(state) or samples)
        case = dict(base)
        case_id = i + 1
        created = created_pool[rng.randrange(len(created_pool))]
        street, street_name = streets[rng.randrange(len(streets))]
        case.update(
            id=case_id,
            ref=f"CC{created[2:4]}{created[5:7]}{created[8:10]}{case_id:07d}",
            state=state,
            street=street,
            street_name=street_name,
            title=titles[rng.randrange(len(titles))],
            address=addresses[rng.randrange(len(addresses))],
            created_at=created,
            updated_at=created,
            version=rng.randint(1, 9),
            urgency=rng.choices(("normal", "urgent", "emergency"), (0.85, 0.12, 0.03))[0],
            escalation_level=rng.choices((0, 1, 2, 3), (0.8, 0.1, 0.06, 0.04))[0],
        )
        if state in ("reported", "registered"):
            case.update(department=None, department_name=None)
        elif departments:
            code, name = departments[rng.randrange(len(departments))]
            case.update(department=code, department_name=name)
        if state in OPEN and state != "parked":
            due, warn, color = due_pool[rng.randrange(len(due_pool))]
            case.update(due_at=due, warn_at=warn, color=color, sla_paused=False)
        elif state == "parked":
            case.update(due_at=None, warn_at=None, sla_paused=True)
        else:
            case.update(due_at=None, warn_at=None, color=None, sla_paused=False)
        cases.append(case)
    return cases


def timed(model: Any, watch: ModelWatch, call: Any) -> float:
    """Milliseconds from the call to the model's last row change (quiet for 0.2 s after)."""
    started = now()
    call()
    returned = now()

    def quiet() -> bool:
        last = watch.last_since(started)
        return now() - max(returned, last or 0.0) > 0.2

    run_until(quiet, 600, what="the model to settle")
    last = watch.last_since(started)
    return (max(returned, last or 0.0) - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--search", default="园林路")
    args = parser.parse_args()
    out: dict[str, Any] = {"rows": args.rows}

    def save() -> None:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str))

    try:
        app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
        from console.models.case_filter import CaseFilter
        from console.models.case_table import CaseTableModel

        samples = json.loads(args.samples.read_text())
        started = time.perf_counter()
        cases = synthetic(samples, args.rows)
        out["generate_s"] = time.perf_counter() - started
        out["open"] = sum(1 for c in cases if c["state"] in OPEN)
        log(f"{args.rows:,} synthetic cases ({out['open']:,} open) in {out['generate_s']:.1f} s")
        gc.collect()
        model = CaseTableModel()
        watch = ModelWatch(model)
        out["replace_all_ms"] = timed(model, watch, lambda c=cases: model.replace_all(c))
        del cases
        out["rss_mb"] = rss_mb()[0]
        log(f"replace_all: {out['replace_all_ms']:.0f} ms; {model.rowCount():,} rows shown")
        save()
        every = CaseFilter(open_only=False)
        out["all_states_rows"] = 0
        model.set_filter(every)
        run_until(lambda: model.rowCount() >= args.rows * 0.99, 600, what="all rows shown")
        out["all_states_rows"] = model.rowCount()
        headers = {
            str(model.headerData(c, Qt.Orientation.Horizontal)): c
            for c in range(model.columnCount())
        }
        sorts = []
        plan = [(name, Qt.SortOrder.AscendingOrder) for name in SORTED_COLUMNS]
        plan.append(("Time left", Qt.SortOrder.DescendingOrder))
        plan.append(("Time left", Qt.SortOrder.AscendingOrder))
        for name, order in plan:
            if name not in headers:
                continue
            ms = timed(model, watch, lambda c=headers[name], o=order: model.sort(c, o))
            sorts.append({"column": name, "order": order.name, "ms": ms, "rows": model.rowCount()})
            log(f"  sort {name} {order.name}: {ms:.0f} ms ({model.rowCount():,} rows)")
        out["sorts"] = sorts
        out["sort_median_ms"] = median([s["ms"] for s in sorts])
        out["sort_max_ms"] = max((s["ms"] for s in sorts), default=math.nan)
        save()
        open_states = frozenset(OPEN)
        broad = [
            ("open only", CaseFilter(states=open_states, open_only=False)),
            ("all states", every),
            (
                "red only",
                CaseFilter(states=open_states, open_only=False, colors=frozenset({"red"})),
            ),
            ("all states", every),
            ("text", CaseFilter(states=open_states, open_only=False, text=args.search)),
            ("open only", CaseFilter(states=open_states, open_only=False)),
        ]
        filters = []
        for name, flt in broad:
            ms = timed(model, watch, lambda f=flt: model.set_filter(f))
            filters.append({"filter": name, "ms": ms, "rows": model.rowCount()})
            log(f"  filter {name}: {ms:.0f} ms ({model.rowCount():,} rows)")
        out["filters"] = filters
        out["filter_median_ms"] = median([f["ms"] for f in filters])
        out["filter_max_ms"] = max(f["ms"] for f in filters)
        out["peak_rss_mb"] = rss_mb()[1]
    except Exception:  # noqa: BLE001 - recorded for the report
        out["error"] = traceback.format_exc()
        log(out["error"])
    save()
    return 0 if "error" not in out else 1


if __name__ == "__main__":
    sys.exit(main())
