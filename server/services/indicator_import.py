"""The statistics bureau's sheet, saved as CSV, checked as a whole and stored all or nothing.

Columns (header row, English or Chinese, in any order; other columns are ignored):
period/期间, area/地区, indicator/指标, value/本期累计, growth/同比增长, target/目标增速
(optional), year_target/年度目标 (optional: the value the year should reach, kept per area,
indicator and year), unit/单位 (optional; checked against the indicator's unit). Areas and
indicators by code or Chinese name. Periods as 2026-10, 2026/10, 2026年10月 or 2026年1-10月;
January is reported with February (2026-02). The area may also be one of the district's streets
(板块: code, name or full name, e.g. 城东街道): such a line is kept with the streets' values,
ranked within the district, and carries no target. Growth and target in percent, a trailing %
allowed.

Line numbers are those a spreadsheet shows (the header is line 1; an empty line counts).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import IndicatorStreetValue, IndicatorTarget, IndicatorValue
from server.problems import Code, Problem
from server.services.indicators import (
    AREAS,
    INDICATOR_ALIASES,
    IndicatorInfo,
    indicators,
    period_problem,
)
from server.services.refdata import ReferenceData

MAX_LINES = 50_000
MAX_ERRORS = 200
COLUMNS: dict[str, tuple[str, ...]] = {
    "period": ("period", "期间", "时期", "统计期", "月份", "报告期"),
    "area": ("area", "地区", "区域", "县市区", "地区名称"),
    "indicator": ("indicator", "指标", "指标名称"),
    "value": ("value", "本期累计", "累计值", "本期累计值", "本年累计", "累计", "本期"),
    "growth": ("growth", "同比增长", "同比增速", "同比", "增速"),
    "target": ("target", "目标增速", "目标"),
    "year_target": ("year_target", "年度目标", "全年目标", "年度目标值"),
    "unit": ("unit", "单位", "计量单位"),
}
REQUIRED = ("period", "area", "indicator", "value", "growth")
AREA_ALIASES = {"开发区": "etdz", "南通开发区": "etdz", "苏锡通园区": "sxt", "苏锡通": "sxt",
                "通州湾": "tzw"}  # fmt: skip
PERIOD_FORMS = re.compile(
    r"^(\d{4})\s*(?:[-/.]|年)\s*(?:0?1\s*[-–—~～至]\s*)?(\d{1,2})\s*月?(?:份)?$"
)
BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
EMPTY = ("", "-", "—", "–", "/", "无")


@dataclass
class ParsedRow:
    """One checked line of the sheet."""

    line: int
    indicator: str
    area: str
    period: str
    value: float
    growth: float
    target: float | None
    year_target: float | None = None
    street: str | None = None  # a street's (板块's) line: `area` is empty


@dataclass
class Sheet:
    """The rows of a sheet, or the errors that keep it out."""

    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # the first MAX_ERRORS
    error_count: int = 0

    def error(self, line: int, column: str | None, message: str) -> None:
        """Note what is wrong on a line (`column` None: the whole line)."""
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:  # a garbage file must not fill the memory
            self.errors.append({"line": line, "column": column, "message": message})


def decode(data: bytes) -> str:
    """The text of a UTF-8 (with or without BOM) or GBK file; 422 for anything else."""
    if not data.strip():
        raise _unusable("The file is empty: send the sheet with its header row.")
    if b"\x00" in data:
        raise _unusable("The file is binary (it has NUL bytes): save the sheet as CSV.")
    for encoding in ("utf-8-sig", "gbk"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _unusable("The file is neither UTF-8 nor GBK text: save the sheet as CSV (UTF-8).")


def _unusable(detail: str) -> Problem:
    return Problem(
        422, "Unusable file", detail, code=Code.INVALID_CSV, kind="invalid-csv", errors=[]
    )


def _key(text: str) -> str:
    return BRACKETS.sub("", text).strip().strip("\ufeff").strip().rstrip("%％").strip().lower()


def _header(sheet: Sheet, cells: list[str]) -> dict[str, int]:
    names = {_key(alias): column for column, aliases in COLUMNS.items() for alias in aliases}
    where: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = names.get(_key(cell))
        if column is None:
            continue
        if column in where:
            sheet.error(1, column, f"the column '{column}' appears twice in the header")
        where[column] = index
    for column in REQUIRED:
        if column not in where:
            choices = " or ".join(f"'{alias}'" for alias in COLUMNS[column][:2])
            sheet.error(1, column, f"the header has no column {choices}")
    return where


def parse(text: str, infos: list[IndicatorInfo], streets: Mapping[str, str] | None = None) -> Sheet:
    """Check every line of the sheet; the rows are usable only when there are no errors.
    `streets`: the district's streets (板块) by code, name and full name."""
    sheet = Sheet()
    records = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(records, None)
        if header is None:
            raise _unusable("The file has no header row.")
        where = _header(sheet, header)
        if sheet.errors:
            return sheet
        lookup = _Lookup(infos, streets or {})
        seen: dict[tuple[str, str, str], int] = {}
        year_targets: dict[tuple[str, str, str], tuple[float, int]] = {}
        for line, cells in enumerate(records, start=2):
            if line > MAX_LINES:
                sheet.error(line, None, f"the sheet is longer than {MAX_LINES} lines: split it")
                break
            if not any(cell.strip() for cell in cells):
                continue
            row = _row(sheet, line, cells, where, lookup)
            if row is None:
                continue
            key = (row.indicator, row.period, row.area or f"street:{row.street}")
            if key in seen:
                sheet.error(line, None, f"repeats line {seen[key]}: the same period, area "
                                        "and indicator may appear only once")  # fmt: skip
            else:
                seen[key] = line
                sheet.rows.append(row)
            if row.year_target is not None:
                year = (row.indicator, row.area, row.period[:4])
                earlier = year_targets.setdefault(year, (row.year_target, line))
                if earlier[0] != row.year_target:
                    message = (f"line {earlier[1]} gives this year's target as "
                               f"{earlier[0]:g}, this line {row.year_target:g}")  # fmt: skip
                    sheet.error(line, "year_target", message)
    except csv.Error as exc:
        sheet.error(records.line_num, None, f"the CSV cannot be read here: {exc}")
    if not sheet.rows and not sheet.errors:
        raise _unusable("The file has a header but no data lines.")
    return sheet


