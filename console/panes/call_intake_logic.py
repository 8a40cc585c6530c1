"""The 12345 intake form's rules, with no Qt and no I/O: checks, street detection, matching."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PHONE_CHARS = re.compile(r"^[0-9+\- ]*$")
PHONE_MAX = 40  # the server's limit
PHONE_MIN_DIGITS = 3  # 110, 119, 120 are the shortest numbers a caller can have
TITLE_MAX = 200
TITLE_WORDS = 20  # characters of the description that go into an automatic title
_CLAUSE_END = re.compile(r"[，。！？；,.!?;\n]")


def phone_problem(phone: str) -> str:
    """Why the phone number is refused ("" if it is fine or empty): a code, see PHONE_*."""
    phone = phone.strip()
    if not phone:
        return ""
    if not PHONE_CHARS.match(phone):
        return "chars"
    if len(phone) > PHONE_MAX:
        return "long"
    if sum(ch.isdigit() for ch in phone) < PHONE_MIN_DIGITS:
        return "short"
    return ""


def mask_phone(phone: str) -> str:
    """138****5678, as the server shows phones to those who may not see them in full."""
    phone = "".join(phone.split())
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


@dataclass(frozen=True)
class Category:
    """A category as the picker shows it: name, code, kind, routing department."""

    code: str
    name: str
    kind: str
    department: str  # the department's display name (its code when unknown)

    @property
    def search_text(self) -> str:
        """What type-ahead matches against: name, code and department, lower case."""
        return f"{self.name} {self.code} {self.code.replace('_', ' ')} {self.department}".lower()


def categories_of(reference: Mapping[str, Any]) -> list[Category]:
    """The categories of the reference data, with their department names."""
    departments = {d["code"]: d["name"] for d in reference.get("departments", [])}
    return [
        Category(
            code=c["code"],
            name=c["name"],
            kind=c.get("kind", ""),
            department=departments.get(c.get("department", ""), c.get("department", "")),
        )
        for c in reference.get("categories", [])
    ]


def match_categories(categories: Sequence[Category], text: str) -> list[Category]:
    """Categories whose name, code or department contains every word typed (any order)."""
    words = text.lower().split()
    return [c for c in categories if all(word in c.search_text for word in words)]


def resolve_category(categories: Sequence[Category], text: str) -> Category | None:
    """The category meant by the text: an exact name or code, else the only match."""
    text = text.strip()
    if not text:
        return None
    for category in categories:
        if text in (category.name, category.code):
            return category
    found = match_categories(categories, text)
    return found[0] if len(found) == 1 else None


def detect_street(address: str, reference: Mapping[str, Any]) -> str | None:
    """The street code an address names, as the server detects it; communities count too.

    Longest names first, so that 新城桥 is not taken for a shorter name inside it; a town
    street (…镇) is also found without its 镇.
    """
    if not address:
        return None
    streets = sorted(reference.get("streets", []), key=lambda s: len(s["name"]), reverse=True)
    for street in streets:
        name = street["name"]
        if name in address or name.removesuffix("镇") in address:
            return str(street["code"])
    communities = sorted(
        reference.get("communities", []), key=lambda c: len(c["name"]), reverse=True
    )
    for community in communities:
        if community["name"] in address:
            return str(community["street"])
    return None


def parse_coordinates(text: str) -> tuple[float, float] | None | str:
    """(lat, lon) from "32.04, 120.86" (lon first is swapped); None if empty; "bad" if wrong."""
    text = text.strip()
    if not text:
        return None
    parts = [p for p in re.split(r"[,，\s]+", text) if p]
    if len(parts) != 2:
        return "bad"
    try:
        first, second = float(parts[0]), float(parts[1])
    except ValueError:
        return "bad"
    if abs(first) > 90 >= abs(second):  # map tools often give lon, lat
        first, second = second, first
    if abs(first) > 90 or abs(second) > 180:
        return "bad"
    return first, second


def first_words(text: str, limit: int = TITLE_WORDS) -> str:
    """The start of a description, up to its first clause end or `limit` characters."""
    text = " ".join(text.split())
    match = _CLAUSE_END.search(text)
    if match is not None:
        text = text[: match.start()]
    if len(text) <= limit:
        return text.strip()
    cut = text[:limit]
    if " " in cut and cut.isascii():  # Latin text: do not cut a word in two
        cut = cut.rsplit(" ", 1)[0]
    return cut.strip() + "…"


def clip_title(title: str) -> str:
    """A title the server accepts (at most TITLE_MAX characters)."""
    title = " ".join(title.split())
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1] + "…"


def street_name(reference: Mapping[str, Any], code: str | None) -> str:
    """The display name of a street code ("" when none)."""
    for street in reference.get("streets", []):
        if street["code"] == code:
            return str(street["name"])
    return ""
