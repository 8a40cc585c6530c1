"""The handover brief (交接班记录) as a document: the same HTML on screen, on paper and in a PDF.

Laid out on the GUI thread from data already read (no I/O); painted onto a printer or an A4
QPdfWriter on the runner's write worker with the 交办单's renderer (panes/assignment_sheet).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from console.api.handovers import Brief, BriefCase, OutboxEntry
from console.models import center_time, labels

COLORS = {"red": "#c62828", "yellow": "#b26a00", "green": "#2e7d32"}
# For the dialog's views (the PDF takes the 交办单's style sheet).
SCREEN_STYLE = "td, th { padding: 2px 6px; } td.k { width: 22%; } h2 { margin-top: 10px; }"


def minute(value: object) -> str:
    """'2026-12-07 17:30' in center time ("" when absent)."""
    moment = center_time.parse(value)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def esc(value: object) -> str:
    """Text for the document's HTML, line breaks kept."""
    return html.escape(str(value if value is not None else "")).replace("\n", "<br/>")


class BriefText(QObject):
    """Words the brief in the console's language (tr() needs a QObject)."""

    def __init__(
        self, who: str, parent: QObject | None = None, now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.who = who
        self.now = now or (lambda: datetime.now(center_time.CENTER))

    # -- the figures --------------------------------------------------------------------------

    def section_titles(self) -> dict[str, str]:
        """Each list's heading, in the brief's order."""
        return {
            "intake": self.tr("Came in during the shift"),
            "turned_red": self.tr("Turned red (督办 reached)"),
            "open_supervision": self.tr("Open 督办 items"),
            "pending_extensions": self.tr("Extension requests awaiting a decision"),
            "parked": self.tr("Cases parked"),
        }

    def figures(self, brief: Brief) -> list[tuple[str, int]]:
        """The brief's counts, as the summary table shows them."""
        rows = [(title, brief.facts.count(name)) for name, title in self.section_titles().items()]
        rows.append((self.tr("Unsent outbox items"), len(brief.outbox)))
        return rows

    def status_line(self, brief: Brief) -> str:
        """Draft, awaiting signature, or signed by whom and when."""
        if brief.id is None:
            return self.tr("Draft: not handed over yet")
        if brief.signed_at:
            text = self.tr("Signed by %1 at %2").replace("%1", brief.signed_by_name)
            return text.replace("%2", minute(brief.signed_at))
        return self.tr("Awaiting the incoming officer's signature")

    # -- the document -------------------------------------------------------------------------

    def html(self, brief: Brief) -> str:
        """The whole brief as HTML (for QTextBrowser and QTextDocument alike)."""
        number = str(brief.id) if brief.id is not None else "—"
        rows = [
            (self.tr("Brief number"), number),
            (self.tr("Shift"), f"{minute(brief.shift_start)} – {minute(brief.shift_end)}"),
            (self.tr("Handed over by"), brief.author_name),
            (self.tr("Status"), self.status_line(brief)),
        ]
        fields = "".join(f'<tr><td class="k">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
        figures = "".join(
            f'<tr><td class="k">{esc(k)}</td><td align="right"><b>{n}</b></td></tr>'
            for k, n in self.figures(brief)
        )
        channels = "".join(
            f"<th>{esc(labels.channel_label(code))}</th>" for code in brief.facts.intake_by_channel
        )
        counts = "".join(
            f'<td align="center">{n}</td>' for n in brief.facts.intake_by_channel.values()
        )
        # (tr() outside the f-strings: lupdate does not look inside them.)
        center = self.tr("Chongchuan District Governance Command Center")
        title = self.tr("Shift handover brief")
        figures_title, channels_title = (
            self.tr("Figures of the shift"),
            self.tr("Came in by channel"),
        )
        notes_title, no_notes = self.tr("Notes"), self.tr("(none)")
        parts = [
            f"<html><body><h1>{esc(center)}<br/>{esc(title)}</h1>",
            f'<table width="100%" cellspacing="0">{fields}</table>',
            f"<h2>{esc(figures_title)}</h2>",
            f'<table width="60%" cellspacing="0">{figures}</table>',
            f"<h2>{esc(channels_title)}</h2>",
            f'<table width="100%" cellspacing="0"><tr>{channels}</tr><tr>{counts}</tr></table>',
        ]
        for name, title in self.section_titles().items():
            parts.append(self._section(title, brief.facts.sections[name].count, name, brief))
        parts.append(self._outbox(brief.outbox))
        parts.append(f"<h2>{esc(notes_title)}</h2>")
        parts.append(f"<p>{esc(brief.notes) or esc(no_notes)}</p>")
        parts.append(self._signatures(brief))
        printed = self.tr("Printed by %1 at %2").replace("%1", self.who)
        printed = printed.replace("%2", self.now().strftime("%Y-%m-%d %H:%M"))
        parts.append(f'<p align="right">{esc(printed)}</p></body></html>')
        return "".join(parts)

    def _section(self, title: str, count: int, name: str, brief: Brief) -> str:
        items = brief.facts.sections[name].items
        heading = f"<h2>{esc(title)}（{count}）</h2>"
        none = self.tr("None.")
        if not items:
            return heading + f"<p>{esc(none)}</p>"
        heads = [self.tr("Case number"), self.tr("Title"), self.tr("Department"), self.tr("State")]
        heads.append(self.tr("When"))
        # No widths: QTextDocument squeezes the other columns around percentages given.
        header = "".join(f"<th>{esc(h)}</th>" for h in heads)
        body = "".join(self._case_row(name, item) for item in items)
        more = ""
        if count > len(items):
            rest = self.tr("… and %1 more.").replace("%1", str(count - len(items)))
            more = f"<p>{esc(rest)}</p>"
        return f'{heading}<table width="100%" cellspacing="0"><tr>{header}</tr>{body}</table>{more}'

    def _case_row(self, section: str, item: BriefCase) -> str:
        state = labels.state_label(item.state)
        color = COLORS.get(item.color or "")
        if color:
            shade = labels.color_label(item.color)
            state = f'<span style="color:{color}">{esc(state)}<br/>{esc(shade)}</span>'
        else:
            state = esc(state)
        note = item.note
        if section == "pending_extensions" and item.extension_minutes:
            asked = self.tr("%1 minutes asked").replace("%1", str(item.extension_minutes))
            note = f"{asked}。{note}" if note else asked
        elif section in ("turned_red", "open_supervision") and item.step:
            note = labels.step_label(item.step)
        where = item.department_name or labels.channel_label(item.channel)
        cells = (
            f'<td class="t">{esc(item.ref)}</td>',
            # The note under the title: a column of its own came out one character wide.
            f"<td>{esc(item.title)}{f'<br/><i>{esc(note)}</i>' if note else ''}</td>",
            f"<td>{esc(where)}</td>",
            f'<td class="t">{state}</td>',  # one line each: the state, its color
            f'<td class="t">{esc(center_time.when_text(item.at) if item.at else "")}</td>',
        )
        return "<tr>" + "".join(cells) + "</tr>"

    def _outbox(self, entries: tuple[OutboxEntry, ...]) -> str:
        title, none = self.tr("Unsent outbox items"), self.tr("None.")
        heading = f"<h2>{esc(title)}（{len(entries)}）</h2>"
        if not entries:
            return heading + f"<p>{esc(none)}</p>"
        heads = [self.tr("Case number"), self.tr("Action"), self.tr("Status")]
        heads += [self.tr("Queued at"), self.tr("Note")]
        header = "".join(f"<th>{esc(h)}</th>" for h in heads)
        statuses = {
            "pending": self.tr("not sent yet"),
            "conflict": self.tr("conflict: case changed meanwhile"),
            "refused": self.tr("refused by the server"),
        }
        rows = "".join(
            "<tr>"
            f'<td class="t">{esc(e.case_ref or e.case_id)}</td>'
            f"<td>{esc(labels.action_label(e.action))}</td>"
            f"<td>{esc(statuses.get(e.status, e.status))}</td>"
            f'<td class="t">{esc(minute(e.queued_at))}</td>'
            f"<td>{esc(e.detail)}</td></tr>"
            for e in entries
        )
        return f'{heading}<table width="100%" cellspacing="0"><tr>{header}</tr>{rows}</table>'

    def _signatures(self, brief: Brief) -> str:
        handed = self.tr("Handed over by: %1").replace("%1", brief.author_name)
        if brief.signed_at:
            taken = self.tr("Taken over by: %1 (%2)").replace("%1", brief.signed_by_name)
            taken = taken.replace("%2", minute(brief.signed_at))
        else:
            taken = self.tr("Taken over by: ____________")
        return (
            f'<table width="100%" cellspacing="0"><tr><td>{esc(handed)}</td>'
            f"<td>{esc(taken)}</td></tr></table>"
        )
