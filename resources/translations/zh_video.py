"""zh_CN for the video pane: the wall, its slots, the camera list and snapshots (issue #6).

English source → Chinese; update.py merges every zh_*.py of this folder into its tables
(entries update.py already has keep their Chinese).
"""

from __future__ import annotations

ZH_VIDEO: dict[str, str] = {
    # Panes
    "Video": "视频监控",
    # SlotView
    "No camera": "无摄像头",
    "Connecting": "连接中",
    "Playing": "播放中",
    "Buffering": "缓冲中",
    "Signal lost": "信号中断",
    "Empty slot: double-click a camera in the list": "空闲画面：在左侧列表中双击摄像头",
    "pinned": "已固定",
    "Reconnecting in %1 s": "%1 秒后重连",
    "Reconnecting…": "正在重连…",
    # FullScreenHost
    "Video — full screen (Esc to return)": "视频 — 全屏(按 Esc 返回)",
    # CameraTree
    "Near %1": "%1 附近",
    "City center relay": "市中心转播",
    "%1 street": "%1街道",
    "offline": "离线",
    "maintenance": "维护中",
    "Other": "其他",
    # VideoPane
    "%1 slots": "%1 画面",
    "Show nearest": "显示附近摄像头",
    "Fill the wall with the cameras near the case": "用案件附近的摄像头填满画面墙",
    "Pin city relay": "固定市中心转播",
    "Keep the city relay in the chosen slot": "把市中心转播固定在所选画面，其他画面切换时不变",
    "Snapshot to case": "截图存证",
    "Attach the chosen slot's picture to the selected case as evidence": (
        "把所选画面的当前图像作为证据附到所选案件"
    ),
    "Full screen": "全屏",
    "Show the chosen slot full screen (Esc returns)": "全屏显示所选画面(按 Esc 返回)",
    "Sound off": "已静音",
    "Sound on": "声音开",
    "The only slot holds the pinned relay: unpin it first.": (
        "唯一的画面固定为市中心转播：请先取消固定。"
    ),
    "Select a case first: the snapshot is attached to it.": "请先选择案件：截图将附到该案件。",
    "The chosen slot shows no live picture to keep.": "所选画面没有可保存的实时图像。",
    "Attaching the snapshot to %1…": "正在把截图附到 %1…",
    "Snapshot “%1” attached to %2.": "截图“%1”已附到 %2。",
    "Snapshot not attached: %1": "截图未能附上：%1",
    "Attaching a snapshot": "上传截图",
    "Loading cameras": "加载摄像头列表",
    "Cameras not loaded: %1": "摄像头列表未能加载：%1",
    "Finding cameras near the case": "查找案件附近的摄像头",
    "The server has no city relay to pin.": "服务器没有可固定的市中心转播。",
    "earlier connections are still closing": "之前的连接尚未关闭",
    "The server cannot take the snapshot now. It is kept on this computer and attached to %1 "
    "when the connection is back.": "服务器暂时无法接收截图。"
    "截图已保存在本机，恢复连接后自动附到 %1。",
    "Sending kept snapshots": "补传本机保存的截图",
    "Kept snapshots refused by the server: %1": "本机保存的截图被服务器拒收：%1",
    "Kept snapshots attached: %1.": "本机保存的截图已补传：%1 张。",
}
