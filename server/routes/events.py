"""The change feed over HTTP: long-poll and server-sent events, both resumable by sequence."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Annotated

import anyio.to_thread
import orjson
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from fastapi.sse import KEEPALIVE_COMMENT, EventSourceResponse, format_sse_event

from server.deps import CurrentActor, StateDep
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.schemas.event_out import SSE_FRAME, EventPageOut
from server.services import feed
from server.services.feedhub import FeedEvent, visible_to
from server.services.lifecycle import Actor
from server.state import AppState

router = APIRouter(prefix="/api/v1/events", tags=["feed"])
BATCH = 500
KEEPALIVE_SECONDS = 15.0
# How long a poll waits for the hub to read the database before reading it itself.
CATCH_UP_SECONDS = 5.0


def _read_db(state: AppState, after: int, limit: int) -> tuple[list[FeedEvent], int]:
    with state.db.read() as session:
        events, head = feed.read_after(session, after, limit)
        return [FeedEvent.of(e) for e in events], head


async def _batch(state: AppState, after: int, limit: int) -> tuple[list[FeedEvent], int]:
    """Events after `after` (from memory when the window reaches back), and the last seq seen."""
    hub = state.hub
    if after < hub.pruned_through:
        raise feed.gone(after, hub.pruned_through)
    if after > hub.head:
        # Maybe a commit the hub has not polled yet; the database is the authority.
        _, head = await anyio.to_thread.run_sync(_read_db, state, after, 1)
        if after > head:
            raise Problem(
                410,
                "Feed position unknown",
                f"This server's feed ends at {head}, before your position {after} (was the "
                "database replaced?): reload the cases and follow from the current position.",
                code=Code.FEED_GONE,
                kind="feed-gone",
                oldest_seq=hub.pruned_through + 1,
            )
    window = hub.window_after(after, limit)
    if window is None:
        events, _ = await anyio.to_thread.run_sync(_read_db, state, after, limit)
    else:
        events = window
    last = events[-1].seq if events else after
    return events, last


async def _caught_up(
    state: AppState, after: int, limit: int, arrived: int
) -> tuple[list[FeedEvent], int]:
    """The batch once the hub has read what was committed when the request `arrived` (one
    read shared by every request waiting for it); from the database if the hub is late."""
    if await state.hub.catch_up(arrived, CATCH_UP_SECONDS):
        return await _batch(state, after, limit)
    events, _ = await anyio.to_thread.run_sync(_read_db, state, after, limit)
    return events, events[-1].seq if events else after


# The answers are declared for OpenAPI (server/schemas/event_out.py) and made here from the
# bytes the hub encoded once per role: FastAPI passes a returned Response through untouched.
@router.get("", response_model=EventPageOut)
async def poll(
    actor: CurrentActor,
    state: StateDep,
    after: Annotated[
        int, Query(ge=0, le=MAX_INT, description="the last sequence number you have")
    ] = 0,
    wait: Annotated[float, Query(ge=0, le=60, description="seconds to wait for news")] = 0,
    limit: Annotated[int, Query(ge=1, le=BATCH)] = BATCH,
) -> Response:
    """Events after `after`; waits up to `wait` seconds when there are none yet.

    `last_seq` is where to continue from: it moves past events this caller may not see. An
    answer of fewer than `limit` events holds every event committed before the request came,
    so a client sees its own write once that write was answered.
    """
    hub = state.hub
    arrived = hub.mark()
    events, last = await _batch(state, after, limit)
    if not events and wait > 0 and await hub.wait_beyond(after, wait):
        events, last = await _batch(state, after, limit)
    if len(events) < limit and not hub.has_read_since(arrived):
        # The answer ends at the hub's head, which may not have reached a commit made before
        # this request (e.g. the caller's own write, answered a moment ago): read your writes.
        events, last = await _caught_up(state, after, limit, arrived)
    frames = [hub.encoded(e, actor) for e in events if visible_to(e, actor)]
    body = b'{"events":[' + b",".join(frames) + b'],"last_seq":' + str(last).encode() + b"}"
    return Response(body, media_type="application/json")


@router.get(
    "/stream",
    response_class=Response,
    responses={
        200: {
            "content": {"text/event-stream": {"itemSchema": SSE_FRAME}},
            "description": "the event stream: each frame's `data` is an event as GET "
            "/api/v1/events has it (#/components/schemas/EventPageOut, `events`)",
        }
    },
)
async def stream(
    request: Request,
    actor: CurrentActor,
    state: StateDep,
    after: Annotated[
        int | None, Query(ge=0, le=MAX_INT, description="start after this sequence")
    ] = None,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
) -> EventSourceResponse:
    """Server-sent events from `after` (or Last-Event-ID, which wins), live as they commit."""
    position = _start_position(after, last_event_id, state)
    # Check the position before the stream starts, so that a client too far behind gets a
    # real 410 and not a broken stream.
    first, _ = await _batch(state, position, BATCH)
    return EventSourceResponse(_frames(request, actor, state, position, first))


async def _frames(
    request: Request, actor: Actor, state: AppState, position: int, first: list[FeedEvent]
) -> AsyncIterator[bytes]:
    hub = state.hub
    pending = first
    yield format_sse_event(comment=f"following after {position}", retry=2000)
    while True:
        for event in pending:
            if visible_to(event, actor):
                yield hub.sse_frame(event, actor)
            position = event.seq
        pending = []
        if not await hub.wait_beyond(position, KEEPALIVE_SECONDS):
            # The response ends by itself when the client goes; this only tidies up idle ones.
            if hub.closing or await request.is_disconnected():
                return
            yield KEEPALIVE_COMMENT
            continue
        try:
            pending, _ = await _batch(state, position, BATCH)
        except Problem as problem:
            body = {"status": problem.status, "detail": problem.detail, "code": problem.code}
            detail = orjson.dumps(body).decode()
            yield format_sse_event(event="gone", data_str=detail)
            return


def _start_position(after: int | None, last_event_id: str | None, state: AppState) -> int:
    if last_event_id:
        if not re.fullmatch(r"[0-9]{1,10}", last_event_id) or int(last_event_id) > MAX_INT:
            raise Problem(
                400,
                "Invalid Last-Event-ID",
                "Last-Event-ID must be a sequence number.",
                code=Code.INVALID_LAST_EVENT_ID,
                kind="invalid-last-event-id",
            )
        return int(last_event_id)
    if after is not None:
        return after
    return state.hub.head
