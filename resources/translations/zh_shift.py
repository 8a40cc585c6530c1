"""zh_CN of the duty officer's shift (issue #13): alerts, the keyboard path, the queue's
urgency and multi-state filter, durations, the ladder's words (催办 / 督办 / 通报)."""

from __future__ import annotations

ZH_SHIFT: dict[str, str] = {
    # Alerts
    "Acknowledge the alert": "确认提醒",
    "New %1 case: %2 %3": "新%1案件：%2 %3",
    "Supervision opened on a case you hold: %2 %3": "您承办的案件已督办：%2 %3",
    "New overdue case: %2 %3": "新超时案件：%2 %3",
    "The selected case has no alert to acknowledge.": "所选案件没有待确认的提醒。",
    "New case: %1": "新案件：%1",
    "Supervision": "督办",
    "Alert": "提醒",
    "Alerts": "提醒",
    "Acknowledge (Space)": "确认(空格)",
    "%1 alert(s) to acknowledge": "%1 条提醒待确认",
    "No alert waits to be acknowledged.": "没有待确认的提醒。",
    "Alerts to acknowledge: click for the list (F9)": "待确认的提醒：点击查看列表(F9)",
    "⚠ Alerts %1": "⚠ 提醒 %1",
    # The keyboard path
    "Case %1 registered and dispatched to %2. Ready for the next call.": (
        "案件 %1 已受理并派遣至%2。可接下一个来电。"
    ),
    "Register + dispatch": "受理并派遣",
    "Case %1 created; registering and dispatching it to the suggested department "
    "(Action results, F4). Ready for the next call.": (
        "已新建案件 %1，正在受理并派遣至建议部门(见操作结果，F4)。可接下一个来电。"
    ),
    "The handling clock starts when this is sent.": "发送后开始计算处置时限。",
    "A call without the mouse: F6 opens the call form, Ctrl+Enter creates the case "
    "and offers its dispatch to the suggested department, Enter sends it "
    "(Ctrl+Shift+Enter does both at once). F2–F12 bring their pane forward with the "
    "keyboard in it; pressed again there, they hide it. Working a case: Alt+↓ / "
    "Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches "
    "to the suggested department, Ctrl+Shift+V verifies and closes, Ctrl+Shift+A "
    "opens the other actions; Ctrl+Enter sends the chosen action wherever a case "
    "is selected. Alerts: Space or Ctrl+K acknowledges the selected one, F9 lists "
    "them. Alt+Q chooses what the queue shows: cases or volunteer requests (志愿服务).": (
        "不用鼠标接听来电：F6 打开来电登记，Ctrl+Enter 新建案件并预选建议部门的派遣，"
        "再按 Enter 即发送(Ctrl+Shift+Enter 一次完成)。F2–F12 将对应窗格置前并把键盘焦点"
        "移入；焦点已在其中时再按则隐藏。办理案件：Alt+↓ / Alt+↑ 在队列中移动，"
        "Ctrl+Shift+R 受理立案，Ctrl+Shift+D 派遣到建议部门，Ctrl+Shift+V 核查结案，"
        "Ctrl+Shift+A 打开其他操作；选中案件后，任何位置按 Ctrl+Enter 都会发送所选操作。"
        "提醒：空格或 Ctrl+K 确认所选提醒，F9 列出全部提醒。"
        "Alt+Q 切换队列显示的内容：案件或志愿服务。"
    ),
    "Ctrl+Enter wherever a case is selected; Enter on the department list": (
        "选中案件后任何位置按 Ctrl+Enter；在承办部门列表中按 Enter"
    ),
    # The queue
    "Fit the columns": "按内容调整列宽",
    "Escalation": "催督办",
    "Click or Space ticks a state; several states can be shown at once": (
        "单击或按空格勾选状态，可同时选择多个状态"
    ),
    "All open cases of this color, whatever the filter shows": "该颜色的全部在办案件，不受筛选影响",
    # Labels
    "Evidence attached": "添加附件",
    "Correction": "更正",
    "Answered on the phone": "直办答复",
    "Reminded": "催办",
    "Supervised": "督办",
    "Notice": "通报",
    "%1 working days %2 working hours": "%1个工作日%2工作小时",
    "%1 days %2 hours": "%1天%2小时",
    "Extension: %1.": "延期 %1。",
    "Correct the case in its own form: Ctrl+Shift+C (Case menu).": (
        "请在更正窗口中更正案件：Ctrl+Shift+C(案件菜单)。"
    ),
}
