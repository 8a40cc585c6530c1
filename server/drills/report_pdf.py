"""The after-action report as an A4 PDF (fpdf2, the CJK font of the 通报 bulletin): the run,
the scoreboard, each inject against its targets with a bar of its times, what went wrong, and
the timeline. Drawn in the PDF process (server/services/pdf_render.py), which imports this
module: keep its imports light."""

from __future__ import annotations

from typing import Any

from server.services.pdf_render import open_document, render

BAR_SCALE_MM_PER_MIN = 3.0
BAR_MAX_MM = 80.0


def render_report_pdf(report: dict[str, Any]) -> bytes:
    """The report (as `report.after_action` gives it) as PDF bytes; PdfError without a
    usable font."""
    return render(draw_report, report)


def draw_report(path: str, face: int, report: dict[str, Any]) -> bytes:
    """The report drawn in the font `path` (face `face` of a collection)."""
    title = f"演练复盘报告：{report['scenario']['title']}"
    pdf = open_document(path, face, margin=15, title=title)
    pdf.add_page()
    width = pdf.epw

    def line(text: str, size: float = 10, height: float = 5.5, fill: bool = False) -> None:
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(width, height, text, fill=fill, new_x="LMARGIN", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(2)
        pdf.set_fill_color(235, 235, 235)
        line(text, size=13, height=8, fill=True)
        pdf.ln(1)

    line(title, size=18, height=10)
    clock = report["clock"]
    totals = report["totals"]
    line(
        f"第{report['id']}次演练 · 学员 {'、'.join(report['trainees'])} · "
        f"演练时钟 {clock['start']} 起，{clock['speed']:g}倍速，"
        f"已进行{clock['elapsed_min']:g}分钟 · "
        f"状态 {report['status']}"
    )
    line(f"总分 {totals['points']} / {totals['max_points']}，问题 {totals['findings']} 项")

    heading("学员得分")
    for row in report["scoreboard"]:
        line(
            f"{row['trainee']}：{row['points']}/{row['max_points']}分，处置{row['injects']}件；"
            f"平均受理{_num(row['mean_register_min'])}分钟，平均派遣{_num(row['mean_dispatch_min'])}分钟；"
            f"一次派准{row['right_department_first']}件，派错{row['wrong_department_first']}件；"
            f"重复件合并{row['duplicates_merged']}件，重复派遣{row['duplicates_dispatched']}件；"
            f"催督办跟进{row['escalations_handled']}/{row['escalations']}；"
            f"按键{_num(row['keystrokes'])}次，点击{_num(row['clicks'])}次"
        )

    heading("逐条注入：用时与目标（灰：目标，蓝：受理，绿：派遣）")
    for score in report["injects"]:
        line(
            f"{score['inject']}  {score['case_ref'] or '未到达'}  学员 {score['trainee'] or '—'}  "
            f"{score['points']}/{score['max_points']}分  状态 {score['state'] or '—'}"
            f"（应为 {score['expected_state']}）",
            size=10.5,
        )
        _bar(pdf, score["dispatch_target_min"], (200, 200, 200))
        _bar(pdf, score["registered_after_min"], (66, 133, 244))
        if not score["duplicate"]:
            _bar(pdf, score["dispatched_after_min"], (52, 168, 83))
        for finding in score["findings"]:
            line(f"  · {finding['text']}", size=9.5, height=5)
        pdf.ln(1)

    heading("时间线（演练时间）")
    for item in report["timeline"]:
        if item["type"] == "inject":
            text = f"{_minute(item['minute'])}  【注入】{item['inject']}"
        else:
            text = (
                f"{_minute(item['minute'])}  {item['case_ref']}  {item['action']}  "
                f"{item['actor']}  {item['from_state'] or ''}→{item['to_state'] or ''}"
                + (f"  {item['note']}" if item["note"] else "")
            )
        line(text, size=9, height=4.8)
    return bytes(pdf.output())


def _bar(pdf: Any, minutes: float | None, color: tuple[int, int, int]) -> None:
    """A bar of `minutes` at BAR_SCALE_MM_PER_MIN, labelled; nothing for no time."""
    if minutes is None:
        return
    length = min(BAR_MAX_MM, max(0.5, minutes * BAR_SCALE_MM_PER_MIN))
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_fill_color(*color)
    pdf.rect(x + 4, y + 0.8, length, 3.2, style="F")
    pdf.set_font("cjk", size=8)
    pdf.set_xy(x + 6 + length, y)
    pdf.cell(20, 4.8, f"{minutes:g}分钟")
    pdf.set_xy(x, y + 4.8)


def _num(value: float | int | None) -> str:
    return "—" if value is None else f"{value:g}"


def _minute(value: float | None) -> str:
    return "     " if value is None else f"{value:6.1f}′"
