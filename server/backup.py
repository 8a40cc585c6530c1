"""`cc-server backup DIR` and `cc-server restore DIR`: the SQLite database and the data folder.

A backup is consistent while the server serves: the database is copied first, in one read
transaction of SQLite's online backup API (writers go on meanwhile, in WAL mode), then every
file of the data folder. A file is moved into place only after the transaction recording it
committed (server/services/attachments.py), so every attachment the copied database knows
is already there, in place or still under its `.part` name, which the restored server moves
in (PhotoStore.find and recover_uploads). Files that arrived after the copy are extra, never
missing.

A backup folder holds `cc-server.db`, `data/` (the data folder: attachments, trainers'
scenarios) and `manifest.json` (versions, schema revision, row counts, every file's size
and SHA-256). It is written under a temporary name and renamed when complete, so that a
folder named like a backup is a whole one. Restore checks it against its manifest, refuses
a backup of a newer schema, and refuses to replace a database that holds data or a data
folder that holds files unless forced; what it replaces is kept beside, renamed, never
deleted.

PostgreSQL is backed up with pg_dump and pg_restore (docs/deploy.md); both commands refuse
such a database with a sentence saying so.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from server.config import Settings
from server.db import sqlite_file
from server.services.attachments import data_dir
from server.version import known_revisions, package_version

FORMAT = 1
DATABASE_NAME = "cc-server.db"
DATA_NAME = "data"
MANIFEST_NAME = "manifest.json"
CHUNK = 1 << 20


class BackupRefused(Exception):
    """Backup or restore cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class Place:
    """Where a server keeps its data: the SQLite file and the data folder."""

    database: Path
    data: Path

    @classmethod
    def of(cls, settings: Settings, verb: str) -> Place:
        """The place of these settings; refused unless the database is a SQLite file."""
        url = make_url(settings.database_url)
        if url.get_backend_name() != "sqlite":
            raise BackupRefused(
                f"cannot {verb} a {url.get_backend_name()} database: use pg_dump and "
                "pg_restore for PostgreSQL, and copy the data folder "
                f"({data_dir(settings)}) beside it (docs/deploy.md)"
            )
        path = sqlite_file(url.database)
        if path is None:
            raise BackupRefused(f"cannot {verb} an in-memory database")
        return cls(Path(path).resolve(), data_dir(settings))


@dataclass(frozen=True)
class Summary:
    """What a backup holds, as its manifest says."""

    folder: Path
    made_at: str
    schema: str
    rows: dict[str, int]
    files: int
    bytes: int


def backup(settings: Settings, target: Path, *, now: datetime | None = None) -> Summary:
    """Copy the database and the data folder into the new folder `target`."""
    place = Place.of(settings, "back up")
    if not place.database.is_file():
        raise BackupRefused(f"there is no database at {place.database}")
    target = target.resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupRefused(f"{target} exists and is not an empty folder; name a new one")
    if _inside(target, place.data):
        raise BackupRefused(f"{target} is inside the data folder {place.data}; name another")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.mkdir(mode=0o700)
    try:
        database = partial / DATABASE_NAME
        _online_copy(place.database, database)
        schema, rows = _describe(database)
        files: dict[str, dict[str, Any]] = {}
        if place.data.is_dir():
            files = _copy_tree(place.data, partial / DATA_NAME, skip=_database_files(place))
        made_at = (now or datetime.now(UTC)).isoformat()
        manifest = {
            "format": FORMAT,
            "made_at": made_at,
            "cc_server": package_version(),
            "schema": schema,
            "source": {"database": str(place.database), "data": str(place.data)},
            "rows": rows,
            "database": _file_entry(database),
            "files": files,
        }
        _write_private(partial / MANIFEST_NAME, json.dumps(manifest, indent=1).encode())
        if target.exists():
            target.rmdir()  # empty, checked above
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return _summary(target, manifest)


def restore(settings: Settings, source: Path, *, force: bool = False) -> Summary:
    """Put the backup in `source` in place of the configured database and data folder."""
    place = Place.of(settings, "restore into")
    if _inside(place.database, place.data):
        raise BackupRefused(
            f"the database {place.database} is inside the data folder {place.data}; "
            "restore into a layout with the database beside the data folder (docs/deploy.md)"
        )
    source = source.resolve()
    manifest = _checked_manifest(source)
    _refuse_to_overwrite(place, force)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    place.database.parent.mkdir(parents=True, exist_ok=True)
    place.data.parent.mkdir(parents=True, exist_ok=True)
    # The files are copied in beside their places first: a failure leaves the old ones be.
    incoming_db = place.database.with_name(f".{place.database.name}.restoring-{os.getpid()}")
    incoming_data = place.data.with_name(f".{place.data.name}.restoring-{os.getpid()}")
    try:
        _copy_file(source / DATABASE_NAME, incoming_db)
        if (source / DATA_NAME).is_dir():
            _copy_tree(source / DATA_NAME, incoming_data)
        else:
            incoming_data.mkdir(mode=0o700)
        _put_aside(place, stamp)
        incoming_db.rename(place.database)
        incoming_data.rename(place.data)
    except BaseException:
        incoming_db.unlink(missing_ok=True)
        shutil.rmtree(incoming_data, ignore_errors=True)
        raise
    return _summary(source, manifest)


# --- the database -------------------------------------------------------------------------


def _online_copy(database: Path, copy: Path) -> None:
    """SQLite's online backup in one step: one read transaction, so one consistent state,
    while the server's writers go on (WAL); a stepped copy would restart on every write."""
    source = sqlite3.connect(database, timeout=30)  # reads only (read-only opens of a WAL
    try:  # database fail where its -shm is missing)
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            problems = [row[0] for row in target.execute("PRAGMA quick_check")]
        finally:
            target.close()
    finally:
        source.close()
    if problems != ["ok"]:
        raise BackupRefused(f"the copied database fails SQLite's check: {problems[:3]}")


