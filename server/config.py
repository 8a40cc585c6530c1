"""Server settings: one pydantic-settings class, overridable by CC_* environment variables."""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration of one cc-server process."""

    model_config = SettingsConfigDict(env_prefix="CC_", env_file=None, extra="ignore")

    database_url: str = "sqlite:///cc-server.db"
    host: str = "127.0.0.1"
    port: int = 8700
    demo: bool = False
    # Cases seeded into an empty demo database.
    demo_backlog: int = Field(default=300, ge=0, le=100_000)
    # Simulated new cases per minute in demo mode (0 switches the simulator off).
    simulator_rate: float = Field(default=6.0, ge=0)
    # Share of a step's limit after which a case turns yellow, and red (100 %).
    warn_ratio: float = Field(default=0.8, gt=0, lt=1)
    # How often the SLA scheduler recolors cases and runs the escalation ladder.
    sla_tick_seconds: float = Field(default=5.0, gt=0)
    token_minutes: int = Field(default=12 * 60, gt=0)
    # The token signing key from outside the database (CC_TOKEN_KEY, or a file readable by the
    # server alone: CC_TOKEN_KEY_FILE); default: a key kept in the database, made on first use.
    token_key: str | None = Field(default=None, min_length=32, repr=False)
    token_key_file: str | None = None
    # Wrong passwords in a row that lock an account, per client address in a window, and how
    # long a lock (and the window) lasts (server/services/sign_in_limits.py).
    sign_in_failures: int = Field(default=5, ge=1)
    sign_in_address_failures: int = Field(default=30, ge=1)
    sign_in_lock_minutes: float = Field(default=15.0, gt=0)
    # A refused sign-in (429) is answered after this delay, so that a guesser cannot loop on
    # cheap refusals flat out.
    sign_in_tarpit_seconds: float = Field(default=1.0, ge=0)
    # Password checks (argon2: ~0.2 s of a core each) and photo checks run on threads of their
    # own, this many each, so that they never take the threads every other route runs on; at
    # most `sign_in_queue` sign-ins and `upload_queue` uploads more wait, the next get 503.
    hash_threads: int = Field(default_factory=lambda: max(1, (os.cpu_count() or 2) // 2), ge=1)
    sign_in_queue: int = Field(default=32, ge=0)
    upload_queue: int = Field(default=16, ge=0)
    # Events older than this are pruned; a follower behind the window gets 410.
    feed_retention_days: int = Field(default=30, gt=0)
    feed_poll_seconds: float = Field(default=0.5, gt=0)
    # Sync endpoints share a small thread pool: 40 threads thrash the GIL on 2 cores.
    worker_threads: int = Field(default=4, ge=1)
    # HTTP worker processes (one per core on a multi-core host); the SLA scheduler and the
    # simulator then run in the supervising process, and commits wake every worker's feed.
    workers: int = Field(default=1, ge=1, le=64)
    max_body_bytes: int = Field(default=1_000_000, gt=0)
    # A request's line and headers: at most this many bytes (431), all arrived within this
    # many seconds of its first byte (408); server/http_guard.py.
    header_max_bytes: int = Field(default=64 * 1024, ge=8 * 1024)
    header_timeout_seconds: float = Field(default=10.0, gt=0)
    # Cases whose list JSON each process keeps (about 1 KB each): enough for every open case
    # and the recently ended ones, so that a console's snapshot is served from memory.
    case_cache: int = Field(default=150_000, ge=1)
    # Fill that cache after start-up, in the background (open cases and those ended in the
    # last week, most urgent first), so that the first console to load finds it warm.
    case_cache_warm: bool = True
    log_level: str = "info"
    # Photos and other evidence files, never under a served directory; default: `cc-data`
    # beside the SQLite file, or ./cc-data for other databases (CC_DATA_DIR).
    data_dir: str | None = None
    # Limits of one uploaded photo (JPEG or PNG, checked by content) and of one upload.
    upload_max_bytes: int = Field(default=5_000_000, gt=0)
    upload_max_files: int = Field(default=6, ge=1, le=50)
    # A whole upload request; default: all the photos it may carry plus 1 MB of form fields.
    upload_max_body_bytes: int | None = Field(default=None, gt=0)
    # Decoding a 50-megapixel PNG takes ~200 MB; larger images are refused before decoding.
    upload_max_pixels: int = Field(default=50_000_000, gt=0)
    # Memory for decoding photos (thumbnails), shared by all uploads of a process: beyond it
    # uploads wait a few seconds, then get 503 with Retry-After (a 50-megapixel PNG: 200 MB).
    decode_budget_mb: int = Field(default=256, ge=16)
    # Patrol records seeded into an empty demo database, for the river charts.
    demo_patrols: int = Field(default=40, ge=0, le=10_000)
    # Pace of the demo live streams (/media/live/…) relative to real time; tests speed it up.
    demo_live_speed: float = Field(default=1.0, gt=0, le=1000)
    # Run as if the wall clock were this many seconds ahead (behind, if negative): every
    # route, background job and seed reads that clock (`cc-server --now` sets it; worker
    # processes inherit it, so they agree). For demos and tests of awkward moments.
    clock_offset_seconds: float = 0.0
    # The offline basemap (server/map/tiles.py): an .mbtiles file or a folder of
    # {z}/{x}/{y}.png tiles; none: the map draws its vector layers alone.
    map_tiles: str | None = None
    # HTTPS served by cc-server itself (the center's certificate and key, PEM): phones give the
    # field app GPS only on a secure page. Behind a TLS reverse proxy leave both unset.
    tls_certfile: str | None = None
    tls_keyfile: str | None = None
    # The one Open311 jurisdiction this server answers for.
    open311_jurisdiction: str = "chongchuan.nantong.gov.cn"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
