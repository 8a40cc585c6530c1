"""zh_CN for the shift handover (交接班, issue #16): the brief, its dialog and its PDF.

Keyed by (context, English source), so that no other table's Chinese for the same English
word changes this document's. update.py merges every zh_*.py of this folder.
"""

from __future__ import annotations

_BRIEF = {
    "Came in during the shift": "本班来件",
    "Turned red (督办 reached)": "本班转红（进入督办）",
    "Open 督办 items": "在办督办事项",
    "Extension requests awaiting a decision": "待审批延期申请",
    "Cases parked": "挂账案件",
    "Unsent outbox items": "未发送的待发操作",
    "Draft: not handed over yet": "草稿：尚未交班",
    "Signed by %1 at %2": "%1 已于 %2 签收",
    "Awaiting the incoming officer's signature": "待接班人签收",
    "Brief number": "交接班记录号",
    "Shift": "班次时段",
    "Handed over by": "交班人",
    "Status": "状态",
    "Chongchuan District Governance Command Center": "崇川区区域治理现代化指挥中心",
    "Shift handover brief": "交接班记录",
    "Figures of the shift": "本班数据",
    "Came in by channel": "来件渠道分布",
    "Notes": "交班说明",
    "(none)": "（无）",
    "Printed by %1 at %2": "打印人：%1　打印时间：%2",
    "None.": "无。",
    "Case number": "工单编号",
    "Title": "标题",
    "Department": "承办部门",
    "State": "状态",
    "When": "时间",
    "Note": "说明",
    "… and %1 more.": "……另有 %1 件。",
    "%1 minutes asked": "申请延期 %1 分钟",
    "Action": "操作",
    "Queued at": "记录时间",
    "not sent yet": "尚未发送",
    "conflict: case changed meanwhile": "冲突：案件已被他人更改",
    "refused by the server": "被服务器拒绝",
    "Handed over by: %1": "交班人：%1",
    "Taken over by: %1 (%2)": "接班人：%1（%2）",
    "Taken over by: ____________": "接班人：____________",
}

_DIALOG = {
    "Shift handover": "交接班",
    "Hand over": "交班",
    "Take over": "接班",
    "Save as &PDF…": "存为 PDF(&P)…",
    "P&rint…": "打印(&R)…",
    "Close": "关闭",
    "Notes for the incoming officer: what to watch, what was promised to whom": (
        "给接班人的说明：需关注的事项、对谁作过什么承诺"
    ),
    "Re&fresh figures": "刷新数据(&F)",
    "&Hand over": "交班(&H)",
    "Write the brief (Ctrl+Enter)": "生成交接班记录（Ctrl+Enter）",
    "&Notes:": "交班说明(&N)：",
    "Looking for a brief to sign…": "正在查找待签收的交接班记录…",
    "&Sign as incoming officer": "接班签收(&S)",
    "No handover brief awaits a signature.": "没有待签收的交接班记录。",
    "Your own brief: the officer taking over the shift signs it.": (
        "这是您本人的交班记录，由接班人签收。"
    ),
    "Brief %1 by %2 awaits your signature.": "%2 的第 %1 号交接班记录待您签收。",
    "Notes are kept to 5000 characters.": "交班说明最多 5000 字。",
}

_DESK = {
    "Handing over…": "正在交班…",
    "Writing the handover brief": "正在生成交接班记录",
    "Signing the handover brief": "正在签收交接班记录",
    "Reading the shift's figures": "正在读取本班数据",
    "Reading the outbox": "正在读取待发操作",
    "Reading the latest handover brief": "正在读取最新的交接班记录",
    "Brief %1 handed over; the incoming officer signs it.": (
        "第 %1 号交接班记录已交班，待接班人签收。"
    ),
    "You signed brief %1: the shift is yours.": "您已签收第 %1 号交接班记录，本班由您值守。",
    "Handover brief saved: %1": "交接班记录已保存：%1",
    "%1 handed over the shift: File → Handover… to read and sign.": (
        "%1 已交班：请在“文件 → 交接班…”中阅读并签收。"
    ),
    "You wrote this brief: the officer taking over the shift signs it.": (
        "这是您本人写的交班记录，须由接班人签收。"
    ),
    "This brief was signed already, by %1.": "该交接班记录已由 %1 签收。",
}

_PRINT = {
    "Handover %1.pdf": "交接班记录 %1.pdf",
    "Save the handover brief": "保存交接班记录",
    "PDF (*.pdf)": "PDF 文件 (*.pdf)",
    "Saving the handover brief": "正在保存交接班记录",
    "Handover %1": "交接班记录 %1",
    "Printing the handover brief": "正在打印交接班记录",
}

ZH_HANDOVER: dict[str | tuple[str, str], str] = {
    ("Actions", "Handover (交接班)…"): "交接班…",
    **{("BriefText", k): v for k, v in _BRIEF.items()},
    **{("HandoverDialog", k): v for k, v in _DIALOG.items()},
    **{("HandoverDesk", k): v for k, v in _DESK.items()},
    **{("BriefPrinter", k): v for k, v in _PRINT.items()},
}
