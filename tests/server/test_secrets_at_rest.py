"""The database holds the signing key, password hashes and citizens' data: its files and the
photo folder are the server user's alone, and the key may come from outside it (issue #18)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import jwt
import pytest
from fastapi.testclient import TestClient

from server.app import create_app
from server.db import Database
from tests.support.factories import demo_settings


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_the_photo_folder_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask would leave them readable by everyone
    try:
        settings = demo_settings(tmp_path, demo_patrols=0)
        with TestClient(create_app(settings, background=False)) as client:
            assert client.get("/healthz").status_code == 200
            database = Path(settings.database_url.removeprefix("sqlite:///"))
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{database}{suffix}").exists():
                    assert mode(Path(f"{database}{suffix}")) == 0o600, suffix
            photos = Path(settings.data_dir or "") / "attachments"
            assert mode(photos) == 0o700 and mode(photos.parent) == 0o700
    finally:
        os.umask(old)


def test_an_existing_database_readable_by_others_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    database.touch(mode=0o644)
    (tmp_path / "old.db-wal").touch(mode=0o644)
    database.chmod(0o644)
    Database(f"sqlite:///{database}").engine.dispose()
    assert mode(database) == 0o600
    assert mode(tmp_path / "old.db-wal") == 0o600


def test_the_signing_key_may_come_from_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "token.key"
    key_file.write_text("k" * 48 + "\n")
    key_file.chmod(0o600)
    settings = demo_settings(tmp_path, demo_patrols=0).model_copy(
        update={"token_key_file": str(key_file)}
    )
    with TestClient(create_app(settings, background=False)) as client:
        answer = client.post(
            "/api/v1/auth/token", data={"username": "duty_officer", "password": "demo"}
        )
        token = answer.json()["access_token"]
    assert jwt.decode(token, "k" * 48, algorithms=["HS256"])["name"] == "duty_officer"


def test_a_short_or_missing_key_file_stops_the_start_with_one_sentence(tmp_path: Path) -> None:
    short = tmp_path / "short.key"
    short.write_text("too-short")
    for path in (short, tmp_path / "missing.key"):
        settings = demo_settings(tmp_path, demo_patrols=0).model_copy(
            update={"token_key_file": str(path)}
        )
        with pytest.raises(SystemExit, match="token key"):
            create_app(settings, background=False)


def test_a_failed_statement_never_quotes_its_values() -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    db = Database("sqlite://")
    with pytest.raises(OperationalError) as failed, db.engine.connect() as conn:
        conn.execute(text("INSERT INTO nowhere VALUES (:secret)"), {"secret": "$argon2id$v=19$x"})
    assert "$argon2id" not in str(failed.value)
