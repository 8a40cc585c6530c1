"""zh_CN for the everyday 12345 work (issue #13): correcting a case, caller search, evidence
from disk, the 回访 worklist, the queue to Excel, the 交办单, the call form's city 交办,
camera sightings and 直办.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese). Tuple keys are (context, source).
"""

from __future__ import annotations

ZH_EVERYDAY: dict[str | tuple[str, str], str] = {
    # Actions (console/shell/everyday.py)
    "Correct case…": "更正案件…",
    "Attach photo from disk…": "从本地添加照片…",
    "Print assignment sheet…": "打印交办单…",
    "Save assignment sheet as PDF…": "交办单存为 PDF…",
    "Find caller by phone…": "按来电号码查询…",
    "Callbacks (回访)…": "回访工作单…",
    "Export queue to Excel…": "导出队列到 Excel…",
    # Everyday
    "Select an open case to correct.": "请先选择一件未办结的案件再更正。",
    "Select a case first: the photo is attached to it.": "请先选择案件：照片将添加到该案件。",
    "%1 (%2) selected.": "已选中 %1（%2）。",
    "Queue exported to %1": "队列已导出到 %1",
    "Assignment sheet saved: %1": "交办单已保存：%1",
    "Assignment sheet of %1 sent to the printer.": "%1 的交办单已发送到打印机。",
    # CorrectDialog, CorrectionTexts
    "Correct case %1": "更正案件 %1",
    "Required: why the case is corrected": "必填：更正原因",
    "&Send correction": "提交更正(&S)",
    "Close": "关闭",
    "S&treet": "街道(&T)",
    "&Reason": "更正原因(&R)",
    "(none)": "（无）",
    "%1 %2 — %3, version %4": "%1 %2 — %3，版本 %4",
    "Give the reason for the correction.": "请填写更正原因。",
    "Sending the correction…": "正在提交更正…",
    "Offline: the correction is saved and sent when the connection is back.": (
        "离线：更正已保存，连接恢复后自动发送。"
    ),
    "Correction applied.": "更正已生效。",
    "Reading the correction": "读取更正结果",
    "none": "无",
    "%1: %2 → %3": "%1：%2 → %3",
    "Category not recognised: pick one from the list (↓ lists them).": (
        "未识别的问题类别：请从列表中选择（按 ↓ 列出）。"
    ),
    "Nothing changed yet: change a field, then give the reason.": (
        "尚未修改：请先修改字段，再填写原因。"
    ),
    "Will change: %1": "将更正：%1",
    "Corrected: %1.": "已更正：%1。",
    "nothing": "无",
    "SLA clock: unchanged, it runs on as before.": "办理时限：未变，照常计时。",
    "SLA clock of the %1 step: limit %2 → %3; due %4 → %5.": (
        "%1环节时限：%2 → %3；到期 %4 → %5。"
    ),
    "Now: %1.": "当前：%1。",
    "It now counts natural time, nights and holidays included.": (
        "现按自然时间计时（含夜间和节假日）。"
    ),
    "It now counts working time only.": "现按工作时间计时。",
    # CallerSearchDialog
    "Find caller by phone": "来电号码查询",
    "Caller's &phone (part of it)": "来电号码（可输入部分）(&P)",
    "at least 3 digits, e.g. 5678": "至少 3 位数字，如 5678",
    ("CallerSearchDialog", "Reported"): "来电时间",
    "Type at least 3 digits of the caller's number.": "请输入来电号码中的至少 3 位数字。",
    "Searching…": "正在查询…",
    "Finding the caller": "查询来电人",
    "%1 case(s): ↓ to the list, Enter shows the case in the queue.": (
        "共 %1 件：按 ↓ 进入列表，回车在队列中定位案件。"
    ),
    "No case with these digits in the caller's number.": "没有来电号码含这些数字的案件。",
    "The search failed: %1": "查询失败：%1",
    # AttachFromDisk, AttachmentStrip
    "Attach photos to %1": "为 %1 添加照片",
    "Photos (*.jpg *.jpeg *.png);;All files (*)": "照片 (*.jpg *.jpeg *.png);;所有文件 (*)",
    "From disk: %1": "本地文件：%1",
    "Attaching “%1” to %2…": "正在将“%1”添加到 %2…",
    "Attaching a photo": "添加照片",
    "Photo “%1” attached to %2.": "照片“%1”已添加到 %2。",
    "Photo not attached": "照片未添加",
    "“%1” was not attached to %2.": "“%1”未能添加到 %2。",
    "The file is not a JPEG or PNG photo, whatever its name says (the server checks the "
    "content): %1 Only photos can be kept as evidence.": (
        "该文件不是 JPEG 或 PNG 照片（服务器按文件内容检查，与文件名无关）：%1 "
        "只有照片可以作为证据保存。"
    ),
    "The photo is too large for the server (at most 5 MB): %1": "照片过大（最大 5 MB）：%1",
    "The file %1 cannot be read: %2": "无法读取文件 %1：%2",
    # CallbackWorklist, CallbackForm
    "Callbacks (回访)": "回访工作单",
    "Re&load": "刷新(&L)",
    "Caller": "来电人",
    "Loading the callback worklist": "读取回访工作单",
    "Reading the caller's number": "读取来电号码",
    "Recording the callback…": "正在登记回访…",
    "The worklist could not be loaded: %1": "回访工作单读取失败：%1",
    "%1 closed case(s) of the last %2 days wait for a callback; %3 to verify.": (
        "近 %2 天已结案待回访 %1 件；待核查 %3 件。"
    ),
    "Offline: the callback is saved and sent when the connection is back.": (
        "离线：回访已保存，连接恢复后自动发送。"
    ),
    "Callback of %1 recorded: %2.": "%1 回访已登记：%2。",
    "&Record callback": "登记回访(&R)",
    "&Note": "回访记录(&N)",
    "Choose a case in the list.": "请在列表中选择案件。",
    "Caller: %1  %2": "来电人：%1  %2",
    "Handled by %1, closed %2": "承办：%1，结案：%2",
    "To verify: verify and close the case first, then call back.": (
        "待核查：请先核查结案，再行回访。"
    ),
    "Choose the result: satisfied, basically satisfied or unsatisfied.": (
        "请选择回访结果：满意、基本满意或不满意。"
    ),
    "Unsatisfied: write why in the note (it is the reason to reopen).": (
        "不满意：请在回访记录中写明原因（作为重办依据）。"
    ),
    "Required: why the caller is unsatisfied": "必填：群众不满意的原因",
    "What the caller said (optional)": "群众意见（选填）",
    # QueueExport
    "Case queue %1.xlsx": "案件队列 %1.xlsx",
    "Export the queue": "导出队列",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Exporting the queue": "导出队列",
    # AssignmentSheet
    "Assignment sheet %1.pdf": "交办单 %1.pdf",
    "Save the assignment sheet": "保存交办单",
    "PDF (*.pdf)": "PDF 文件 (*.pdf)",
    "Saving the assignment sheet": "保存交办单",
    "Assignment sheet %1": "交办单 %1",
    "Printing the assignment sheet": "打印交办单",
    "Reading the case for its assignment sheet": "读取案件以生成交办单",
    "Case number": "案件编号",
    "Description": "问题描述",
    "not dispatched": "尚未派遣",
    "Deadline": "办理时限",
    "no clock running": "未计时",
    "Reported at": "反映时间",
    "City reference": "市交办编号",
    "City deadline": "市交办时限",
    "Printed by %1 at %2": "打印人：%1　打印时间：%2",
    "Chongchuan District Governance Command Center": "崇川区区域治理现代化指挥中心",
    "Assignment sheet": "交办单",
    "anonymous": "匿名",
    # ChannelFields, DirectAnswer, IntakeTexts, IntakeExtras, IntakeWork, SimilarCases
    "The number on the city's 交办单": "市交办单上的编号",
    "Type part of the camera's name": "输入摄像头名称的一部分",
    "Take the wall's frame (&Z)": "取视频墙画面(&Z)",
    "Photo from disk… (&X)": "本地照片…(&X)",
    "The chosen slot of the video wall (F8): its camera and its picture now": (
        "视频墙（F8）当前选中画面：其摄像头及此刻画面"
    ),
    "A JPEG or PNG photo saved on this computer": "本机保存的 JPEG 或 PNG 照片",
    "&Where from": "来源(&W)",
    "City &job no.": "市交办编号(&J)",
    "Due b&y": "市交办时限(&Y)",
    "Camera (&K)": "摄像头(&K)",
    "Frame": "画面",
    "no frame": "无画面",
    "no live picture": "无实时画面",
    "Frame or photo of the sighting": "发现问题的画面或照片",
    "Answered on the phone — close at intake (&B)": "电话已答复，受理即办结(&B)",
    "Alt+B. For a consultation or a request for help the officer answered: the case is "
    "created closed, with the answer, and is never dispatched.": (
        "Alt+B。咨询或求助类来电已当场答复：案件以答复内容直接办结，不再派遣。"
    ),
    "The answer given to the caller (required)": "答复内容（必填）",
    "The case will be created CLOSED: it is not dispatched.": "案件将直接办结，不再派遣。",
    "Direct answer": "直办",
    "Answer (&Q)": "答复(&Q)",
    "Alt+W. A 12345 call, a case the city assigned, or a camera sighting.": (
        "Alt+W。12345 来电、市级交办或视频发现。"
    ),
    "Alt+J. As printed on the city's sheet.": "Alt+J。与市交办单上一致。",
    "Alt+Y. The deadline the city set; it must lie ahead.": (
        "Alt+Y。市里规定的办理时限，须晚于现在。"
    ),
    "Alt+K. The camera that saw it.": "Alt+K。发现问题的摄像头。",
    "Alt+Q. Kept as the note of the closing step.": "Alt+Q。作为办结环节的意见保存。",
    "At most 40 characters, as on the city's sheet": "最多 40 个字符，与市交办单一致",
    "Give the city's deadline: ahead of now, within a year": "请填写市交办时限：晚于现在，一年以内",
    "Choose a camera from the list": "请从列表中选择摄像头",
    "Write the answer given (only consultations and requests for help are answered at "
    "intake)": "请填写答复内容（仅咨询、求助类可直办）",
    "Choose where the case came from": "请选择案件来源",
    "Answe&r and close": "答复并办结（直办）(&R)",
    "Loading the cameras": "读取摄像头",
    "Case %1 answered on the phone and closed at intake (直办). Ready for the next call.": (
        "案件 %1 已电话答复并直接办结（直办）。可接听下一个来电。"
    ),
    "Case %1 created with its frame attached. Ready for the next call.": (
        "案件 %1 已登记，画面已作为证据添加。可接听下一个来电。"
    ),
    "Case %1 was created, but its frame was not attached: %2 Select the case and attach it "
    "from disk (Ctrl+Shift+I).": (
        "案件 %1 已登记，但画面未能添加：%2 请选中该案件后从本地添加（Ctrl+Shift+I）。"
    ),
    "The cameras could not be loaded: %1": "摄像头列表读取失败：%1",
    "★ likely the same matter (preselected).": "★ 很可能是同一件事（已预选）。",
}
