"""One contract between console and server: the console's `Case` is generated against the
server's OpenAPI schema, so a field added, renamed or retyped on one side fails here.

The expectations are not written by hand: every property of the server's `CaseOut` (and
`CaseDetailOut`) as GET /openapi.json publishes it becomes an expected attribute of
`console.contract.Case` (`CaseDetail`) with the Python type its JSON schema type reads as;
then a real server's answers are read into cases and must come back unchanged.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from console.api import ApiClient
from console.contract import Case, CaseDetail
from console.models.case_records import prepare_batch
from console.models.case_store import CaseStore
from tests.console.conftest import Api, off_gui, signed_in
from tests.support.live_server import LiveServer

# -- generating the expectations from the schema ----------------------------------------------

_JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _expected(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    """The console's type of a JSON schema property, in the form `_written` gives: 'str',
    'int | None', 'tuple[str, ...]', 'tuple[dict, ...]'. Times ('date-time') stay strings."""
    if "$ref" in prop:
        return _expected(schemas[prop["$ref"].rsplit("/", 1)[-1]], schemas)
    if "anyOf" in prop:
        options = [o for o in prop["anyOf"] if o.get("type") != "null"]
        nullable = len(options) < len(prop["anyOf"])
        assert len(options) == 1, f"a union the console cannot type: {prop}"
        inner = _expected(options[0], schemas)
        return f"{inner} | None" if nullable else inner
    kind = prop.get("type")
    if kind == "array":
        return f"tuple[{_expected(prop.get('items', {}), schemas)}, ...]"
    if kind == "object" or "properties" in prop:
        return "dict"
    assert kind in _JSON_TYPES, f"a JSON type the console does not read: {prop}"
    return _JSON_TYPES[kind]


def _written(annotation: Any) -> str:
    """An attribute's annotation in the same form as `_expected`."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        assert len(inner) == 1, f"a union the schema cannot say: {annotation}"
        text = _written(inner[0])
        return f"{text} | None" if len(inner) < len(args) else text
    if origin is tuple:
        assert len(args) == 2 and args[1] is Ellipsis, f"not a tuple[X, ...]: {annotation}"
        return f"tuple[{_written(args[0])}, ...]"
    if origin is dict or annotation is dict:
        return "dict"
    return str(annotation.__name__)


@pytest.fixture(scope="module")
def openapi(server: LiveServer) -> dict[str, Any]:
    """The server's published schemas (GET /openapi.json needs no token)."""
    response = requests.get(f"{server.url}/openapi.json", timeout=30)
    assert response.status_code == 200, response.text
    schemas: dict[str, Any] = response.json()["components"]["schemas"]
    return schemas


def _drift(cls: type[Case], schema: str, schemas: dict[str, Any]) -> list[str]:
    """Every way the class and the schema disagree, each naming its field."""
    assert schema in schemas, f"the server publishes no {schema} schema"
    published = schemas[schema]
    properties: dict[str, Any] = published["properties"]
    required = set(published.get("required", ()))
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    problems = []
    for name in properties.keys() - fields.keys():
        problems.append(f"{schema}.{name}: sent by the server, no attribute of {cls.__name__}")
    for name in fields.keys() - properties.keys():
        problems.append(f"{cls.__name__}.{name}: not in the server's {schema}")
    for name in sorted(properties.keys() & fields.keys()):
        want, have = _expected(properties[name], schemas), _written(hints[name])
        if want != have:
            problems.append(f"{cls.__name__}.{name}: typed {have}, the server sends {want}")
        field = fields[name]
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        if not has_default and name not in required:
            problems.append(f"{cls.__name__}.{name}: required here, optional in {schema}")
        if field.default is None and not want.endswith("| None"):
            problems.append(f"{cls.__name__}.{name}: defaults to None, never null in {schema}")
    derived = {
        name for name in dir(cls) if not name.startswith("_") and name not in fields
    } & properties.keys()
    for name in sorted(derived):
        problems.append(f"{cls.__name__}.{name}: a derived attribute named as a {schema} field")
    return sorted(problems)


def test_the_case_is_the_servers_case_out(openapi: dict[str, Any]) -> None:
    problems = _drift(Case, "CaseOut", openapi)
    assert not problems, "Case and the server's CaseOut drifted:\n" + "\n".join(problems)


