"""Photos kept as evidence: checked by content, stored under server-made names only.

A photo is written under a temporary name before the transaction that records it, moved into
place only after that transaction commits, and removed if it fails: no row without its file,
no file without its row. A crash between commit and move is finished by `recover`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server.config import Settings
from server.db import Database
from server.models import Attachment, Case, ServiceRequestPhoto
from server.problems import Code, Problem
from server.services import imagecheck
from server.services.case_trail import publish, record
from server.services.cases import get_visible
from server.services.lifecycle import TERMINAL_STATES, Actor
from server.services.refdata import ReferenceData

log = logging.getLogger(__name__)

EXTENSIONS = {imagecheck.JPEG: "jpg", imagecheck.PNG: "png"}
TYPES = {ext: content_type for content_type, ext in EXTENSIONS.items()}
# Photos (and their thumbnails), and the generated 通报 bulletins (services/bulletin.py).
KEY = re.compile(r"[0-9a-f]{32}(?:(?:\.thumb)?\.(jpg|png)|\.(pdf|txt))")
PART = ".part"
ATTACH_ROLES = frozenset({"duty_officer", "supervisor", "trainer", "department"})
MAX_NAME = 120
# A temporary file older than this belongs to no upload still in flight.
STALE_SECONDS = 600


@dataclass(frozen=True)
class Photo:
    """An uploaded photo that passed every check, with its thumbnail (None: none possible)."""

    data: bytes
    content_type: str
    width: int
    height: int
    filename: str
    caption: str
    thumbnail: bytes | None
    thumbnail_type: str | None

    @property
    def sha256(self) -> str:
        """The fingerprint of the bytes (for idempotency keys)."""
        return hashlib.sha256(self.data).hexdigest()


def check_photo(
    data: bytes,
    *,
    raw_name: str,
    caption: str,
    field: str,
    settings: Settings,
    budget: imagecheck.DecodeBudget | None = None,
) -> Photo:
    """The photo if it is a sound JPEG or PNG within the limits; a Problem saying why not."""
    name = clean_filename(raw_name, field)
    shown = f"{field} ({name})"
    if not data:
        raise _refused(
            422,
            "Empty photo",
            f"{shown} is empty: choose the photo again.",
            field,
            Code.INVALID_UPLOAD,
        )
    if len(data) > settings.upload_max_bytes:
        raise _refused(
            413,
            "Photo too large",
            f"{shown} is larger than {settings.upload_max_bytes:,} bytes, the limit for one "
            "photo: send a smaller one (most phones can share a reduced size).",
            field,
            Code.TOO_LARGE,
        )
    try:
        content_type, width, height = imagecheck.sniff(data, settings.upload_max_pixels)
    except imagecheck.TooManyPixels as exc:
        raise _refused(
            422,
            "Photo too large",
            f"{shown} has {exc.width}×{exc.height} pixels; at most "
            f"{settings.upload_max_pixels / 1e6:g} megapixels are accepted.",
            field,
            Code.INVALID_UPLOAD,
        ) from exc
    except imagecheck.NotAnImage as exc:
        raise _refused(
            415,
            "Not a JPEG or PNG photo",
            f"{shown} is not accepted: {exc}.",
            field,
            Code.UNSUPPORTED_PHOTO,
        ) from exc
    budget = budget or imagecheck.DecodeBudget(settings.decode_budget_mb * 1_000_000)
    try:
        with budget.reserve(imagecheck.decoded_bytes(content_type, width, height)):
            thumb, thumb_type = imagecheck.thumbnail(
                data, content_type=content_type, width=width, height=height
            )
    except imagecheck.BudgetExhausted as exc:
        problem = Problem(
            503,
            "Busy with other photos",
            f"{shown}: the server is decoding other large photos; send it again in a moment.",
            code=Code.UPLOADS_BUSY,
            kind="busy",
        )
        problem.headers["Retry-After"] = "5"
        raise problem from exc
    except imagecheck.NotAnImage as exc:
        raise _refused(
            422, "Damaged photo", f"{shown} is not accepted: {exc}.", field, Code.INVALID_UPLOAD
        ) from exc
    return Photo(data, content_type, width, height, name, caption, thumb, thumb_type)


def clean_filename(raw: str | None, field: str) -> str:
    """The client's file name as display metadata: never a path, never used on disk."""
    name = unicodedata.normalize("NFC", (raw or "").strip())
    if "/" in name or "\\" in name or name in (".", ".."):
        raise _refused(
            422,
            "File name with a path",
            f"{field}: the file name {name[:80]!r} contains a path; send the plain file name.",
            field,
            Code.INVALID_UPLOAD,
        )
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise _refused(
            422,
            "Invalid file name",
            f"{field}: the file name contains control characters; rename the file.",
            field,
            Code.INVALID_UPLOAD,
        )
    # Bidirectional overrides and other invisible marks could make "gpj.exe" read as ".jpg".
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = stem[: MAX_NAME - len(ext) - 1] + dot + ext if dot and len(ext) <= 10 else name
        name = name[:MAX_NAME]
    return name or "photo"


