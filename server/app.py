"""The FastAPI application: routes, error rendering, start-up and shut-down."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from server import api_docs, field_app, problem_responses
from server.background import CacheWarmer, Checkpointer, Scheduler, Worker
from server.config import Settings
from server.db import Database, utcnow
from server.demo.clock import ShiftedClock
from server.demo.indicators import seed_demo_indicators
from server.drills.driver import DrillDriver
from server.limits import BodyLimitMiddleware
from server.map.demo import remove_schematic_layers, seed_demo_layers
from server.migrate import upgrade
from server.models import Event, User
from server.problem_responses import UnexpectedErrorMiddleware
from server.routes import (
    admin_log,
    attachments,
    auth,
    calendar,
    cameras,
    cases,
    dispatch,
    drill_scenarios,
    drills,
    events,
    field_reports,
    handovers,
    health,
    indicators,
    kpis,
    media,
    open311,
    patrols,
    reference,
    sla_rules,
    supervision,
    users,
    volunteers,
)
from server.routes import map as map_routes
from server.seed.cameras import remove_demo_cameras, seed_demo_cameras
from server.seed.reference import seed_reference
from server.seed.rivers import seed_demo_patrols, seed_rivers
from server.seed.users import disable_demo_users, ensure_demo_users
from server.services import feed, pdf_render
from server.services import open311 as open311_keys
from server.services.attachments import recover_uploads
from server.services.auth import (
    Account,
    TokenCache,
    UserCheck,
    configured_signing_key,
    rotate_signing_key,
    signing_key,
)
from server.services.bounded_pool import password_checks, photo_checks
from server.services.calendar_admin import CalendarSync
from server.services.case_json import CaseJsonCache
from server.services.feedhub import FeedEvent, FeedHub
from server.services.imagecheck import DecodeBudget
from server.services.indicators import seed_indicators
from server.services.refdata import ReferenceCache, ReferenceData
from server.services.sign_in_limits import AddressLimiter, Limits
from server.services.sla import SlaClock
from server.services.sla_rules import ensure_first_version
from server.services.users import account_of
from server.services.wakeup import PeerWake, folder_for
from server.services.workcalendar import NaturalClock, WorkCalendar
from server.state import AppState, Clock
from server.storage import StorageHealth
from server.text_guard import TextGuardMiddleware

log = logging.getLogger(__name__)
HUB_FETCH_LIMIT = 1000


def clock_of(settings: Settings) -> Clock:
    """The server's clock: the wall clock, shifted by `clock_offset_seconds` if set."""
    if not settings.clock_offset_seconds:
        return utcnow
    return ShiftedClock(timedelta(seconds=settings.clock_offset_seconds))


def prepare_database(db: Database, settings: Settings) -> str:
    """Migrate, seed the reference data and (in demo mode) the demo users; returns the key."""
    now = clock_of(settings)()
    upgrade(db.engine)
    with db.write() as session:
        seed_reference(session)
        ensure_first_version(
            session, ref=ReferenceData.load(session), warn_ratio=settings.warn_ratio, now=now
        )
        seed_rivers(session)
        seed_indicators(session)
        open311_keys.ensure_demo_key(session, settings.demo)
        feed.ensure_head(session)
        key = signing_key(session)
        if settings.demo:
            ensure_demo_users(session)
            seed_demo_patrols(session, settings.demo_patrols, now)
            seed_demo_indicators(session, now)
            seed_demo_cameras(session)
            seed_demo_layers(session, now)
        else:
            remove_demo_cameras(session)
            remove_schematic_layers(session)
            if disable_demo_users(session):
                # Tokens issued to demo users must not outlive demo mode.
                rotate_signing_key(session)
                key = signing_key(session)
    recover_uploads(db, settings)
    return configured_signing_key(settings) or key


