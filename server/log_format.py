"""How cc-server logs: plain lines or one JSON object a line (`--log-format json`), with or
without the access log (`--access-log`), the same in every process (the supervisor and each
worker apply this configuration; uvicorn hands it to the workers)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FORMATS = ("text", "json")
# The attributes every LogRecord has; anything else was passed with `extra=` and is kept.
# uvicorn's `color_message` repeats the message with terminal colours.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "color_message",
}
_ACCESS_FIELDS = ("client", "method", "path", "http_version", "status")


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ms), level, logger, message, pid, and for the
    access log the request's fields apart (client, method, path, http_version, status), so
    that a log collector needs no pattern to read them."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        if record.name == "uvicorn.access" and isinstance(record.args, tuple):
            if len(record.args) == len(_ACCESS_FIELDS):
                entry.update(zip(_ACCESS_FIELDS, record.args, strict=True))
        for name, value in vars(record).items():
            if name not in _STANDARD and name not in entry:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(level: str, log_format: str, *, access_log: bool = False) -> dict[str, Any]:
    """A `logging.config.dictConfig` for the server and uvicorn alike: every logger goes to
    stderr through the root's one handler (systemd's journal takes it from there). The
    access log, when asked for, is written at any level (its lines are INFO)."""
    if log_format not in FORMATS:
        raise ValueError(f"log format must be one of {', '.join(FORMATS)}")
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"} if log_format == "json" else {"format": TEXT_FORMAT}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"cc": formatter},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "cc",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"level": level.upper(), "handlers": ["stderr"]},
        # uvicorn's loggers through the root's handler, not handlers of their own.
        "loggers": {
            # A level of their own: at none (NOTSET) uvicorn would prepare its TRACE lines.
            "uvicorn": {"handlers": [], "propagate": True, "level": level.upper()},
            "uvicorn.error": {"handlers": [], "propagate": True, "level": level.upper()},
            "uvicorn.access": {
                "handlers": [],
                "propagate": True,
                "level": "INFO" if access_log else "WARNING",
            },
        },
    }
