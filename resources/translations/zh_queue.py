"""zh_CN of the queue at scale (issue #14): older ended cases loaded on demand."""

from __future__ import annotations

ZH_QUEUE: dict[str, str] = {
    "Loading older closed cases": "正在加载较早的已结案件",
    "More closed cases…": "更多已结案件…",
    "Closed cases older than the last days are kept on the server: load more": (
        "近几日以前的已结案件保存在服务器上：点击加载更多"
    ),
}
