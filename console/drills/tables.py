"""The drill screens' tables as rows of text: a run's injects, its scoreboard, past runs and a
trainee's progress over them. One small read-only model (`RowsModel`) and the functions that
turn the contract's objects into its rows; no I/O here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.contract.drill_reports import InjectScore
from console.contract.drills import Run, RunInject, RunSummary, ScoreRow
from console.drills import texts
from console.drills.texts import tr
from console.models import center_time, labels
from console.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_GOOD = QColor("#1e7b34")
_BAD = QColor("#b42318")
_DIM = QColor("#667085")


@dataclass(frozen=True)
class Row:
    """One row: its cells' texts, an id (a case id, a run id, a trainee), a tint."""

    cells: tuple[str, ...]
    key: Any = None
    tone: str = ""  # "good", "bad", "dim" or "" (the text's color)


class RowsModel(QAbstractTableModel):
    """Rows of text under translated headers; `set_rows` replaces them (keeping the view's
    current row where the same key is still there)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)  # source texts of the "Drills" context
        self.rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self._headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"good": _GOOD, "bad": _BAD, "dim": _DIM}.get(row.tone)
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows instead (a reset only when the number of rows changes)."""
        if len(rows) == len(self.rows):
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self._headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        """The key of a row (None outside)."""
        return self.rows[row].key if 0 <= row < len(self.rows) else None

    def row_of(self, key: Any) -> int:
        """The row holding this key, -1 for none."""
        return next((n for n, row in enumerate(self.rows) if row.key == key), -1)


INJECT_HEADERS = (
    QT_TRANSLATE_NOOP("Drills", "Minute"),
    QT_TRANSLATE_NOOP("Drills", "Inject"),
    QT_TRANSLATE_NOOP("Drills", "Status"),
    QT_TRANSLATE_NOOP("Drills", "Case"),
    QT_TRANSLATE_NOOP("Drills", "State now"),
    QT_TRANSLATE_NOOP("Drills", "Expected"),
    QT_TRANSLATE_NOOP("Drills", "Script step"),
)


def inject_rows(run: Run) -> list[Row]:
    """A run's injects in scenario order: fired ones with their case and state (green once
    at the expected state), pending ones dimmed."""
    return [_inject_row(inject) for inject in run.injects]


def _inject_row(inject: RunInject) -> Row:
    reached = inject.fired and inject.state == inject.expected_state
    tone = "dim" if not inject.fired else "good" if reached else ""
    return Row(
        (
            f"{inject.at_min:g}",
            inject.inject,
            texts.inject_status_label(inject.status),
            inject.case_ref or "",
            labels.state_label(inject.state) if inject.state else "",
            labels.state_label(inject.expected_state),
            str(inject.script_step) if inject.fired else "",
        ),
        key=inject.case_id,
        tone=tone,
    )


SCORE_HEADERS = (
    QT_TRANSLATE_NOOP("Drills", "Trainee"),
    QT_TRANSLATE_NOOP("Drills", "Points"),
    QT_TRANSLATE_NOOP("Drills", "Injects"),
    QT_TRANSLATE_NOOP("Drills", "Register (mean)"),
    QT_TRANSLATE_NOOP("Drills", "Dispatch (mean)"),
    QT_TRANSLATE_NOOP("Drills", "Right dept. first"),
    QT_TRANSLATE_NOOP("Drills", "Wrong dept. first"),
    QT_TRANSLATE_NOOP("Drills", "Duplicates merged"),
    QT_TRANSLATE_NOOP("Drills", "Duplicates dispatched"),
    QT_TRANSLATE_NOOP("Drills", "SLA kept"),
    QT_TRANSLATE_NOOP("Drills", "Escalations handled"),
    QT_TRANSLATE_NOOP("Drills", "Keystrokes"),
    QT_TRANSLATE_NOOP("Drills", "Clicks"),
)


def score_rows(rows: Sequence[ScoreRow]) -> list[Row]:
    """The scoreboard, a row per trainee (red where something went wrong)."""
    out = []
    for row in rows:
        bad = (
            row.wrong_department_first
            or row.duplicates_dispatched
            or (row.escalations > row.escalations_handled)
        )
        out.append(
            Row(
                (
                    row.trainee,
                    points_text(row.points, row.max_points),
                    str(row.injects),
                    texts.minutes_text(row.mean_register_min),
                    texts.minutes_text(row.mean_dispatch_min),
                    str(row.right_department_first),
                    str(row.wrong_department_first),
                    str(row.duplicates_merged),
                    str(row.duplicates_dispatched),
                    f"{row.sla_kept}/{row.injects}",
                    f"{row.escalations_handled}/{row.escalations}",
                    texts.count_text(row.keystrokes),
                    texts.count_text(row.clicks),
                ),
                key=row.trainee,
                tone="bad" if bad else "",
            )
        )
    return out


def points_text(points: int, max_points: int) -> str:
    """'140 / 200 (70%)'."""
    if not max_points:
        return f"{points} / 0"
    return f"{points} / {max_points} ({100 * points / max_points:.0f}%)"


INJECT_SCORE_HEADERS = (
    QT_TRANSLATE_NOOP("Drills", "Inject"),
    QT_TRANSLATE_NOOP("Drills", "Case"),
    QT_TRANSLATE_NOOP("Drills", "Trainee"),
    QT_TRANSLATE_NOOP("Drills", "Points"),
    QT_TRANSLATE_NOOP("Drills", "Registered after (target)"),
    QT_TRANSLATE_NOOP("Drills", "Dispatched after (target)"),
    QT_TRANSLATE_NOOP("Drills", "First department"),
    QT_TRANSLATE_NOOP("Drills", "SLA kept"),
    QT_TRANSLATE_NOOP("Drills", "Escalations handled"),
    QT_TRANSLATE_NOOP("Drills", "Keystrokes"),
    QT_TRANSLATE_NOOP("Drills", "Clicks"),
    QT_TRANSLATE_NOOP("Drills", "What went wrong"),
)


