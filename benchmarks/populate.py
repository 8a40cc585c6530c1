"""A 100,000-case SQLite database for the benchmarks, built once and cached by schema hash.

    python -m benchmarks.populate [--cases N] [--rebuild] [--copy-to DIR]

The schema, reference data and demo users come from the server itself
(`server.app.build_state` with demo=True); the cases, their audit trail and their
escalations are bulk-inserted with SQLAlchemy Core `insert()` executemany in big batches.

Every case is consistent with the server's rules at the build instant (the *anchor*): its
SLA clock (warn_at, due_at, notice_at) is computed by the server's own SlaClock from the step
it is in, its color is the color at the anchor, and every escalation rung it has reached has
its Escalation row and audit record, so the server's SLA scheduler finds nothing to do at the
anchor. About half the cases are `registered` (waiting for dispatch); their ids and versions
are written to `dispatchable.txt` (shuffled, "id version" per line) for the dispatch benchmark.

The database is cached under $TMPDIR/cc-bench-cache/<key>/, the key hashing the migrations,
models, seed modules and this file; a cache older than MAX_AGE is rebuilt so that the SLA
catch-up on a copy (`catch_up`, the scheduler's own tick) stays small. Benchmarks mutate
their database, so they always work on a copy (`fresh_copy`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select

import server
from server.app import build_state
from server.background import Scheduler
from server.config import Settings
from server.models import Case, CaseAction, Escalation, User
from server.schemas.case import CHANNELS
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock, color_at, next_check_at
from server.services.workcalendar import SHANGHAI, WORK_MINUTES_PER_DAY

CASES = 100_000
BATCH = 10_000
SEED = 20_240_601
MAX_AGE = timedelta(days=3)
CACHE_ROOT = Path(tempfile.gettempdir()) / "cc-bench-cache"
DB_NAME = "cases.db"
DISPATCHABLE = "dispatchable.txt"
META = "meta.json"

# State of each case (weights sum to 1): about half wait for dispatch, as the brief asks.
STATE_WEIGHTS = {
    "registered": 0.52,
    "closed": 0.25,
    "in_progress": 0.06,
    "dispatched": 0.04,
    "resolved": 0.03,
    "reported": 0.02,
    "voided": 0.03,
    "merged": 0.02,
    "returned": 0.015,
    "parked": 0.015,
}
# The actions (after `create`) that lead to each state.
PATHS = {
    "reported": [],
    "registered": ["register"],
    "dispatched": ["register", "dispatch"],
    "in_progress": ["register", "dispatch", "sign"],
    "returned": ["register", "dispatch", "return"],
    "resolved": ["register", "dispatch", "sign", "resolve"],
    "parked": ["register", "dispatch", "sign", "park"],
    "closed": ["register", "dispatch", "sign", "resolve", "verify_pass"],
    "voided": ["void"],
    "merged": ["merge"],
}
# (state before, state after) of each action.
MOVES = {
    "register": ("reported", "registered"),
    "dispatch": ("registered", "dispatched"),
    "sign": ("dispatched", "in_progress"),
    "return": ("dispatched", "returned"),
    "resolve": ("in_progress", "resolved"),
    "park": ("in_progress", "parked"),
    "verify_pass": ("resolved", "closed"),
    "void": ("reported", "voided"),
    "merge": ("reported", "merged"),
}
# Mean hours from the previous action to this one.
MEAN_GAP_HOURS = {
    "register": 0.5,
    "dispatch": 3.0,
    "sign": 6.0,
    "return": 8.0,
    "resolve": 72.0,
    "park": 48.0,
    "verify_pass": 24.0,
    "void": 1.0,
    "merge": 1.0,
    "callback": 24.0,
}
REASONS = {
    "return": "不属于本部门职责，请重新派遣",
    "void": "重复来电，信息不全无法受理",
    "park": "需协调多部门，暂缓办理",
}
CHANNEL_WEIGHTS = [0.45, 0.30, 0.05, 0.08, 0.07, 0.05]  # in the order of CHANNELS
URGENCIES = ["normal", "urgent", "emergency"]
URGENCY_WEIGHTS = [0.85, 0.12, 0.03]
ROADS = [
    "工农路",
    "人民中路",
    "青年中路",
    "南大街",
    "城山路",
    "钟秀中路",
    "跃龙南路",
    "崇川路",
    "世纪大道",
    "通京大道",
    "长江中路",
    "园林路",
    "濠西路",
    "观音山路",
    "陈桥路",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志强海燕晓东"
DETAILS = [
    "群众反映情况已持续多日，影响周边居民正常生活，请尽快处理。",
    "现场有明显安全隐患，来电人情绪较为激动，要求相关部门到场核实。",
    "此前已多次反映未见改善，希望本次能够彻底解决。",
    "网格员巡查发现，已拍照留存，请承办部门核实后处置。",
    "视频巡查自动识别，需人工复核后派遣。",
]
CALLBACK_RESULTS = ["satisfied", "satisfied", "basically_satisfied", "unsatisfied"]
RUNGS = [  # kind, audit action, escalation level, note
    ("remind", "auto_remind", 1, "将超时：已向承办人催办"),
    ("supervise", "auto_supervise", 2, "已超时：已转值班长督办"),
    ("notice", "auto_notice", 3, "超时5个工作日：列入通报"),
]


@dataclass(frozen=True)
class Population:
    """A cached benchmark database and what the benchmarks need to know about it."""

    directory: Path
    anchor: datetime
    cases: int
    dispatchable: int
    build_seconds: float
    reused: bool

    @property
    def database(self) -> Path:
        """The cached database file (never benchmark on it: use `fresh_copy`)."""
        return self.directory / DB_NAME

    @property
    def dispatchable_file(self) -> Path:
        """'id version' lines of registered cases, shuffled."""
        return self.directory / DISPATCHABLE


def schema_key(cases: int) -> str:
    """A hash of everything the database contents depend on."""
    root = Path(server.__file__).resolve().parent
    digest = hashlib.sha256(f"cases={cases};seed={SEED}".encode())
    files = [
        *sorted((root / "migrations" / "versions").glob("*.py")),
        *sorted((root / "models").glob("*.py")),
        *sorted((root / "seed").glob("*.py")),
        root / "services" / "sla.py",
        Path(__file__).resolve(),
    ]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


class _Generator:
    """Realistic cases, their audit trail and escalations, consistent at the anchor."""

    def __init__(self, ref: ReferenceData, sla: SlaClock, users: dict[str, int], anchor: datetime):
        self.ref = ref
        self.sla = sla
        self.anchor = anchor
        self.rng = random.Random(SEED)
        self.officer = users["duty_officer"]
        self.supervisor = users["supervisor"]
        self.dept_user = {
            dept.id: users[f"dept_{dept.code}"]
            for dept in ref.departments.values()
            if dept.handles_cases
        }
        self.categories = sorted(ref.categories.values(), key=lambda c: c.id)
        self.streets = sorted(ref.streets.values(), key=lambda s: s.id)
        self.communities_of: dict[int, list[Any]] = {}
        for community in ref.communities.values():
            self.communities_of.setdefault(community.street_id, []).append(community)
        self.grids_of: dict[int, list[Any]] = {}
        for grid in ref.grids.values():
            self.grids_of.setdefault(grid.community_id, []).append(grid)
        self.states = list(STATE_WEIGHTS)
        self.state_weights = list(STATE_WEIGHTS.values())
        self._rules: dict[tuple[int, str, str], Any] = {}
        self.action_rows: list[dict[str, Any]] = []
        self.escalation_rows: list[dict[str, Any]] = []

    def created_times(self, count: int) -> list[datetime]:
        """Creation instants over the past year, oldest first (ids grow with time)."""
        span = 365 * 24 * 3600
        offsets = sorted((self.rng.random() * span for _ in range(count)), reverse=True)
        return [
            (self.anchor - timedelta(seconds=offset)).replace(microsecond=0) for offset in offsets
        ]

    def _rule(self, category_id: int, urgency: str, step: str) -> Any:
        key = (category_id, urgency, step)
        rule = self._rules.get(key)
        if rule is None:
            rule = self.sla.rule_for(self.ref, category_id, urgency, step)
            self._rules[key] = rule
        return rule

    def _clock(
        self, case: dict[str, Any], step: str, started: datetime, epoch: int
    ) -> dict[str, Any]:
        """The SLA fields of a step clock started at `started`, as SlaClock.start_step sets them."""
        rule = self._rule(case["category_id"], case["urgency"], step)
        clock = self.sla.clock(rule.clock)
        warn_at = clock.add(started, rule.minutes * self.sla.warn_ratio)
        due_at = clock.add(started, rule.minutes)
        return {
            "sla_step": step,
            "sla_epoch": epoch,
            "sla_rung": 0,
            "sla_clock": rule.clock,
            "sla_started_at": started,
            "sla_limit_min": rule.minutes,
            "sla_paused_at": None,
            "sla_paused_min": 0.0,
            "warn_at": warn_at,
            "due_at": due_at,
            "notice_at": self.sla.work.add(due_at, 5 * WORK_MINUTES_PER_DAY),
        }

    def _gap(self, action: str, after: datetime) -> datetime:
        hours = self.rng.expovariate(1 / MEAN_GAP_HOURS[action])
        moment = after + timedelta(seconds=int(hours * 3600) + 60)
        return min(moment, self.anchor - timedelta(minutes=1))

    def _audit(
        self,
        case: dict[str, Any],
        action: str,
        actor: tuple[int | None, str, str],
        at: datetime,
        from_state: str | None,
        to_state: str | None,
        note: str = "",
        payload: dict[str, Any] | None = None,
    ) -> None:
        case["version"] += 1
        self.action_rows.append(
            {
                "case_id": case["id"],
                "action": action,
                "actor_id": actor[0],
                "actor_name": actor[1],
                "actor_role": actor[2],
                "from_state": from_state,
                "to_state": to_state,
                "note": note,
                "payload": payload or {},
                "version": case["version"],
                "created_at": at,
            }
        )

    def case(self, case_id: int, created: datetime) -> dict[str, Any]:
        """One case row; its audit records and escalations go to the pending row lists."""
        rng = self.rng
        category = self.categories[rng.randrange(len(self.categories))]
        street = self.streets[rng.randrange(len(self.streets))]
        communities = self.communities_of.get(street.id, [])
        community = rng.choice(communities) if communities and rng.random() < 0.7 else None
        grid = None
        if community is not None and rng.random() < 0.8:
            grid = rng.choice(self.grids_of[community.id])
        state = rng.choices(self.states, self.state_weights)[0]
        if state == "merged" and case_id == 1:
            state = "reported"
        road = rng.choice(ROADS)
        place = street.name if street.name.endswith("镇") else street.name + "街道"
        address = f"{place}{road}{rng.randint(1, 399)}号"
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
        case: dict[str, Any] = {
            "id": case_id,
            "ref": f"CC{created.astimezone(SHANGHAI).strftime('%y%m%d')}{case_id:06d}",
            "channel": channel,
            "category_id": category.id,
            "urgency": rng.choices(URGENCIES, URGENCY_WEIGHTS)[0],
            "title": f"{category.name}：{place}{road}附近",
            "description": f"{address}，{category.name}。{rng.choice(DETAILS)}",
            "address": address,
            "street_id": street.id,
            "community_id": community.id if community else None,
            "grid_id": grid.id if grid else None,
            "lat": round(street.lat + rng.uniform(-0.01, 0.01), 6),
            "lon": round(street.lon + rng.uniform(-0.01, 0.01), 6),
            "reporter_name": name,
            "reporter_phone": f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
            "state": "reported",
            "version": 0,
            "department_id": None,
            "escalation_level": 0,
            "return_count": 0,
            "drill": False,
            "drill_run_id": None,
            "parent_id": None,
            "created_at": created,
            "updated_at": created,
            "closed_at": None,
            "last_callback": None,
            "extension_pending_min": None,
            "color": None,
        }
        office = (self.officer, "duty_officer", "duty_officer")
        self._audit(case, "create", office, created, None, "reported", payload={"channel": channel})
        epoch = 1
        clock = self._clock(case, "accept", created, epoch)
        now = created
        dispatched_at = created
        department = self.ref.departments[category.department_id]
        dept_actor = (self.dept_user[department.id], f"dept_{department.code}", "department")
        for action in PATHS[state]:
            now = self._gap(action, now)
            from_state, to_state = MOVES[action]
            actor = dept_actor if action in ("sign", "return", "resolve") else office
            if action == "park":
                actor = (self.supervisor, "supervisor", "supervisor")
            payload: dict[str, Any] = {}
            if action == "dispatch":
                case["department_id"] = department.id
                payload = {"department": department.code, "department_name": department.name}
                dispatched_at = now
            elif action == "return":
                case["return_count"] = 1
                payload = {"department": department.code}
            elif action == "merge":
                parent = rng.randrange(1, case_id)
                case["parent_id"] = parent
                payload = {"parent_id": parent}
            case["state"] = to_state
            case["updated_at"] = now
            self._audit(
                case, action, actor, now, from_state, to_state, REASONS.get(action, ""), payload
            )
            step = STEP_OF_STATE.get(to_state)
            if action == "park":
                # The clock stops; its color stays as it was when parked.
                clock["color"] = color_at(clock["warn_at"], clock["due_at"], now)
                clock.update(sla_paused_at=now, warn_at=None, due_at=None, notice_at=None)
            elif step is None:
                clock = {}
            else:
                epoch += 1
                started = dispatched_at if action == "sign" else now
                clock = self._clock(case, step, started, epoch)
        if state == "closed":
            case["closed_at"] = now
            if rng.random() < 0.5:
                result = rng.choice(CALLBACK_RESULTS)
                now = self._gap("callback", now)
                case["last_callback"] = result
                case["updated_at"] = now
                payload = {"result": result}
                self._audit(case, "callback", office, now, "closed", "closed", "", payload)
        case.update(
            {
                "sla_step": None,
                "sla_epoch": epoch,
                "sla_rung": 0,
                "sla_clock": None,
                "sla_started_at": None,
                "sla_limit_min": None,
                "sla_paused_at": None,
                "sla_paused_min": 0.0,
                "warn_at": None,
                "due_at": None,
                "notice_at": None,
            }
        )
        case.update(clock)
        if case["due_at"] is not None:
            self._escalate(case)
        ladder = ("sla_paused_at", "warn_at", "due_at", "notice_at", "sla_rung", "color")
        case["sla_next_at"] = next_check_at(SimpleNamespace(**{k: case.get(k) for k in ladder}))
        return case

    def _escalate(self, case: dict[str, Any]) -> None:
        """Color at the anchor and the rungs of the ladder reached by then (as the tick does)."""
        color = color_at(case["warn_at"], case["due_at"], self.anchor)
        case["color"] = color
        reached = {"green": 0, "yellow": 1, "red": 2}[color]
        if color == "red" and case["notice_at"] <= self.anchor:
            reached = 3
        moments = [case["warn_at"], case["due_at"], case["notice_at"]]
        system = (None, "系统", "system")
        for (kind, action, level, note), at in zip(RUNGS[:reached], moments, strict=False):
            at = max(at, case["updated_at"])
            self.escalation_rows.append(
                {
                    "case_id": case["id"],
                    "epoch": case["sla_epoch"],
                    "kind": kind,
                    "step": case["sla_step"],
                    "status": "open" if kind == "supervise" else "closed",
                    "created_at": at,
                    "closed_at": None,
                }
            )
            case["escalation_level"] = max(case["escalation_level"], level)
            case["sla_rung"] = level
            self._audit(
                case,
                action,
                system,
                at,
                case["state"],
                case["state"],
                note,
                {"kind": kind, "step": case["sla_step"], "color": color},
            )
            case["updated_at"] = max(case["updated_at"], at)

    def take_rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The audit and escalation rows generated since the last call."""
        actions, escalations = self.action_rows, self.escalation_rows
        self.action_rows, self.escalation_rows = [], []
        return actions, escalations


