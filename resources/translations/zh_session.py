"""zh_CN for switching user, signing out and signing in again in place (issue #16, shift
handover): console/shell/session_switch.py, console/shell/reauth.py, the sign-in dialog.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese). Tuple keys are (context, source).
"""

from __future__ import annotations

ZH_SESSION: dict[str | tuple[str, str], str] = {
    # Actions (console/shell/session_switch.py)
    "Switch user…": "切换用户…",
    "Sign out": "退出登录",
    # SessionSwitch
    (
        "%1 action(s) you took have not reached the server yet. They stay yours: they wait in "
        "this console's outbox and are sent under your name (%2) the next time you sign in "
        "here, never under another officer's. Stay signed in to send them now."
    ): (
        "您有 %1 项操作尚未送达服务器。这些操作仍归您本人：保存在本控制台的待发队列中，"
        "下次您在本机登录时以您的名义（%2）发送，绝不会以其他人员的名义发送。"
        "如需现在发送，请保持登录。"
    ),
    "Switch user anyway?": "仍要切换用户吗？",
    "Sign out anyway?": "仍要退出登录吗？",
    "Actions not yet sent": "有操作尚未发送",
    "Signed in: %1. Sign in as the officer taking over.": "当前登录：%1。请以接班人员的身份登录。",
    "Switch user — Duty Console": "切换用户 — 值班台",
    # Reauth, SignedOutBanner
    "You are signed out; the window is read only. Enter your password to go on.": (
        "您已退出登录，窗口处于只读状态。请输入密码以继续。"
    ),
    (
        "%1 Enter your password to go on: the window, the queue and the actions waiting to be "
        "sent stay as they are."
    ): "%1请输入密码以继续：窗口、队列和待发送的操作都保持不变。",
    "Sign in again — Duty Console": "重新登录 — 值班台",
    (
        "Signed out — read only. The queue shows the cases as they were and is no longer "
        "updated; nothing is sent. Sign in again to go on."
    ): "已退出登录 — 只读。队列显示退出时的案件，不再更新，也不会发送任何操作。请重新登录以继续。",
    "Sign in again…": "重新登录…",
    "Your session has expired.": "登录已过期。",
    "Your session was ended: your password or your role was changed.": (
        "登录已失效：您的密码或角色已变更。"
    ),
    "This account is disabled; ask the administrator.": "此账号已停用，请联系管理员。",
    "The server no longer accepts your session.": "服务器已不再接受您的登录。",
}