class _Lookup:
    """Areas and indicators by code or Chinese name."""

    def __init__(self, infos: list[IndicatorInfo], streets: Mapping[str, str]) -> None:
        self.units = {info.code: info.unit for info in infos}
        self.indicators = {info.code: info.code for info in infos}
        self.indicators.update({_key(info.name): info.code for info in infos})
        self.indicators.update({_key(name): code for name, code in INDICATOR_ALIASES.items()})
        self.areas = {code: code for code, _ in AREAS} | AREA_ALIASES
        for code, name in AREAS:
            self.areas[name] = code
            self.areas.setdefault(re.sub("[区市县]$", "", name), code)
        self.streets = {alias: code for alias, code in streets.items() if alias not in self.areas}


def _row(
    sheet: Sheet, line: int, cells: list[str], where: dict[str, int], lookup: _Lookup
) -> ParsedRow | None:
    def cell(column: str) -> str:
        index = where.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    before = sheet.error_count
    period = _period(sheet, line, cell("period"))
    area = lookup.areas.get(cell("area")) or lookup.areas.get(cell("area").lower())
    street = None if area is not None else lookup.streets.get(cell("area"))
    if area is None and street is None:
        sheet.error(line, "area", f"unknown area '{cell('area')}': use a code such as "
                                  "chongchuan, a name such as 崇川区, or a street (板块) "
                                  "such as 城东街道")  # fmt: skip
    indicator = lookup.indicators.get(_key(cell("indicator")))
    if indicator is None:
        sheet.error(
            line,
            "indicator",
            f"unknown indicator '{cell('indicator')}': use a code "
            "such as budget_revenue or a name such as 一般公共预算收入",
        )
    elif cell("unit") and cell("unit") != lookup.units[indicator]:
        sheet.error(line, "unit", f"{indicator} is counted in {lookup.units[indicator]}, "
                                  f"not '{cell('unit')}'")  # fmt: skip
    value = _number(sheet, line, "value", cell("value"), 0.0, 1e9)
    growth = _number(sheet, line, "growth", cell("growth"), -100.0, 10_000.0)
    target = None
    if cell("target") not in EMPTY:
        target = _number(sheet, line, "target", cell("target"), -100.0, 10_000.0)
    year_target = None
    if cell("year_target") not in EMPTY:
        year_target = _number(sheet, line, "year_target", cell("year_target"), 0.0, 1e9)
    if street is not None and (target is not None or year_target is not None):
        column = "target" if target is not None else "year_target"
        sheet.error(line, column, "targets are kept for the ten areas of the city: leave "
                                  f"it empty on a street's (板块) line ({street})")  # fmt: skip
    if sheet.error_count > before:
        return None
    assert period and (area or street) and indicator and value is not None and growth is not None
    return ParsedRow(
        line, indicator, area or "", period, value, growth, target, year_target, street
    )


def _period(sheet: Sheet, line: int, text: str) -> str | None:
    match = PERIOD_FORMS.match(text)
    if match is None:
        sheet.error(line, "period", f"'{text}' is not a period: write YYYY-MM, e.g. 2026-10")
        return None
    period = f"{match.group(1)}-{int(match.group(2)):02d}"
    problem = period_problem(period)
    if problem is not None:
        sheet.error(line, "period", problem)
        return None
    return period