def build_state(settings: Settings, *, prepare: bool = True) -> AppState:
    """Open the database (migrated and seeded first, unless `prepare` is off because the
    supervising process did it) and assemble the shared state."""
    db = Database(settings.database_url)
    storage = StorageHealth()
    db.after_commit = storage.recovered
    if prepare:
        key = prepare_database(db, settings)
    else:
        with db.write() as session:
            key = configured_signing_key(settings) or signing_key(session)
    peers = PeerWake(folder_for(settings.database_url)) if settings.workers > 1 else None

    def load_reference() -> ReferenceData:
        with db.read() as session:
            return ReferenceData.load(session)

    reference = ReferenceCache(load_reference)
    sla = SlaClock(WorkCalendar(), NaturalClock(), settings.warn_ratio)
    calendar = CalendarSync(sla)
    with db.read() as session:
        calendar.refresh(session)

    def follow_administration(session: Session, events: list[FeedEvent]) -> None:
        """Another process changed the calendar or the SLA rules: count on the new ones."""
        types = {event.type for event in events}
        if "calendar.changed" in types:
            calendar.refresh(session)
        if "sla_rules.changed" in types:
            reference.invalidate()

    def fetch(after: int) -> tuple[list[FeedEvent], int, int]:
        with db.read() as session:
            last_seq, pruned = feed.head(session)
            if after < 0:
                return [], last_seq, pruned
            rows = session.scalars(
                select(Event)
                .where(Event.seq > max(after, pruned))
                .order_by(Event.seq)
                .limit(HUB_FETCH_LIMIT)
            )
            events = [FeedEvent.of(e) for e in rows]
            follow_administration(session, events)
            return events, last_seq, pruned

    def load_user(user_id: int) -> Account | None:
        with db.read() as session:
            user = session.get(User, user_id)
            return None if user is None else account_of(user)

    return AppState(
        settings=settings,
        db=db,
        reference=reference,
        sla=sla,
        hub=FeedHub(fetch, settings.feed_poll_seconds, peers),
        users=UserCheck(load_user),
        calendar=calendar,
        signing_key=key,
        case_json=CaseJsonCache(settings.case_cache),
        clock=clock_of(settings),
        tokens=TokenCache(settings.token_minutes),
        storage=storage,
        decoding=DecodeBudget(settings.decode_budget_mb * 1_000_000),
        sign_in_addresses=AddressLimiter(Limits.of(settings)),
        password_checks=password_checks(settings.hash_threads, settings.sign_in_queue),
        photo_checks=photo_checks(settings.hash_threads, settings.upload_queue),
    )


_frozen = False


def _freeze_start_up() -> None:
    """Leave everything loaded at start-up out of the collector's full passes, which took
    80 ms with the server's modules in them and stalled every request in flight. Once per
    process: an app started again in the same process (tests) must stay collectable."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


def create_app(settings: Settings, *, background: bool = True, prepare: bool = True) -> FastAPI:
    """The application for these settings; `background=False` leaves the scheduler off (tests
    and worker processes), `prepare=False` skips migrating and seeding (worker processes)."""
    state = build_state(settings, prepare=prepare)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync endpoints share a few threads: the default 40 thrash the GIL on 2 cores.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        workers: list[Worker] = []
        if background:
            workers += [Scheduler(state), Checkpointer(state), DrillDriver(state)]
            if settings.demo and settings.simulator_rate > 0:
                from server.demo.simulator import Simulator

                workers.append(Simulator(state, settings.simulator_rate))
        # Every process serving requests warms its own case cache (workers included).
        if settings.case_cache_warm:
            workers.append(CacheWarmer(state))
        started: list[Worker] = []
        await state.hub.start()
        # Whatever started is stopped, also when a later start fails; each stop sets its
        # thread's event and waits for it a few seconds at most (server.background).
        try:
            _freeze_start_up()
            for worker in workers:
                worker.start()
                started.append(worker)
            yield
        finally:
            for worker in reversed(started):
                worker.stop()
            await state.hub.stop()
            pdf_render.shutdown()
            state.db.dispose()

    app = FastAPI(
        title="cc-server",
        summary="崇川区区域治理现代化指挥中心 — central backend",
        version="0.1.0",
        lifespan=lifespan,
        # Served from shipped files instead (server.api_docs): FastAPI's pages need a CDN.
        docs_url=None,
        redoc_url=None,
    )
    app.state.cc = state
    problem_responses.install(app)
    # Middleware added first runs innermost: unexpected errors are answered nearest the routes.
    app.add_middleware(UnexpectedErrorMiddleware, health=state.storage)
    # Inside the body limit (added after it, so it runs first), which bounds what this reads.
    app.add_middleware(TextGuardMiddleware, dialects={"/open311/": open311.refusal})
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        upload_bytes=settings.upload_max_body_bytes
        or settings.upload_max_files * settings.upload_max_bytes + 1_000_000,
    )
    # The hottest routes first: a request is matched against the routes in this order.
    for module in (cases, events, health, auth, reference, dispatch, supervision):
        app.include_router(module.router)
    app.include_router(dispatch.probe_router)
    for module in (field_reports, patrols, attachments, open311, indicators, kpis, cameras):
        app.include_router(module.router)
    app.include_router(map_routes.router)
    for module in (calendar, sla_rules, users, admin_log, handovers):
        app.include_router(module.router)
    for module in (drill_scenarios, drills, volunteers):
        app.include_router(module.router)
    api_docs.install(app)
    field_app.install(app)
    if settings.demo:
        # The bundled clip, with no token (a media player cannot send one): demo mode only.
        app.include_router(media.router)
    return app


def worker_app() -> FastAPI:
    """A worker process's application (`cc-server --workers N`): settings from CC_* (set by
    the supervisor), database prepared and background work run by the supervisor. It dies
    with the supervisor (server.parent_death)."""
    from server.http_guard import GuardedHttpToolsProtocol
    from server.parent_death import die_with_supervisor

    die_with_supervisor()
    settings = Settings()
    GuardedHttpToolsProtocol.configure(settings.header_max_bytes, settings.header_timeout_seconds)
    return create_app(settings, background=False, prepare=False)
