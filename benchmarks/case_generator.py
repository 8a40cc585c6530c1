"""Realistic cases for the benchmark database: their audit trail and escalations, each
consistent with the server's rules at the build instant (the anchor).

Weights, paths through the lifecycle, gaps between steps and the Chinese texts are data
here; `CaseGenerator.case` turns them into rows for SQLAlchemy Core inserts
(benchmarks.populate).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from server.schemas.case import CHANNELS
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock, color_at, next_check_at
from server.services.workcalendar import SHANGHAI, WORK_MINUTES_PER_DAY

SEED = 20_240_601
STATE_WEIGHTS = {
    "registered": 0.52,
    "closed": 0.25,
    "in_progress": 0.06,
    "dispatched": 0.04,
    "resolved": 0.03,
    "reported": 0.02,
    "voided": 0.03,
    "merged": 0.02,
    "returned": 0.015,
    "parked": 0.015,
}
# The actions (after `create`) that lead to each state.
PATHS = {
    "reported": [],
    "registered": ["register"],
    "dispatched": ["register", "dispatch"],
    "in_progress": ["register", "dispatch", "sign"],
    "returned": ["register", "dispatch", "return"],
    "resolved": ["register", "dispatch", "sign", "resolve"],
    "parked": ["register", "dispatch", "sign", "park"],
    "closed": ["register", "dispatch", "sign", "resolve", "verify_pass"],
    "voided": ["void"],
    "merged": ["merge"],
}
# (state before, state after) of each action.
MOVES = {
    "register": ("reported", "registered"),
    "dispatch": ("registered", "dispatched"),
    "sign": ("dispatched", "in_progress"),
    "return": ("dispatched", "returned"),
    "resolve": ("in_progress", "resolved"),
    "park": ("in_progress", "parked"),
    "verify_pass": ("resolved", "closed"),
    "void": ("reported", "voided"),
    "merge": ("reported", "merged"),
}
# Mean hours from the previous action to this one.
MEAN_GAP_HOURS = {
    "register": 0.5,
    "dispatch": 3.0,
    "sign": 6.0,
    "return": 8.0,
    "resolve": 72.0,
    "park": 48.0,
    "verify_pass": 24.0,
    "void": 1.0,
    "merge": 1.0,
    "callback": 24.0,
}
REASONS = {
    "return": "不属于本部门职责，请重新派遣",
    "void": "重复来电，信息不全无法受理",
    "park": "需协调多部门，暂缓办理",
}
CHANNEL_WEIGHTS = [0.45, 0.30, 0.05, 0.08, 0.07, 0.05]  # in the order of CHANNELS
URGENCIES = ["normal", "urgent", "emergency"]
URGENCY_WEIGHTS = [0.85, 0.12, 0.03]
ROADS = [
    "工农路",
    "人民中路",
    "青年中路",
    "南大街",
    "城山路",
    "钟秀中路",
    "跃龙南路",
    "崇川路",
    "世纪大道",
    "通京大道",
    "长江中路",
    "园林路",
    "濠西路",
    "观音山路",
    "陈桥路",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志强海燕晓东"
DETAILS = [
    "群众反映情况已持续多日，影响周边居民正常生活，请尽快处理。",
    "现场有明显安全隐患，来电人情绪较为激动，要求相关部门到场核实。",
    "此前已多次反映未见改善，希望本次能够彻底解决。",
    "网格员巡查发现，已拍照留存，请承办部门核实后处置。",
    "视频巡查自动识别，需人工复核后派遣。",
]
CALLBACK_RESULTS = ["satisfied", "satisfied", "basically_satisfied", "unsatisfied"]
RUNGS = [  # kind, audit action, escalation level, note
    ("remind", "auto_remind", 1, "将超时：已向承办人催办"),
    ("supervise", "auto_supervise", 2, "已超时：已转值班长督办"),
    ("notice", "auto_notice", 3, "超时5个工作日：列入通报"),
]


class CaseGenerator:
    """Realistic cases, their audit trail and escalations, consistent at the anchor."""

    def __init__(self, ref: ReferenceData, sla: SlaClock, users: dict[str, int], anchor: datetime):
        self.ref = ref
        self.sla = sla
        self.anchor = anchor
        self.rng = random.Random(SEED)
        self.officer = users["duty_officer"]
        self.supervisor = users["supervisor"]
        self.dept_user = {
            dept.id: users[f"dept_{dept.code}"]
            for dept in ref.departments.values()
            if dept.handles_cases
        }
        self.categories = sorted(ref.categories.values(), key=lambda c: c.id)
        self.streets = sorted(ref.streets.values(), key=lambda s: s.id)
        self.communities_of: dict[int, list[Any]] = {}
        for community in ref.communities.values():
            self.communities_of.setdefault(community.street_id, []).append(community)
        self.grids_of: dict[int, list[Any]] = {}
        for grid in ref.grids.values():
            self.grids_of.setdefault(grid.community_id, []).append(grid)
        self.states = list(STATE_WEIGHTS)
        self.state_weights = list(STATE_WEIGHTS.values())
        self._rules: dict[tuple[int, str, str], Any] = {}
        self.action_rows: list[dict[str, Any]] = []
        self.escalation_rows: list[dict[str, Any]] = []

    def created_times(self, count: int) -> list[datetime]:
        """Creation instants over the past year, oldest first (ids grow with time)."""
        span = 365 * 24 * 3600
        offsets = sorted((self.rng.random() * span for _ in range(count)), reverse=True)
        return [
            (self.anchor - timedelta(seconds=offset)).replace(microsecond=0) for offset in offsets
        ]

    def _rule(self, category_id: int, urgency: str, step: str) -> Any:
        key = (category_id, urgency, step)
        rule = self._rules.get(key)
        if rule is None:
            rule = self.sla.rule_for(self.ref, category_id, urgency, step)
            self._rules[key] = rule
        return rule

    def _clock(
        self, case: dict[str, Any], step: str, started: datetime, epoch: int
    ) -> dict[str, Any]:
        """The SLA fields of a step clock started at `started`, as SlaClock.start_step sets them."""
        rule = self._rule(case["category_id"], case["urgency"], step)
        clock = self.sla.clock(rule.clock)
        warn_at = clock.add(started, rule.minutes * self.sla.warn_ratio)
        due_at = clock.add(started, rule.minutes)
        return {
            "sla_step": step,
            "sla_epoch": epoch,
            "sla_rung": 0,
            "sla_clock": rule.clock,
            "sla_started_at": started,
            "sla_limit_min": rule.minutes,
            "sla_paused_at": None,
            "sla_paused_min": 0.0,
            "warn_at": warn_at,
            "due_at": due_at,
            "notice_at": self.sla.work.add(due_at, 5 * WORK_MINUTES_PER_DAY),
        }

    def _gap(self, action: str, after: datetime) -> datetime:
        hours = self.rng.expovariate(1 / MEAN_GAP_HOURS[action])
        moment = after + timedelta(seconds=int(hours * 3600) + 60)
        return min(moment, self.anchor - timedelta(minutes=1))

    def _audit(
        self,
        case: dict[str, Any],
        action: str,
        actor: tuple[int | None, str, str],
        at: datetime,
        from_state: str | None,
        to_state: str | None,
        note: str = "",
        payload: dict[str, Any] | None = None,
    ) -> None:
        case["version"] += 1
        self.action_rows.append(
            {
                "case_id": case["id"],
                "action": action,
                "actor_id": actor[0],
                "actor_name": actor[1],
                "actor_role": actor[2],
                "from_state": from_state,
                "to_state": to_state,
                "note": note,
                "payload": payload or {},
                "version": case["version"],
                "created_at": at,
            }
        )

    def case(self, case_id: int, created: datetime) -> dict[str, Any]:
        """One case row; its audit records and escalations go to the pending row lists."""
        rng = self.rng
        category = self.categories[rng.randrange(len(self.categories))]
        street = self.streets[rng.randrange(len(self.streets))]
        communities = self.communities_of.get(street.id, [])
        community = rng.choice(communities) if communities and rng.random() < 0.7 else None
        grid = None
        if community is not None and rng.random() < 0.8:
            grid = rng.choice(self.grids_of[community.id])
        state = rng.choices(self.states, self.state_weights)[0]
        if state == "merged" and case_id == 1:
            state = "reported"
        road = rng.choice(ROADS)
        place = street.name if street.name.endswith("镇") else street.name + "街道"
        address = f"{place}{road}{rng.randint(1, 399)}号"
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
        case: dict[str, Any] = {
            "id": case_id,
            "ref": f"CC{created.astimezone(SHANGHAI).strftime('%y%m%d')}{case_id:06d}",
            "channel": channel,
            "category_id": category.id,
            "urgency": rng.choices(URGENCIES, URGENCY_WEIGHTS)[0],
            "title": f"{category.name}：{place}{road}附近",
            "description": f"{address}，{category.name}。{rng.choice(DETAILS)}",
            "address": address,
            "street_id": street.id,
            "community_id": community.id if community else None,
            "grid_id": grid.id if grid else None,
            "lat": round(street.lat + rng.uniform(-0.01, 0.01), 6),
            "lon": round(street.lon + rng.uniform(-0.01, 0.01), 6),
            "reporter_name": name,
            "reporter_phone": f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
            "state": "reported",
            "version": 0,
            "department_id": None,
            "escalation_level": 0,
            "return_count": 0,
            "drill": False,
            "drill_run_id": None,
            "parent_id": None,
            "created_at": created,
            "updated_at": created,
            "closed_at": None,
            "last_callback": None,
            "extension_pending_min": None,
            "color": None,
        }
        office = (self.officer, "duty_officer", "duty_officer")
        self._audit(case, "create", office, created, None, "reported", payload={"channel": channel})
        epoch = 1
        clock = self._clock(case, "accept", created, epoch)
        now = created
        dispatched_at = created
        department = self.ref.departments[category.department_id]
        dept_actor = (self.dept_user[department.id], f"dept_{department.code}", "department")
        for action in PATHS[state]:
            now = self._gap(action, now)
            from_state, to_state = MOVES[action]
            actor = dept_actor if action in ("sign", "return", "resolve") else office
            if action == "park":
                actor = (self.supervisor, "supervisor", "supervisor")
            payload: dict[str, Any] = {}
            if action == "dispatch":
                case["department_id"] = department.id
                payload = {"department": department.code, "department_name": department.name}
                dispatched_at = now
            elif action == "return":
                case["return_count"] = 1
                payload = {"department": department.code}
            elif action == "merge":
                parent = rng.randrange(1, case_id)
                case["parent_id"] = parent
                payload = {"parent_id": parent}
            case["state"] = to_state
            case["updated_at"] = now
            self._audit(
                case, action, actor, now, from_state, to_state, REASONS.get(action, ""), payload
            )
            step = STEP_OF_STATE.get(to_state)
            if action == "park":
                # The clock stops; its color stays as it was when parked.
                clock["color"] = color_at(clock["warn_at"], clock["due_at"], now)
                clock.update(sla_paused_at=now, warn_at=None, due_at=None, notice_at=None)
            elif step is None:
                clock = {}
            else:
                epoch += 1
                started = dispatched_at if action == "sign" else now
                clock = self._clock(case, step, started, epoch)
        if state == "closed":
            case["closed_at"] = now
            if rng.random() < 0.5:
                result = rng.choice(CALLBACK_RESULTS)
                now = self._gap("callback", now)
                case["last_callback"] = result
                case["updated_at"] = now
                payload = {"result": result}
                self._audit(case, "callback", office, now, "closed", "closed", "", payload)
        case.update(
            {
                "sla_step": None,
                "sla_epoch": epoch,
                "sla_rung": 0,
                "sla_clock": None,
                "sla_started_at": None,
                "sla_limit_min": None,
                "sla_paused_at": None,
                "sla_paused_min": 0.0,
                "warn_at": None,
                "due_at": None,
                "notice_at": None,
            }
        )
        case.update(clock)
        if case["due_at"] is not None:
            self._escalate(case)
        ladder = ("sla_paused_at", "warn_at", "due_at", "notice_at", "sla_rung", "color")
        case["sla_next_at"] = next_check_at(SimpleNamespace(**{k: case.get(k) for k in ladder}))
        return case

    def _escalate(self, case: dict[str, Any]) -> None:
        """Color at the anchor and the rungs of the ladder reached by then (as the tick does)."""
        color = color_at(case["warn_at"], case["due_at"], self.anchor)
        case["color"] = color
        reached = {"green": 0, "yellow": 1, "red": 2}[color]
        if color == "red" and case["notice_at"] <= self.anchor:
            reached = 3
        moments = [case["warn_at"], case["due_at"], case["notice_at"]]
        system = (None, "系统", "system")
        for (kind, action, level, note), at in zip(RUNGS[:reached], moments, strict=False):
            at = max(at, case["updated_at"])
            self.escalation_rows.append(
                {
                    "case_id": case["id"],
                    "epoch": case["sla_epoch"],
                    "kind": kind,
                    "step": case["sla_step"],
                    "status": "open" if kind == "supervise" else "closed",
                    "created_at": at,
                    "closed_at": None,
                }
            )
            case["escalation_level"] = max(case["escalation_level"], level)
            case["sla_rung"] = level
            self._audit(
                case,
                action,
                system,
                at,
                case["state"],
                case["state"],
                note,
                {"kind": kind, "step": case["sla_step"], "color": color},
            )
            case["updated_at"] = max(case["updated_at"], at)

    def take_rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The audit and escalation rows generated since the last call."""
        actions, escalations = self.action_rows, self.escalation_rows
        self.action_rows, self.escalation_rows = [], []
        return actions, escalations
