"""zh_CN for the patrol view (巡河, issue #21): the list by river, patroller and week, a
patrol's track, photos and problems, and the week's 河长行动日 compliance.

(Qt context, English source) → Chinese; update.py merges every zh_*.py of this folder into
its tables (entries update.py already has keep their Chinese).
"""

from __future__ import annotations

# fmt: off
ZH_PATROLS: dict[tuple[str, str], str] = {
    ("Panes", "Patrol view"): "巡河",
    # PatrolPane
    ("PatrolPane", "Previous week"): "上一周",
    ("PatrolPane", "Next week"): "下一周",
    ("PatrolPane", "This week"): "本周",
    ("PatrolPane", "River:"): "河道：",
    ("PatrolPane", "Patroller:"): "巡河人：",
    ("PatrolPane", "Reload"): "刷新",
    ("PatrolPane", "Started"): "开始时间",
    ("PatrolPane", "River"): "河道",
    ("PatrolPane", "Segment"): "河段",
    ("PatrolPane", "Patroller"): "巡河人",
    ("PatrolPane", "Minutes"): "分钟",
    ("PatrolPane", "km"): "公里",
    ("PatrolPane", "Problems"): "问题",
    ("PatrolPane", "Patrol list"): "巡河记录",
    ("PatrolPane", "Action day (Monday)"): "河长行动日（周一）",
    ("PatrolPane", "Loading…"): "正在读取…",
    ("PatrolPane", "Loading patrols"): "读取巡河记录",
    ("PatrolPane", "%1 patrol(s) this week"): "本周巡河 %1 次",
    ("PatrolPane", "Not loaded: %1"): "未能读取：%1",
    ("PatrolPane", "Week %1: %2 – %3"): "第%1周：%2 – %3",
    ("PatrolPane", "All rivers"): "全部河道",
    ("PatrolPane", "Everyone"): "全部人员",
    ("PatrolPane", "Loading a patrol"): "读取巡河详情",
    ("PatrolPane", "Loading a photo"): "读取照片",
    ("PatrolPane", "Patrol not loaded: %1"): "未能读取巡河记录：%1",
    ("PatrolPane", "This window has no map to show the track on."): "本窗口没有地图，无法显示轨迹。",  # noqa: E501
    # PatrolDetail
    ("PatrolDetail", "Show on map"): "在地图上显示",
    ("PatrolDetail", "Problem"): "问题",
    ("PatrolDetail", "Case"): "案件",
    ("PatrolDetail", "State"): "状态",
    ("PatrolDetail", "Department"): "承办部门",
    ("PatrolDetail", "Double-click a problem to show its case in the queue"): "双击问题，在案件队列中选中其案件",  # noqa: E501
    ("PatrolDetail", "Choose a patrol in the list."): "请在列表中选择一次巡河。",
    ("PatrolDetail", "not yours"): "无权查看",
    ("PatrolDetail", "No photos"): "无照片",
    ("PatrolDetail", "%1 — %2, %3, %4 min, %5 km, %6 problem(s)"): "%1 — %2，%3，%4 分钟，%5 公里，问题 %6 个",  # noqa: E501
    ("PatrolDetail", "The app reported %1 km: it does not agree with the track."): "巡河App上报 %1 公里，与轨迹不符。",  # noqa: E501
    # TrackView
    ("TrackView", "No track recorded"): "未记录轨迹",
    # ComplianceView
    ("ComplianceView", "River / segment"): "河道 / 河段",
    ("ComplianceView", "Chief"): "河长 / 段长",
    ("ComplianceView", "Street"): "街道",
    ("ComplianceView", "Patrols"): "巡河次数",
    ("ComplianceView", "Last patrol"): "最近巡河",
    ("ComplianceView", "none since Monday"): "周一以来未巡河",
    ("ComplianceView", "%1 of %2 segments have no patrol since Monday %3."): "%2 个河段中有 %1 个自周一（%3）以来未巡河。",  # noqa: E501
    ("ComplianceView", "%1 of %2 segments had no patrol in the week of %3."): "%3 当周 %2 个河段中有 %1 个未巡河。",  # noqa: E501
    ("ComplianceView", "Every segment was patrolled in the week of %3."): "%3 当周所有河段均已巡河。",  # noqa: E501
}
# fmt: on
