"""The server's lifecycle rules, as the reference data gives them (`GET /api/v1/reference`).

Which actions need a reason or a field of their own, which states are open, which actions each
role takes: the console reads these from the server it talks to, never from copies of its own.
`ApiClient.reference()` installs them as they arrive; `current()` is None until then, and
whoever depends on them waits (`subscribe`). Imports no Qt.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActionRule:
    """One lifecycle action: where it starts and leads, who takes it, what it needs."""

    name: str
    transitions: Mapping[str, str | None]  # from state -> to state (None: the state stays)
    roles: frozenset[str]
    reason_required: bool = False
    field: str | None = None  # the request field it needs besides the note
    field_schema: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # JSON schema
    reason_for: frozenset[str] = frozenset()  # values of `field` that need a reason too

    def needs_reason(self, value: object = None) -> bool:
        """Whether the note is a required reason (with this value of the action's field)."""
        return self.reason_required or (value is not None and value in self.reason_for)


@dataclass(frozen=True)
class RoleRules:
    """What a role may do: whose rights apply to it and the actions it takes."""

    role: str
    acts_as: str | None
    drill_only: bool
    actions: frozenset[str]
    answers_calls: bool = False
    searches_by_phone: bool = False
    attaches_evidence: bool = False


@dataclass(frozen=True)
class Rules:
    """The `rules` section of the reference data, parsed once."""

    states: tuple[str, ...]
    open_states: frozenset[str]
    clock_states: frozenset[str]
    actions: Mapping[str, ActionRule]
    roles: Mapping[str, RoleRules]

    @classmethod
    def from_reference(cls, reference: Mapping[str, Any]) -> Rules:
        """The rules of a reference payload (KeyError when it has none)."""
        data = reference["rules"]
        states = data["states"]
        actions = {
            name: ActionRule(
                name=name,
                transitions=MappingProxyType(dict(a["transitions"])),
                roles=frozenset(a["roles"]),
                reason_required=bool(a["reason_required"]),
                field=(a.get("field") or {}).get("name"),
                field_schema=MappingProxyType(dict(a.get("field") or {})),
                reason_for=frozenset((a.get("field") or {}).get("reason_for") or ()),
            )
            for name, a in data["actions"].items()
        }
        roles = {
            role: RoleRules(
                role=role,
                acts_as=r.get("acts_as"),
                drill_only=bool(r.get("drill_only")),
                actions=frozenset(r.get("actions") or ()),
                answers_calls=bool(r.get("answers_calls")),
                searches_by_phone=bool(r.get("searches_by_phone")),
                attaches_evidence=bool(r.get("attaches_evidence")),
            )
            for role, r in data["roles"].items()
        }
        return cls(
            states=tuple(s["code"] for s in states),
            open_states=frozenset(s["code"] for s in states if s["open"]),
            clock_states=frozenset(s["code"] for s in states if s["clock_runs"]),
            actions=MappingProxyType(actions),
            roles=MappingProxyType(roles),
        )

    def needs_reason(self, action: str, value: object = None) -> bool:
        """Whether the action's note is a required reason (given its field's value)."""
        rule = self.actions.get(action)
        return rule is not None and rule.needs_reason(value)

    def field_of(self, action: str) -> str | None:
        """The request field the action needs besides the note (None: only the note)."""
        rule = self.actions.get(action)
        return rule.field if rule is not None else None

    def may(self, role: str, action: str) -> bool:
        """Whether the role takes this action on some case it sees."""
        rules = self.roles.get(role)
        return rules is not None and action in rules.actions

    def takes_actions(self, role: str) -> bool:
        """Whether the role takes any lifecycle action at all."""
        rules = self.roles.get(role)
        return rules is not None and bool(rules.actions)


Listener = Callable[[Rules], None]

_lock = threading.Lock()
_current: Rules | None = None
_listeners: list[Callable[[], Listener | None]] = []  # weak references


def current() -> Rules | None:
    """The rules of the server this console talks to; None until its reference is loaded."""
    return _current


def install(rules: Rules) -> None:
    """Make these the console's rules and tell every listener (on the calling thread)."""
    global _current
    with _lock:
        _current = rules
        alive = [ref for ref in _listeners if ref() is not None]
        _listeners[:] = alive
    for ref in alive:
        listener = ref()
        if listener is not None:
            listener(rules)


def install_from_reference(reference: Mapping[str, Any]) -> Rules | None:
    """Install the rules of a reference payload; None (and a log line) when it has none."""
    try:
        rules = Rules.from_reference(reference)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("the reference data has no usable rules section (%s)", exc)
        return None
    install(rules)
    return rules


def subscribe(listener: Listener, *, now: bool = True) -> None:
    """Call `listener` with each rules installed from now on (on the installing thread, a
    worker's), and at once with the current ones if `now` and there are some. Kept weakly: a
    bound method goes when its object does (so a listener is a function or a bound method,
    never a lambda)."""
    ref: Any
    if hasattr(listener, "__self__") and hasattr(listener, "__func__"):
        ref = weakref.WeakMethod(listener)
    else:
        ref = weakref.ref(listener)
    with _lock:
        _listeners.append(ref)
        rules = _current
    if now and rules is not None:
        listener(rules)
