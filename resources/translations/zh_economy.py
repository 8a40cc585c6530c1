"""zh_CN for the economy review page (issue #22): the meeting's view of 崇川区's indicators for a
month, a quarter or the year, the three tiers and the 经济运行分析 brief.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables.
"""

from __future__ import annotations

ZH_ECONOMY: dict[str | tuple[str, str], str] = {
    ("ChartsPane", "Economy review"): "经济运行",
    ("EconomyReview", "Economy: the meeting's view"): "经济运行分析",
    (
        "EconomyReview",
        "A month, a quarter (cumulative to its last month)",
    ): "月份或季度（累计至季末）",
    ("EconomyReview", "Brief (PDF)…"): "分析简报(PDF)…",
    (
        "EconomyReview",
        "The economic brief of this period, for paper",
    ): "本期经济运行分析简报，可打印",
    ("EconomyReview", "Indicator"): "指标",
    ("EconomyReview", "Cumulative"): "累计值",
    ("EconomyReview", "Growth"): "同比",
    ("EconomyReview", "Rank (value)"): "总量位次",
    ("EconomyReview", "Rank (growth)"): "增速位次",
    ("EconomyReview", "Tier"): "档次",
    ("EconomyReview", "Since year-end"): "较上年末",
    ("EconomyReview", "To catch up"): "赶超（前一位）",
    ("EconomyReview", "Year target"): "年度目标/时序",
    ("EconomyReview", "Good start"): "开门红",
    ("EconomyReview", "Could not load: %1"): "无法加载：%1",
    ("EconomyReview", "Loading the economy review"): "正在加载经济运行分析",
    ("EconomyReview", "First in the city by value: %1"): "总量全市第一：%1",
    ("EconomyReview", "Good first quarter: %1 of %2 indicators"): "首季开门红：%2项指标中%1项",
    ("EconomyReview", "Time gone by: %1"): "时序进度：%1",
    ("EconomyReview", "%1 pts, %2"): "%1个百分点，%2",
    ("EconomyReview", " pts"): "个百分点",
    ("EconomyReview", "yes"): "是",
    ("EconomyReview", "no"): "否",
    ("EconomyReview", "none"): "无",
    ("EconomyReview", "Save the brief"): "保存分析简报",
    ("EconomyReview", "Saving the economy brief"): "正在保存经济运行分析简报",
    ("EconomyReview", "%1 first quarter"): "%1年一季度（首季）",
    ("EconomyReview", "%1 Q%2"): "%1年第%2季度",
    ("EconomyReview", "%1 Jan–Feb"): "%1年1-2月",
    ("EconomyReview", "%1 Jan–%2"): "%1年1-%2月",
    ("EconomyReview", "Lagging: catch up"): "落后指标奋力赶超",
    ("EconomyReview", "Middle: close in on the best"): "中游指标紧盯先进",
    ("EconomyReview", "Advantage: widen the lead"): "优势指标更加明显",
    ("EconomyReview", "lagging"): "落后",
    ("EconomyReview", "middle"): "中游",
    ("EconomyReview", "advantage"): "优势",
    ("EconomyReview", "up %1"): "前移%1位",
    ("EconomyReview", "down %1"): "后移%1位",
    ("EconomyReview", "held"): "持平",
    ("EconomyReview", "Street"): "板块（街道）",
    ("EconomyReview", "Share"): "占比",
    ("EconomyReview", "%1 by street"): "%1 · 分板块",
    ("EconomyReview", "Loading the streets"): "正在加载分板块数据",
    ("EconomyReview", "no street figures imported"): "尚未导入分板块数据",
}