def _describe(database: Path) -> tuple[str, dict[str, int]]:
    """The schema revision and the rows of every table of a database file."""
    connection = sqlite3.connect(database)  # reads only
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        rows = {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in tables
        }
        schema = "none"
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = found[0] if found else "none"
    finally:
        connection.close()
    return schema, rows


def _holds_data(database: Path) -> bool:
    """Whether a database file has any table with rows (a fresh or empty one has none)."""
    if not database.exists():
        return False
    if database.stat().st_size == 0:
        return False
    try:
        rows = _describe(database)[1]
    except sqlite3.DatabaseError:
        return True  # unreadable: not ours to judge empty
    rows.pop("alembic_version", None)  # a database only migrated holds nothing yet
    return any(rows.values())


# --- files --------------------------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            yield Path(root, name)


def _database_files(place: Place) -> frozenset[Path]:
    """The database and its companions (in the data folder if CC_DATA_DIR holds them too)."""
    ends = ("", "-wal", "-shm", "-journal", ".writer")
    return frozenset(Path(f"{place.database}{end}") for end in ends)


def _copy_tree(
    source: Path, target: Path, skip: frozenset[Path] = frozenset()
) -> dict[str, dict[str, Any]]:
    """Copy every regular file under `source` but those in `skip` (folders 0700, files 0600,
    times kept); returns each file's entry by its path relative to `source`. A file gone
    meanwhile (a trainer deleted a scenario) is skipped; links are not followed."""
    target.mkdir(mode=0o700)
    entries: dict[str, dict[str, Any]] = {}
    for path in _walk(source):
        relative = path.relative_to(source)
        if path.is_symlink() or not path.is_file() or path in skip:
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            entries[relative.as_posix()] = _copy_file(path, destination)
        except FileNotFoundError:
            continue
    return entries


def _copy_file(source: Path, target: Path) -> dict[str, Any]:
    """Copy one file (0600, modification time kept), hashing as it goes, and sync it."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as reading:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as writing:
            while chunk := reading.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                writing.write(chunk)
            writing.flush()
            os.fsync(writing.fileno())
        times = os.stat(reading.fileno())
    # Kept, so that an upload caught half-way (`.part`) is judged by its own age on restore.
    os.utime(target, ns=(times.st_atime_ns, times.st_mtime_ns))
    return {"size": size, "sha256": digest.hexdigest()}


def _file_entry(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with open(path, "rb") as reading:
        while chunk := reading.read(CHUNK):
            digest.update(chunk)
    return {"size": path.stat().st_size, "sha256": digest.hexdigest()}


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# --- restore's checks -----------------------------------------------------------------------


def _checked_manifest(source: Path) -> dict[str, Any]:
    """The manifest of a backup folder, after checking the folder against it."""
    try:
        manifest = json.loads((source / MANIFEST_NAME).read_text())
    except FileNotFoundError:
        raise BackupRefused(f"{source} is not a cc-server backup (no {MANIFEST_NAME})") from None
    except (OSError, ValueError) as exc:
        raise BackupRefused(f"the manifest of {source} cannot be read: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupRefused(f"{source} is a backup in a format this cc-server does not know")
    schema = manifest.get("schema")
    if schema not in known_revisions():
        raise BackupRefused(
            f"the backup's schema revision {schema!r} is unknown to this cc-server "
            f"({package_version()}): restore it with the version that made it "
            f"({manifest.get('cc_server')}) or a newer one"
        )
    expected = {DATABASE_NAME: manifest["database"]}
    expected.update({f"{DATA_NAME}/{name}": entry for name, entry in manifest["files"].items()})
    for name, entry in expected.items():
        path = source / name
        if not path.is_file():
            raise BackupRefused(f"the backup is incomplete: {name} is missing")
        if _file_entry(path) != entry:
            raise BackupRefused(f"the backup is damaged: {name} differs from its manifest")
    return manifest


def _refuse_to_overwrite(place: Place, force: bool) -> None:
    if force:
        return
    if _holds_data(place.database):
        raise BackupRefused(
            f"the database {place.database} holds data; restore into a new one, or stop the "
            "server and add --force to replace it (the old files are kept beside, renamed)"
        )
    if place.data.is_dir() and any(path.is_file() for path in _walk(place.data)):
        raise BackupRefused(
            f"the data folder {place.data} holds files; restore into a new one, or stop the "
            "server and add --force to replace it (the old folder is kept beside, renamed)"
        )


def _put_aside(place: Place, stamp: str) -> None:
    """Rename what a restore replaces (the database with its -wal and -shm, which must never
    meet another main file, and the data folder) to `NAME.replaced-STAMP`."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{place.database}{suffix}")
        if path.exists():
            if suffix == "" and path.stat().st_size == 0:
                path.unlink()  # an empty file a failed start left: nothing to keep
                continue
            path.rename(f"{place.database}.replaced-{stamp}{suffix}")
    if place.data.exists():
        if place.data.is_dir() and not any(place.data.iterdir()):
            place.data.rmdir()
        else:
            place.data.rename(place.data.with_name(f"{place.data.name}.replaced-{stamp}"))


def _summary(folder: Path, manifest: dict[str, Any]) -> Summary:
    files = manifest["files"]
    return Summary(
        folder=folder,
        made_at=manifest["made_at"],
        schema=manifest["schema"],
        rows=manifest["rows"],
        files=len(files),
        bytes=manifest["database"]["size"] + sum(entry["size"] for entry in files.values()),
    )
