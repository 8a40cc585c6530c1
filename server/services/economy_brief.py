"""The 经济运行分析 brief for the district's meeting: one period of `indicator_review` as a
document a leader reads on paper (A4 PDF) or prints as text — the first places and the tiles
first, then 开门红 for a first quarter, the tiers (lagging first), the biggest gaps to catch
up, the year's targets against the time gone by, and each indicator's growth this year.

Rendered like the 通报 bulletin (`bulletin.render_pdf`: the same CJK font and layout).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import IndicatorValue
from server.services.bulletin_pdf import Bulletin
from server.services.indicator_review import ReviewPeriod

TIER_NAMES = {"advantage": "优势指标", "middle": "中游指标", "lagging": "落后指标"}
TIER_WORDS = {
    "lagging": "落后指标奋力赶超",
    "middle": "中游指标紧盯先进",
    "advantage": "优势指标更加明显",
}
GAPS_SHOWN = 5


def period_words(period: ReviewPeriod) -> str:
    """The period as the meeting says it: 2026年1-2月, 2026年一季度 (1-3月), 2026年全年."""
    if period.kind == "year":
        return f"{period.year}年全年"
    if period.kind == "quarter":
        quarter = "一二三四"[period.month // 3 - 1]
        return f"{period.year}年{quarter}季度（1-{period.month}月）"
    return f"{period.year}年1-{period.month}月"


def compose(session: Session, review: dict[str, Any], period: ReviewPeriod) -> Bulletin:
    """The brief of one review (as `indicator_review.review` gives it)."""
    items = review["indicators"]
    area = review["area_name"]
    first_places = [i["name"] for i in items if i["rank_value"] == 1]
    headline = (
        f"{'、'.join(first_places)}总量居全市第一。" if first_places else "无总量居全市第一的指标。"
    )
    sections: list[tuple[str, list[str]]] = [("总体情况", [headline, *_tile_lines(items)])]
    if review["first_quarter"]:
        sections.append(("首季开门红", _good_start_lines(items, review["good_start_count"])))
    for tier in review["tiers"]:
        sections.append((TIER_WORDS[tier["tier"]], _tier_lines(tier["indicators"])))
    sections.append(("赶超差距", _gap_lines(items)))
    targets = [i for i in items if i["target_progress"] is not None]
    if targets:
        sections.append(("年度目标进度", _target_lines(targets, review["time_progress"])))
    sections.append(("增速走势（本年各月累计同比）", _trend_lines(session, review, period)))
    return Bulletin(
        title=f"{area}经济运行分析",
        subtitle=f"{period_words(period)} · 与上年末（{review['year_end_period']}）及全市各地比较",
        sections=sections,
        footer="数据：统计部门月度累计数；季度、全年由月度累计推出。名次为全市十个县（市、区）中的位次。",
    )


def _signed(number: float, unit: str = "") -> str:
    return f"{number:+.1f}{unit}"


def _tile_lines(items: list[dict[str, Any]]) -> list[str]:
    lines = []
    for item in items:
        moved = item["year_end"]
        since = (
            f"，较上年末增速{_signed(moved['growth_change'], '个百分点')}、"
            f"增速位次{_places(moved['rank_growth_change'])}"
            if moved
            else ""
        )
        lines.append(
            f"{item['name']}：{item['value']:g}{item['unit']}，同比{_signed(item['growth'], '%')}，"
            f"总量第{item['rank_value']}、增速第{item['rank_growth']}"
            f"（{TIER_NAMES[item['tier']]}）{since}"
        )
    return lines


def _places(change: int) -> str:
    if change > 0:
        return f"前移{change}位"
    if change < 0:
        return f"后移{-change}位"
    return "持平"


def _good_start_lines(items: list[dict[str, Any]], count: int) -> list[str]:
    lines = [f"{count}项指标实现开门红（增速达到目标、增速位次不低于上年末）。"]
    for item in items:
        start = item.get("good_start")
        if start is None:
            continue
        reasons = []
        if not start["growth_met"]:
            target = item["target"] if item["target"] is not None else 0.0
            reasons.append(f"增速未达目标{target:g}%")
        if not start["rank_held"]:
            reasons.append("增速位次后移")
        verdict = "是" if start["answer"] else f"否（{'，'.join(reasons)}）"
        lines.append(f"{item['name']}：{verdict}")
    return lines


def _tier_lines(members: list[dict[str, Any]]) -> list[str]:
    if not members:
        return ["无。"]
    lines = []
    for member in members:
        changed = member["changed"]
        since = ""
        if changed is not None:
            tier_move = (
                f"，由{TIER_NAMES[changed['tier_before']]}调整而来"
                if changed["tier_before"] != _tier_of(member)
                else ""
            )
            since = (
                f"；较{changed['since']}增速{_signed(changed['growth_change'], '个百分点')}、"
                f"位次{_places(changed['rank_growth_change'])}{tier_move}"
            )
        lines.append(
            f"{member['name']}：增速{_signed(member['growth'], '%')}，"
            f"全市第{member['rank_growth']}{since}"
        )
    return lines


def _tier_of(member: dict[str, Any]) -> str:
    rank = member["rank_growth"]
    return "advantage" if rank <= 3 else "middle" if rank <= 7 else "lagging"


def _gap_lines(items: list[dict[str, Any]]) -> list[str]:
    """The largest growth gaps to the next area above first (where catching up is hardest)."""
    behind = [i for i in items if i["gap_growth"]["next_above"] is not None]
    behind.sort(key=lambda i: -i["gap_growth"]["next_above"]["gap"])
    lines = []
    for item in behind[:GAPS_SHOWN]:
        above = item["gap_growth"]["next_above"]
        leader = item["gap_growth"]["leader"]
        first = f"落后第一位{leader['area_name']}{leader['gap']:.1f}个百分点"
        if above["area"] != leader["area"]:
            first = f"落后前一位{above['area_name']}{above['gap']:.1f}个百分点，{first}"
        lines.append(f"{item['name']}：增速{first}")
    for item in items:
        above = item["gap_value"]["next_above"]
        if above is not None and item["rank_value"] <= 3:
            lines.append(
                f"{item['name']}总量第{item['rank_value']}，距前一位{above['area_name']}"
                f"{above['gap']:g}{item['unit']}"
            )
    return lines or ["各项指标增速均居全市首位。"]


def _target_lines(items: list[dict[str, Any]], elapsed: float) -> list[str]:
    lines = [f"时序进度{elapsed:.1%}。"]
    for item in items:
        progress = item["target_progress"]
        verdict = "快于" if progress["on_pace"] else "慢于"
        lines.append(
            f"{item['name']}：完成年度目标{progress['target']:g}{item['unit']}的"
            f"{progress['progress']:.1%}，{verdict}时序进度"
        )
    return lines


def _trend_lines(session: Session, review: dict[str, Any], period: ReviewPeriod) -> list[str]:
    stored = session.scalars(
        select(IndicatorValue)
        .where(
            IndicatorValue.area == review["area"],
            IndicatorValue.period >= f"{period.year}-02",
            IndicatorValue.period <= period.month_period,
        )
        .order_by(IndicatorValue.period)
    )
    growth: dict[str, list[str]] = {}
    for value in stored:
        growth.setdefault(value.indicator, []).append(
            f"{int(value.period[5:])}月{value.growth:+.1f}"
        )
    names = {item["indicator"]: item["name"] for item in review["indicators"]}
    return [
        f"{names[code]}：{' '.join(points)}" for code, points in growth.items() if code in names
    ]
