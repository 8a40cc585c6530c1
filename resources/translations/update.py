"""Refresh the Qt Linguist files from the sources and compile them to .qm.

    python resources/translations/update.py

Runs pyside6-lupdate over console/ and widgets/, fills zh_CN entries that are still
unfinished from ZH below (source strings are English; English is the identity), then runs
pyside6-lrelease. Translations edited in Qt Linguist are kept: only unfinished ones are filled.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGS = ("zh_CN", "en")

ZH: dict[str, str] = {
    # Actions
    "&File": "文件(&F)",
    "&View": "视图(&V)",
    "&Case": "案件(&C)",
    "&Panes": "窗格(&P)",
    "&Help": "帮助(&H)",
    "Quit": "退出",
    "Reload": "刷新",
    "Find": "查找",
    "Overdue only": "只看超时",
    "Due soon only": "只看将超时",
    "Clear filters": "清除筛选",
    "Mute sound": "静音",
    "Reset layout": "恢复默认布局",
    "Next case": "下一件",
    "Previous case": "上一件",
    "Open case detail": "打开案件详情",
    "Register": "受理立案",
    "Dispatch…": "派遣…",
    "Verify and close": "核查结案",
    "Urge…": "催办…",
    "Approve extension": "批准延期",
    "Sign for case": "签收",
    "Report result…": "反馈结果…",
    "Comment…": "备注…",
    "About": "关于",
    # CaseCommands
    "Note:": "说明：",
    "Department:": "承办部门：",
    # CaseDetailPane
    "Ref": "编号",
    "State": "状态",
    "Channel": "渠道",
    "Category": "类别",
    "Urgency": "紧急程度",
    "Address": "地址",
    "Street": "街道",
    "Community": "社区",
    "Grid": "网格",
    "Coordinates": "坐标",
    "Reporter": "反映人",
    "Phone": "电话",
    "Department": "承办部门",
    "Suggested department": "建议承办部门",
    "SLA step": "时限环节",
    "Warning at": "预警时间",
    "Due at": "到期时间",
    "Clock paused": "计时暂停",
    "Escalation level": "催督等级",
    "Returns": "退回次数",
    "Extension asked (min)": "申请延期(分钟)",
    "Last callback": "最近回访",
    "Created": "立案时间",
    "Updated": "更新时间",
    "Closed": "结案时间",
    "Version": "版本",
    "Id": "序号",
    "No case selected": "未选择案件",
    "When": "时间",
    "Who": "操作人",
    "Action": "动作",
    "From → to": "状态变化",
    "Note": "意见/备注",
    "Attachments": "附件",
    "History": "处置过程",
    "Loading case %1": "读取案件 %1",
    "yes": "是",
    "no": "否",
    # Columns
    "paused": "暂停",
    "Time left": "剩余时限",
    "Title": "标题",
    "Age": "已历时",
    "Esc.": "督办",
    # Labels: states, channels, roles, colors, urgency, steps, actions, durations
    "Reported": "待受理",
    "Registered": "已立案",
    "Dispatched": "已派遣",
    "In progress": "处置中",
    "Returned": "已退回",
    "To verify": "待核查",
    "Parked": "挂账",
    "Voided": "已作废",
    "Merged": "已合并",
    "12345 hotline": "12345热线",
    "Grid report": "网格上报",
    "River patrol": "河长巡河",
    "Video alert": "视频告警",
    "City assignment": "上级交办",
    "Open311": "Open311",
    "Duty officer": "值班员",
    "Supervisor": "值班长",
    "Trainer": "培训员",
    "Administrator": "管理员",
    "Overdue": "已超时",
    "Due soon": "将超时",
    "On time": "未超时",
    "Normal": "一般",
    "Urgent": "紧急",
    "Emergency": "特急",
    "Accept": "受理",
    "Dispatch": "派遣",
    "Sign": "签收",
    "Handle": "处置",
    "Verify": "核查",
    "Report": "上报",
    "Void": "作废",
    "Merge": "合并",
    "Sign for": "签收",
    "Return": "退回",
    "Report result": "反馈结果",
    "Park": "挂账",
    "Unpark": "解除挂账",
    "Verify failed (rework)": "核查不通过(返工)",
    "Reopen": "重新办理",
    "Urge": "催办",
    "Request extension": "申请延期",
    "Reject extension": "驳回延期",
    "Callback": "回访",
    "Comment": "备注",
    "Escalate": "上报",
    "SLA warning": "时限预警",
    "SLA overdue": "时限超时",
    "Color change": "预警变色",
    "Auto reminder": "自动催办",
    "Auto supervision": "自动督办",
    "Public notice": "列入通报",
    "%1d %2": "%1天 %2",
    "%1d %2h": "%1天%2时",
    "%1h %2m": "%1时%2分",
    "%1m": "%1分",
    # Launcher
    "Starting the local command-center server…": "正在启动本地指挥中心服务器…",
    "Duty Console": "值班台",
    "The local server could not start:\n%1": "本地服务器无法启动：\n%1",
    # LiveQueue
    "Loading cases": "读取案件",
    # LoginDialog
    "Sign in — Duty Console": "登录 — 值班台",
    "Chongchuan Governance Command Center": "崇川区区域治理现代化指挥中心",
    "Server": "服务器",
    "Username": "用户名",
    "Password": "密码",
    "Sign in": "登录",
    "Enter your username and password.": "请输入用户名和密码。",
    "Wrong username or password.": "用户名或密码错误。",
    # MainWindow
    "Chongchuan Governance Command Center — Duty Console": "崇川区区域治理现代化指挥中心 — 值班台",
    "【DRILL】": "【演练】",
    "Main toolbar": "主工具栏",
    "Loading reference data": "读取基础数据",
    "Duty console of the Chongchuan district governance command center.": "崇川区区域治理现代化指挥中心值班台。数据多跑路、群众少跑腿。",  # noqa: E501
    "Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) "
    "and catches up when the server is back.": "与服务器的连接已中断，正在重连。队列显示的是 %1 的最后快照，恢复连接后自动补齐。",  # noqa: E501
    "Your session has expired: restart the console and sign in again.": "登录已失效：请重新启动值班台并登录。",  # noqa: E501
    "Reloading all cases…": "正在重新读取全部案件…",
    "New overdue case: %1 %2": "新的超时案件：%1 %2",
    "The local server has stopped (exit code %1). Log: %2": "本地服务器已停止(退出码 %1)。日志：%2",
    # Panes
    "Case detail": "案件详情",
    # QueuePane
    "Case queue": "案件队列",
    "Search ref, title, address, reporter…": "搜索编号、标题、地址、反映人…",
    "All states": "全部状态",
    "Open cases": "未办结",
    "All colors": "全部颜色",
    "All channels": "全部渠道",
    "All streets": "全部街道",
    "All departments": "全部部门",
    "%1 shown of %2": "显示 %1 / 共 %2",
    # Status
    "Loading…": "读取中…",
    "Online": "在线",
    "Reconnecting…": "重连中…",
    "Offline": "离线",
    "Reloading…": "重新读取…",
    "Signed out": "已登出",
    # StatusBar
    "Feed #%1": "变更流 #%1",
    "Lag %1 s · feed #%2": "延迟 %1 秒 · 变更流 #%2",
}
# The same English word that needs another Chinese one in some context.
ZH_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Labels", "Department"): "承办部门",
    ("Columns", "Department"): "承办部门",
    ("Labels", "Closed"): "已结案",
    ("Labels", "Register"): "受理立案",
    ("Labels", "Verify and close"): "核查结案",
    ("Labels", "Approve extension"): "批准延期",
    ("MainWindow", "About"): "关于",
}


def _merge_feature_tables() -> None:
    """Merge the zh_*.py tables of this folder (one per feature) into ZH and ZH_BY_CONTEXT.

    Entries already here keep their Chinese; among the files, the first (by name) wins.
    """
    for path in sorted(HERE.glob("zh_*.py")):
        spec = importlib.util.spec_from_file_location(f"cc_translations_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, table in vars(module).items():
            if not (name.startswith("ZH") and isinstance(table, dict)):
                continue
            for key, text in table.items():
                target: dict = ZH_BY_CONTEXT if isinstance(key, tuple) else ZH  # type: ignore[type-arg]
                target.setdefault(key, text)


_merge_feature_tables()


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    """The Python files with translatable strings (the Qt-free API layer has none)."""
    files = sorted((ROOT / "console").rglob("*.py")) + sorted((ROOT / "widgets").rglob("*.py"))
    return [str(f) for f in files if "api" not in f.parts]


def fill(ts: Path, lang: str) -> list[str]:
    """Fill unfinished messages; returns the sources still without a translation."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished", None):
                continue
            if translation.get("type") is None and translation.text:
                continue
            text = source if lang == "en" else ZH_BY_CONTEXT.get((name, source), ZH.get(source))
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def compile_qm(ts: Path, qm: Path) -> None:
    """lrelease `ts` into `qm` by a new file moved into place, never by rewriting `qm`.

    A running console memory-maps its .qm (QTranslator.load); lrelease writing over that
    file in place would change the pages under it and crash it (SIGBUS). os.replace gives
    the name to a new inode: the running consoles keep the old one until they exit, and a
    failed lrelease leaves the old .qm as it was.
    """
    handle, name = tempfile.mkstemp(prefix=f".{qm.stem}.", suffix=".qm", dir=qm.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(temporary)], check=True)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the .qm is read by everyone
        os.replace(temporary, qm)
    finally:
        temporary.unlink(missing_ok=True)


def main() -> int:
    """lupdate, fill, lrelease; non-zero when a zh_CN string has no translation."""
    targets = [HERE / f"cc_console_{lang}.ts" for lang in LANGS]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", *map(str, targets)],
        check=True,
    )
    missing: list[str] = []
    for lang, ts in zip(LANGS, targets, strict=True):
        missing += fill(ts, lang)
        compile_qm(ts, ts.with_suffix(".qm"))
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
