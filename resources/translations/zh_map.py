"""zh_CN for the map pane (issue #20): layers, cases, cameras, patrols, intake heat, the
call's point.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese; among the files the first by name wins, so
strings shared with other panes, e.g. "Loading the cameras", keep theirs).
"""

from __future__ import annotations

ZH_MAP: dict[str | tuple[str, str], str] = {
    # Panes
    "Map": "地图",
    # MapPane
    "Schematic (示意): %1": "示意图层(非测绘数据):%1",
    "Loading the map": "读取地图图层",
    "Loading the cameras": "读取摄像头",
    "Cameras not loaded: %1": "摄像头列表未能加载：%1",
    "Loading the patrols": "读取巡河记录",
    "Patrols not loaded: %1": "巡河记录未能加载：%1",
    "Loading the intake heat": "读取受理热力",
    "Intake heat not loaded: %1": "受理热力未能加载：%1",
    "Loading the patrol tracks": "读取巡河轨迹",
    "Patrol tracks not loaded: %1": "巡河轨迹未能加载：%1",
    "Layers not drawn: %1": "以下图层无法绘制：%1",
    "The map layers could not be loaded: %1": "地图图层未能加载：%1",
    "Finding the street of the point": "查找该点所在街道",
    "The street of the point is not known: %1": "未能确定该点所在街道：%1",
    # MapBar
    "Cameras": "摄像头",
    "Intake by area over a period (the hot spots)": "按区域统计一段时间内的受理量(热点)",
    "by street": "按街道",
    "by grid": "按网格",
    "Patrol tracks of": "巡河轨迹:",
    "Select area": "框选",
    "Drag a rectangle to mark cases (Shift+drag does it too)": (
        "拖出矩形框选案件(按住 Shift 拖动亦可)"
    ),
    "%1 marked": "已框选 %1 件",
    "Dispatch marked…": "批量派遣…",
    "Urge marked…": "批量催办…",
    "Set call point": "在图上定位来电",
    "Click on the map to set the point of the call being taken": (
        "在地图上点击,设定正在受理来电的位置"
    ),
    "Whole district": "全区",
    # SidePanel
    "Intake: %1 cases": "受理:%1 件",
    "Area colour: dark few … bright %1 cases": "区域颜色:深色少 … 亮色 %1 件",
    "Top areas": "受理最多的区域",
    "Top categories": "受理最多的类别",
    "No cases in the period": "该时段无案件",
    "Patrols of the day": "当日巡河",
    "No patrol that day": "当日无巡河记录",
    ("MapBar", "No heat"): "不显示热力",
    ("MapBar", "Today"): "今日",
    ("MapBar", "Last 7 days"): "近 7 天",
    ("MapBar", "Last 30 days"): "近 30 天",
}
