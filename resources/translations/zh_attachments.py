"""zh_CN for the case detail's photo thumbnails and the photo viewer.

English source → Chinese; update.py merges every zh_*.py of this folder into its tables.
"""

from __future__ import annotations

ZH_ATTACHMENTS: dict[str, str] = {
    "Loading…": "加载中…",
    "No preview": "无预览",
    "Not loaded": "未能加载",
    "Loading the photo": "加载照片",
    "The photo could not be loaded: %1": "照片未能加载：%1",
}
