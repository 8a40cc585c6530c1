"""The economy as the district's meeting reads it, on the wall (issue #22): the latest period's
first places and, for a first quarter, 开门红; then the three tiers side by side, lagging first
(落后指标奋力赶超、中游指标紧盯先进、优势指标更加明显), each indicator with its growth and rank.
Every figure is the server's (GET /indicators/review), in type read from 5 m.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from console.wall.panel import WallPanel
from console.wall.scale import WallScale
from widgets.plain_text import PlainLabel

TIERS = ("lagging", "middle", "advantage")
TIER_COLORS = {"lagging": "#ff8a80", "middle": "#ffd54f", "advantage": "#a5d6a7"}


class EconomyView(WallPanel):
    """The review's headline over three columns, one per tier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("economy", self.tr("Economy: the meeting's view"), parent)
        self.headline = PlainLabel(self)
        self.headline.setObjectName("wallSubtitle")
        self.headline.setWordWrap(True)
        self.columns: dict[str, PlainLabel] = {}
        self.tier_titles: dict[str, PlainLabel] = {}
        row = QHBoxLayout()
        for tier in TIERS:
            column = QVBoxLayout()
            title = PlainLabel(self._tier_words(tier), self)
            title.setStyleSheet(f"color: {TIER_COLORS[tier]}; font-weight: bold;")
            lines = PlainLabel(self)
            lines.setObjectName(f"wallTier_{tier}")
            lines.setWordWrap(True)
            lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            column.addWidget(title)
            column.addWidget(lines, 1)
            row.addLayout(column, 1)
            self.columns[tier] = lines
            self.tier_titles[tier] = title
        self.body.addWidget(self.headline)
        self.body.addLayout(row, 1)
        self.review: dict[str, Any] = {}

    def apply_scale(self, scale: WallScale) -> None:
        """Tier names and lines in the wall's body type (the sheet names no size for them)."""
        super().apply_scale(scale)
        for tier in TIERS:
            for label, size in (
                (self.tier_titles[tier], scale.body),
                (self.columns[tier], scale.small),
            ):
                font = QFont(label.font())
                font.setPixelSize(size)
                label.setFont(font)

    def show_review(self, body: dict[str, Any]) -> None:
        """Headline and tiers from the server's review of the latest month or quarter."""
        self.review = body
        items = body.get("indicators") or []
        period = str(body.get("period") or "")
        self.title.setText(self.tr("Economy: %1").replace("%1", _period_words(period)))
        parts = []
        firsts = [str(i["name"]) for i in items if i.get("rank_value") == 1]
        if firsts:
            parts.append(self.tr("First in the city by value: %1").replace("%1", "、".join(firsts)))
        if body.get("first_quarter"):
            parts.append(
                self.tr("Good first quarter: %1 of %2 indicators")
                .replace("%1", str(body.get("good_start_count", 0)))
                .replace("%2", str(len(items)))
            )
        self.headline.setText("  ·  ".join(parts))
        for tier in body.get("tiers") or []:
            label = self.columns.get(str(tier.get("tier")))
            if label is None:
                continue
            lines = [
                f"{m['name']}  {m['growth']:+.1f}%  #{m['rank_growth']}"
                for m in tier.get("indicators") or []
            ]
            label.setText("\n".join(lines) or self.tr("none"))

    def _tier_words(self, tier: str) -> str:
        return {
            "lagging": self.tr("Lagging"),
            "middle": self.tr("Middle"),
            "advantage": self.tr("Advantage"),
        }[tier]


def _period_words(period: str) -> str:
    """2026-02 → 2026年1-2月, 2026-Q1 → 2026年一季度 (the district's own words, in any language)."""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return f"{year}年{'一二三四'[int(quarter) - 1]}季度"
    if len(period) == 7:
        return f"{period[:4]}年1-{int(period[5:])}月"
    return period
