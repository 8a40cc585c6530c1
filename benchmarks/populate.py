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
models, seed modules, this file and the case generator (benchmarks.case_generator); a cache
older than MAX_AGE is rebuilt so that the SLA catch-up on a copy (`catch_up`, the
scheduler's own tick) stays small. Benchmarks mutate their database, so they always work on
a copy (`fresh_copy`).
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

from sqlalchemy import insert, select

import server
from benchmarks.case_generator import SEED, CaseGenerator
from server.app import build_state
from server.background import Scheduler
from server.config import Settings
from server.models import Case, CaseAction, Escalation, User

CASES = 100_000
BATCH = 10_000
MAX_AGE = timedelta(days=3)
CACHE_ROOT = Path(tempfile.gettempdir()) / "cc-bench-cache"
DB_NAME = "cases.db"
DISPATCHABLE = "dispatchable.txt"
META = "meta.json"


# State of each case (weights sum to 1): about half wait for dispatch, as the brief asks.
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
        Path(__file__).resolve().with_name("case_generator.py"),
    ]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


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
    gen = CaseGenerator(state.reference.get(), state.sla, users, anchor)
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
