"""The district's reference data (docs/domain.md), seeded into every new database (demo or not)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Category, Community, Department, Grid, SlaRule, Street
from server.services.sla import limit_minutes

# code, name, approximate centre (the district lies near 32.0° N, 120.86° E)
STREETS = [
    ("chengdong", "城东", 32.012, 120.905),
    ("hepingqiao", "和平桥", 32.021, 120.872),
    ("rengang", "任港", 32.026, 120.845),
    ("xinchengqiao", "新城桥", 32.004, 120.880),
    ("hongqiao", "虹桥", 32.041, 120.866),
    ("xuetian", "学田", 31.998, 120.862),
    ("zhongxiu", "钟秀", 32.033, 120.888),
    ("wenfeng", "文峰", 31.985, 120.887),
    ("guanyinshan", "观音山", 31.970, 120.935),
    ("langshan", "狼山镇", 31.955, 120.880),
    ("xingfu", "幸福", 32.060, 120.900),
    ("chenqiao", "陈桥", 32.090, 120.905),
    ("qinzao", "秦灶", 32.050, 120.925),
    ("yongxing", "永兴", 32.075, 120.840),
    ("tangzha", "唐闸镇", 32.080, 120.815),
]

# community, street code (the communities named in the source report)
COMMUNITIES = [
    ("朝晖社区", "xinchengqiao"),
    ("新中社区", "hongqiao"),
    ("碧林湾社区", "tangzha"),
    ("越江社区", "yongxing"),
    ("板桥社区", "chengdong"),
]
GRIDS_PER_COMMUNITY = 3

# code, name, handles cases
DEPARTMENTS = [
    ("emergency", "区应急管理局", True),
    ("police", "崇川公安分局", True),
    ("urban", "区城市管理局", True),
    ("housing", "区住房和城乡建设局", True),
    ("ecology", "区生态环境局", True),
    ("water", "区农业农村和水利局(河长办)", True),
    ("market", "区市场监督管理局", True),
    ("health", "区卫生健康委", True),
    ("civil", "区民政局", True),
    ("grid_center", "区网格化服务管理中心", False),
    ("hotline_center", "区12345政府公共服务中心", False),
    ("bigdata_center", "区大数据中心", False),
]

# code, name, kind, routing department
CATEGORIES = [
    ("street_vending", "占道经营", "complaint", "urban"),
    ("garbage", "垃圾暴露与乱堆乱放", "complaint", "urban"),
    ("illegal_building", "违章搭建", "report", "urban"),
    ("road_damage", "道路破损", "report", "housing"),
    ("manhole", "窨井盖缺失破损", "report", "housing"),
    ("street_light", "路灯故障", "report", "urban"),
    ("noise", "噪声扰民", "complaint", "ecology"),
    ("air_pollution", "大气污染", "complaint", "ecology"),
    ("water_pollution", "河道水体污染", "report", "water"),
    ("river_debris", "河面漂浮物与水草", "report", "water"),
    ("gas_leak", "燃气泄漏", "report", "emergency"),
    ("fire_hazard", "消防安全隐患", "report", "emergency"),
    ("food_safety", "食品安全", "complaint", "market"),
    ("price", "价格与消费纠纷", "complaint", "market"),
    ("public_order", "治安隐患", "report", "police"),
    ("property", "物业服务纠纷", "complaint", "housing"),
    ("health_service", "医疗卫生服务", "consultation", "health"),
    ("social_aid", "困难救助", "help", "civil"),
    ("policy", "政策咨询", "consultation", "civil"),
    ("suggestion", "意见建议", "suggestion", "urban"),
]
# The urgency a new case of these categories takes unless the report says otherwise (others:
# normal). A gas leak can explode at any minute; a fire hazard or an open manhole hurts people
# the same day.
DEFAULT_URGENCIES = {"gas_leak": "emergency", "fire_hazard": "urgent", "manhole": "urgent"}

# urgency, step, amount, unit — for every category (kind-specific handle limits below)
DEFAULT_RULES = [
    ("normal", "accept", 1, "work_hours"),
    ("normal", "dispatch", 2, "work_hours"),
    ("normal", "sign", 1, "work_days"),
    ("normal", "handle", 13, "work_days"),
    ("normal", "verify", 1, "work_days"),
    ("urgent", "accept", 0.5, "work_hours"),
    ("urgent", "dispatch", 1, "work_hours"),
    ("urgent", "sign", 2, "work_hours"),
    ("urgent", "handle", 1, "work_days"),
    ("urgent", "verify", 4, "work_hours"),
    ("emergency", "accept", 0.25, "hours"),
    ("emergency", "dispatch", 0.5, "hours"),
    ("emergency", "sign", 0.5, "hours"),
    ("emergency", "handle", 4, "hours"),
    ("emergency", "verify", 2, "hours"),
]
# Published 12345 rules: consultation and help within 3 working days, others 13.
KIND_HANDLE_RULES = [("consultation", 3), ("help", 3)]
# Hazards on the road are handled within one working day even when reported as normal.
CATEGORY_HANDLE_RULES = [("manhole", 1), ("gas_leak", 1)]


def seed_reference(session: Session) -> bool:
    """Insert the reference data into an empty database; returns False if it was there."""
    if session.scalar(select(Street.id).limit(1)) is not None:
        return False
    streets = {
        code: Street(code=code, name=name, lat=lat, lon=lon) for code, name, lat, lon in STREETS
    }
    session.add_all(streets.values())
    departments = {
        code: Department(code=code, name=name, handles_cases=handles)
        for code, name, handles in DEPARTMENTS
    }
    session.add_all(departments.values())
    session.flush()
    for index, (name, street_code) in enumerate(COMMUNITIES, start=1):
        community = Community(name=name, street_id=streets[street_code].id)
        session.add(community)
        session.flush()
        for n in range(1, GRIDS_PER_COMMUNITY + 1):
            session.add(
                Grid(
                    code=f"{street_code}-{index:02d}-{n:02d}",
                    name=f"{name}第{n}网格",
                    community_id=community.id,
                )
            )
    categories = {
        code: Category(
            code=code,
            name=name,
            kind=kind,
            department_id=departments[dept].id,
            default_urgency=DEFAULT_URGENCIES.get(code, "normal"),
        )
        for code, name, kind, dept in CATEGORIES
    }
    session.add_all(categories.values())
    session.flush()
    for urgency, step, amount, unit in DEFAULT_RULES:
        minutes, clock = limit_minutes(amount, unit)
        session.add(SlaRule(urgency=urgency, step=step, minutes=minutes, clock=clock))
    for kind, days in KIND_HANDLE_RULES:
        minutes, clock = limit_minutes(days, "work_days")
        session.add(
            SlaRule(
                category_kind=kind, urgency="normal", step="handle", minutes=minutes, clock=clock
            )
        )
    for code, days in CATEGORY_HANDLE_RULES:
        minutes, clock = limit_minutes(days, "work_days")
        session.add(
            SlaRule(
                category_id=categories[code].id,
                urgency="normal",
                step="handle",
                minutes=minutes,
                clock=clock,
            )
        )
    session.flush()
    return True
