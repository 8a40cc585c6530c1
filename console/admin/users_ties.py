"""What a field account is tied to, in the users screen: a river chief's river segments
(several, from the rivers the server knows), a grid member's grid (chosen street first), a
volunteer team lead's team (the teams the server keeps). The server checks every tie and
names the wrong field in its 422 (docs/api-admin.md); the form shows that beside the picker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from console.api.admin import AdminApi
from console.api.patrols import PatrolsApi
from console.api.volunteers import VolunteersApi

TIE_OF = {"river_chief": "segments", "grid_member": "grid", "volunteer_lead": "team"}
TIE_FIELDS = ("segments", "grid", "team")
ANY = "\x00any"  # the street choice "every street"


class UsersApi(AdminApi):
    """The users screen's calls: AdminApi's, with a field account's tie in its writes, and
    the choices of ties (rivers and their segments, volunteer teams)."""

    def create_user_tied(self, body: dict[str, Any]) -> dict[str, Any]:
        """POST /users with username, display_name, role, department, password and the tie."""
        return self._write("POST", "/api/v1/users", body)

    def update_user_tied(self, user_id: int, **fields: Any) -> dict[str, Any]:
        """PATCH /users/{id} with what changed, a tie included (the server replaces it)."""
        return self._write("PATCH", f"/api/v1/users/{int(user_id)}", fields)

    def tie_choices(self) -> dict[str, list[dict[str, Any]]]:
        """`rivers` (each with its `segments`) and volunteer `teams`, as the server has them."""
        return {
            "rivers": PatrolsApi(self._client).rivers(),
            "teams": VolunteersApi(self._client).teams(),
        }


class SegmentsPicker(QListWidget):
    """River segments to tick (a river chief has one or more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userSegments")
        self.setMaximumHeight(150)
        self.names: dict[str, str] = {}  # code → "river · segment"

    def set_rivers(self, rivers: list[dict[str, Any]]) -> None:
        """Offer every segment of every river, keeping what is ticked."""
        ticked = self.codes()
        self.names = {
            str(s["code"]): f"{r.get('name')} · {s.get('name')}"
            for r in rivers
            for s in r.get("segments") or []
        }
        self.clear()
        for river in rivers:
            for segment in river.get("segments") or []:
                street = f"（{segment['street_name']}）" if segment.get("street_name") else ""
                self._add(str(segment["code"]), self.names[str(segment["code"])] + street)
        self.set_codes(ticked)

    def set_codes(self, codes: list[str]) -> None:
        """Tick these segments (a code the list lacks is added, so that it is not lost)."""
        wanted = set(codes)
        for code in codes:
            if self._item(code) is None:
                self._add(code, code)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        """The ticked segments' codes, sorted."""
        return sorted(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def _add(self, code: str, text: str) -> None:
        item = QListWidgetItem(text, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    def _item(self, code: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == code:
                return self.item(i)
        return None


class GridPicker(QWidget):
    """A street, then one of its grids (from the reference data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.street = QComboBox(self)
        self.street.setObjectName("userGridStreet")
        self.grid = QComboBox(self)
        self.grid.setObjectName("userGrid")
        self.names: dict[str, str] = {}  # grid code → name
        self._street_of: dict[str, str] = {}  # grid code → street code
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.street, 1)
        layout.addWidget(self.grid, 2)
        self.street.currentIndexChanged.connect(self._on_street_current_index_changed)
        self.set_reference({})

    def set_reference(self, data: dict[str, Any]) -> None:
        """Streets and grids from the reference data, keeping the grid chosen."""
        chosen = self.code()
        street_of_community = {
            str(c.get("name")): str(c.get("street")) for c in data.get("communities") or []
        }
        grids = list(data.get("grids") or [])
        self.names = {str(g["code"]): str(g.get("name") or g["code"]) for g in grids}
        self._street_of = {
            str(g["code"]): street_of_community.get(str(g.get("community")), "") for g in grids
        }
        self.street.blockSignals(True)
        self.street.clear()
        self.street.addItem(self.tr("(every street)"), ANY)
        for street in data.get("streets") or []:
            self.street.addItem(str(street.get("name")), str(street.get("code")))
        self.street.blockSignals(False)
        self.set_code(chosen)

    def set_code(self, code: str | None) -> None:
        """Show this grid (its street chosen), or none."""
        street = self._street_of.get(code or "")
        self.street.blockSignals(True)
        self.street.setCurrentIndex(max(self.street.findData(street or ANY), 0))
        self.street.blockSignals(False)
        self._fill_grids(code or "")

    def code(self) -> str:
        """The grid chosen ("" for none)."""
        return str(self.grid.currentData() or "")

    def _on_street_current_index_changed(self, _index: int) -> None:
        self._fill_grids(self.code())

    def _fill_grids(self, keep: str) -> None:
        street = self.street.currentData()
        self.grid.clear()
        self.grid.addItem(self.tr("(choose a grid)"), "")
        for code, name in self.names.items():
            if street in (None, ANY) or self._street_of.get(code) == street:
                self.grid.addItem(f"{name}（{code}）", code)
        if keep and self.grid.findData(keep) < 0:
            self.grid.addItem(keep, keep)  # a grid the reference lacks is shown, not lost
        self.grid.setCurrentIndex(max(self.grid.findData(keep), 0))


class TeamPicker(QComboBox):
    """A volunteer team (the server's list; a team has one lead account)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userTeam")
        self.names: dict[str, str] = {}  # code → name
        self.set_teams([])

    def set_teams(self, teams: list[dict[str, Any]]) -> None:
        """Offer the active teams (and the one chosen), each with its lead now."""
        chosen = self.code()
        self.names = {str(t["code"]): str(t.get("name") or t["code"]) for t in teams}
        self.clear()
        self.addItem(self.tr("(choose a team)"), "")
        for team in teams:
            if team.get("active", True) or team.get("code") == chosen:
                lead = team.get("lead")
                suffix = self.tr(" — led by %1").replace("%1", str(lead)) if lead else ""
                self.addItem(f"{team.get('name')}{suffix}", str(team["code"]))
        self.set_code(chosen)

    def set_code(self, code: str | None) -> None:
        """Choose this team, or none."""
        if code and self.findData(code) < 0:
            self.addItem(code, code)
        self.setCurrentIndex(max(self.findData(code or ""), 0))

    def code(self) -> str:
        """The team chosen ("" for none)."""
        return str(self.currentData() or "")


def tie_text(user: dict[str, Any], names: dict[str, dict[str, str]]) -> str:
    """What the user is tied to, by name: segments, grid or team ('' for staff)."""
    segments = [names.get("segments", {}).get(c, c) for c in user.get("segments") or []]
    if segments:
        return "、".join(segments)
    for field in ("grid", "team"):
        code = user.get(field)
        if code:
            return names.get(field, {}).get(str(code), str(code))
    return ""
