"""zh_CN for accounts and the SLA clock's administration: the first sign-in's password
change, a case's SLA rule version and its calendar moves (issue #12).

English source → Chinese; update.py merges every zh_*.py of this folder into its tables.
"""

from __future__ import annotations

ZH_ACCOUNTS: dict[str, str] = {
    # LoginDialog
    "Your password was set by an administrator. Choose your own to continue.": (
        "您的密码由管理员设置，请先设置自己的密码。"
    ),
    "New password": "新密码",
    "Repeat it": "再次输入",
    "Change password and sign in": "修改密码并登录",
    "A password has at least %1 characters.": "密码至少 %1 个字符。",
    "The two new passwords differ.": "两次输入的新密码不一致。",
    "Choose a password other than the one you were given.": "请设置与管理员给定密码不同的密码。",
    # CaseDetailPane, Labels
    "SLA rules version": "时限规则版本",
    "Holiday calendar changed": "节假日安排变更",
}
