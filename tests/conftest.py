"""Shared test set-up: offscreen Qt, the PostgreSQL fixtures, and files kept in pytest's
temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.pytest_postgres"]


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
        yield
    leftovers = sandbox.leftovers(live_server.started)
    if leftovers:
        pytest.fail(
            "the tests wrote outside pytest's temporary folders:\n  " + "\n  ".join(leftovers),
            pytrace=False,
        )
