"""The words the request schemas validate against (server/vocabulary.py) are the lifecycle's."""

from __future__ import annotations

from server import vocabulary
from server.services import lifecycle


def test_the_action_names_are_the_rules_in_their_order() -> None:
    assert tuple(lifecycle.RULES) == vocabulary.ACTIONS


def test_every_state_a_rule_names_is_a_state() -> None:
    for rule in lifecycle.RULES.values():
        named = set(rule.transitions) | {s for s in rule.transitions.values() if s is not None}
        assert named <= set(vocabulary.STATES), (rule.name, named - set(vocabulary.STATES))
