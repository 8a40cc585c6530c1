"""A case snapshot's NDJSON answer read line by line (`ApiClient.stream_cases`): its lines
without copying megabytes again per chunk, its batches, and the error of an answer that did
not come whole. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import orjson

from console.api.errors import ServerUnavailable
from console.api.results import CaseBatch

# A case snapshot is read in chunks this large (a line holds up to 500 cases, ~0.5 MB).
SNAPSHOT_CHUNK = 256 * 1024


def cut(detail: str) -> ServerUnavailable:
    """The error of a snapshot that did not come whole."""
    title = "Incomplete answer"
    detail = f"The server's answer stopped before the end ({detail}); load the cases again."
    return ServerUnavailable(0, title, detail, {"title": title, "status": 0, "detail": detail})


def lines(chunks: Iterator[bytes]) -> Iterator[bytes | bytearray | memoryview]:
    """The lines of a byte stream, without their "\\n" (the last one even if unended).

    Like `Response.iter_lines`, but copying each byte at most once: a snapshot's lines are
    megabytes long, many chunks each, and iter_lines copies the pending part of a line
    again with every chunk (a fifth of the client's time for a large snapshot).
    """
    pending = bytearray()
    for chunk in chunks:
        view = memoryview(chunk)
        start = 0
        end = chunk.find(b"\n")
        while end >= 0:
            if pending:
                pending += view[start:end]
                yield pending
                pending = bytearray()
            else:
                yield view[start:end]
            start = end + 1
            end = chunk.find(b"\n", start)
        pending += view[start:]
    if pending:
        yield pending


def snapshot_batches(
    lines: Iterator[bytes | bytearray | memoryview], pause: Callable[[], None] | None
) -> Iterator[CaseBatch]:
    """The batches of a snapshot's NDJSON lines; ApiError unless it ends with its end line.
    `pause`, if given, is called before each line is parsed."""
    feed_seq = count = -1
    fields: tuple[str, ...] = ()
    batches = 0
    for number, line in enumerate(lines):
        if not line:
            continue
        if pause is not None:
            pause()
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise cut(f"line {number + 1} is not JSON") from None
        if feed_seq < 0:
            try:
                feed_seq, count = int(value["feed_seq"]), int(value["count"])
                fields = tuple(str(name) for name in value.get("fields") or ())
            except (TypeError, KeyError, ValueError, AttributeError):
                raise cut("no snapshot header") from None
        elif isinstance(value, list):
            if fields and not all(
                row.__class__ is list and len(row) == len(fields) for row in value
            ):
                raise cut(f"line {number + 1} holds a case that is not a row of the fields")
            batches += 1
            yield CaseBatch(feed_seq=feed_seq, count=count, items=value, fields=fields)
            value = None  # the consumer has it: not kept while the next line is parsed
        elif isinstance(value, dict) and value.get("end") is True:
            if not batches:  # nothing matched: still the feed position to follow from
                yield CaseBatch(feed_seq=feed_seq, count=count, items=[], fields=fields)
            return
        else:
            raise cut(f"line {number + 1} is neither cases nor the end")
    raise cut("no end line")
