"""One chart's frame: title, its own controls, PNG and CSV export, a notice when data is missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.charts.export import Table, write_csv, write_png
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel, escaped


def legend_entry(color: str, text: str, mark: str = "■") -> str:
    """One legend entry (rich text): the mark in its color and the text, never broken apart."""
    glued = escaped("\u2060".join(text.replace(" ", "\u00a0")))  # word joiners: CJK breaks anywhere
    return f"<span style='color:{color}'>{mark}</span>&nbsp;{glued}"


def legend_html(entries: list[str]) -> str:
    """Entries side by side, wrapping between them only."""
    return " &nbsp; ".join(entries)


class ChartFrame(QFrame):
    """Base of every chart: subclasses fill `body` and implement `table()` (the shown data)."""

    exported = Signal(str)  # the file written

    def __init__(
        self, runner: TaskRunner, title: str, stem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{stem}")
        self.setProperty("chart", True)
        self._runner = runner
        self.stem = stem
        self.title = PlainLabel(title, self)
        self.title.setObjectName("chartTitle")
        # A long title is cut, never widens the pane (the legend row and tooltip say the rest).
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(80)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(4)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("chartExport")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the chart as a PNG picture or its data as CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Picture (PNG)…"), self._on_png_clicked)
        menu.addAction(self.tr("Data (CSV)…"), self._on_csv_clicked)
        self.export_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addStretch(0)
        header.addLayout(self.controls)
        header.addWidget(self.export_button)
        self.legend = PlainLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # legend_html: its texts escaped
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.hide()
        self.notice = PlainLabel(self)
        self.notice.setObjectName("chartNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.notice)
        layout.addLayout(self.body, 1)

    # -- for subclasses ---------------------------------------------------------------------

    def table(self) -> Table:
        """The data the chart shows now: header and rows, as exported to CSV."""
        raise NotImplementedError

    def set_title(self, text: str) -> None:
        """The title, also as tooltip (a narrow pane cuts it)."""
        self.title.setText(text)
        self.title.setToolTip(text)

    def set_legend(self, html: str) -> None:
        """The line under the title naming the colors (rich text)."""
        self.legend.setText(html)
        self.legend.setVisible(bool(html))

    def add_control(self, widget: QWidget) -> None:
        """A control of this chart in its header (combo boxes are kept narrow)."""
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(7)
        self.controls.addWidget(widget)

    def show_notice(self, text: str) -> None:
        """Say why the chart is empty or stale (empty text hides the notice)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- export -----------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> None:
        """Grab the chart as shown (GUI thread), write the file on a worker; `exported` after."""
        image = self.grab().toImage()
        target = Path(path)
        self._runner.run(
            lambda: write_png(target, image),
            lambda written: self.exported.emit(str(written)),
            what=self.tr("Saving the chart picture"),
        )

    def export_csv(self, path: str | Path) -> None:
        """Write the shown data on a worker; `exported` after."""
        header, rows = self.table()
        target = Path(path)
        self._runner.run(
            lambda: write_csv(target, header, rows),
            lambda written: self.exported.emit(str(written)),
            what=self.tr("Saving the chart data"),
        )

    def _on_png_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart picture"), f"{self.stem}.png", self.tr("PNG pictures (*.png)")
        )
        if path:
            self.export_png(path)

    def _on_csv_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart data"), f"{self.stem}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)