def test_the_case_detail_is_the_servers_case_detail_out(openapi: dict[str, Any]) -> None:
    problems = _drift(CaseDetail, "CaseDetailOut", openapi)
    assert not problems, "CaseDetail and CaseDetailOut drifted:\n" + "\n".join(problems)


def test_a_drifting_field_is_named() -> None:
    """The check itself: a renamed, a retyped and a new field are each reported by name."""
    schemas = {
        "Toy": {
            "properties": {
                "id": {"type": "integer"},
                "state": {"type": "string"},
                "version": {"type": "string"},  # retyped on the server
                "renamed": {"type": "string"},  # new on the server
            },
            "required": ["id", "state", "version", "renamed"],
        }
    }
    problems = "\n".join(_drift(Case, "Toy", schemas))
    assert "Toy.renamed: sent by the server" in problems
    assert "Case.version: typed int, the server sends str" in problems
    assert "Case.title: not in the server's Toy" in problems


def test_the_required_attributes_are_few() -> None:
    """Tests and partial bodies build small cases: only id, state and version are needed."""
    case = Case(id=7, state="reported", version=1)
    assert case.label == "#7" and case.allowed_actions == () and case.is_open
    assert case.due is None and case.created is None
    with pytest.raises(TypeError):
        Case(id=7, state="reported")  # type: ignore[call-arg]


# -- real answers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def answers(server: LiveServer) -> Iterator[tuple[dict[str, Any], dict[str, Any], ApiClient]]:
    """A case the server made (its list item and its full read, as JSON), and a console
    client signed in as the duty officer."""
    api = Api(server)
    made = api.create(title="契约测试", category="noise", lat=32.01, lon=120.86)
    made = api.act(api.act(made, "register"), "dispatch", department="ecology")
    headers = server.headers("duty_officer")
    detail = requests.get(
        f"{server.url}/api/v1/cases/{made['id']}", headers=headers, timeout=30
    ).json()
    items = requests.get(
        f"{server.url}/api/v1/cases", params={"limit": 500}, headers=headers, timeout=30
    ).json()["items"]
    [item] = [i for i in items if i["id"] == made["id"]]
    client, _session = signed_in(server.url, "duty_officer")
    yield item, detail, client
    client.close()


def test_a_listed_case_round_trips_every_field(answers: Any) -> None:
    item, _detail, _client = answers
    case = Case.from_json(item)
    assert case.to_json() == item  # every field, as sent
    assert case.allowed_actions == tuple(item["allowed_actions"])
    assert case.due is not None and case.due.tzinfo is not None
    assert case.due.isoformat() == item["due_at"]
    assert case.created is not None and case.created.isoformat() == item["created_at"]
    assert case.is_open and case.label == item["ref"]


def test_the_full_read_round_trips_through_the_console_client(answers: Any) -> None:
    _item, detail, client = answers
    read = off_gui(lambda: client.case(detail["id"]))
    assert isinstance(read, CaseDetail)
    assert read == CaseDetail.from_json(detail)
    for name in (f.name for f in dataclasses.fields(CaseDetail)):
        sent, kept = detail[name], getattr(read, name)
        if isinstance(sent, list):
            assert list(kept) == sent, name
        else:
            assert kept == sent, name
    assert read.history and read.history[0]["action"] == "create"
    assert read.case().to_json() == {k: detail[k] for k in Case.from_json(detail).to_json()}


def test_the_store_gives_back_the_case_it_was_given(answers: Any) -> None:
    """The queue's columns (times kept as numbers) give back the very case sent."""
    item, _detail, _client = answers
    store = CaseStore()
    [slot] = store.put_batch(prepare_batch([item]), frozenset()).tolist()
    assert store.case(slot) == Case.from_json(item)


def test_unknown_fields_are_ignored_and_lists_become_tuples() -> None:
    case = Case.from_json(
        {"id": 1, "state": "closed", "version": 3, "allowed_actions": ["callback"], "new": 1}
    )
    assert case.allowed_actions == ("callback",) and not case.is_open
    assert not hasattr(case, "new")
    detail = CaseDetail.from_json({"id": 1, "state": "closed", "version": 3, "history": [{}]})
    assert detail.history == ({},) and detail.case() == Case(id=1, state="closed", version=3)


def test_a_case_is_frozen() -> None:
    case = Case(id=1, state="reported", version=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.state = "closed"  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError)):
        case.extra = 1  # type: ignore[attr-defined]
    changed = case.replace(state="closed", version=2)
    assert (case.state, changed.state, changed.version) == ("reported", "closed", 2)
