"""zh_CN for wall mode (`cc-console --wall`, issue #16): the views, the header and the banner.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese).
"""

from __future__ import annotations

ZH_WALL: dict[str, str] = {
    # WallWindow
    "Chongchuan Governance Command Center — Wall": "崇川区区域治理现代化指挥中心 — 大屏",
    "Chongchuan Governance Command Center": "崇川区区域治理现代化指挥中心",
    "Connection lost — reconnecting": "连接中断 — 正在重连",
    "Sign-in refused (%1) — trying again": "登录被拒绝(%1) — 稍后自动重试",
    "Connecting to the server…": "正在连接服务器…",
    "data %1": "数据 %1",
    # WallLauncher
    "Starting the local command-center server…": "正在启动本地指挥中心服务器…",
    "The local server could not start: %1 — trying again": "本地服务器无法启动：%1 — 稍后自动重试",
    # TotalsView
    "Open cases by SLA color": "在办案件三色预警",
    "Overdue": "已超时",
    "Due soon": "将超时",
    "On time": "未超时",
    "last 24 hours": "近24小时",
    # OverdueView
    "Overdue open cases": "超时在办案件",
    "By department": "按部门",
    "By street": "按街道",
    "By department: %1": "按部门：%1 件",
    "By street: %1": "按街道：%1 件",
    "No overdue cases": "暂无超时案件",
    "%1 more with %2 cases": "另有 %1 项，共 %2 件",
    # SupervisionView
    "Supervision list": "督办清单",
    "Supervision list: %1": "督办清单：%1 项",
    "No open supervision items": "暂无在办督办事项",
    "%1 open items": "在办督办 %1 项",
    ", %1 more not shown": "，另有 %1 项未显示",
    "Level": "级别",
    "Case": "案件",
    "Held by": "承办部门",
    "Street": "街道",
    "Late (working)": "超时(工作时)",
    "Countdown": "时限倒计时",
    "Not dispatched": "未派遣",
    "paused": "暂停",
    # IntakeView, IndicatorsView
    "Cases reported today": "今日受理",
    "Cases reported today: %1": "今日受理：%1 件",
    "Economic indicators": "经济指标",
    "Economic indicators: %1": "经济指标 %1",
    # VideoView
    "City relay": "市中心转播",
    "No city relay on this server": "服务器上没有市中心转播",
}
