"""zh_CN for the Administration menu, the camera registry, the holiday calendar and its banner.

Issue #12. Keyed by (context, English source): update.py merges tuple-keyed tables into
ZH_BY_CONTEXT, so short words (Name, Code, Kind, Status…) never change another screen's
Chinese. Strings these screens share with older ones (Reload, Street, Online, Coordinates,
the import dialog's Line / What to fix…) are translated in those tables already.
"""

from __future__ import annotations


def _in(context: str, table: dict[str, str]) -> dict[tuple[str, str], str]:
    return {(context, source): text for source, text in table.items()}


ZH_ADMIN: dict[tuple[str, str], str] = {
    **_in(
        "Actions",
        {
            "&Administration": "系统管理(&A)",
            "Holiday calendar…": "节假日安排…",
            "SLA rules…": "时限规则…",
            "Users…": "用户管理…",
            "Cameras…": "摄像头管理…",
            "Admin log…": "管理日志…",
        },
    ),
    **_in(
        "AdminScreens",
        {
            "Not available in this version of the console.": "此版本的值班台尚未提供该功能。",
            "This screen could not be opened (%1).": "无法打开此界面(%1)。",
            "This screen could not be opened.": "无法打开此界面。",
        },
    ),
    **_in(
        "CalendarBanner",
        {
            "Open the holiday calendar": "打开节假日安排",
            "Checking the holiday calendar": "检查节假日安排",
            "The %1 public holidays have not been entered yet; deadlines count Monday to "
            "Friday.": "%1年节假日安排尚未录入，期限按周一至周五计算",
        },
    ),
    **_in(
        "CalendarImportDialog",
        {
            "Import the holiday notice": "导入放假通知",
            "A CSV with one day or a range per line: date, kind (holiday/workday, or 放假/上班), "
            "name. Nothing is stored unless every line is right.": (
                "CSV 文件，每行一天或一个日期范围：日期、类型(holiday/workday，或 放假/上班)、"
                "名称。只有全部行都正确才会保存。"
            ),
            "The notice saved as CSV": "另存为 CSV 的放假通知",
            "Importing the holiday notice": "导入放假通知",
            "Holiday notice": "放假通知",
            "Stored %1 days (%2). Running clocks moved: %3.": (
                "已保存 %1 天(%2年)。调整的在办时限：%3 件。"
            ),
            "Nothing was stored: %1": "未保存任何内容：%1",
            "Nothing was stored: fix the %1 lines below and import again.": (
                "未保存任何内容：请改正下列 %1 行后重新导入。"
            ),
        },
    ),
    **_in(
        "CalendarPanel",
        {
            "Holiday": "放假",
            "Make-up workday": "调休上班",
            "Weekend (off)": "周末(休息)",
            "Working day": "工作日",
            "entered": "已录入",
            "library": "日历库",
            "Name, e.g. 春节": "名称，如 春节",
            "Holiday (&H)": "放假 (&H)",
            "Make-up workday (&W)": "调休上班 (&W)",
            "Back to library (Del)": "恢复日历库 (Del)",
            "Keys: arrows move the day (PgUp/PgDn a month) · H holiday · W make-up workday · "
            "Del back to the library · Enter types the name": (
                "按键：方向键移动日期(PgUp/PgDn 翻月) · H 放假 · W 调休上班 · "
                "Del 恢复日历库 · Enter 输入名称"
            ),
            "Date": "日期",
            "Day": "星期",
            "Kind": "类型",
            "Name": "名称",
            "Source": "来源",
            "Holiday, entered": "放假(已录入)",
            "Holiday, from the library": "放假(日历库)",
            "Make-up workday, entered": "调休上班(已录入)",
            "Make-up workday, library": "调休上班(日历库)",
            "Weekend": "周末",
        },
    ),
    **_in(
        "CalendarScreen",
        {
            "%1: the official calendar from the library; nothing entered.": (
                "%1年：采用日历库中的官方安排，未录入。"
            ),
            "%1: entered by an administrator (the library does not know this year).": (
                "%1年：由管理员录入(日历库尚无该年数据)。"
            ),
            "%1: the library's calendar with days entered by an administrator.": (
                "%1年：日历库安排，另有管理员录入的日期。"
            ),
            "%1: no holiday schedule yet, so deadlines count Monday to Friday. "
            "Enter the State Council's notice.": (
                "%1年：尚无节假日安排，期限按周一至周五计算。请录入国务院办公厅放假通知。"
            ),
            "Holiday calendar — Administration": "节假日安排 — 系统管理",
            "Import notice…": "导入放假通知…",
            "Year": "年份",
            "%1: loading…": "%1年：读取中…",
            "Loading the holiday calendar": "读取节假日安排",
            "Only administrators change the calendar.": "只有管理员可以修改节假日安排。",
            "Nothing was entered for %1: it follows the library already.": (
                "%1 没有录入内容：已按日历库计算。"
            ),
            "Type the name first (e.g. 春节), then press the key.": (
                "请先输入名称(如 春节)，再按键。"
            ),
            "Sending %1…": "正在提交 %1…",
            "Changing the holiday calendar": "修改节假日安排",
            "back to the library": "恢复日历库",
            "%1: %2. Running clocks moved: %3.": "%1：%2。调整的在办时限：%3 件。",
            "only administrators change the calendar": "只有管理员可以修改节假日安排",
            "%1 not changed: %2": "%1 未修改：%2",
            "The calendar was not read: %1": "未能读取节假日安排：%1",
            "Notice imported: %1 days stored. Running clocks moved: %2.": (
                "放假通知已导入：保存 %1 天。调整的在办时限：%2 件。"
            ),
        },
    ),
    **_in(
        "CameraForm",
        {
            "Camera": "摄像头",
            "Maintenance": "维护中",
            "e.g. 学田街道 工农路口": "如 学田街道 工农路口",
            "Street centre": "街道中心",
            "Put the camera at the centre of its street": "把摄像头放在所属街道的中心",
            "Test stream": "测试视频流",
            "Save": "保存",
            "Revert": "撤销修改",
            "Code": "编号",
            "Name": "名称",
            "Kind": "类型",
            "Status": "状态",
            "Latitude": "纬度",
            "Longitude": "经度",
            "Stream URL": "视频流地址",
            "New camera": "新增摄像头",
            "Camera %1": "摄像头 %1",
        },
    ),
    **_in(
        "CameraReplies",
        {
            "This code is taken by another camera: choose another code.": (
                "该编号已被其他摄像头使用：请换一个编号。"
            ),
            "Not saved: the code is in use. Your entries are kept.": (
                "未保存：编号已被使用。已填写的内容保留。"
            ),
            "Not saved: fix the marked fields. Your entries are kept.": (
                "未保存：请修改标出的字段。已填写的内容保留。"
            ),
            "This camera was removed meanwhile. Your entries are kept: Save adds it as a new "
            "camera.": "该摄像头已被删除。已填写的内容保留：保存将作为新摄像头添加。",
            "Only administrators may change the cameras.": "只有管理员可以修改摄像头。",
            "Not saved: %1 Your entries are kept.": "未保存：%1 已填写的内容保留。",
            "Camera %1 was removed by another administrator. What the form shows is kept: "
            "Save adds it again.": "摄像头 %1 已被其他管理员删除。表单内容保留：保存将重新添加。",
            "Camera %1 was changed by another administrator meanwhile. Your edits are kept; "
            "Save sends only the fields you changed.": (
                "摄像头 %1 刚被其他管理员修改。您的修改保留；保存时只提交您改动的字段。"
            ),
            "New camera": "新增摄像头",
        },
    ),
    **_in(
        "CameraTable",
        {
            "Code": "编号",
            "Name": "名称",
            "Kind": "类型",
            "Status": "状态",
            "Stream URL": "视频流地址",
        },
    ),
    **_in(
        "CamerasScreen",
        {
            "Cameras — Administration": "摄像头管理 — 系统管理",
            "Filter: code, name, street, URL…": "筛选：编号、名称、街道、地址…",
            "New camera": "新增摄像头",
            "Move…": "移动位置…",
            "Change the chosen camera's coordinates": "修改所选摄像头的坐标",
            "Set status": "设置状态",
            "Delete…": "删除…",
            "Nothing changed.": "没有修改。",
            "Choose a camera in the list first.": "请先在列表中选择摄像头。",
            "Remove camera %1 (%2) from the registry? Consoles stop showing it.": (
                "从摄像头台账中删除 %1(%2)？各值班台将不再显示该摄像头。"
            ),
            "Delete camera": "删除摄像头",
            "Give a stream URL first.": "请先填写视频流地址。",
            "Stream test": "视频流测试",
            "Type the new latitude and longitude (or take the street centre), then Save.": (
                "输入新的纬度和经度(或使用街道中心)，然后保存。"
            ),
            "Camera %1 saved.": "摄像头 %1 已保存。",
            "Camera %1 is now %2.": "摄像头 %1 现为%2。",
            "Camera %1 deleted.": "摄像头 %1 已删除。",
            "Sending…": "正在提交…",
            "Changing the cameras": "修改摄像头",
            "the new camera": "新摄像头",
            "Save or revert the changes to %1 first.": "请先保存或撤销对 %1 的修改。",
        },
    ),
    **_in(
        "StreamPreview",
        {
            "Stream test": "视频流测试",
            "Test stream plays the URL here, as the video wall will, before you save it.": (
                "保存前，“测试视频流”在此按视频墙的方式播放该地址。"
            ),
            "Stop": "停止",
            "Connecting…": "连接中…",
            "The stream plays (%1 × %2).": "视频流播放正常(%1 × %2)。",
            "The stream plays but stalls (buffering).": "视频流能播放但卡顿(缓冲中)。",
            "No picture: %1. Trying again in %2 s.": "无画面：%1。%2 秒后重试。",
            "the stream could not be opened": "无法打开视频流",
        },
    ),
    # The admin log's new kinds and actions (map layers, volunteer service)
    ("AdminLog", "Map layer"): "地图图层",
    ("AdminLog", "Volunteer service"): "志愿服务",
    ("AdminLog", "Add team"): "新增服务队",
    ("AdminLog", "Change team"): "修改服务队",
    ("AdminLog", "Add service category"): "新增服务类别",
    ("AdminLog", "Change service category"): "修改服务类别",
}
