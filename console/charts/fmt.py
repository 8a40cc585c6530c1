"""How the charts write numbers, rates and tiers (the same everywhere, hover and CSV alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.translatable import QT_TRANSLATE_NOOP

DASH = "—"
TIERS = ("advantage", "middle", "lagging")
_TIER = {
    "advantage": QT_TRANSLATE_NOOP("Charts", "Advantage"),
    "middle": QT_TRANSLATE_NOOP("Charts", "Middle"),
    "lagging": QT_TRANSLATE_NOOP("Charts", "Lagging"),
}
_COLOR = {
    "green": QT_TRANSLATE_NOOP("Charts", "Green"),
    "yellow": QT_TRANSLATE_NOOP("Charts", "Yellow"),
    "red": QT_TRANSLATE_NOOP("Charts", "Red"),
}
TIER_COLOR = {"advantage": "green", "middle": "yellow", "lagging": "red"}


def number(value: float | int | None, digits: int = 2) -> str:
    """1234.5 → '1,234.5'; no value → '—'."""
    if value is None:
        return DASH
    text = f"{float(value):,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(value: float | None) -> str:
    """72.5 → '72.5%'; a rate without denominator (None) → '—'."""
    return DASH if value is None else f"{number(value, 1)}%"


def signed_percent(value: float | None) -> str:
    """Growth: 4.2 → '+4.2%', -1 → '-1%'."""
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + percent(value)


def tier_label(code: str | None) -> str:
    """优势 / 中游 / 落后."""
    source = _TIER.get(code or "")
    return QCoreApplication.translate("Charts", source) if source else (code or "")


def rank_text(rank: int | None) -> str:
    """3 → '第3名'."""
    if rank is None:
        return DASH
    return QCoreApplication.translate("Charts", "No. %1").replace("%1", str(rank))


def color_label(code: str | None) -> str:
    """An indicator's color: 绿 / 黄 / 红."""
    source = _COLOR.get(code or "")
    return QCoreApplication.translate("Charts", source) if source else (code or "")
