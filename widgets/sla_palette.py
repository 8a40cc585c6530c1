"""The SLA palette (三色预警): the one place for red / yellow / green, their tints and the grey.

Qt widgets, the charts and the theme take their SLA colors from here; the theme's SLA rules
(resources/themes/console.qss) are a block generated from `theme_rules()`, rewritten with
`python -m widgets.sla_palette resources/themes/console.qss` and checked by
tests/unit/test_sla_palette.py. Text on a fill keeps a contrast ratio of at least 4.5.
Values are plain '#rrggbb' strings, no Qt here: `QColor(value)` where Qt wants one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Tone:
    """One SLA color: its fill (badge, chip, bar, tile edge), the text drawn on that fill, and
    its ink (text or a line on the dark theme)."""

    fill: str
    text: str
    ink: str


COLORS = ("red", "yellow", "green")
TONES: dict[str, Tone] = {
    "red": Tone(fill="#d32f2f", text="#ffffff", ink="#ff6b6b"),
    "yellow": Tone(fill="#f9a825", text="#1a1a1a", ink="#f9c74f"),
    "green": Tone(fill="#2e7d32", text="#ffffff", ink="#5cd67a"),
}
NONE = Tone(fill="#5f6b7a", text="#e8edf2", ink="#9fb0c4")  # no color: no clock, closed
# Alerts waiting to be acknowledged (overdue, 督办, 特急 arrivals): the status bar's count, and
# the queue row of the case: flashing between two tints at first, then a steady tint.
ALERT = Tone(fill="#c62828", text="#ffffff", ink=TONES["red"].ink)
ROW_FLASH = ("#961e1e", "#5a1414")
ROW_ALERTED = "#601c22"

FILL = {name: tone.fill for name, tone in TONES.items()} | {"none": NONE.fill}
INK = {name: tone.ink for name, tone in TONES.items()} | {"none": NONE.ink}


def tone(color: str | None) -> Tone:
    """The tone of 'red', 'yellow' or 'green'; NONE for anything else."""
    return TONES.get(color or "", NONE)


def luminance(value: str) -> float:
    """Relative luminance of '#rrggbb' (WCAG 2)."""
    channels = [int(value[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two '#rrggbb' colors (1 to 21; text wants 4.5 or more)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


BEGIN = (
    "/* SLA palette (三色预警), generated: edit widgets/sla_palette.py, then run"
    " `python -m widgets.sla_palette resources/themes/console.qss` */"
)
END = "/* end of the SLA palette */"


def theme_rules() -> list[str]:
    """The theme's SLA colors, one rule a line (sizes and weights stay in the theme)."""
    tones = TONES.items()
    rules = [f'QLabel[chip="{c}"] {{ background: {t.fill}; color: {t.text}; }}' for c, t in tones]
    rules += [f'QLabel#countdown[color="{c}"] {{ color: {t.ink}; }}' for c, t in tones]
    rules.append(f"QFrame#indicatorTile {{ border-left-color: {NONE.fill}; }}")
    rules += [
        f'QFrame#indicatorTile[color="{c}"] {{ border-left-color: {t.fill}; }}' for c, t in tones
    ]
    rules += [f'QLabel#tileGrowth[color="{c}"] {{ color: {t.ink}; }}' for c, t in tones]
    alert = f"background: {ALERT.fill}; color: {ALERT.text};"
    rules.append(f'QToolButton#alertCount[alert="true"] {{ {alert} }}')
    rules.append(f'QLabel#alertsSummary[alert="true"] {{ color: {ALERT.ink}; }}')
    return rules


def themed(qss: str) -> str:
    """The style sheet with its SLA block (re)generated from the palette; appended if absent."""
    block = "\n".join([BEGIN, *theme_rules(), END])
    start = qss.find(BEGIN)
    if start < 0:
        return qss.rstrip("\n") + "\n" + block + "\n"
    end = qss.index(END, start) + len(END)
    return qss[:start] + block + qss[end:]


if __name__ == "__main__":  # rewrite a theme's SLA block after changing the palette
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(themed(path.read_text(encoding="utf-8")), encoding="utf-8")
