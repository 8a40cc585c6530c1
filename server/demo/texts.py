"""Realistic Chinese case texts for the demo: reports by channel, handling notes and reasons.

The phrases and templates are data in server.demo.texts_data; slots such as {road} or {place}
are filled from one dict per report so that title, description and address tell the same story.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from server.demo.texts_data import (
    BRIDGES,
    CHANNEL_CATEGORIES,
    CHANNEL_WEIGHTS,
    GIVEN,
    GRID_CLOSINGS,
    HOTLINE_DEMANDS,
    HOTLINE_OPENINGS,
    MOBILE_PREFIXES,
    OPEN311_TITLES,
    PLACES,
    RIVERS,
    ROADS,
    SHOPS,
    SURNAMES,
    TEMPLATES,
    TIMES,
    URGENCY_ODDS,
    VIDEO_EVENTS,
)
from server.schemas.case import CHANNELS, CaseCreate
from server.services.refdata import ReferenceData


def note(rng: random.Random, choices: Sequence[str], **slots: object) -> str:
    """One of the notes, with its slots filled."""
    return rng.choice(choices).format(n=rng.randint(1, 6), **slots)


def person(rng: random.Random) -> str:
    """A plausible Chinese name."""
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def mobile(rng: random.Random) -> str:
    """An 11-digit mobile number."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def pick_channel(rng: random.Random) -> str:
    """A channel, as often as it brings cases in."""
    return rng.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]


def pick_urgency(rng: random.Random, category: str) -> str:
    """Gas and fire are often emergencies, open manholes urgent; most matters are normal."""
    emergency, urgent = URGENCY_ODDS.get(category, (0.0, 0.05))
    roll = rng.random()
    return "emergency" if roll < emergency else "urgent" if roll < emergency + urgent else "normal"


def make_report(
    rng: random.Random,
    ref: ReferenceData,
    channel: str | None = None,
    *,
    category: str | None = None,
    street: str | None = None,
) -> CaseCreate:
    """A valid report as its channel would send it; the address names the street."""
    channel = channel or pick_channel(rng)
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    code = category or rng.choice(CHANNEL_CATEGORIES.get(channel) or sorted(TEMPLATES))
    place = ref.street_by_code[street] if street else rng.choice(list(ref.streets.values()))
    communities = [c for c in ref.communities.values() if c.street_id == place.id]
    community = rng.choice(communities) if communities and rng.random() < 0.7 else None
    grids = [g for g in ref.grids.values() if community and g.community_id == community.id]
    grid = rng.choice(grids) if grids and rng.random() < 0.8 else None
    road, road2 = rng.sample(ROADS, 2)
    slots = {
        "road": road,
        "road2": road2,
        "no": rng.randint(1, 399),
        "bld": rng.randint(1, 40),
        "unit": rng.randint(1, 6),
        "n": rng.randint(2, 9),
        "m": rng.choice((50, 80, 100, 150, 200, 300)),
        "sqm": rng.randint(10, 80),
        "age": rng.randint(68, 93),
        "place": community.name if community and rng.random() < 0.5 else rng.choice(PLACES),
        "shop": rng.choice(SHOPS),
        "time": rng.choice(TIMES),
        "river": rng.choice(RIVERS),
        "bridge": rng.choice(BRIDGES),
        "caller": rng.choice(SURNAMES) + rng.choice("先生 女士".split()),
    }
    titles, *details = TEMPLATES[code]
    # Titles and details are written in pairs, so the title sums up the same matter.
    index = rng.randrange(len(details))
    template = details[index]
    title = titles.split("|")[index].format(**slots)
    detail = template.format(**slots)
    if channel == "video":
        # A camera sees a crossing, whatever a citizen would have written.
        template = "{road}与{road2}"
    address = _address(place.name, community.name if community else "", template, slots)
    title, description, name, phone = _by_channel(rng, channel, code, title, detail, slots)
    return CaseCreate(
        channel=channel,  # type: ignore[arg-type]
        category=code,
        urgency=pick_urgency(rng, code),  # type: ignore[arg-type]
        title=title,
        description=description,
        address=address,
        community=community.name if community else None,
        grid=grid.code if grid else None,
        lat=round(place.lat + rng.uniform(-0.006, 0.006), 6),
        lon=round(place.lon + rng.uniform(-0.006, 0.006), 6),
        reporter_name=name,
        reporter_phone=phone,
        # The city's 交办 number, made of the draws above (no new draw: same reports as before).
        external_ref=f"NTSZ-{slots['no']:03d}{slots['bld']:02d}{slots['unit']}"
        if channel == "city"
        else None,
    )


def _address(street: str, community: str, template: str, slots: dict[str, object]) -> str:
    """Where the detail says the matter is, under the street (and community) it lies in."""
    area = f"崇川区{street}街道{community}"
    if "{river}" in template:
        return f"{area}{slots['river']}{slots['bridge']}附近"
    if "{road}{no}号" in template or "{place}" not in template:
        if "{road}与{road2}" in template:
            return f"{area}{slots['road']}与{slots['road2']}交叉口"
        return f"{area}{slots['road']}{slots['no']}号"
    place = "" if slots["place"] == community else slots["place"]
    return f"{area}{place}{slots['bld']}幢" if "{bld}" in template else f"{area}{place}"


def _by_channel(
    rng: random.Random, channel: str, code: str, title: str, detail: str, slots: dict[str, object]
) -> tuple[str, str, str, str]:
    """Title, description, reporter name and phone in the channel's own voice."""
    if channel == "hotline_12345":
        # Consultations already open with the caller (市民咨询…).
        opening = "" if detail.startswith(("市民", "来电人")) else rng.choice(HOTLINE_OPENINGS)
        opening = opening.format(**slots)
        caller = str(slots["caller"]) if rng.random() < 0.6 else person(rng)
        return title, opening + detail + rng.choice(HOTLINE_DEMANDS), caller, mobile(rng)
    if channel == "grid":
        text = f"网格员巡查发现：{detail}{rng.choice(GRID_CLOSINGS)}"
        return title, text, f"{person(rng)}(网格员)", mobile(rng)
    if channel == "river_patrol":
        where = f"{slots['river']}{slots['bridge']}段"
        text = f"河长巡河发现{where}：{detail}已拍照上传，请河长办协调处置。"
        return title, text, f"{person(rng)}(河道段长)", mobile(rng)
    if channel == "video":
        event = VIDEO_EVENTS.get(code, title)
        camera = f"{slots['road']}与{slots['road2']}交叉口高点"
        text = (
            f"视频智能分析告警：{camera}摄像头于{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
            f"识别到{event}，置信度0.{rng.randint(80, 98)}，请核实处置。"
        )
        return f"视频告警：{event}（{camera}）", text, camera, ""
    if channel == "city":
        text = f"市指挥中心交办：{detail}请崇川区按时限办结并反馈办理结果。"
        return title, text, "南通市指挥中心", f"0513-8{rng.randrange(10**7):07d}"
    english = OPEN311_TITLES.get(code)
    if english and rng.random() < 0.5:
        title = english.format(**slots)
        return title, f"Reported via GeoReport v2: {title}. {detail}", "web user", ""
    return title, detail, person(rng) if rng.random() < 0.5 else "网络用户", ""
