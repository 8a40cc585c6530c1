"""cc-server's options and settings (server/cli.py reads the command line): the storage
options every command shares, --version, --now, and the Settings the command line makes
with the environment under it."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from server.config import Settings
from server.version import package_version, schema_head


def storage_arguments(parser: argparse.ArgumentParser) -> None:
    """--database and --data-dir, which serving, backup and restore share."""
    parser.add_argument("--database", help="SQLAlchemy URL (CC_DATABASE_URL)")
    parser.add_argument(
        "--data-dir",
        help="attachments and other files (CC_DATA_DIR; default: cc-data beside the SQLite file)",
    )


class VersionAction(argparse.Action):
    """--version, worked out only when asked (it reads the migrations)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(version_text())
        parser.exit()


def version_text() -> str:
    """What `--version` prints: the release and the schema it migrates to."""
    return f"cc-server {package_version()} (database schema {schema_head()})"


def instant(text: str) -> datetime:
    """--now's instant (ISO 8601 with its offset); a usage error otherwise."""
    from server.demo.clock import parse_instant

    try:
        return parse_instant(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the command line."""
    now = getattr(args, "now", None)
    shift = None if now is None else (now - datetime.now(UTC)).total_seconds()
    overrides = {
        "host": getattr(args, "host", None),
        "port": getattr(args, "port", None),
        "database_url": args.database,
        "data_dir": args.data_dir,
        "demo": getattr(args, "demo", None),
        "simulator_rate": getattr(args, "rate", None),
        "log_level": getattr(args, "log_level", None),
        "workers": getattr(args, "workers", None),
        "clock_offset_seconds": shift,
        "tls_certfile": getattr(args, "tls_cert", None),
        "tls_keyfile": getattr(args, "tls_key", None),
    }
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