# Findings that say an inject has not got somewhere yet: final only once the run has ended.
UNDECIDED = frozenset(
    {"not_taken_up", "not_dispatched", "duplicate_not_merged", "unexpected_state"}
)


def inject_score_rows(
    scores: Sequence[InjectScore], names: dict[str, str], *, final: bool = True
) -> list[Row]:
    """Each arrived inject's score against its targets (red where something went wrong);
    `names`: department code → name. While the run goes on (`final` False) what is merely
    not done yet is no finding."""
    rows = []
    for score in scores:
        if score.case_ref is None:
            continue  # not arrived yet
        if score.duplicate:
            first = (
                tr(QT_TRANSLATE_NOOP("Drills", "duplicate: merged"))
                if score.merged
                else (tr(QT_TRANSLATE_NOOP("Drills", "duplicate: not merged")))
            )
        else:
            first = names.get(score.first_department or "", score.first_department or "—")
            if score.right_department is False:
                expected = score.expected_department or ""
                first += " ≠ " + names.get(expected, expected)
        found = [f for f in score.findings if final or f.code not in UNDECIDED]
        findings = "；".join(texts.finding_label(f.code, f.text) for f in found)
        rows.append(
            Row(
                (
                    score.inject,
                    score.case_ref or "",
                    score.trainee or "—",
                    points_text(score.points, score.max_points),
                    _against(score.registered_after_min, score.register_target_min),
                    ""
                    if score.duplicate
                    else _against(score.dispatched_after_min, score.dispatch_target_min),
                    first,
                    "✓" if score.sla_kept else "✗",
                    f"{score.escalations_handled}/{score.escalations}",
                    texts.count_text(score.keystrokes),
                    texts.count_text(score.clicks),
                    findings,
                ),
                key=score.inject,
                tone="bad" if found else "good" if score.points == score.max_points else "",
            )
        )
    return rows


def _against(actual: float | None, target: float | None) -> str:
    """'4.1 分 (5 分)'."""
    return f"{texts.minutes_text(actual)} ({texts.minutes_text(target)})"


RUN_HEADERS = (
    QT_TRANSLATE_NOOP("Drills", "Run"),
    QT_TRANSLATE_NOOP("Drills", "Scenario"),
    QT_TRANSLATE_NOOP("Drills", "Status"),
    QT_TRANSLATE_NOOP("Drills", "Started"),
    QT_TRANSLATE_NOOP("Drills", "Trainees"),
    QT_TRANSLATE_NOOP("Drills", "By"),
)


def run_rows(runs: Sequence[RunSummary]) -> list[Row]:
    """Past and present runs, newest first."""
    return [
        Row(
            (
                f"#{run.id}",
                run.name or run.scenario_id,
                texts.status_label(run.status),
                center_when(run),
                "、".join(run.trainees),
                run.created_by,
            ),
            key=run.id,
            tone="" if run.live else "dim",
        )
        for run in runs
    ]


def center_when(run: RunSummary) -> str:
    """When the run was started, in the center's real time."""
    return center_time.when_text(run.created_at.isoformat()) if run.created_at else ""


PROGRESS_HEADERS = (
    QT_TRANSLATE_NOOP("Drills", "Run"),
    QT_TRANSLATE_NOOP("Drills", "Scenario"),
    QT_TRANSLATE_NOOP("Drills", "Started"),
    QT_TRANSLATE_NOOP("Drills", "Points"),
    QT_TRANSLATE_NOOP("Drills", "Register (mean)"),
    QT_TRANSLATE_NOOP("Drills", "Dispatch (mean)"),
    QT_TRANSLATE_NOOP("Drills", "Right dept. first"),
    QT_TRANSLATE_NOOP("Drills", "Duplicates merged"),
    QT_TRANSLATE_NOOP("Drills", "Change"),
)


def progress_rows(trainee: str, history: Sequence[tuple[RunSummary, ScoreRow | None]]) -> list[Row]:
    """A trainee's runs oldest first, each with its score and the change of the share of
    points against the run before (green up, red down)."""
    rows: list[Row] = []
    before: float | None = None
    for run, score in sorted(history, key=lambda pair: pair[0].id):
        if score is None:
            continue
        share = score.percent
        change = ""
        tone = ""
        if share is not None and before is not None:
            delta = share - before
            change = f"{delta:+.0f}%"
            tone = "good" if delta > 0 else "bad" if delta < 0 else ""
        if share is not None:
            before = share
        rows.append(
            Row(
                (
                    f"#{run.id}",
                    run.name or run.scenario_id,
                    center_when(run),
                    points_text(score.points, score.max_points),
                    texts.minutes_text(score.mean_register_min),
                    texts.minutes_text(score.mean_dispatch_min),
                    _of(score.right_department_first, score.wrong_department_first),
                    _of(score.duplicates_merged, score.duplicates_dispatched),
                    change,
                ),
                key=(trainee, run.id),
                tone=tone,
            )
        )
    return rows


def _of(good: int, bad: int) -> str:
    """'2/3': the good ones of all."""
    return f"{good}/{good + bad}"
