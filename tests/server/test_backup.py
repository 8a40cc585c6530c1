"""`cc-server backup DIR` while a real server serves (and writes), `cc-server restore DIR` into
a fresh folder, a server started on it: the same cases, the same photo, the same keys; and
every refusal that keeps an operator from losing data."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from tests.support.factories import case_body, new_key
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
ENV = {"CC_DEMO_BACKLOG": "20"}
# Cases the writer thread adds at most while the backup runs (a bounded loop).
WRITES = 300


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`cc-server ARGS` as an operator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def photo() -> bytes:
    """A small PNG with a pattern (so that its thumbnail is a real one)."""
    image = Image.new("RGB", (96, 64))
    image.putdata([(x * 2 % 256, y * 4 % 256, (x + y) % 256) for y in range(64) for x in range(96)])
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def case_ids(server: LiveServer, headers: dict[str, str]) -> set[int]:
    """The ids of every case the server lists."""
    ids: set[int] = set()
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
        page = requests.get(
            server.url + "/api/v1/cases", params=params, headers=headers, timeout=30
        ).json()
        ids |= {case["id"] for case in page["items"]}
        cursor = page["next_cursor"]
        if not cursor:
            return ids


@dataclass
class Made:
    """A backup made while the server served, and what the server held around it."""

    folder: Path
    server: LiveServer
    headers: dict[str, str]
    case: dict[str, Any]
    attachment: dict[str, Any]
    photo: bytes
    before: set[int]  # cases listed before the backup started
    after: set[int]  # cases listed once the writer had stopped
    output: str


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("backup")
    (folder / "live").mkdir()
    server = LiveServer(f"sqlite:///{folder / 'live' / 'cc.db'}", env=ENV).start()
    try:
        headers = server.headers("duty_officer")
        created = requests.post(
            server.url + "/api/v1/cases",
            json=case_body(title="backup: 噪声扰民 with a photo"),
            headers=headers,
            timeout=30,
        )
        assert created.status_code == 201, created.text
        case = created.json()
        data = photo()
        uploaded = requests.post(
            f"{server.url}/api/v1/cases/{case['id']}/attachments",
            files={"photo": ("现场.png", data, "image/png")},
            data={"caption": "现场照片"},
            headers={**headers, "Idempotency-Key": new_key()},
            timeout=30,
        )
        assert uploaded.status_code == 201, uploaded.text
        case = requests.get(
            f"{server.url}/api/v1/cases/{case['id']}", headers=headers, timeout=30
        ).json()
        (attachment,) = case["attachments"]
        before = case_ids(server, headers)

        # Cases keep arriving while the backup runs.
        stop = threading.Event()

        def write() -> None:
            with requests.Session() as session:
                for _ in range(WRITES):
                    if stop.is_set():
                        return
                    session.post(
                        server.url + "/api/v1/cases",
                        json=case_body(unique_title=True),
                        headers=headers,
                        timeout=30,
                    )

        writer = threading.Thread(target=write)
        writer.start()
        try:
            result = cli("backup", str(folder / "copy"), "--database", server.database_url)
        finally:
            stop.set()
            writer.join()
        assert result.returncode == 0, result.stderr
        after = case_ids(server, headers)
        yield Made(
            folder / "copy", server, headers, case, attachment, data, before, after, result.stdout
        )
    finally:
        server.stop()


def test_a_backup_is_a_consistent_database_and_the_data_folder(made: Made) -> None:
    folder = made.folder
    assert "backed up" in made.output and str(folder) in made.output
    manifest = json.loads((folder / "manifest.json").read_text())
    database = sqlite3.connect(folder / "cc-server.db")
    try:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert database.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        cases = {row[0] for row in database.execute("SELECT id FROM cases")}
        keys = [row[0] for row in database.execute("SELECT storage_key FROM attachments")]
    finally:
        database.close()
    # Everything listed before the backup started, nothing that did not exist after it.
    assert made.before <= cases <= made.after
    assert manifest["rows"]["cases"] == len(cases)
    # Every file a row names is in the copy (and none of the companions of the database).
    copied = set(manifest["files"])
    assert keys and all(f"attachments/{key}" in copied for key in keys)
    assert all((folder / "data" / name).is_file() for name in copied)
    # Citizens' photos and the signing key: the backup is readable by its owner alone.
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (os.stat(folder / "cc-server.db").st_mode & 0o777) == 0o600
    assert not [p for p in folder.parent.iterdir() if ".partial" in p.name]


def test_restored_into_a_fresh_folder_a_server_serves_the_same(made: Made, tmp_path: Path) -> None:
    fresh = f"sqlite:///{tmp_path / 'restored' / 'cc.db'}"
    result = cli("restore", str(made.folder), "--database", fresh)
    assert result.returncode == 0, result.stderr
    assert "restored" in result.stdout
    data = tmp_path / "restored" / "cc-data"
    assert (data.stat().st_mode & 0o777) == 0o700
    server = LiveServer(fresh, env=ENV).start()
    try:
        # The same signing key: a token of the old server is good here.
        headers = made.headers
        restored = case_ids(server, headers)
        assert made.before <= restored <= made.after
        case = requests.get(
            f"{server.url}/api/v1/cases/{made.case['id']}", headers=headers, timeout=30
        ).json()
        for field in ("title", "state", "version", "channel", "category", "created_at"):
            assert case[field] == made.case[field], field
        assert case["attachments"] == made.case["attachments"]
        attachment = f"{server.url}/api/v1/attachments/{made.attachment['id']}"
        got = requests.get(attachment, headers=headers, timeout=30)
        assert got.status_code == 200
        assert got.content == made.photo
        original = requests.get(
            f"{made.server.url}/api/v1/attachments/{made.attachment['id']}/thumbnail",
            headers=headers,
            timeout=30,
        )
        thumbnail = requests.get(attachment + "/thumbnail", headers=headers, timeout=30)
        assert thumbnail.status_code == 200 and thumbnail.content == original.content
        # And it works on: a new case on the restored server.
        created = requests.post(
            server.url + "/api/v1/cases", json=case_body(), headers=headers, timeout=30
        )
        assert created.status_code == 201, created.text
        assert created.json()["id"] > max(restored)
    finally:
        server.stop()


def test_restore_over_a_database_with_data_needs_force_and_keeps_the_old(
    made: Made, tmp_path: Path
) -> None:
    target = tmp_path / "cc.db"
    url = f"sqlite:///{target}"
    assert cli("restore", str(made.folder), "--database", url).returncode == 0
    (tmp_path / "cc-data" / "attachments" / "mine.txt").write_text("not in the backup")

    refused = cli("restore", str(made.folder), "--database", url)
    assert refused.returncode == 1
    assert "holds data" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr

    forced = cli("restore", str(made.folder), "--database", url, "--force")
    assert forced.returncode == 0, forced.stderr
    kept = sorted(p.name for p in tmp_path.iterdir() if ".replaced-" in p.name)
    assert len(kept) == 2, kept  # the old database and the old data folder, renamed
    (old_data,) = [p for p in tmp_path.iterdir() if p.name.startswith("cc-data.replaced-")]
    assert (old_data / "attachments" / "mine.txt").read_text() == "not in the backup"
    assert not (tmp_path / "cc-data" / "attachments" / "mine.txt").exists()


def test_restore_refuses_a_damaged_or_foreign_backup(made: Made, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    subprocess.run(["cp", "-a", str(made.folder), str(damaged)], check=True)
    (name,) = [n for n in json.loads((damaged / "manifest.json").read_text())["files"]][:1]
    (damaged / "data" / name).write_bytes(b"not the photo")
    url = f"sqlite:///{tmp_path / 'target' / 'cc.db'}"
    result = cli("restore", str(damaged), "--database", url)
    assert result.returncode == 1
    assert "damaged" in result.stderr and name in result.stderr
    assert not (tmp_path / "target" / "cc.db").exists()

    manifest = json.loads((made.folder / "manifest.json").read_text())
    newer = tmp_path / "newer"
    subprocess.run(["cp", "-a", str(made.folder), str(newer)], check=True)
    (newer / "manifest.json").write_text(json.dumps({**manifest, "schema": "9999"}))
    result = cli("restore", str(newer), "--database", url)
    assert result.returncode == 1 and "unknown to this cc-server" in result.stderr

    result = cli("restore", str(tmp_path), "--database", url)
    assert result.returncode == 1 and "not a cc-server backup" in result.stderr


def test_backup_refuses_what_it_cannot_do_cleanly(made: Made, tmp_path: Path) -> None:
    url = made.server.database_url
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "old").write_text("an older backup")
    result = cli("backup", str(occupied), "--database", url)
    assert result.returncode == 1 and "not an empty folder" in result.stderr
    assert (occupied / "old").read_text() == "an older backup"

    result = cli("backup", str(tmp_path / "x"), "--database", "postgresql+psycopg://cc@db/cc")
    assert result.returncode == 1
    assert "pg_dump" in result.stderr and "docs/deploy.md" in result.stderr

    result = cli("backup", str(tmp_path / "y"), "--database", f"sqlite:///{tmp_path}/none.db")
    assert result.returncode == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "y").exists()