def _number(
    sheet: Sheet, line: int, column: str, text: str, low: float, high: float
) -> float | None:
    cleaned = text.replace(",", "").replace("，", "").replace("－", "-").removesuffix("%").strip()
    if cleaned in EMPTY:
        sheet.error(line, column, f"the {column} is missing")
        return None
    try:
        number = float(cleaned)
    except ValueError:
        sheet.error(line, column, f"'{text}' is not a number")
        return None
    if not math.isfinite(number) or not low <= number <= high:
        sheet.error(line, column, f"{text} is out of range ({low:g} to {high:g})")
        return None
    return number


def check(data: bytes, session: Session) -> Sheet:
    """Decode and check a whole file against the indicators and streets in the database."""
    streets = {
        alias: street.code for alias, street in ReferenceData.load(session).street_alias.items()
    }
    return parse(decode(data), indicators(session), streets)


def rejection(sheet: Sheet) -> Problem:
    """The 422 listing the bad lines (the first MAX_ERRORS of them)."""
    count = sheet.error_count
    first = sheet.errors[0]
    where = f"line {first['line']}" + (f", column {first['column']}" if first["column"] else "")
    detail = (f"Nothing was imported: {count} error(s) in the file. First, {where}: "
              f"{first['message']}.")  # fmt: skip
    return Problem(422, "Invalid CSV", detail, code=Code.INVALID_CSV, kind="invalid-csv",
                   errors=sheet.errors[:MAX_ERRORS], error_count=count)  # fmt: skip


def store(session: Session, rows: list[ParsedRow], now: datetime) -> dict[str, Any]:
    """Insert the rows, replacing stored rows of the same period, area (or street) and
    indicator."""
    periods = sorted({row.period for row in rows})
    street_rows = [row for row in rows if row.street is not None]
    rows = [row for row in rows if row.street is None]
    stored = {
        (v.indicator, v.period, v.area): v
        for v in session.scalars(select(IndicatorValue).where(IndicatorValue.period.in_(periods)))
    }
    replaced = 0
    for row in rows:
        existing = stored.get((row.indicator, row.period, row.area))
        if existing is None:
            session.add(IndicatorValue(indicator=row.indicator, area=row.area, period=row.period,
                                       value=row.value, growth=row.growth, target=row.target,
                                       imported_at=now))  # fmt: skip
            continue
        existing.value, existing.growth, existing.target = row.value, row.growth, row.target
        existing.imported_at = now
        replaced += 1
    replaced += _store_streets(session, street_rows, now)
    targets = _store_targets(session, rows, now)
    session.flush()
    return {
        "imported": len(rows) + len(street_rows),
        "replaced": replaced,
        "periods": periods,
        "targets": targets,
        "street_rows": len(street_rows),
    }


def _store_streets(session: Session, rows: list[ParsedRow], now: datetime) -> int:
    """The streets' (板块) lines, replacing stored ones; returns how many were replaced."""
    if not rows:
        return 0
    periods = sorted({row.period for row in rows})
    stored = {
        (v.indicator, v.period, v.street): v
        for v in session.scalars(
            select(IndicatorStreetValue).where(IndicatorStreetValue.period.in_(periods))
        )
    }
    replaced = 0
    for row in rows:
        assert row.street is not None
        existing = stored.get((row.indicator, row.period, row.street))
        if existing is None:
            session.add(IndicatorStreetValue(indicator=row.indicator, street=row.street,
                                             period=row.period, value=row.value,
                                             growth=row.growth, imported_at=now))  # fmt: skip
            continue
        existing.value, existing.growth, existing.imported_at = row.value, row.growth, now
        replaced += 1
    return replaced


def _store_targets(session: Session, rows: list[ParsedRow], now: datetime) -> int:
    """The year targets the sheet carries, replacing stored ones; two lines of one year that
    give different targets are refused before this (see `parse`)."""
    wanted = {
        (row.indicator, row.area, int(row.period[:4])): row.year_target
        for row in rows
        if row.year_target is not None
    }
    if not wanted:
        return 0
    years = sorted({year for _i, _a, year in wanted})
    stored = {
        (t.indicator, t.area, t.year): t
        for t in session.scalars(select(IndicatorTarget).where(IndicatorTarget.year.in_(years)))
    }
    for (indicator, area, year), value in wanted.items():
        assert value is not None
        existing = stored.get((indicator, area, year))
        if existing is None:
            session.add(IndicatorTarget(indicator=indicator, area=area, year=year, value=value,
                                        imported_at=now))  # fmt: skip
        else:
            existing.value, existing.imported_at = value, now
    return len(wanted)
