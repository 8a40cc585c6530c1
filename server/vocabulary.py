"""The lifecycle's words that requests and rules share: states, actions, callback results and
escalation targets, each a `Literal` type and the tuple of its values, in the lifecycle's order.

Below both the request schemas (server/schemas) and the services: the schemas validate
against these words and the lifecycle (server/services/lifecycle.py) gives them their rules;
a test keeps `ACTIONS` and the lifecycle's rules in step. Imports nothing of ours.
"""

from __future__ import annotations

from typing import Literal, get_args

State = Literal[
    "reported",
    "registered",
    "dispatched",
    "in_progress",
    "returned",
    "resolved",
    "parked",
    "closed",
    "voided",
    "merged",
]
ActionName = Literal[
    "register",
    "void",
    "merge",
    "dispatch",
    "sign",
    "return",
    "resolve",
    "request_park",
    "park",
    "reject_park",
    "unpark",
    "verify_pass",
    "verify_fail",
    "reopen",
    "urge",
    "supervise",
    "request_extension",
    "approve_extension",
    "reject_extension",
    "callback",
    "comment",
    "escalate",
    "correct",
]
CallbackResult = Literal["satisfied", "basically_satisfied", "unsatisfied"]
EscalateTarget = Literal["supervisor", "city"]

STATES: tuple[State, ...] = get_args(State)
ACTIONS: tuple[ActionName, ...] = get_args(ActionName)
CALLBACK_RESULTS: tuple[CallbackResult, ...] = get_args(CallbackResult)
ESCALATE_TARGETS: tuple[EscalateTarget, ...] = get_args(EscalateTarget)