def _refused(status: int, title: str, detail: str, field: str, code: Code) -> Problem:
    return Problem(
        status,
        title,
        detail,
        code=code,
        kind="bad-upload",
        errors=[{"field": field, "message": detail}],
    )


def data_dir(settings: Settings) -> Path:
    """Where files live: CC_DATA_DIR, else `cc-data` beside the SQLite file, else ./cc-data."""
    if settings.data_dir:
        return Path(settings.data_dir).resolve()
    url = make_url(settings.database_url)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database not in ("", ":memory:"):
        if not database.startswith("file:"):
            return Path(database).resolve().parent / "cc-data"
    return Path("cc-data").resolve()


@dataclass(frozen=True)
class StagedPhoto:
    """A photo written under its key (and its thumbnail's), not yet moved into place."""

    photo: Photo
    key: str
    thumb_key: str | None


class PhotoStore:
    """The attachment files under `<data_dir>/attachments`, named by server-made keys only."""

    def __init__(self, root: Path) -> None:
        self.dir = root / "attachments"

    def make_dir(self) -> None:
        """The folder and the data folder it is in, readable by the server's user alone
        (citizens' photos: 0700, whatever the umask)."""
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for folder in (self.dir, self.dir.parent):
            if folder.stat().st_mode & 0o077:
                folder.chmod(0o700)

    @classmethod
    def of(cls, settings: Settings) -> PhotoStore:
        """The store of these settings."""
        return cls(data_dir(settings))

    def path(self, key: str) -> Path:
        """The file of a storage key (refused unless the key is one of ours)."""
        if not KEY.fullmatch(key):
            raise ValueError(f"not a storage key: {key!r}")
        return self.dir / key

    def find(self, key: str) -> Path | None:
        """The file of a committed key, finishing a move that a crash interrupted."""
        path = self.path(key)
        if path.is_file():
            return path
        part = path.with_name(path.name + PART)
        try:
            # The caller found the row, so its transaction committed: the move is due.
            os.replace(part, path)
        except FileNotFoundError:
            pass  # no such upload, or someone else has just moved it in
        return path if path.is_file() else None

    def thumbnail(self, key: str) -> tuple[Path, str] | None:
        """The thumbnail file of a photo and its content type, if one exists."""
        stem = key.rsplit(".", 1)[0]
        for ext, content_type in TYPES.items():
            found = self.find(f"{stem}.thumb.{ext}")
            if found is not None:
                return found, content_type
        return None

    def stage(self, photos: Iterable[Photo]) -> Staging:
        """Write the photos under temporary names (nothing is visible until commit)."""
        staging = Staging(self)
        try:
            for photo in photos:
                staging.add(photo)
        except BaseException:
            staging.discard()
            raise
        return staging

    def recover(self, committed: Callable[[list[str]], set[str]], now: float | None = None) -> int:
        """Finish or remove stale temporary files; returns how many were handled."""
        if not self.dir.is_dir():
            return 0
        cutoff = (now or time.time()) - STALE_SECONDS
        stale = [p for p in self.dir.glob("*" + PART) if _mtime(p) < cutoff]
        keys = {p: p.name.removesuffix(PART) for p in stale if KEY.fullmatch(p.name[:-5])}
        originals = {k: _original_keys(k) for k in keys.values()}
        known = committed(sorted({o for names in originals.values() for o in names}))
        for part, key in keys.items():
            try:
                if known & set(originals[key]):
                    os.replace(part, part.with_name(key))
                else:
                    part.unlink(missing_ok=True)
            except FileNotFoundError:
                pass  # another process handled it meanwhile
        return len(keys)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")  # gone meanwhile: nothing to do


def _original_keys(key: str) -> list[str]:
    if ".thumb." not in key:
        return [key]
    stem = key.split(".", 1)[0]
    return [f"{stem}.{ext}" for ext in TYPES]


