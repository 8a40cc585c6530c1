"""zh_CN for the dispatch pane, the outbox and its results, bulk work and shortcuts.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese).
"""

from __future__ import annotations

ZH_DISPATCH: dict[str, str] = {
    # ActionSync
    "Opening the outbox": "打开待发送队列",
    "Closing the outbox": "关闭待发送队列",
    "Saving": "保存操作",
    "Sending pending actions": "发送待同步的操作",
    "Acknowledging": "确认问题",
    # Actions
    "Dispatch to the suggested department": "派遣到建议部门",
    "Dispatch to another department…": "派遣到其他部门…",
    "Other action…": "其他操作…",
    "Send the chosen action": "发送所选操作",
    "Dispatch selected cases…": "批量派遣所选案件…",
    "Urge selected cases…": "批量催办所选案件…",
    "Keyboard shortcuts": "键盘快捷键",
    # BulkDialog
    "%1 %2 cases": "%1 %2 件案件",
    "%1 cases selected; %2 will get “%3”.": "已选 %1 件，其中 %2 件将执行“%3”。",
    "%1 cannot in their present state and are left out.": "另有 %1 件当前状态不能执行，不会发送。",
    "(category rule for %1 of them)": "(其中 %1 件按类别规则应派此部门)",
    "Note sent with every case (optional)": "随每件案件发送的说明(选填)",
    "Dispatch all of them to:": "全部派遣到：",
    # CaseDetailPane
    "To %1.": "至 %1。",
    "Merged into %1.": "已并入 %1。",
    "Extension of %1 h.": "延期 %1 小时。",
    # CaseTableModel
    "Not yet synchronized: an action taken here waits to be sent": (
        "待同步：本机的操作尚未送达服务器"
    ),
    # Countdown
    "%1 left": "剩余 %1",
    "%1 overdue": "已超时 %1",
    # DepartmentPicker
    "Returns of this case": "本案退回记录",
    "Category rule (routing suggestions could not be read)": "按类别规则(未能读取派遣建议)",
    "Category rule; reading the routing suggestions…": "按类别规则；正在读取派遣建议…",
    "Category rule": "按类别规则",
    "Suggested: %1": "建议依据：%1",
    "returned this case %1×": "曾退回本案 %1 次",
    "Returns of this case: %1": "本案退回记录：%1 次",
    "Returns of this case: none": "本案退回记录：无",
    # DispatchForm
    "Reason (required)": "理由(必填)",
    "Comment (required)": "备注内容(必填)",
    "Urging note": "催办意见",
    "How it was handled": "处置情况",
    "Callback record": "回访记录",
    "Note (optional)": "说明(选填)",
    "Select a case in the queue.": "请在案件队列中选择案件。",
    "Choose what to do.": "请选择要执行的操作。",
    "Choose the department to dispatch to.": "请选择承办部门。",
    "Choose the case to merge into, in the list of likely duplicates.": "请在疑似重复列表中选择要并入的案件。",  # noqa: E501
    "Choose the callback result.": "请选择回访结果。",
    "Choose whom to escalate to.": "请选择上报对象。",
    "Write the comment.": "请填写备注内容。",
    "Give the reason: %1 needs one.": "请填写理由：%1必须说明原因。",
    # DispatchPane
    "Saved; waiting for the server before this can be done again.": "已保存，待服务器处理后才能再次执行此操作。",  # noqa: E501
    "Saved; sending…": "已保存，正在发送…",
    "Saved while offline: it is sent when the connection is back.": "已离线保存：恢复连接后自动发送。",  # noqa: E501
    "⏳ %1 action(s) on this case wait to be synchronized": "⏳ 本案有 %1 项操作待同步",
    "Deadline: loading…": "时限：读取中…",
    "Deadline preview unavailable: %1": "无法预览时限：%1",
    "Routing suggestions unavailable; the category rule is shown.": "暂时无法读取派遣建议，下面按类别规则建议。",  # noqa: E501
    # DispatchView
    "Likely duplicates (500 m, 72 h)": "疑似重复(500米、72小时内)",
    "Actions allowed now": "当前可执行的操作",
    "↑↓ choose · Enter: to the form\nCtrl+Enter: send": "↑↓ 选择 · Enter 填写\nCtrl+Enter 发送",
    " h (clock hours of the step)": " 小时(按本环节计时)",
    "— choose —": "— 请选择 —",
    "Merge into": "并入",
    "Extension": "延期时长",
    "Callback result": "回访结果",
    "Escalate to": "上报至",
    "at %1": "承办：%1",
    "returned %1×": "已退回 %1 次",
    "Choose a case in the list of likely duplicates →": "请在右侧疑似重复列表中选择要并入的案件 →",
    "Merge this case into %1 %2. Both histories are kept; this case closes as merged.": (
        "将本案并入 %1 %2。双方处置记录都保留，本案以“已合并”办结。"
    ),
    "Likely duplicates (500 m, 72 h): %1": "疑似重复(500米、72小时内)：%1 件",
    "Send": "发送",
    "Ctrl+Enter with the keyboard in this pane": "键盘在本窗格内时按 Ctrl+Enter",
    "Just now: %1. The pane shows the case as it is now.": "刚刚：%1。已显示案件最新状态。",
    "Done: %1.": "已完成：%1。",
    "After this the clock is paused.": "执行后计时暂停。",
    "After this no clock runs.": "执行后不再计时。",
    "If approved: %1 step, limit %2; due": "批准后：%1环节，时限%2，到期",
    "Clock unchanged: %1 step, limit %2; due": "时限不变：%1环节，时限%2，到期",
    "After this: %1 step, limit %2; due": "执行后：%1环节，时限%2，到期",
    # DuplicateList
    "Match": "相似度",
    "Distance": "距离",
    "Apart": "相隔",
    "Case": "案件",
    "%1 m": "%1米",
    "same street": "同街道",
    "%1 h": "%1小时",
    # Labels
    "Satisfied": "满意",
    "Basically satisfied": "基本满意",
    "Unsatisfied": "不满意",
    "The shift supervisor": "值班长",
    "The city command center": "市指挥中心",
    "%1 working days": "%1个工作日",
    "%1 working hours": "%1工作小时",
    "%1 days": "%1天",
    "%1 hours": "%1小时",
    # MainWindow
    "Outbox": "待发送队列",
    # Panes
    "Action results": "操作结果",
    # Problems
    "This case is not dispatched to your department.": "此案件未派遣给你的部门。",
    "In this state only the shift supervisor may do this.": "此状态下只有值班长可以执行此操作。",
    "Your role may not do this.": "你的角色无权执行此操作。",
    "The case no longer exists, or you may not see it.": "案件不存在，或你无权查看。",
    "An extension is already awaiting approval.": "已有延期申请在等待审批。",
    "No extension is awaiting approval: it was approved or rejected meanwhile.": (
        "没有待审批的延期申请：它已被批准或驳回。"
    ),
    "A closed case is reopened only after an unsatisfied callback.": "已结案件只有在回访不满意后才能重新办理。",  # noqa: E501
    "This case was answered at intake and never dispatched, so it cannot be reopened: take "
    "the caller's request as a new case.": (
        "此案件在受理时已直办答复，从未派遣，不能重新办理：请将来电人的诉求登记为新案件。"
    ),
    "A case cannot be merged into itself.": "案件不能并入自身。",
    "The case to merge into no longer exists.": "要并入的案件已不存在。",
    "The chosen case is closed, voided or merged already and cannot take a merge.": (
        "所选案件已结案、作废或合并，不能再并入其他案件。"
    ),
    "A reason is required: say why in the note.": "必须说明理由：请在说明中填写原因。",
    "Choose a department that handles cases.": "请选择一个承办案件的部门。",
    "Choose the case to merge into.": "请选择要并入的案件。",
    "Give the length of the extension.": "请填写延期时长。",
    "nothing": "无",
    "Not possible while the case is %1. Possible now: %2.": "案件当前为“%1”，不能执行此操作。现在可以：%2。",  # noqa: E501
    "The server refused the request: %1": "服务器拒绝了请求：%1",
    "The server failed to handle the request; nothing was changed. Try again.": (
        "服务器处理请求失败，未做任何更改。请重试。"
    ),
    "Your session has expired: sign in again. The action is kept and sent afterwards.": (
        "登录已失效：请重新登录。操作已保存，登录后发送。"
    ),
    "The server cannot be reached. The action is kept and sent when the connection is back.": (
        "无法连接服务器。操作已保存，恢复连接后自动发送。"
    ),
    "someone else": "他人更改",
    "%1 at %2: %3": "%1 于 %2 %3",
    "Not done: the case was changed meanwhile by %1. Nothing was overwritten; the case now "
    "shows as it is (%2). Review it and act again.": (
        "未执行：案件已被 %1。未覆盖任何内容，已刷新为最新状态(%2)，请核对后再操作。"
    ),
    "Applied.": "已生效。",
    "Saved; waiting to be sent.": "已保存，等待发送。",
    "Not sent: an earlier action on this case did not go through, and this one depended on it.": (
        "未发送：本案的前一项操作未成功，此操作依赖于它。"
    ),
    "Done": "完成",
    "Conflict": "冲突",
    "Refused": "被拒绝",
    "Waiting to sync": "待同步",
    # ResultsPane
    "Time": "时间",
    "Result": "结果",
    "Why": "说明",
    "Acknowledge selected": "确认所选",
    "Acknowledge all": "全部确认",
    "Clear finished": "清除已完成",
    " (seen)": "(已确认)",
    "Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5": (
        "待同步 %1 · 完成 %2 · 冲突 %3 · 被拒绝 %4 · 待确认 %5"
    ),
    # ShortcutsDialog
    "Working a case without the mouse: Alt+↓ / Alt+↑ move through the queue, Ctrl+Shift+R "
    "registers, Ctrl+Shift+D dispatches to the suggested department, Ctrl+Shift+V verifies and "
    "closes. Ctrl+Shift+A opens the other actions; in the dispatch pane Ctrl+Enter sends.": (
        "不用鼠标办理案件：Alt+↓ / Alt+↑ 在队列中移动，Ctrl+Shift+R 受理立案，"
        "Ctrl+Shift+D 派遣到建议部门，Ctrl+Shift+V 核查结案。Ctrl+Shift+A 选择其他操作；"
        "在派遣窗格中 Ctrl+Enter 发送。"
    ),
    "Command": "命令",
    "Keys": "快捷键",
}
# The same English word that needs another Chinese one in some context.
ZH_DISPATCH_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Panes", "Dispatch"): "派遣处置",
    ("ResultsPane", "Action"): "操作",
    ("ResultsPane", "Case"): "案件",
}
