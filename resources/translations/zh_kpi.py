"""zh_CN for the 督考 page: the KPI table of any period, its columns, the cases behind a figure,
the .xlsx export and the administrator's score weights.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese). Words that read otherwise elsewhere are
keyed by (context, text).
"""

from __future__ import annotations

ZH_KPI: dict[str | tuple[str, str], str] = {
    # KpiColumns
    ("KpiColumns", "Name"): "名称",
    ("KpiColumns", "Intake"): "受理量",
    ("KpiColumns", "On-time dispatch"): "按时派遣率",
    ("KpiColumns", "Closure"): "结案率",
    ("KpiColumns", "On-time closure"): "按期结案率",
    ("KpiColumns", "Rework"): "返工率",
    ("KpiColumns", "Return"): "退单率",
    ("KpiColumns", "Extension"): "延期率",
    ("KpiColumns", "Satisfaction"): "满意率",
    ("KpiColumns", "Mean hours"): "平均时长(时)",
    ("KpiColumns", "Open"): "未办结",
    ("KpiColumns", "Overdue now"): "当前超期",
    ("KpiColumns", "Score"): "得分",
    ("KpiColumns", "Department"): "部门",
    ("KpiColumns", "Street"): "街道",
    "%1 of %2 cases": "%2 件中的 %1 件",
    "%1 cases": "%1 件",
    "Double-click to list them": "双击列出这些案件",
    "Score = volume tier (%1/%2/%3) + %4 × closure + %5 × on-time closure + %6 × (100 − rework)": (
        "得分 = 受理量档位(%1/%2/%3) + %4 × 结案率 + %5 × 按期结案率 + %6 × (100 − 返工率)"
    ),
    # KpiPage
    "Case KPIs (督考)": "督考",
    "Score weights…": "得分权重…",
    "Workbook (.xlsx)…": "Excel 工作簿 (.xlsx)…",
    "Save the page as a picture, or the table as CSV or an Excel workbook": (
        "把本页存为图片，或把表格存为 CSV 或 Excel 工作簿"
    ),
    "Case KPIs, %1: intake %2 · closure %3 · overdue now %4 · score %5": (
        "督考 %1：受理 %2 件 · 结案率 %3 · 当前超期 %4 件 · 得分 %5"
    ),
    " (weights version %1, set by %2)": "（权重第 %1 版，%2 设定）",
    " (the default weights)": "（默认权重）",
    "No cases in this period.": "本期间尚无案件。",
    "Period": "期间",
    "From": "自",
    "To": "至",
    "Rows": "分组",
    ("KpiPage", "Score"): "得分",
    "Exported": "导出时间",
    ("KpiPage", "By"): "导出人",
    "Case KPIs": "督考",
    "Exporting the KPI table": "导出督考表",
    "Case KPIs %1.xlsx": "督考 %1.xlsx",
    "Export the KPI table": "导出督考表",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    # PeriodPicker
    "Today": "今日",
    "This week": "本周",
    "This month": "本月",
    "This quarter": "本季度",
    "Days…": "自选日期…",
    "The period of the table (Asia/Shanghai)": "统计期间（北京时间）",
    # KpiChart
    "today": "今日",
    "Case KPIs %4: on-time closure %1, rework %2, overdue open %3": (
        "督考（%4）：按期结案率 %1，返工率 %2，超期未办结 %3 件"
    ),
    "On-time closure %1, rework %2, overdue open %3": "按期结案率 %1，返工率 %2，超期未办结 %3 件",
    " (the worst %1 of %2 rows)": "（%2 行中最差的 %1 行）",
    # KpiCasesDialog
    "Cases behind the figure": "数字背后的案件",
    "Cases behind: %1": "案件明细：%1",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "Loading the cases…": "正在加载案件…",
    "Loading the cases": "加载案件",
    "Could not load the cases: %1": "无法加载案件：%1",
    ("KpiCasesDialog", "Case"): "案件",
    ("KpiCasesDialog", "State"): "状态",
    ("KpiCasesDialog", "Department"): "承办部门",
    ("KpiCasesDialog", "Street"): "街道",
    ("KpiCasesDialog", "Title"): "标题",
    ("KpiCasesDialog", "Created"): "受理时间",
    "%1 cases; the first %2 are listed. Enter shows one in the queue.": (
        "共 %1 件，列出前 %2 件。回车在队列中显示所选案件。"
    ),
    "%1 cases. Enter shows one in the queue and the detail pane.": (
        "共 %1 件。回车在队列和详情中显示所选案件。"
    ),
    # KpiWeightsDialog
    "Score weights": "得分权重",
    "Volume tier, intake ≥ ⅔ of the largest (points)": "受理量档位：≥ 最大受理量的 ⅔（分）",
    "Volume tier, intake ≥ ⅓ of the largest (points)": "受理量档位：≥ 最大受理量的 ⅓（分）",
    "Volume tier, any smaller intake (points)": "受理量档位：更少的受理量（分）",
    "× closure rate": "× 结案率",
    "× on-time closure rate": "× 按期结案率",
    "× (100 − rework rate)": "× (100 − 返工率)",
    ("KpiWeightsDialog", "Note"): "说明",
    "why (kept in the admin log)": "修改原因（记入管理日志）",
    "Domain defaults": "恢复默认",
    "Loading the weights…": "正在加载权重…",
    "Loading the score weights": "加载得分权重",
    "Version %1, set by %2.": "第 %1 版，%2 设定。",
    "The domain's default weights (version 0).": "默认权重（第 0 版）。",
    "Saving…": "正在保存…",
    "Saving the score weights": "保存得分权重",
    "Another administrator saved version %1 meanwhile: start again from it.": (
        "另一位管理员已保存第 %1 版：请在此基础上重新修改。"
    ),
    "Best possible score: %1 + 100 × (%2 + %3 + %4) = %5 (must be 100)": (
        "最高可得分：%1 + 100 × (%2 + %3 + %4) = %5（须为 100）"
    ),
}