def _batches(total: int, size: int) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(total, start + size))


def build(directory: Path, cases: int = CASES, log: bool = True) -> Population:
    """Build the database into `directory` (replacing what is there)."""
    started = time.perf_counter()
    directory.mkdir(parents=True, exist_ok=True)
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DISPATCHABLE, META):
        (directory / name).unlink(missing_ok=True)
    db_path = directory / DB_NAME
    state = build_state(Settings(database_url=sqlite_url(db_path), demo=True, simulator_rate=0))
    anchor = datetime.now(UTC).replace(second=0, microsecond=0)
    with state.db.read() as session:
        users = {u.username: u.id for u in session.scalars(select(User))}
    gen = _Generator(state.reference.get(), state.sla, users, anchor)
    created = gen.created_times(cases)
    dispatchable: list[tuple[int, int]] = []
    engine = state.db.engine
    with engine.begin() as conn:  # one transaction: a single sync at the end
        for ids in _batches(cases, BATCH):
            rows = [gen.case(i + 1, created[i]) for i in ids]
            dispatchable += [(r["id"], r["version"]) for r in rows if r["state"] == "registered"]
            actions, escalations = gen.take_rows()
            conn.execute(insert(Case.__table__), rows)
            conn.execute(insert(CaseAction.__table__), actions)
            if escalations:
                conn.execute(insert(Escalation.__table__), escalations)
            if log:
                print(f"  {ids.stop:>7} cases ({time.perf_counter() - started:5.1f} s)", flush=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    state.db.dispose()
    random.Random(SEED).shuffle(dispatchable)
    (directory / DISPATCHABLE).write_text("".join(f"{i} {v}\n" for i, v in dispatchable))
    seconds = time.perf_counter() - started
    meta = {"anchor": anchor.isoformat(), "cases": cases, "build_seconds": seconds}
    (directory / META).write_text(json.dumps(meta))
    return Population(directory, anchor, cases, len(dispatchable), seconds, reused=False)


def ensure_cached(cases: int = CASES, *, rebuild: bool = False, log: bool = True) -> Population:
    """The cached database for the current schema, built if missing, stale or asked for."""
    directory = CACHE_ROOT / schema_key(cases)
    meta_path = directory / META
    if not rebuild and meta_path.exists() and (directory / DB_NAME).exists():
        meta = json.loads(meta_path.read_text())
        anchor = datetime.fromisoformat(meta["anchor"])
        if datetime.now(UTC) - anchor < MAX_AGE:
            count = sum(1 for _ in (directory / DISPATCHABLE).open())
            return Population(
                directory, anchor, meta["cases"], count, meta["build_seconds"], reused=True
            )
    if log:
        print(f"building a {cases:,}-case database in {directory} ...", flush=True)
    # Build beside the cache and move into place, so that an interrupted build leaves no cache.
    scratch = Path(tempfile.mkdtemp(prefix="build-", dir=CACHE_ROOT.parent))
    try:
        population = build(scratch, cases, log=log)
        directory.parent.mkdir(parents=True, exist_ok=True)
        # Databases of other schema versions are of no more use (about 200 MB each).
        for stale in directory.parent.iterdir():
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
        shutil.move(str(scratch), directory)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Population(
        directory,
        population.anchor,
        population.cases,
        population.dispatchable,
        population.build_seconds,
        reused=False,
    )


def fresh_copy(population: Population, destination: Path) -> Path:
    """Copy the cached database to `destination` (a directory) for one benchmark run."""
    destination.mkdir(parents=True, exist_ok=True)
    target = destination / DB_NAME
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    # sqlite3's backup API copies a consistent snapshot even if a WAL were left behind.
    source = sqlite3.connect(f"file:{population.database}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def catch_up(database: Path) -> tuple[int, float]:
    """Run the server's SLA scheduler tick until nothing is due; (cases changed, seconds)."""
    started = time.perf_counter()
    state = build_state(Settings(database_url=sqlite_url(database), demo=True, simulator_rate=0))
    try:
        changed = Scheduler(state).tick()
    finally:
        state.db.dispose()
    return changed, time.perf_counter() - started


def quiet_dispatchable(
    population: Population, database: Path, destination: Path, margin_minutes: float = 60
) -> Path:
    """The dispatch targets for one run on `database` (a caught-up copy), in the cached order.

    A case the SLA ladder changes mid-run answers the benchmark's dispatch with a rightful
    409, which would count as an error: left out are cases no longer registered, and cases
    whose next rung (yellow, red, 通报) falls within `margin_minutes`. Versions are read from
    the copy, since the catch-up moved some.
    """
    # The stored form of UTCDateTime on SQLite, which compares as text.
    horizon = (datetime.now(UTC) + timedelta(minutes=margin_minutes)).strftime(
        "%Y-%m-%d %H:%M:%S.%f"
    )
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        rows = db.execute(
            "SELECT id, version FROM cases WHERE state = 'registered' "
            "AND (sla_next_at IS NULL OR sla_next_at > ?)",
            (horizon,),
        )
        quiet: dict[int, int] = dict(rows)
    order = (
        int(line.split()[0])
        for line in population.dispatchable_file.read_text().split("\n")
        if line
    )
    kept = [f"{case_id} {quiet[case_id]}\n" for case_id in order if case_id in quiet]
    target = destination / DISPATCHABLE
    target.write_text("".join(kept))
    return target


def main() -> None:
    """Build (or find) the cached database and optionally copy it somewhere."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--rebuild", action="store_true", help="ignore the cache")
    parser.add_argument("--copy-to", type=Path, help="also copy the database to this directory")
    args = parser.parse_args()
    population = ensure_cached(args.cases, rebuild=args.rebuild)
    how = "reused" if population.reused else "built"
    print(
        f"{how} {population.database}: {population.cases:,} cases, "
        f"{population.dispatchable:,} dispatchable, anchor {population.anchor.isoformat()}, "
        f"build took {population.build_seconds:.1f} s"
    )
    if args.copy_to:
        copy = fresh_copy(population, args.copy_to)
        changed, seconds = catch_up(copy)
        print(f"copied to {copy}; SLA catch-up changed {changed} cases in {seconds:.1f} s")


if __name__ == "__main__":
    main()
