"""Rivers of 崇川区 with their segments and chiefs, seeded into every new database.

The rivers are real; segment bounds, points and chiefs' names are illustrative demo data.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Patrol, River, RiverSegment, Street
from server.services.patrols import track_km
from server.services.workcalendar import SHANGHAI

# code, name, district river chief, length in km
RIVERS = [
    ("jintong", "金通河", "陈立新", 9.6),
    ("haohe", "濠河", "周文斌", 10.0),
    ("tonglv", "通吕运河", "顾海峰", 12.4),
    ("jiuweigang", "九圩港河", "陆建平", 8.2),
    ("haigang", "海港引河", "朱永华", 6.8),
]

# code, river code, name, street code, segment chief, middle point (lat, lon)
SEGMENTS = [
    ("jintong-tangzha", "jintong", "唐闸段", "tangzha", "张国强", 32.078, 120.822),
    ("jintong-yongxing", "jintong", "永兴段", "yongxing", "刘美华", 32.070, 120.842),
    ("jintong-xingfu", "jintong", "幸福段", "xingfu", "王海军", 32.058, 120.872),
    ("haohe-hepingqiao", "haohe", "和平桥段", "hepingqiao", "孙丽萍", 32.018, 120.868),
    ("haohe-xuetian", "haohe", "学田段", "xuetian", "吴志明", 32.000, 120.862),
    ("haohe-chengdong", "haohe", "城东段", "chengdong", "郑春燕", 32.010, 120.888),
    ("tonglv-qinzao", "tonglv", "秦灶段", "qinzao", "钱卫国", 32.048, 120.918),
    ("tonglv-chenqiao", "tonglv", "陈桥段", "chenqiao", "冯晓东", 32.086, 120.902),
    ("jiuweigang-tangzha", "jiuweigang", "唐闸段", "tangzha", "许红梅", 32.088, 120.808),
    ("haigang-rengang", "haigang", "任港段", "rengang", "何建军", 32.024, 120.838),
    ("haigang-guanyinshan", "haigang", "观音山段", "guanyinshan", "马玉兰", 31.972, 120.928),
]


def seed_rivers(session: Session) -> bool:
    """Insert the rivers and segments into an empty rivers table; False if they were there."""
    if session.scalar(select(River.id).limit(1)) is not None:
        return False
    streets = {
        code: street_id for street_id, code in session.execute(select(Street.id, Street.code))
    }
    rivers = {
        code: River(code=code, name=name, chief_name=chief, length_km=length)
        for code, name, chief, length in RIVERS
    }
    session.add_all(rivers.values())
    session.flush()
    for code, river, name, street, chief, lat, lon in SEGMENTS:
        session.add(
            RiverSegment(
                river_id=rivers[river].id,
                code=code,
                name=name,
                street_id=streets.get(street),
                chief_name=chief,
                lat=lat,
                lon=lon,
            )
        )
    session.flush()
    return True


def seed_demo_patrols(session: Session, count: int, now: datetime, seed: int = 311) -> int:
    """Demo patrol history over the last eight weeks (none if any patrol exists).

    Monday is river-chief action day (河长行动日), so Mondays get most of the patrols.
    """
    if count <= 0 or session.scalar(select(Patrol.id).limit(1)) is not None:
        return 0
    rng = random.Random(seed)
    segments = list(session.scalars(select(RiverSegment).order_by(RiverSegment.id)))
    today = now.astimezone(SHANGHAI).date()
    monday = today - timedelta(days=today.weekday())
    for _ in range(count):
        day = monday - timedelta(weeks=rng.randrange(8), days=rng.choice([0, 0, 0, 1, 2, 3, 4]))
        started = datetime.combine(day, time(8), SHANGHAI) + timedelta(minutes=rng.randrange(480))
        if started > now - timedelta(hours=3):
            started -= timedelta(weeks=1)
        segment = rng.choice(segments)
        track = _walk(rng, segment.lat, segment.lon, started, rng.randrange(20, 60))
        km = track_km(track)
        session.add(
            Patrol(
                river_id=segment.river_id,
                segment_id=segment.id,
                patroller=segment.chief_name,
                started_at=started,
                ended_at=track[-1][2],
                distance_km=km,
                reported_km=round(km * rng.uniform(0.95, 1.08), 1),
                debris_tons=round(rng.choice([0, 0, 0.2, 0.5, 0.8, 1.2]), 1),
                note="",
                track=[[lat, lon, at.isoformat()] for lat, lon, at in track],
                created_by="河长App(演示)",
                created_at=track[-1][2],
            )
        )
    session.flush()
    return count


def _walk(
    rng: random.Random, lat: float, lon: float, start: datetime, points: int
) -> list[tuple[float, float, datetime]]:
    """A walk along a river bank: about 4 km/h, a point every two minutes."""
    heading = rng.uniform(0, 2 * math.pi)
    track = []
    for n in range(points):
        track.append((round(lat, 6), round(lon, 6), start + timedelta(minutes=2 * n)))
        heading += rng.uniform(-0.3, 0.3)
        step = 0.133 / 111  # 133 m in degrees of latitude
        lat += step * math.cos(heading)
        lon += step * math.sin(heading) / math.cos(math.radians(lat))
    return track
