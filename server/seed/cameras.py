"""Demo cameras: two or three per street and the city center's relay, only in demo mode.

A real deployment starts with an empty registry: the administrator adds the district's
cameras (their RTSP or HLS addresses) through the API. The demo ones play the bundled clip
from this server (`/media/live/<code>`), so they are removed when the server runs without
--demo, where that route does not exist.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from server.models import Camera, Street

# street code → code prefix, and the places of its cameras (the first one at the centre's
# north-east, the others around it)
DEMO_CAMERAS: dict[str, tuple[str, list[str]]] = {
    "chengdong": ("CD", ["青年东路口", "通甲路口", "城东农贸市场"]),
    "hepingqiao": ("HPQ", ["人民中路口", "濠河南路", "南大街口"]),
    "rengang": ("RG", ["任港路口", "城港路口"]),
    "xinchengqiao": ("XCQ", ["世纪大道口", "工农南路口", "朝晖社区"]),
    "hongqiao": ("HQ", ["虹桥路口", "新中社区"]),
    "xuetian": ("XC", ["工农路口", "青年中路口", "濠河学田段"]),
    "zhongxiu": ("ZX", ["钟秀路口", "通京大道口"]),
    "wenfeng": ("WF", ["文峰公园", "星光大道口"]),
    "guanyinshan": ("GYS", ["观音山路口", "星湖大道口"]),
    "langshan": ("LS", ["狼山风景区北门", "啬园路口"]),
    "xingfu": ("XF", ["幸福路口", "金通河幸福段"]),
    "chenqiao": ("CQ", ["通扬路口", "通吕运河陈桥段"]),
    "qinzao": ("QZ", ["秦灶路口", "通富路口"]),
    "yongxing": ("YX", ["永兴路口", "越江社区"]),
    "tangzha": ("TZ", ["唐闸古镇", "碧林湾社区", "九圩港河唐闸段"]),
}
# Offsets (degrees of latitude, longitude) from the street centre: a few hundred metres.
OFFSETS = [(0.0030, 0.0025), (-0.0040, 0.0030), (0.0020, -0.0045)]
# Not every camera works: the demo shows the other states too.
DEMO_STATUS = {"CAM-ZX-002": "maintenance", "CAM-LS-002": "offline"}
RELAY = ("RELAY-NT-001", "南通市指挥中心 直播转发", "xinchengqiao", 32.0105, 120.8640)


def live_url(code: str) -> str:
    """Where this server streams the demo clip live for a camera code."""
    return f"/media/live/{code}"


def seed_demo_cameras(session: Session) -> int:
    """Insert the demo cameras and relay into an empty registry; returns how many."""
    if session.scalar(select(Camera.id).limit(1)) is not None:
        return 0
    streets = {s.code: s for s in session.scalars(select(Street))}
    cameras: list[Camera] = []
    for street_code, (prefix, places) in DEMO_CAMERAS.items():
        street = streets[street_code]
        for number, (place, (dlat, dlon)) in enumerate(zip(places, OFFSETS, strict=False), 1):
            code = f"CAM-{prefix}-{number:03d}"
            cameras.append(
                Camera(
                    code=code,
                    name=f"{street.name}街道 {place}",
                    street_id=street.id,
                    lat=round(street.lat + dlat, 6),
                    lon=round(street.lon + dlon, 6),
                    stream_url=live_url(code),
                    kind="camera",
                    status=DEMO_STATUS.get(code, "online"),
                    demo=True,
                )
            )
    code, name, street_code, lat, lon = RELAY
    cameras.append(
        Camera(
            code=code,
            name=name,
            street_id=streets[street_code].id,
            lat=lat,
            lon=lon,
            stream_url=live_url(code),
            kind="relay",
            status="online",
            demo=True,
        )
    )
    session.add_all(cameras)
    session.flush()
    return len(cameras)


def remove_demo_cameras(session: Session) -> int:
    """Outside demo mode the demo cameras (and their demo streams) go; returns how many."""
    # A DML statement's result is a CursorResult (Session.execute is typed as any Result).
    result = cast(CursorResult[Any], session.execute(delete(Camera).where(Camera.demo.is_(True))))
    return int(result.rowcount or 0)
