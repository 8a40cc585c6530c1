"""zh_CN for the supervisors' 督办 board (issue #16): the pane, its actions, its alerts.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese). Tuple keys are (context, source).
"""

from __future__ import annotations

ZH_SUPERVISION: dict[str | tuple[str, str], str] = {
    # Panes (console/panes/catalog.py)
    ("Panes", "Supervision"): "督办",
    # Labels (console/models/labels.py): the new actions in the history and results
    ("Labels", "Supervise"): "督办",
    # Actions (console/panes/supervision_board_actions.py)
    "Board: urge…": "督办台：催办…",
    "Board: supervise (督办)…": "督办台：督办…",
    "Board: approve the request": "督办台：批准申请",
    "Board: refuse the request…": "督办台：驳回申请…",
    "Board: void…": "督办台：作废…",
    "Board: escalate to the city…": "督办台：上报市指挥中心…",
    "Board: open the bulletin (通报)": "督办台：打开通报",
    # The board's tables (console/panes/supervision_board_model.py)
    ("SupervisionBoard", "Supervision"): "督办",
    ("SupervisionBoard", "Public notice"): "通报",
    ("SupervisionBoard", "Extension"): "延期",
    ("SupervisionBoard", "Park"): "挂账",
    ("SupervisionBoard", "Supervise"): "督办",
    "Request parking": "申请挂账",
    "Refuse parking": "驳回挂账",
    "Not dispatched": "未派遣",
    "No street": "未定街道",
    "Not yet overdue": "未超时",
    "Overdue %1d %2h": "超时 %1天%2小时",
    "Overdue %1h %2m": "超时 %1小时%2分",
    "Overdue %1m": "超时 %1分钟",
    ("SupervisionBoard", "Ladder"): "自动升级",
    "Working time past the %1 step's deadline": "超过%1环节期限的工作时间",
    ("SupervisionBoard", "Kind"): "类别",
    ("SupervisionBoard", "Case"): "案件编号",
    ("SupervisionBoard", "Title"): "标题",
    ("SupervisionBoard", "Holder"): "承办部门",
    ("SupervisionBoard", "Street"): "街道",
    "Overdue (work time)": "超时（工作时间）",
    "Last urge": "最近催办",
    "Issued by": "发起人",
    ("SupervisionBoard", "Request"): "申请",
    "Asked by": "申请人",
    "Asked at": "申请时间",
    ("SupervisionBoard", "Reason"): "理由",
    # The board (console/panes/supervision_board_view.py)
    "Urge": "催办",
    "Supervise (督办)": "督办",
    "Approve request": "批准申请",
    "Refuse request": "驳回申请",
    "Void": "作废",
    "To the city": "上报市里",
    "Open bulletin": "打开通报",
    "Supervision and notices": "督办和通报",
    "Supervision and notices (%1)": "督办 / 通报（%1）",
    "Supervision %1 · notices %2 · waiting for a decision %3": "督办 %1 · 通报 %2 · 待审批 %3",
    "Requests (%1)": "待审批申请（%1）",
    "as of %1": "更新于 %1",
    "%1 of %2 shown (the most late)": "显示 %2 项中超时最久的 %1 项",
    "All departments": "全部部门",
    "All streets": "全部街道",
    "By department": "按部门",
    "By street": "按街道",
    "By department and street": "按部门和街道",
    ("BoardView", "Kind"): "类别",
    ("BoardView", "Department"): "部门",
    ("BoardView", "Street"): "街道",
    "Enter: open the case · Space: alert seen · Ctrl+Tab: requests · "
    "a counter: its cases in the queue": (
        "回车 打开案件 · 空格 确认提醒 · Ctrl+Tab 待审批 · 点计数 在队列中看"
    ),
    "Show the open cases of %1 in the queue": "在队列中显示%1的未办结案件",
    "The queue cannot show cases without one.": "队列无法按“未派遣/未定街道”筛选。",
    "The queue shows the open cases of %1.": "队列已显示%1的未办结案件。",
    # The pane (console/panes/supervision_board.py)
    "Loading the supervision board": "加载督办台",
    "The board could not be read: %1": "督办台无法读取：%1",
    # Actions' outcomes (console/panes/supervision_board_actions.py)
    "Not possible on this case now.": "此案件当前不能执行该操作。",
    "%1 %2: saved; sending…": "%1 %2：已保存，正在发送…",
    "%1 %2: saved while offline; it is sent when the connection is back.": (
        "%1 %2：离线时已保存，连接恢复后发送。"
    ),
    "Done: %1 %2.": "已完成：%1 %2。",
    "%1 %2: %3": "%1 %2：%3",
    "Escalated to: %1": "上报至：%1",
    "Approve the department's request to park the case (the clock stops).": (
        "批准承办部门的挂账申请（计时暂停）。"
    ),
    # Bulletins (console/panes/supervision_board_bulletin.py)
    "Fetching the bulletin of %1…": "正在获取 %1 的通报…",
    "Fetching the bulletin": "获取通报",
    "The server has no bulletin for this item.": "服务器上没有该项的通报。",
    "The bulletin could not be opened: %1": "通报无法打开：%1",
    "Bulletin opened: %1": "通报已打开：%1",
    "Bulletin saved as %1 (no viewer could open it).": "通报已保存为 %1（没有可用的查看程序）。",
    # Alerts (console/shell/alert_center.py, console/panes/alerts_pane.py)
    "New supervision (督办): %2 %3": "新督办：%2 %3",
    "New public notice (通报): %2 %3": "新通报：%2 %3",
    ("AlertsPane", "Public notice"): "通报",
}
