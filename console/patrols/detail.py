"""One patrol in full: who, where, when and how far; its track; its problems' photos; its
problems and the cases they became (double-click: the case in the queue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.models import center_time, labels
from console.patrols.track_view import TrackView
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip

CASE_ID = Qt.ItemDataRole.UserRole
ATTACHMENT_ID = Qt.ItemDataRole.UserRole + 1
THUMB = 96
PHOTO_LIMIT = 24  # thumbnails asked for at most for one patrol
HIDDEN = QBrush(QColor("#9aa5b1"))


class PatrolDetail(QWidget):
    """The selected patrol; `show_patrol(detail)` fills it, `set_thumbnail` adds a photo."""

    case_requested = Signal(int)  # double-click or Enter on a problem: show its case
    map_requested = Signal()  # "Show on map"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolDetail")
        self.patrol: dict[str, Any] = {}
        self.heading = PlainLabel(self)
        self.heading.setObjectName("patrolHeading")
        self.heading.setWordWrap(True)
        self.track = TrackView(self)
        self.map_button = QPushButton(self.tr("Show on map"), self)
        self.map_button.setObjectName("patrolShowOnMap")
        self.map_button.setEnabled(False)
        self.map_button.setVisible(False)  # shown when the window has a map that can draw it
        self.photos = QListWidget(self)
        self.photos.setObjectName("patrolPhotos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setFixedHeight(THUMB + 36)
        self.problems = QTreeWidget(self)
        self.problems.setObjectName("patrolProblems")
        self.problems.setRootIsDecorated(False)
        self.problems.setUniformRowHeights(True)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.setHeaderLabels(
            [self.tr("Problem"), self.tr("Case"), self.tr("State"), self.tr("Department")]
        )
        for column, width in enumerate((110, 150, 80)):
            self.problems.setColumnWidth(column, width)
        self.problems.setToolTip(self.tr("Double-click a problem to show its case in the queue"))
        self.problems.itemActivated.connect(self._on_problem_activated)
        self.problems.itemDoubleClicked.connect(self._on_problem_activated)
        self.map_button.clicked.connect(self.map_requested)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(row)
        top_layout.addWidget(self.track, 1)
        # Side by side: a bottom dock is wide and low; the problems keep their rows.
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(top)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.photos)
        lower_layout.addWidget(self.problems, 1)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.clear()

    def clear(self) -> None:
        """Nothing selected."""
        self.patrol = {}
        self.heading.setText(self.tr("Choose a patrol in the list."))
        self.track.set_track([])
        self.photos.clear()
        self.problems.clear()
        self.map_button.setEnabled(False)

    def show_patrol(self, patrol: dict[str, Any]) -> list[int]:
        """Show the patrol (GET /patrols/{id}); returns the attachments whose thumbnails to
        fetch, in the order they are shown."""
        self.patrol = patrol
        self.heading.setText(self.heading_text(patrol))
        km = patrol.get("distance_km")
        self.track.set_track(patrol.get("track") or [], f"{float(km):.2f} km" if km else "")
        self.map_button.setEnabled(self.track.point_count() > 1)
        self.problems.clear()
        self.photos.clear()
        wanted: list[int] = []
        for problem in patrol.get("problem_cases") or []:
            case = problem.get("case")
            row = QTreeWidgetItem(
                [
                    str(problem.get("label") or problem.get("kind") or ""),
                    str((case or {}).get("ref") or f"#{problem.get('case_id')}"),
                    labels.state_label(case.get("state")) if case else self.tr("not yours"),
                    str((case or {}).get("department_name") or ""),
                ]
            )
            row.setData(0, CASE_ID, int(problem.get("case_id") or 0))
            if case:
                row.setToolTip(1, plain_tip(str(case.get("title") or "")))
            else:
                for column in range(4):
                    row.setForeground(column, HIDDEN)
            self.problems.addTopLevelItem(row)
            for attachment in problem.get("attachments") or []:
                if len(wanted) >= PHOTO_LIMIT:
                    break
                attachment_id = int(attachment.get("id") or 0)
                if not attachment_id:
                    continue
                item = QListWidgetItem(str(problem.get("label") or ""))
                item.setData(ATTACHMENT_ID, attachment_id)
                item.setData(CASE_ID, int(problem.get("case_id") or 0))
                item.setToolTip(plain_tip(str(attachment.get("filename") or "")))
                item.setSizeHint(QSize(THUMB + 12, THUMB + 30))
                self.photos.addItem(item)
                wanted.append(attachment_id)
        if not self.photos.count():
            item = QListWidgetItem(self.tr("No photos"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.photos.addItem(item)
        return wanted

    def set_thumbnail(self, attachment_id: int, data: bytes) -> bool:
        """Put a fetched thumbnail on its photo; False when it is not an image we can read."""
        image = QImage.fromData(data)
        if image.isNull():
            return False
        icon = QIcon(QPixmap.fromImage(image))
        for index in range(self.photos.count()):
            item = self.photos.item(index)
            if item.data(ATTACHMENT_ID) == attachment_id:
                item.setIcon(icon)
        return True

    def thumbnails_shown(self) -> int:
        """How many photos have their picture."""
        return sum(1 for i in range(self.photos.count()) if not self.photos.item(i).icon().isNull())

    def heading_text(self, patrol: dict[str, Any]) -> str:
        """'金通河 · 唐闸段 — 张河长, 12-07 08:30, 42 分钟, 3.20 km, 2 个问题'."""
        where = str(patrol.get("river_name") or "")
        if patrol.get("segment_name"):
            where += f" · {patrol['segment_name']}"
        text = self.tr("%1 — %2, %3, %4 min, %5 km, %6 problem(s)")
        parts = (
            where,
            str(patrol.get("patroller") or ""),
            center_time.when_text(patrol.get("started_at")),
            f"{float(patrol.get('duration_min') or 0):.0f}",
            f"{float(patrol.get('distance_km') or 0):.2f}",
            str(int(patrol.get("problems") or 0)),
        )
        for number, part in enumerate(parts, 1):
            text = text.replace(f"%{number}", part)
        if patrol.get("distance_agrees") is False:
            reported = f"{float(patrol.get('reported_km') or 0):.2f}"
            disagree = self.tr("The app reported %1 km: it does not agree with the track.")
            text += "\n" + disagree.replace("%1", reported)
        if patrol.get("note"):
            text += "\n" + str(patrol["note"])
        return text

    def _on_problem_activated(self, item: QTreeWidgetItem) -> None:
        case_id = int(item.data(0, CASE_ID) or 0)
        if case_id:
            self.case_requested.emit(case_id)
