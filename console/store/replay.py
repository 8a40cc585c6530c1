"""Replay of the outbox: pending actions sent in order, each with its own Idempotency-Key."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from console.api.client import ApiClient
from console.api.errors import (
    ApiError,
    Conflict,
    Forbidden,
    IllegalAction,
    Invalid,
    NotFound,
    ServerUnavailable,
    Unauthorized,
)
from console.contract import Case
from console.store.outbox import Outbox, OutboxItem

log = logging.getLogger(__name__)

__all__ = ["ReplayResult", "replay"]

_REFUSALS = (IllegalAction, Forbidden, Invalid, NotFound)
# Statuses that say "not now" rather than "no": the item waits for the next replay.
_TRANSIENT = frozenset({408, 425, 429})
# Actions that fit any version of the case (a comment adds to the history, whatever the
# state): after a 409 they are sent again on the current version instead of conflicting.
REBASE_ON_CONFLICT = frozenset({"comment"})
MAX_REBASES = 3


@dataclass(frozen=True)
class ReplayResult:
    """How one item fared: done, conflict, refused, or pending (left for a later replay)."""

    item: OutboxItem  # as stored after this outcome
    status: str
    case: Case | None  # the case after the action (done), the current one (conflict)
    error: ApiError | None


def _reason(error: ApiError) -> str:
    """The server's sentence, with the fields it named when it did not say them already."""
    text = str(error)
    if isinstance(error, Invalid):
        extra = [e["message"] for e in error.errors if e["message"] and e["message"] not in text]
        if extra:
            text = f"{text} ({'; '.join(extra)})"
    return text


def _problem(error: ApiError) -> dict[str, Any]:
    """The refusal as kept with the item: the case and its last change have columns of their own."""
    return {k: v for k, v in error.problem.items() if k not in ("case", "last_change")}


def _foreign(client: ApiClient, item: OutboxItem) -> bool:
    # Idempotency keys are per user on the server, and the audit trail names the actor:
    # an action is sent only by the officer who took it.
    return bool(item.owner) and client.user is not None and client.user.username != item.owner


def replay(
    client: ApiClient,
    outbox: Outbox,
    *,
    on_result: Callable[[ReplayResult], None] | None = None,
    stop: threading.Event | None = None,
) -> list[ReplayResult]:
    """Send every pending item in enqueue order; stop early when the server is away.

    Items enqueued while this runs are sent too. Raises Unauthorized (items stay pending).
    """
    results: list[ReplayResult] = []

    def report(result: ReplayResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    with outbox.replay_lock:
        held: set[int] = set()  # cases with an item left pending: the rest of the case waits
        last = 0
        # Batches, so that items enqueued while this runs are sent too, each item read once.
        while batch := outbox.pending(after=last):
            for queued in batch:
                if stop is not None and stop.is_set():
                    return results
                last = queued.id
                item = outbox.get(queued.id)  # settled meanwhile by someone else?
                if item.status != "pending":
                    continue
                if item.case_id in held or _foreign(client, item):
                    held.add(item.case_id)
                    report(ReplayResult(item, "pending", None, None))
                    continue
                outcome = _replay_one(client, outbox, item)
                if outcome.status == "pending":
                    held.add(item.case_id)
                report(outcome)
                if outcome.status == "pending" and outcome.error is not None:
                    if isinstance(outcome.error, Unauthorized):
                        raise outcome.error
                    return results
    return results


def _replay_one(client: ApiClient, outbox: Outbox, item: OutboxItem) -> ReplayResult:
    """Send one item, or settle it unsent if the action it was chained after failed."""
    version = item.base_version
    if item.depends_on is not None:
        before = _predecessor(outbox, item)
        if before is not None and before.status == "pending":
            return ReplayResult(item, "pending", None, None)
        if before is not None and before.status != "done":
            if item.action not in REBASE_ON_CONFLICT:
                return _dependent_failed(outbox, item, before)
            # It stands alone: send it on the case the predecessor's conflict brought.
            version = _int_version((before.result or {}).get("version")) or version
            return _send(client, outbox, item, version)
        if before is not None and before.result_version is not None:
            version = before.result_version
    return _send(client, outbox, item, version)


def _predecessor(outbox: Outbox, item: OutboxItem) -> OutboxItem | None:
    assert item.depends_on is not None
    try:
        return outbox.get(item.depends_on)
    except KeyError:  # pruned by hand: send with the version the officer saw
        log.warning("outbox item %s: predecessor %s is gone", item.id, item.depends_on)
        return None


def _dependent_failed(outbox: Outbox, item: OutboxItem, before: OutboxItem) -> ReplayResult:
    """Settle a chained item whose predecessor was not applied, without sending it."""
    what = "conflicted" if before.status == "conflict" else "was refused"
    detail = (
        f"Not sent: it depended on the earlier action '{before.action}' on this case "
        f"(outbox item {before.id}), which {what}: {before.detail}"
    )
    # The predecessor's conflict brought the current case and who changed it; pass them on.
    conflicted = before.status == "conflict"
    stored = before.result if conflicted else None
    case = Case.from_json(stored) if stored and "id" in stored else None
    last_change = before.last_change if conflicted else None
    settled = outbox.mark(item.id, "conflict", detail, result=stored, last_change=last_change)
    return ReplayResult(settled, "conflict", case, None)


def _int_version(version: object) -> int | None:
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def _send(client: ApiClient, outbox: Outbox, item: OutboxItem, version: int) -> ReplayResult:
    """Send one item with its stored key, then persist the outcome before reporting it."""
    rebases = 0
    while True:
        outbox.record_attempt(item.id)
        try:
            case = client.act(
                item.case_id, item.action, version, idempotency_key=item.key, **item.fields
            )
            break
        except Conflict as error:
            current = _int_version(error.case.version if error.case else None)
            if item.action in REBASE_ON_CONFLICT and current is not None:
                if rebases < MAX_REBASES:
                    rebases += 1
                    item, version = outbox.rebase(item.id, current), current
                    continue
            settled = outbox.mark(
                item.id,
                "conflict",
                _reason(error),
                result=error.case.to_json() if error.case else None,
                last_change=error.last_change,
                problem=_problem(error),
            )
            return ReplayResult(settled, "conflict", error.case, error)
        except (Unauthorized, ServerUnavailable) as error:
            return ReplayResult(outbox.get(item.id), "pending", None, error)
        except _REFUSALS as error:
            settled = outbox.mark(item.id, "refused", _reason(error), problem=_problem(error))
            return ReplayResult(settled, "refused", None, error)
        except ApiError as error:
            if error.status in _TRANSIENT:
                return ReplayResult(outbox.get(item.id), "pending", None, error)
            settled = outbox.mark(item.id, "refused", _reason(error), problem=_problem(error))
            return ReplayResult(settled, "refused", None, error)
    settled = outbox.mark(item.id, "done", result=case.to_json())
    return ReplayResult(settled, "done", case, None)
