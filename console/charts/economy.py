"""经济运行 as the district's meeting reads it (issue #22): 崇川区's indicators for a month, a
quarter (首季 with 开门红 answered) or the year, against the previous year-end, the leader and
the next area above, and the year's target; the three tiers, lagging first; and the 经济运行分析
brief as a PDF a leader reads on paper. Every figure is the server's (GET /indicators/review).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api.charts import ChartsApi
from console.charts.export import Table
from console.charts.frame import ChartFrame
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel

TIERS = ("lagging", "middle", "advantage")
GOOD_START_COLUMN = 9  # 开门红: a first quarter's question only


class EconomyReview(ChartFrame):
    """The review table, the tier lists and the brief for the period chosen."""

    brief_saved = Signal(str)  # the PDF written

    def __init__(self, api: ChartsApi, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Economy: the meeting's view"), "economy", parent)
        self._api = api
        self.body_data: dict[str, Any] = {}
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("economyPeriod")
        self.period_combo.setToolTip(self.tr("A month, a quarter (cumulative to its last month)"))
        self.period_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.add_control(self.period_combo)
        self.period_combo.setMinimumContentsLength(15)  # 2026年一季度（首季） whole
        self.brief_button = QPushButton(self.tr("Brief (PDF)…"), self)
        self.brief_button.setObjectName("economyBrief")
        self.brief_button.setToolTip(self.tr("The economic brief of this period, for paper"))
        self.brief_button.clicked.connect(self._on_brief_clicked)
        self.add_control(self.brief_button)
        self.headline = PlainLabel(self)
        self.headline.setObjectName("economyHeadline")
        self.headline.setWordWrap(True)
        self.grid = QTableWidget(0, len(self._headers()), self)
        self.grid.setObjectName("economyTable")
        self.grid.setHorizontalHeaderLabels(self._headers())
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.grid.currentCellChanged.connect(lambda row, *_: self._on_row_chosen(row))
        # The chosen indicator by street (板块): where the district's figure comes from.
        self.streets_title = PlainLabel(self)
        self.streets_title.setObjectName("economyStreetsTitle")
        self.streets_grid = QTableWidget(0, 4, self)
        self.streets_grid.setObjectName("economyStreets")
        self.streets_grid.setHorizontalHeaderLabels(
            [self.tr("Street"), self.tr("Cumulative"), self.tr("Growth"), self.tr("Share")]
        )
        self.streets_grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.streets_grid.verticalHeader().hide()
        self.streets_grid.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.street_rows: list[dict[str, Any]] = []
        self.tier_labels = {tier: PlainLabel(self) for tier in TIERS}
        tiers = QHBoxLayout()
        for tier in TIERS:
            label = self.tier_labels[tier]
            label.setObjectName(f"economyTier_{tier}")
            label.setProperty("tier", tier)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            tiers.addWidget(label, 1)
        self.body.addWidget(self.headline)
        tables = QHBoxLayout()
        tables.addWidget(self.grid, 3)
        streets = QVBoxLayout()
        streets.addWidget(self.streets_title)
        streets.addWidget(self.streets_grid, 1)
        tables.addLayout(streets, 1)
        self.body.addLayout(tables, 1)
        self.body.addLayout(tiers)

    def _headers(self) -> list[str]:
        return [
            self.tr("Indicator"),
            self.tr("Cumulative"),
            self.tr("Growth"),
            self.tr("Rank (value)"),
            self.tr("Rank (growth)"),
            self.tr("Tier"),
            self.tr("Since year-end"),
            self.tr("To catch up"),
            self.tr("Year target"),
            self.tr("Good start"),
        ]

    # -- data -------------------------------------------------------------------------------

    def set_periods(self, months: list[str], quarters: list[str]) -> None:
        """The periods to choose from, newest first: quarters beside their last month."""
        chosen = self.period_combo.currentData()
        choices = [(q, self._quarter_words(q)) for q in quarters]
        choices += [(m, self._month_words(m)) for m in months]
        choices.sort(key=lambda c: (_last_month(c[0]), "-Q" in c[0]), reverse=True)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for code, words in choices:
            self.period_combo.addItem(words, code)
        at = self.period_combo.findData(chosen) if chosen else -1
        self.period_combo.setCurrentIndex(max(at, 0))
        self.period_combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        """Ask the server for the chosen period's review (a worker thread)."""
        period = self.period_combo.currentData()
        if not period:
            return
        self._runner.run(
            lambda: self._api.review(period),
            lambda body: (
                self.show_review(body) if period == self.period_combo.currentData() else None
            ),
            on_error=lambda exc: self.show_notice(
                self.tr("Could not load: %1").replace("%1", str(exc))
            ),
            what=self.tr("Loading the economy review"),
        )

    def show_review(self, body: dict[str, Any]) -> None:
        """Fill the table, the headline and the tiers from the server's review."""
        self.body_data = body
        self.show_notice("")
        items = body.get("indicators") or []
        firsts = [str(i["name"]) for i in items if i.get("rank_value") == 1]
        parts = []
        if firsts:
            parts.append(self.tr("First in the city by value: %1").replace("%1", "、".join(firsts)))
        if body.get("first_quarter"):
            parts.append(
                self.tr("Good first quarter: %1 of %2 indicators")
                .replace("%1", str(body.get("good_start_count", 0)))
                .replace("%2", str(len(items)))
            )
        parts.append(
            self.tr("Time gone by: %1").replace(
                "%1", f"{float(body.get('time_progress') or 0):.1%}"
            )
        )
        self.headline.setText(" · ".join(parts))
        rows = [self._row(item) for item in items]
        self.grid.setColumnHidden(GOOD_START_COLUMN, not body.get("first_quarter"))
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, cell)
        for tier in body.get("tiers") or []:
            label = self.tier_labels.get(str(tier.get("tier")))
            if label is not None:
                label.setText(self._tier_text(tier))
        # The indicator in the worst tier first: the one whose streets to look at.
        if items:
            lagging = max(range(len(items)), key=lambda r: (items[r]["rank_growth"], -r))
            self.grid.setCurrentCell(lagging, 0)

    def _on_row_chosen(self, row: int) -> None:
        items = self.body_data.get("indicators") or []
        period = self.body_data.get("period")
        if not 0 <= row < len(items) or not period:
            return
        code, name = str(items[row]["indicator"]), str(items[row]["name"])
        self.streets_title.setText(self.tr("%1 by street").replace("%1", name))
        self._runner.run(
            lambda: self._api.streets(code, period),
            lambda body: (
                self.show_streets(body) if body.get("indicator", {}).get("code") == code else None
            ),
            on_error=lambda exc: self.streets_title.setText(str(exc)),
            what=self.tr("Loading the streets"),
        )

    def show_streets(self, body: dict[str, Any]) -> None:
        """The chosen indicator's streets, best growth first (the lagging ones at the end)."""
        self.street_rows = list(body.get("rows") or [])
        self.streets_grid.setRowCount(len(self.street_rows))
        for r, row in enumerate(self.street_rows):
            share = row.get("share")
            cells = [
                str(row["street_name"]),
                f"{row['value']:g}",
                f"{row['growth']:+.1f}%",
                "" if share is None else f"{share:.1%}",
            ]
            for c, text in enumerate(cells):
                self.streets_grid.setItem(r, c, QTableWidgetItem(text))
        if not self.street_rows:
            self.streets_grid.setRowCount(0)
            self.streets_title.setText(
                self.streets_title.text() + " — " + self.tr("no street figures imported")
            )

    def _row(self, item: dict[str, Any]) -> list[str]:
        moved = item.get("year_end")
        since = "—"
        if moved:
            since = (
                self.tr("%1 pts, %2")
                .replace("%1", f"{moved['growth_change']:+.1f}")
                .replace("%2", self._places(int(moved["rank_growth_change"])))
            )
        above = (item.get("gap_growth") or {}).get("next_above")
        catch_up = "—"
        if above:
            catch_up = f"{above['area_name']} {above['gap']:.1f}" + self.tr(" pts")
        progress = item.get("target_progress")
        target = "—"
        if progress:
            target = f"{progress['progress']:.1%} / {progress['time_progress']:.1%}"
        start = item.get("good_start")
        good = "" if start is None else (self.tr("yes") if start["answer"] else self.tr("no"))
        return [
            str(item.get("name", "")),
            f"{item['value']:g} {item.get('unit', '')}",
            f"{item['growth']:+.1f}%",
            str(item["rank_value"]),
            str(item["rank_growth"]),
            self._tier_short(str(item["tier"])),
            since,
            catch_up,
            target,
            good,
        ]

    def _tier_text(self, tier: dict[str, Any]) -> str:
        title = self._tier_words(str(tier.get("tier")))
        lines = [title]
        for member in tier.get("indicators") or []:
            line = f"· {member['name']} {member['growth']:+.1f}% #{member['rank_growth']}"
            changed = member.get("changed")
            if changed and changed.get("rank_growth_change"):
                line += f" ({self._places(int(changed['rank_growth_change']))})"
            lines.append(line)
        if len(lines) == 1:
            lines.append(self.tr("none"))
        return "\n".join(lines)

    def table(self) -> Table:
        header = self._headers()
        rows: list[list[object]] = []
        for r in range(self.grid.rowCount()):
            cells = (self.grid.item(r, c) for c in range(self.grid.columnCount()))
            rows.append([cell.text() if cell is not None else "" for cell in cells])
        return header, rows

    # -- the brief --------------------------------------------------------------------------

    def _on_brief_clicked(self) -> None:
        period = self.period_combo.currentData()
        if not period:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the brief"), f"经济运行分析-{period}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_brief(period, Path(path))

    def save_brief(self, period: str, target: Path) -> None:
        """Fetch the brief and write it (a worker thread); `brief_saved` after."""

        def fetch_and_write() -> str:
            data = self._api.brief_pdf(period)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            return str(target)

        self._runner.run(
            fetch_and_write,
            self.brief_saved.emit,
            what=self.tr("Saving the economy brief"),
        )

    # -- words ------------------------------------------------------------------------------

    def _quarter_words(self, code: str) -> str:
        year, quarter = code.split("-Q")
        if quarter == "1":
            return self.tr("%1 first quarter").replace("%1", year)
        return self.tr("%1 Q%2").replace("%1", year).replace("%2", quarter)

    def _month_words(self, code: str) -> str:
        year, month = code[:4], int(code[5:])
        if month == 2:
            return self.tr("%1 Jan–Feb").replace("%1", year)
        return self.tr("%1 Jan–%2").replace("%1", year).replace("%2", str(month))

    def _tier_words(self, tier: str) -> str:
        return {
            "lagging": self.tr("Lagging: catch up"),
            "middle": self.tr("Middle: close in on the best"),
            "advantage": self.tr("Advantage: widen the lead"),
        }.get(tier, tier)

    def _tier_short(self, tier: str) -> str:
        return {
            "lagging": self.tr("lagging"),
            "middle": self.tr("middle"),
            "advantage": self.tr("advantage"),
        }.get(tier, tier)

    def _places(self, change: int) -> str:
        if change > 0:
            return self.tr("up %1").replace("%1", str(change))
        if change < 0:
            return self.tr("down %1").replace("%1", str(-change))
        return self.tr("held")


def _last_month(code: str) -> str:
    """The month whose cumulative values a period reads (a quarter: its last month)."""
    if "-Q" in code:
        year, quarter = code.split("-Q")
        return f"{year}-{3 * int(quarter):02d}"
    return code
