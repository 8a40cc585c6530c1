"""0008: a database seeded before it gets the categories' default urgencies, and back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text

from server.migrate import alembic_config
from server.seed.reference import DEFAULT_URGENCIES


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrations.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    engine = create_engine(url)
    yield engine
    engine.dispose()


def test_upgrading_gives_old_categories_their_default_urgency(url: str, engine: Engine) -> None:
    config = alembic_config(url)
    command.upgrade(config, "0007")
    codes = ["gas_leak", "fire_hazard", "manhole", "noise"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO departments (id, code, name, handles_cases) "
                "VALUES (1, 'emergency', '区应急管理局', :handles)"
            ),
            {"handles": True},
        )
        for n, code in enumerate(codes, start=1):
            conn.execute(
                text(
                    "INSERT INTO categories (id, code, name, kind, department_id) "
                    "VALUES (:id, :code, :code, 'report', 1)"
                ),
                {"id": n, "code": code},
            )
    command.upgrade(config, "head")
    with engine.connect() as conn:
        found = dict(conn.execute(text("SELECT code, default_urgency FROM categories")).all())
    assert found == {**DEFAULT_URGENCIES, "noise": "normal"}
    columns = {c["name"] for c in inspect(engine).get_columns("cases")}
    assert {"external_ref", "external_due_at", "camera_code"} <= columns
    command.downgrade(config, "0007")
    assert "default_urgency" not in {c["name"] for c in inspect(engine).get_columns("categories")}
    assert "camera_code" not in {c["name"] for c in inspect(engine).get_columns("cases")}