class Staging:
    """Photos under temporary names: `commit()` moves them in, `discard()` removes them."""

    def __init__(self, store: PhotoStore) -> None:
        self.store = store
        self.items: list[StagedPhoto] = []
        self._parts: list[tuple[Path, Path]] = []

    def add(self, photo: Photo) -> StagedPhoto:
        """Write one photo (and its thumbnail) under fresh keys."""
        stem = uuid.uuid4().hex
        key = f"{stem}.{EXTENSIONS[photo.content_type]}"
        self._write(key, photo.data)
        thumb_key = None
        if photo.thumbnail is not None and photo.thumbnail_type is not None:
            thumb_key = f"{stem}.thumb.{EXTENSIONS[photo.thumbnail_type]}"
            self._write(thumb_key, photo.thumbnail)
        staged = StagedPhoto(photo, key, thumb_key)
        self.items.append(staged)
        return staged

    def _write(self, key: str, data: bytes) -> None:
        final = self.store.path(key)
        part = final.with_name(final.name + PART)
        self.store.make_dir()
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._parts.append((part, final))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            # Evidence must survive a power cut once the database says it exists.
            os.fsync(out.fileno())

    def commit(self) -> None:
        """Move every file into place (after the transaction that records them committed)."""
        for part, final in self._parts:
            try:
                os.replace(part, final)
            except FileNotFoundError:
                if not final.is_file():  # else a reader moved it in first (PhotoStore.find)
                    log.error("the file %s vanished before it was moved in", part.name)
            except OSError:
                # The row exists: `PhotoStore.find` or `recover` finishes the move later.
                log.exception("could not move %s into place", part.name)
        self._parts.clear()

    def discard(self) -> None:
        """Remove every temporary file (the transaction failed or was a replay)."""
        for part, _final in self._parts:
            part.unlink(missing_ok=True)
        self._parts.clear()


def add_rows(
    session: Session, *, case: Case, staged: Iterable[StagedPhoto], created_by: str, now: datetime
) -> list[Attachment]:
    """The attachment rows of staged photos on a case (in the caller's transaction)."""
    rows = [
        Attachment(
            case_id=case.id,
            filename=item.photo.filename[:200],
            content_type=item.photo.content_type,
            size=len(item.photo.data),
            storage_key=item.key,
            caption=item.photo.caption[:200],
            created_by=created_by[:80],
            created_at=now,
        )
        for item in staged
    ]
    session.add_all(rows)
    session.flush()
    return rows


def attach(
    session: Session,
    *,
    case_id: int,
    staged: list[StagedPhoto],
    actor: Actor,
    ref: ReferenceData,
    now: datetime,
) -> tuple[Case, list[Attachment]]:
    """Add evidence to a case: rows, an `attach` audit record and a feed event, one transaction."""
    case = get_visible(session, case_id, actor, lock=True)
    if actor.role not in ATTACH_ROLES:
        raise Problem(
            403,
            "Forbidden",
            f"the role {actor.role} may not add evidence",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    if case.state in TERMINAL_STATES:
        raise Problem(
            422,
            "Case is final",
            f"Case {case.ref} is {case.state}; add the evidence to the case it was merged into "
            "or to a new case.",
            code=Code.CASE_FINAL,
            kind="illegal-action",
        )
    rows = add_rows(session, case=case, staged=staged, created_by=actor.name, now=now)
    # The trail and the feed move on like for a comment, so followers see the new evidence.
    case.version += 1
    case.updated_at = now
    payload = {
        "attachments": [
            {"id": r.id, "filename": r.filename, "content_type": r.content_type, "size": r.size}
            for r in rows
        ]
    }
    note = "；".join(r.caption for r in rows if r.caption)
    entry = record(
        session,
        case=case,
        action="attach",
        actor=actor,
        now=now,
        from_state=case.state,
        note=note,
        payload=payload,
    )
    publish(session, "case.action", case=case, entry=entry, ref=ref, now=now)
    return case, rows


def recover_uploads(db: Database, settings: Settings) -> int:
    """At start-up: move in files whose rows committed before a crash, drop the others."""

    def committed(keys: list[str]) -> set[str]:
        # Case photos and volunteer service photos share the store.
        with db.read() as session:
            found = set(
                session.scalars(
                    select(Attachment.storage_key).where(Attachment.storage_key.in_(keys))
                )
            )
            photos = ServiceRequestPhoto.storage_key.in_(keys)
            return found | set(
                session.scalars(select(ServiceRequestPhoto.storage_key).where(photos))
            )

    store = PhotoStore.of(settings)
    if settings.data_dir or store.dir.parent != Path("cc-data").resolve():
        # Made now, so that a refused upload never leaves even an empty directory behind;
        # the ./cc-data fallback (no SQLite file to sit beside) waits for the first photo.
        store.make_dir()
    handled = store.recover(committed)
    if handled:
        log.warning("finished or removed %d interrupted photo uploads", handled)
    return handled
