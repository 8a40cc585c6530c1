"""zh_CN for starting the console (issue #19): the demo's marks and users, the sign-in dialog's
server notes, the settings dialog, the crash report and the About box
(console/shell/demo_mode.py, login_dialog.py, launcher.py, settings_dialog.py,
crash_report.py, about_dialog.py).

English source → Chinese; update.py merges every zh_*.py of this folder into its tables.
Tuple keys are (context, source).
"""

from __future__ import annotations

ZH_STARTUP: dict[str | tuple[str, str], str] = {
    # DemoMode (console/shell/demo_mode.py)
    "【Demo data】": "【演示数据】",
    "Demo data: invented cases, nothing reaches the district's server": (
        "演示数据：案件均为虚构，所做的一切不会送达区指挥中心"
    ),
    (
        "Demo data: this console runs its own server with invented cases and a simulator that "
        "adds new ones. Nothing done here reaches the district's server. To work on the "
        "district's server: File → Sign out, then Settings… in the sign-in dialog."
    ): (
        "演示数据：本控制台运行的是本机自带的演示服务器，案件均为虚构，并由模拟器不断新增。"
        "在此所做的一切都不会送达区指挥中心服务器。如需连接正式服务器，"
        "请选择“文件 → 退出登录”，在登录窗口的“设置…”中填写其地址。"
    ),
    # LoginDialog
    "Demo user": "演示用户",
    "This computer's demo server (%1)": "本机演示服务器（%1）",
    "Settings…": "设置…",
    (
        "Demo data: this server holds invented cases, for trying the console out and for "
        "training. Choose a demo user (password: %1) and press Enter."
    ): (
        "演示数据：此服务器中的案件均为虚构，供试用和培训。"
        "请选择一个演示用户（密码：%1），按回车登录。"
    ),
    (
        "The server at this address does not answer. Check the network, or the address under "
        "Settings…; the console does not switch to demo data by itself. Details: %1"
    ): (
        "此地址的服务器没有响应。请检查网络，或在“设置…”中检查服务器地址；"
        "控制台不会自行改用演示数据。详细信息：%1"
    ),
    (
        "Something answers at this address, but it is not a command-center server (HTTP %1). "
        "Check the address under Settings… (host and port of cc-server)."
    ): (
        "此地址有服务在响应，但不是指挥中心服务器（HTTP %1）。"
        "请在“设置…”中检查地址（cc-server 的主机和端口）。"
    ),
    # Launcher
    "Starting this computer's own demo server…": "正在启动本机自带的演示服务器…",
    "Saving settings": "保存设置",
    # SettingsDialog
    "Settings — Duty Console": "设置 — 值班台",
    "e.g. http://10.1.2.3:8700": "例如 http://10.1.2.3:8700",
    "Server address": "服务器地址",
    "Language (at the next start)": "语言（下次启动时生效）",
    "Ended cases in the queue": "队列中的已结案件",
    " days": " 天",
    "Saved in %1": "保存在 %1",
    (
        "“%1” is not a server address: type it as http://host:port, e.g. http://10.1.2.3:8700."
    ): "“%1”不是有效的服务器地址：请按 http://主机:端口 填写，例如 http://10.1.2.3:8700。",
    "The settings could not be saved: %1": "设置未能保存：%1",
    "The console signs in to this server.": "控制台将登录到此服务器。",
    (
        "Empty: the console runs its own server with demo data (for trying it out and "
        "training; nothing reaches the district's server)."
    ): "留空：控制台运行本机自带的演示服务器和演示数据（供试用和培训，不会送达区指挥中心服务器）。",
    # CrashDialog
    "Unexpected error — Duty Console": "意外错误 — 值班台",
    (
        "The console met an error it did not expect. It goes on running, but what you were "
        "doing may not have been finished: check it. The report below is in the log; send it "
        "with the log folder to your administrator."
    ): (
        "控制台遇到了意外错误。控制台继续运行，但您刚才的操作可能没有完成，请核对。"
        "下面的报告已写入日志；请将报告连同日志文件夹发给管理员。"
    ),
    "Copy report": "复制报告",
    "Open log folder": "打开日志文件夹",
    # AboutDialog
    "About — Duty Console": "关于 — 值班台",
    "Chongchuan Governance Command Center — Duty Console": "崇川区区域治理现代化指挥中心 — 值班台",
    (
        "This program uses Qt and Qt for Python (PySide6, shiboken6), © The Qt Company Ltd "
        "and other contributors, under the GNU Lesser General Public License version 3 "
        "(LGPLv3). You may replace these libraries with versions of your own; their source "
        "code is at %1. The licence text: %2"
    ): (
        "本程序使用 Qt 和 Qt for Python（PySide6、shiboken6），© The Qt Company Ltd 及其他贡献者，"
        "依据 GNU 宽通用公共许可证第 3 版（LGPLv3）授权。您可以用自己的版本替换这些库；"
        "其源代码见 %1。许可证全文：%2"
    ),
    "Show the LGPLv3 text": "查看 LGPLv3 全文",
}
