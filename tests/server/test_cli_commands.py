"""`cc-server --version`, `cc-server migrate`, unknown flags, and the log switches
(`--access-log`, `--log-format json`) on a real server."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import requests

from server.version import package_version, schema_head
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_version_names_the_release_and_the_schema() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert (
        result.stdout.strip() == f"cc-server {package_version()} (database schema {schema_head()})"
    )
    assert package_version() != "unknown"  # the test venv installs the project


def test_an_unknown_flag_is_an_error_with_usage(tmp_path: Path) -> None:
    result = cli("--sever", "http://x", "--database", f"sqlite:///{tmp_path}/cc.db")
    assert result.returncode == 2
    assert "usage: cc-server" in result.stderr and "--sever" in result.stderr
    assert not (tmp_path / "cc.db").exists()  # nothing was started


def test_migrate_brings_the_schema_up_to_date_without_serving(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cc.db'}"
    first = cli("migrate", "--database", url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"cc-server migrate: schema none → {schema_head()}"
    again = cli("migrate", "--database", url)
    assert again.returncode == 0
    assert again.stdout.strip() == f"cc-server migrate: the schema is up to date ({schema_head()})"
    database = sqlite3.connect(tmp_path / "cc.db")
    try:
        assert database.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema_head(),)
        ]
        # Migrated, not started: no users, no seeded reference data yet.
        assert database.execute("SELECT count(*) FROM users").fetchone() == (0,)
    finally:
        database.close()


def test_migrate_on_an_unwritable_place_says_so_in_one_sentence(tmp_path: Path) -> None:
    result = cli("migrate", "--database", f"sqlite:///{tmp_path}/missing/folder/cc.db")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def _log_lines(server: LiveServer) -> list[dict[str, object]]:
    return [json.loads(line) for line in server.log_path.read_text().splitlines() if line]


def test_json_logs_with_the_access_log(tmp_path: Path) -> None:
    """Asked for, the access log is written whatever the log level (the test servers run at
    `--log-level warning`)."""
    server = LiveServer(
        f"sqlite:///{tmp_path / 'cc.db'}",
        demo=False,
        env={"CC_LOG_FORMAT": "json", "CC_ACCESS_LOG": "1"},
    ).start()
    try:
        assert requests.get(server.url + "/healthz?probe=1", timeout=10).ok
        assert requests.get(server.url + "/api/v1/nothing", timeout=10).status_code == 404
    finally:
        server.stop()
    lines = _log_lines(server)  # every line is one JSON object
    access = [line for line in lines if line["logger"] == "uvicorn.access"]
    health = {"method": "GET", "path": "/healthz?probe=1", "status": 200}
    assert any(health.items() <= line.items() for line in access), access
    assert any(line["path"] == "/api/v1/nothing" and line["status"] == 404 for line in access)
    assert all({"time", "level", "message", "pid"} <= line.keys() for line in lines)


def test_no_access_log_unless_asked(tmp_path: Path) -> None:
    server = LiveServer(
        f"sqlite:///{tmp_path / 'cc.db'}", demo=False, env={"CC_LOG_FORMAT": "json"}
    ).start()
    try:
        assert requests.get(server.url + "/healthz", timeout=10).ok
    finally:
        server.stop()
    assert not [line for line in _log_lines(server) if line["logger"] == "uvicorn.access"]
