"""Refusals are worded by their code (docs/api-errors.md), never by the server's English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.api import ApiError, ServerUnavailable, error_from_problem
from console.models import problem_text
from console.store import Outbox

# Whatever the server says in English, the officer reads the code's own words.
REWORDED = "The server says this in other words now."


def refusal(status: int, code: str, **extra: Any) -> ApiError:
    """The error the client raises for a problem+json with this code."""
    base = "https://cc.chongchuan.gov.cn/problems/"
    body = {"type": base + "x", "title": "x", "status": status, "detail": REWORDED}
    return error_from_problem({**body, "code": code, **extra})


def test_refusals_are_worded_by_their_code(zh_cn: Any) -> None:
    explain = problem_text.explain
    assert explain(refusal(403, "not_your_department")) == "此案件未派遣给你的部门。"
    assert explain(refusal(403, "forbidden_role")) == "你的角色无权执行此操作。"
    assert explain(refusal(403, "supervisor_required")) == "此状态下只有值班长可以执行此操作。"
    assert explain(refusal(422, "reason_required")) == "必须说明理由：请在说明中填写原因。"
    assert explain(refusal(422, "extension_pending")) == "已有延期申请在等待审批。"
    assert explain(refusal(422, "merge_into_itself")) == "案件不能并入自身。"
    assert explain(refusal(404, "not_found")) == "案件不存在，或你无权查看。"
    assert explain(refusal(401, "session_expired")).startswith("登录已失效")
    never = explain(refusal(422, "never_dispatched"))
    assert "直办" in never and "新案件" in never


def test_the_details_the_server_sent_are_kept(zh_cn: Any) -> None:
    illegal = refusal(422, "illegal_transition", state="dispatched", allowed_actions=["urge"])
    assert problem_text.explain(illegal) == "案件当前为“已派遣”，不能执行此操作。现在可以：催办。"
    nothing = refusal(422, "illegal_transition", state="closed", allowed_actions=[])
    assert problem_text.explain(nothing).endswith("现在可以：无。")
    field = refusal(422, "invalid", errors=[{"field": "department", "message": "?"}])
    assert problem_text.explain(field) == "请选择一个承办案件的部门。"
    other = refusal(422, "invalid", errors=[{"field": "title", "message": "?"}])
    assert problem_text.explain(other) == f"服务器拒绝了请求：{REWORDED}"
    change = {"actor": "值班长(演示)", "action": "dispatch", "at": "2026-11-27T10:30:00+08:00"}
    stale = refusal(409, "stale_version", case={"state": "dispatched"}, last_change=change)
    text = problem_text.explain(stale)
    assert text.startswith("未执行") and "值班长(演示)" in text and "已派遣" in text


def test_an_unknown_code_shows_the_servers_detail(zh_cn: Any) -> None:
    assert problem_text.explain(refusal(422, "a_code_from_a_newer_server")) == REWORDED
    assert problem_text.explain(refusal(403, "field_channels_only")) == REWORDED
    # No code at all (no answer): what the console knows of the connection.
    unreachable = ServerUnavailable(0, "Server unreachable", "Cannot reach the server.")
    assert problem_text.explain(unreachable).startswith("无法连接服务器")


def test_a_refusal_read_back_from_the_outbox_is_worded_by_its_code(
    zh_cn: Any, tmp_path: Path
) -> None:
    """After a restart the results pane has no error object: the kept problem words it."""
    box = Outbox(tmp_path / "outbox.db")
    try:
        item = box.enqueue(7, "sign", 2, {})
        error = refusal(403, "not_your_department")
        box.mark(item.id, "refused", REWORDED, problem=error.problem)
        (kept,) = box.problems()
    finally:
        box.close()
    assert problem_text.outcome_text(kept, "refused", None) == "此案件未派遣给你的部门。"
