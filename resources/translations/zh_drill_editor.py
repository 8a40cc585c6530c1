"""zh_CN for the trainer's drill scenario editor and its dry run (issue #17).

Keyed by (context, English source): update.py merges tuple-keyed tables into ZH_BY_CONTEXT,
so short words (Line, Field, Check, Note…) never change another screen's.
"""

from __future__ import annotations


def _in(context: str, table: dict[str, str]) -> dict[tuple[str, str], str]:
    return {(context, source): text for source, text in table.items()}


ZH_DRILL_EDITOR: dict[tuple[str, str], str] = {
    **_in(
        "ScenarioEditor",
        {
            "Open file…": "打开文件…",
            "Save to file…": "保存到文件…",
            "Open from server": "从服务器打开",
            "Check": "校验",
            "scenario id": "脚本编号",
            "Save to server": "保存到服务器",
            "Line": "行",
            "Field": "字段",
            "What to fix": "需修改之处",
            "Errors": "错误",
            "Dry run": "推演时间线",
            "A district scenario: save your changes under a new id (or to a file).": (
                "这是区里下发的演练脚本：修改后请以新编号保存（或另存为文件）。"
            ),
            "Dry run (%1)": "推演时间线（%1）",
            "Valid: %1 injects. The dry run lists them by drill minute.": (
                "校验通过：共 %1 个注入事件，推演时间线按演练分钟列出。"
            ),
            "%1 error(s): click one to go to its line.": "%1 处错误：点击可跳到所在行。",
            "Errors (%1)": "错误（%1）",
            "Open a scenario": "打开演练脚本",
            "Could not read %1: %2": "无法读取 %1：%2",
            "Save the scenario": "保存演练脚本",
            "Could not save %1: %2": "无法保存 %1：%2",
            "Saved to %1.": "已保存到 %1。",
            "Give the scenario an id: letters, digits, _ . - (at most 80).": (
                "请填写脚本编号：字母、数字、_ . -（最多 80 个字符）。"
            ),
            "Saved on the server as %1: trainers can pick it for a run.": (
                "已保存到服务器，编号 %1：培训员发起演练时可选用。"
            ),
            "Not saved: %1": "未保存：%1",
            "The server did not answer: %1": "服务器未响应：%1",
            "new scenario": "新脚本",
            "Drill scenario editor": "演练脚本编辑器",
            "Unsaved changes": "有未保存的修改",
            "The scenario has changes that are not saved. Discard them?": (
                "演练脚本有未保存的修改，要放弃吗？"
            ),
        },
    ),
    **_in(
        "ScenarioTimeline",
        {
            "Minute": "分钟",
            "Drill time": "演练时间",
            "What": "事项",
            "Inject": "注入事件",
            "Channel": "渠道",
            "Department": "部门",
            "Action / expected": "动作／预期结果",
            "Note": "说明",
            "Arrives": "来件",
            "Dispatch due": "派遣时限",
            "Department acts": "部门动作",
            "to %1 by this minute": "此分钟前派至 %1",
        },
    ),
}
