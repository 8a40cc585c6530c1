"""zh_CN for the charts pane: indicator tiles, trend, ranking, case KPIs, intake, river, import.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese).
"""

from __future__ import annotations

ZH_CHARTS: dict[str, str] = {
    # Panes, Actions
    "Charts": "图表",
    "Import indicator data…": "导入经济指标数据…",
    # ChartFrame
    "Export": "导出",
    "Save the chart as a PNG picture or its data as CSV": "把图表存为 PNG 图片，或把数据存为 CSV",
    "Picture (PNG)…": "图片 (PNG)…",
    "Data (CSV)…": "数据 (CSV)…",
    "Saving the chart picture": "保存图表图片",
    "Saving the chart data": "保存图表数据",
    "Save chart picture": "保存图表图片",
    "PNG pictures (*.png)": "PNG 图片 (*.png)",
    "Save chart data": "保存图表数据",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    # Charts (fmt)
    "Advantage": "优势",
    "Middle": "中游",
    "Lagging": "落后",
    "Green": "绿",
    "Yellow": "黄",
    "Red": "红",
    "No. %1": "第%1名",
    # ChartsData, ChartsPane
    "Loading chart data": "加载图表数据",
    "Indicators": "经济指标",
    "Cases today": "今日案件",
    "Departments and streets": "部门与街道督考",
    "Import indicators…": "导入指标…",
    "Not available: %1": "暂无数据：%1",
    # ImportDialog
    "Import indicator data": "导入经济指标数据",
    "CSV saved from the statistics bureau's sheet": "统计局报表另存的 CSV 文件",
    "Choose…": "选择…",
    "Import": "导入",
    "Line": "行",
    "Column": "列",
    "What to fix": "需要改正",
    "Columns: period, area, indicator, value, growth, target (Chinese or English names). "
    "Nothing is stored unless every line is right.": (
        "列：期间、地区、指标、本期累计、同比增长、目标增速（中文或英文列名均可）。"
        "只有每一行都正确才会保存。"
    ),
    "Choose a CSV file first.": "请先选择 CSV 文件。",
    "Importing…": "正在导入…",
    "Importing indicator data": "导入经济指标数据",
    "Indicator CSV": "指标 CSV 文件",
    "CSV files (*.csv);;All files (*)": "CSV 文件 (*.csv);;所有文件 (*)",
    "Imported %1 rows (%2 replaced) for %3.": "已导入 %1 行（其中替换 %2 行），期间：%3。",
    "Cannot read the file: %1": "无法读取文件：%1",
    "Nothing was imported: %1": "未导入任何数据：%1",
    "Fix the %1 lines below and import again.": "请改正下列 %1 处错误后重新导入。",
    # IndicatorTile, TilesChart
    "%1 · %2": "%1 · %2",
    "%1, %2: %3 %4\nGrowth %5 (target %6)\nRank by value %7, by growth %8, %9": (
        "%1，%2：%3 %4\n同比增长 %5（目标 %6）\n总量排名 %7，增速排名 %8，%9"
    ),
    "Economic indicators": "经济指标",
    "%1 %2": "%1 %2",
    "No indicator data for this period yet.": "本期尚无指标数据。",
    "Period": "期间",
    "Area": "地区",
    "Indicator": "指标",
    "Value": "总量",
    "Unit": "单位",
    "Growth %": "同比增长 %",
    "Target %": "目标增速 %",
    "Rank by value": "总量排名",
    "Rank by growth": "增速排名",
    "Tier": "位次",
    "Color": "颜色",
    # TrendChart
    "Trend": "趋势",
    "Growth": "增速",
    "Other areas": "其他县市区",
    "No trend data yet.": "尚无趋势数据。",
    "%1: %2 %3, growth %4": "%1：%2 %3，同比 %4",
    # RankingChart
    "Ranking": "排名",
    "Ranking (%1)": "排名（%1）",
    "No data for this period.": "本期无数据。",
    "%1 (%2)\nValue %3 %4, %5\nGrowth %6, %7, %8": "%1（%2）\n总量 %3 %4，%5\n同比 %6，增速%7，%8",
    # IntakeChart
    "Cases reported per hour": "每小时受理量",
    "Cases reported per hour today: %1": "今日每小时受理量（共 %1 件）",
    "%1–%2: %3 cases": "%1–%2：%3 件",
    "Hour from": "时段起",
    "Total": "合计",
    # KpiChart
    "Case KPIs today": "今日案件督考",
    "By department": "按部门",
    "By street": "按街道",
    "On-time closure": "按期办结率",
    "Rework": "返工率",
    "Overdue open (click)": "超期未办结（可点击）",
    "%1\nOn-time closure %2 · rework %3\nIntake %4 cases · closure %5": (
        "%1\n按期办结率 %2 · 返工率 %3\n受理 %4 件 · 办结率 %5"
    ),
    "%1: %2 open cases overdue\nClick to show them in the queue": (
        "%1：%2 件超期未办结\n点击在案件队列中查看"
    ),
    "on time %1 · rework %2": "按期 %1 · 返工 %2",
    "Intake": "受理量",
    "On-time closure %": "按期办结率 %",
    "Rework %": "返工率 %",
    "Closure %": "办结率 %",
    "Overdue open": "超期未办结",
    "Score": "得分",
    # OverdueChart
    "Overdue open cases today": "今日超期未办结案件",
    "No figures for today yet.": "今日尚无数据。",
    "Overdue open cases today: now %1, peak %2": "今日超期未办结：当前 %1 件，峰值 %2 件",
    "%1: %2 open cases overdue": "%1：%2 件超期未办结",
    # RiverChart
    "River patrols": "河长巡河",
    "All rivers": "全部河道",
    "Patrols": "巡河次数",
    "Problems found": "发现问题",
    "Problems resolved": "解决问题",
    "Patrols in %1 weeks: %2 (%3 km)": "近%1周巡河%2次(%3公里)",
    "No patrols recorded.": "尚无巡河记录。",
    "%1 (from %2)\n%3 patrols, %4 km\nProblems found %5, resolved %6\nDebris %7 t": (
        "%1（%2 起）\n巡河 %3 次，%4 公里\n发现问题 %5 个，解决 %6 个\n打捞漂浮物 %7 吨"
    ),
    "Week": "周",
    "Week from": "周起始日",
    "Km": "公里",
    "Debris t": "漂浮物(吨)",
}
# The same English word that needs another Chinese one in the charts.
ZH_CHARTS_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ImportDialog", "period"): "期间",
    ("ImportDialog", "area"): "地区",
    ("ImportDialog", "indicator"): "指标",
    ("ImportDialog", "value"): "本期累计",
    ("ImportDialog", "growth"): "同比增长",
    ("ImportDialog", "target"): "目标增速",
    ("ImportDialog", "Import"): "导入",
    ("TrendChart", "Value"): "总量",
    ("KpiChart", "Intake"): "受理量",
}
