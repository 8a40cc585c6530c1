"""Shared test set-up: offscreen Qt, and the PostgreSQL fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.pytest_postgres"]
