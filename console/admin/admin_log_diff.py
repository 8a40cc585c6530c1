"""Before → after of an admin record: pretty JSON, with what changed highlighted on each side.

`diff_lines(value, other)` lays out `value` as indented JSON and marks the lines that differ
from `other`: keys missing on the other side, values not equal, list items the other list
does not hold. Pure Python (no Qt), so it is tested alone.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

Line = tuple[str, bool]  # text, changed
_MISSING = object()


def _dump(value: Any) -> list[str]:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False).splitlines()


def _whole(value: Any, pad: str, prefix: str, changed: bool) -> list[Line]:
    lines = _dump(value)
    out = [(pad + prefix + lines[0], changed)]
    out += [(pad + line, changed) for line in lines[1:]]
    return out


def _comma(lines: list[Line]) -> list[Line]:
    text, changed = lines[-1]
    return [*lines[:-1], (text + ",", changed)]


@dataclass(frozen=True)
class _Options:
    only_changed: bool
    skipped_text: str


def diff_lines(
    value: Any,
    other: Any = _MISSING,
    *,
    only_changed: bool = False,
    skipped_text: str = "… %1 unchanged",
) -> list[Line]:
    """`value` as pretty JSON lines, each marked when it differs from `other`. With
    only_changed, what equals the other side is left out (a line says how much), except
    the plain values of a changed object in a list, which say which item it is."""
    return _walk(value, other, 0, "", _Options(only_changed, skipped_text), in_list=False)


def _walk(
    value: Any, other: Any, indent: int, prefix: str, opts: _Options, *, in_list: bool
) -> list[Line]:
    pad = "  " * indent
    if other is _MISSING:
        return _whole(value, pad, prefix, True)
    blocks: list[list[Line]] = []
    skipped = 0
    if isinstance(value, dict) and isinstance(other, dict) and value:
        for key, item in value.items():
            theirs = other.get(key, _MISSING)
            same = theirs is not _MISSING and theirs == item
            context = in_list and not isinstance(item, dict | list)
            if opts.only_changed and same and not context:
                skipped += 1
                continue
            name = json.dumps(key, ensure_ascii=False) + ": "
            blocks.append(_walk(item, theirs, indent + 1, name, opts, in_list=False))
        return _wrap(pad + prefix + "{", blocks, skipped, opts, pad + "}")
    if isinstance(value, list) and isinstance(other, list) and value:
        for i, item in enumerate(value):
            if item in other:
                if opts.only_changed:
                    skipped += 1
                    continue
                theirs = item
            elif i < len(other) and isinstance(item, dict) and isinstance(other[i], dict):
                theirs = other[i]
            else:
                theirs = _MISSING
            blocks.append(_walk(item, theirs, indent + 1, "", opts, in_list=True))
        return _wrap(pad + prefix + "[", blocks, skipped, opts, pad + "]")
    return _whole(value, pad, prefix, value != other)


def _wrap(
    opening: str, blocks: list[list[Line]], skipped: int, opts: _Options, closing: str
) -> list[Line]:
    out: list[Line] = [(opening, False)]
    for i, block in enumerate(blocks):
        out += _comma(block) if i < len(blocks) - 1 or skipped else block
    if skipped:
        out.append((closing[:-1] + "  " + opts.skipped_text.replace("%1", str(skipped)), False))
    return [*out, (closing, False)]


def changed_keys(before: Any, after: Any) -> list[str]:
    """The top-level keys whose values differ (both sides objects), in order of appearance."""
    if not isinstance(before, dict) or not isinstance(after, dict):
        return []
    keys = list(before) + [k for k in after if k not in before]
    return [k for k in keys if before.get(k, _MISSING) != after.get(k, _MISSING)]


def side_html(
    value: Any,
    other: Any,
    color: str,
    empty: str,
    *,
    only_changed: bool = False,
    skipped_text: str = "… %1 unchanged",
) -> str:
    """One side as HTML: <pre> with the changed lines on a colored background."""
    if value is None:
        return f"<p><i>{html.escape(empty)}</i></p>"
    theirs = other if other is not None else _MISSING
    lines = diff_lines(value, theirs, only_changed=only_changed, skipped_text=skipped_text)
    body = "\n".join(
        f'<span style="background-color:{color}">{html.escape(text)}</span>'
        if changed
        else html.escape(text)
        for text, changed in lines
    )
    return f"<pre style='margin:0'>{body}</pre>"
