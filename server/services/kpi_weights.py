"""The weights of the department score (督考得分), set by administrators.

    score = volume tier + closure × closure rate + on_time_closure × on-time closure rate
            + no_rework × (100 − rework rate)

The domain's formula (docs/domain.md) is the default: tiers 10 / 7 / 4 and 0.3 for each rate.
A set of weights is valid when every figure is non-negative, the tiers do not grow as the
intake shrinks (high ≥ middle ≥ low), and the best possible score is exactly 100: the high
tier plus 100 × (closure + on_time_closure + no_rework). So a score still reads "out of 100"
whatever the weights, and scores of two periods under different weights stay comparable in
scale.

Where the weights live: in the admin log. Each change is an `AdminRecord` (kind and action
`kpi_weights`) whose `after` holds the whole
set with its version; the weights in force are the newest such record's. The admin log is
already append-only, kept for ever and shown to administrators, so the history of the
weights, who changed them and why, is there without a table of its own (no migration), and
the change is audited by the very record that makes it. Version 0 is the default, never
written. An editor sends the version it edited; a stale one answers 409 with the weights in
force, as the SLA rules do.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import AdminRecord
from server.problems import Code, Problem
from server.services import admin_log
from server.services.lifecycle import Actor
from server.services.views import iso

LOG_KIND = "kpi_weights"  # the admin log's kind for the score weights
LOG_ACTION = "kpi_weights"
BEST_SCORE = 100.0
RATES = ("closure", "on_time_closure", "no_rework")
TIERS = ("tier_high", "tier_middle", "tier_low")


@dataclass(frozen=True)
class Weights:
    """Points per volume tier and the weight of each rate (per percentage point)."""

    tier_high: float = 10.0  # intake ≥ ⅔ of the largest row's
    tier_middle: float = 7.0  # intake ≥ ⅓
    tier_low: float = 4.0  # any intake
    closure: float = 0.3
    on_time_closure: float = 0.3
    no_rework: float = 0.3

    def best(self) -> float:
        """The highest score these weights can give."""
        return self.tier_high + 100.0 * (self.closure + self.on_time_closure + self.no_rework)

    def formula(self) -> str:
        """The formula in words (the console shows its own translation)."""
        return (
            f"volume tier ({_n(self.tier_high)}/{_n(self.tier_middle)}/{_n(self.tier_low)})"
            f" + {_n(self.closure)} × closure + {_n(self.on_time_closure)} × on-time closure"
            f" + {_n(self.no_rework)} × (100 − rework)"
        )


DEFAULT = Weights()


def _n(value: float) -> str:
    return f"{value:g}"


def check(values: dict[str, Any]) -> list[dict[str, str]]:
    """What is wrong with a set of weights (empty: valid), field by field."""
    errors: list[dict[str, str]] = []
    numbers: dict[str, float] = {}
    for name in (*TIERS, *RATES):
        value = values.get(name)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            errors.append({"field": name, "message": f"{name} must be a number"})
        elif value < 0:
            errors.append({"field": name, "message": f"{name} must not be negative"})
        else:
            numbers[name] = float(value)
    if errors:
        return errors
    if not numbers["tier_high"] >= numbers["tier_middle"] >= numbers["tier_low"]:
        errors.append({"field": "tier_middle", "message": "the tiers must not grow as the "
                       "intake shrinks: tier_high ≥ tier_middle ≥ tier_low"})  # fmt: skip
    weights = Weights(**numbers)
    if not math.isclose(weights.best(), BEST_SCORE, abs_tol=1e-6):
        errors.append({
            "field": "closure",
            "message": (
                f"the best score must be {BEST_SCORE:g}: tier_high ({_n(weights.tier_high)}) + "
                f"100 × (closure + on_time_closure + no_rework) "
                f"({_n(weights.closure)} + {_n(weights.on_time_closure)} + "
                f"{_n(weights.no_rework)}) makes {weights.best():g}"
            ),
        })  # fmt: skip
    return errors


def _latest(session: Session, *, lock: bool = False) -> AdminRecord | None:
    statement = (
        select(AdminRecord)
        .where(AdminRecord.kind == LOG_KIND, AdminRecord.action == LOG_ACTION)
        .order_by(AdminRecord.id.desc())
        .limit(1)
    )
    if lock:
        statement = statement.with_for_update()
    return session.scalars(statement).first()


def current(session: Session) -> tuple[Weights, dict[str, Any]]:
    """The weights in force and their view (version, who set them, when)."""
    record = _latest(session)
    if record is None or not isinstance(record.after, dict):
        return DEFAULT, view(DEFAULT, version=0, at=None, by="", note="")
    after = record.after
    weights = Weights(**{name: float(after[name]) for name in (*TIERS, *RATES)})
    return weights, view(
        weights, version=int(after["version"]), at=record.created_at, by=record.actor_name,
        note=record.note,
    )  # fmt: skip


def view(
    weights: Weights, *, version: int, at: datetime | None, by: str, note: str
) -> dict[str, Any]:
    """The weights as the API shows them."""
    return {
        **asdict(weights),
        "version": version,
        "default": weights == DEFAULT,
        "best_score": round(weights.best(), 6),
        "formula": weights.formula(),
        "updated_at": iso(at) if at is not None else None,
        "updated_by": by,
        "note": note,
        "defaults": asdict(DEFAULT),
    }


def replace(
    session: Session,
    *,
    edited: int,
    values: dict[str, Any],
    note: str,
    actor: Actor,
    now: datetime,
) -> dict[str, Any]:
    """Put checked weights in force as the next version; 409 if `edited` is stale."""
    _latest(session, lock=True)  # PostgreSQL: concurrent savers wait here (SQLite: one writer)
    before, shown = current(session)
    if edited != shown["version"]:
        raise Problem(
            409,
            "Weights changed meanwhile",
            f"Version {shown['version']} of the score weights was saved after version {edited} "
            "you edited; reload them and make your change again.",
            code=Code.RULES_CHANGED,
            kind="conflict",
            current=shown,
        )
    weights = Weights(**{name: float(values[name]) for name in (*TIERS, *RATES)})
    version = int(shown["version"]) + 1
    admin_log.record(
        session,
        kind=LOG_KIND,
        action=LOG_ACTION,
        actor=actor,
        now=now,
        target=f"得分权重 v{version}",
        before={**asdict(before), "version": version - 1},
        after={**asdict(weights), "version": version},
        note=note,
    )
    return view(weights, version=version, at=now, by=actor.name, note=note)
