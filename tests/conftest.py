"""Shared test set-up: offscreen Qt on a desktop-sized screen, the PostgreSQL fixtures, cheap
password hashes, servers started on template databases, and files kept in pytest's temporary
folders. Everything here is per process, so per worker in a parallel (xdist) run."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Passwords hashed with argon2's cheapest parameters (server/services/auth.py), in this process
# and the cc-servers it starts: a sign-in then costs microseconds instead of ~0.2 s, which was
# the largest fixed cost of a server test. Set before anything imports the server; a run with
# CC_TEST_CHEAP_PASSWORD_HASH=0 keeps the production parameters.
os.environ.setdefault("CC_TEST_CHEAP_PASSWORD_HASH", "1")

pytest_plugins = ["tests.support.pytest_postgres"]


@pytest.fixture(scope="session", autouse=True)
def _desktop_screen(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Offscreen, the screen is a 1920×1080 desktop (Qt's default is 800×600, which would
    give every window the small-screen layout); tests/console/test_shift_window.py measures
    the small screens in processes of their own. Set before the QApplication exists (pytest-qt's
    `qapp`, a session fixture that comes after the autouse ones), and here rather than in
    tests/console, so that a worker of a parallel run that meets a Qt test of another folder
    first (tests/server/test_media_playback.py) still gives the console tests the desktop."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" or (
        widgets is not None and widgets.QApplication.instance() is not None
    ):
        return
    screen = {"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080}
    config = tmp_path_factory.mktemp("qt") / "desktop-screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


@pytest.fixture(scope="session", autouse=True)
def _files_stay_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The console's data dir and the temporary directory (TMPDIR, where the servers' wake-up
    sockets go) point into pytest's base temp for the whole session, children included; at
    the end, fail if the run still wrote into the user's data dir or left cc-* files in /tmp
    (tests/support/sandbox.py: judged by this run's own writes and servers only, so other
    programs on the machine cannot make it fail)."""
    from tests.support import live_server
    from tests.support.sandbox import Sandbox

    sandbox = Sandbox(tmp_path_factory.mktemp("sandbox"))
    with sandbox.applied():
        # Servers of this session start on copies of a first start's database where they can
        # (tests/support/live_server.py; CC_TEST_SERVER_TEMPLATES=0: never); each xdist
        # worker keeps its own.
        if os.environ.get("CC_TEST_SERVER_TEMPLATES") != "0":
            live_server.use_templates(tmp_path_factory.mktemp("server-templates"))
        try:
            yield
        finally:
            live_server.use_templates(None)
    leftovers = sandbox.leftovers(live_server.started)
    if leftovers:
        pytest.fail(
            "the tests wrote outside pytest's temporary folders:\n  " + "\n  ".join(leftovers),
            pytrace=False,
        )


@pytest.fixture(scope="session", autouse=True)
def _no_secret_in_any_log() -> Iterator[None]:
    """Fail the session if a log line of this process, or of a cc-server it started, holds a
    password hash, a token or the signing key (tests/support/secret_watch.py)."""
    from tests.support import live_server
    from tests.support.secret_watch import SecretWatch, secrets_in_files

    watch = SecretWatch()
    root = logging.getLogger()
    root.addHandler(watch)
    try:
        yield
    finally:
        root.removeHandler(watch)
    found = watch.offenders + secrets_in_files(log for _db, _url, log in live_server.started)
    if found:
        pytest.fail("a log line holds a secret:\n  " + "\n  ".join(found), pytrace=False)
