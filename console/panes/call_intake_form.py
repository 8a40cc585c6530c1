"""The intake form's fields: where from (12345, city 交办, camera), caller, category, place,
urgency, what was said, title, and 直办 for consultations answered on the phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from console.panes import call_intake_logic as logic
from console.panes.call_intake_fields import CategoryPicker, UrgencyChoice, WithError
from console.panes.call_intake_texts import IntakeTexts
from console.panes.intake_channel import ChannelFields
from console.panes.intake_direct import DirectAnswer
from widgets.plain_text import PlainLabel

CHANNEL_FIELDS = ("channel", "external_ref", "external_due_at", "camera_code")
FIELDS: tuple[str, ...] = (
    *CHANNEL_FIELDS,
    "reporter_name",
    "reporter_phone",
    "category",
    "address",
    "street",
)
FIELDS += ("coordinates", "urgency", "description", "title", "answered")


class IntakeForm(QWidget):
    """The fields of one call, in the order the officer fills them, each with its error line."""

    lookup_inputs_changed = Signal()  # category or place changed: look for similar cases again
    submit_requested = Signal()
    clear_requested = Signal()
    map_pick_requested = Signal()  # "On map…": the officer sets the point on the map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self._reference: dict[str, Any] = {}
        self._detected: str | None = None
        self._title_auto = True
        self._texts = IntakeTexts(self)
        self.channel_fields = ChannelFields(self)
        self.direct = DirectAnswer(self)
        self.name = self._line("callerName", self.tr("Caller's name"))
        self.phone = self._line("callerPhone", self.tr("e.g. 138 1234 5678"))
        self.category = CategoryPicker(self)
        self.category.setObjectName("category")
        self.category.setPlaceholderText(self.tr("Type part of a name or code, e.g. 噪声"))
        self.department = PlainLabel(self)
        self.department.setObjectName("routingDepartment")
        self.address = self._line("address", self.tr("Street, community, building, landmark"))
        self.street = QComboBox(self)
        self.street.setObjectName("street")
        self.street.addItem("", None)
        self.coordinates = self._line("coordinates", self.tr("lat, lon — optional"))
        self.pick_on_map = QToolButton(self)
        self.pick_on_map.setObjectName("pickOnMap")
        self.pick_on_map.setText(self.tr("On map…"))
        self.pick_on_map.setToolTip(
            self.tr("Click the point on the map (F12); the street is then taken from the map")
        )
        self.pick_on_map.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tab chain stays as it is
        self.pick_on_map.clicked.connect(self.map_pick_requested)
        self.urgency = UrgencyChoice(self)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the caller reports, in their words"))
        self.description.setMinimumHeight(96)
        self.title = self._line("title", self.tr("Filled in from category, street and description"))
        self.clear_button = QPushButton(self.tr("Cl&ear form"), self)
        self.clear_button.setObjectName("clearButton")
        self.create_button = QPushButton(self.tr("C&reate case"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self._boxes: dict[str, WithError] = {}
        self._buddies: dict[str, QWidget] = {}  # what gets the cursor, by field
        self._build()
        tips = [(getattr(self, name), tip) for name, tip in self._texts.tooltips().items()]
        tips += self.channel_fields.tooltips() + self.direct.tooltips()
        for widget, tip in tips:
            widget.setToolTip(tip)
        self._wire()
        self._update_street_hint()
        self.update_rows()

    # -- building ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _build(self) -> None:
        category_row = QWidget(self)
        row = QHBoxLayout(category_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.category, 3)
        row.addWidget(self.department, 2)
        coordinates_row = QWidget(self)
        line = QHBoxLayout(coordinates_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.coordinates, 1)
        line.addWidget(self.pick_on_map)
        form = self._layout = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            *self.channel_fields.rows(),
            ("reporter_name", self.tr("Caller &name"), self.name, self.name),
            ("reporter_phone", self.tr("Ph&one"), self.phone, self.phone),
            ("category", self.tr("Cate&gory"), category_row, self.category),
            ("address", self.tr("&Address"), self.address, self.address),
            ("street", self.tr("&Street"), self.street, self.street),
            ("coordinates", self.tr("Coordina&tes"), coordinates_row, self.coordinates),
            ("urgency", self.tr("&Urgency"), self.urgency, self.urgency.focus_proxy()),
            ("description", self.tr("&Description"), self.description, self.description),
            ("title", self.tr("T&itle"), self.title, self.title),
            *self.direct.rows(),
        )
        for name, text, widget, buddy in rows:
            label = PlainLabel(text, self)
            label.setBuddy(buddy)
            box = WithError(widget, self)
            self._boxes[name] = box
            self._buddies[name] = buddy
            form.addRow(label, box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)

    def _wire(self) -> None:
        self.category.category_changed.connect(self._on_category_changed)
        self.address.textChanged.connect(self._on_address_changed)
        self.street.currentIndexChanged.connect(self._on_street_changed)
        self.coordinates.textChanged.connect(self._on_coordinates_changed)
        self.phone.textChanged.connect(self._on_phone_changed)
        self.description.textChanged.connect(self._on_description_changed)
        self.title.textEdited.connect(self._on_title_edited)
        self.create_button.clicked.connect(self.submit_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        self.channel_fields.channel_changed.connect(lambda _code: self.update_rows())
        self.direct.changed.connect(lambda _on: self.update_rows())

    def tab_chain(self) -> list[QWidget]:
        """The fields and buttons in keyboard order, first field to Create (the channel
        fields before the caller's name: Shift+Tab from it; hidden rows are skipped)."""
        first = [self.name, self.phone, self.category, self.address, self.street, self.coordinates]
        last = [self.description, self.title, self.direct.check, self.direct.answer]
        buttons = [self.create_button, self.clear_button]
        chain = self.channel_fields.tab_chain()
        return [*chain, *first, *self.urgency.buttons.values(), *last, *buttons]

    def update_rows(self) -> None:
        """Show the rows of the channel chosen, and 直办's when offered; the button says it."""
        shown = {**self.channel_fields.shown_rows(), **self.direct.shown_rows()}
        for field, visible in shown.items():
            self._layout.setRowVisible(self._boxes[field], visible)
        button = self.direct.button_text() if self.direct.active() else self._texts.create_button()
        self.create_button.setText(button)

    # -- reference data ---------------------------------------------------------------------

    def set_reference(self, reference: dict[str, Any]) -> None:
        """Categories for the picker and streets for the combo."""
        self._reference = reference
        self.category.set_categories(logic.categories_of(reference))
        chosen = self.street.currentData()
        self.street.blockSignals(True)
        while self.street.count() > 1:
            self.street.removeItem(1)
        for street in reference.get("streets", []):
            self.street.addItem(street["name"], street["code"])
        index = self.street.findData(chosen) if chosen else 0
        self.street.setCurrentIndex(max(0, index))
        self.street.blockSignals(False)
        self._on_address_changed(self.address.text())

    # -- what the pane reads ----------------------------------------------------------------

    def street_code(self) -> str | None:
        """The street chosen, or else the one recognised in the address."""
        return self.street.currentData() or self._detected

    def coordinates_value(self) -> tuple[float, float] | None | str:
        """(lat, lon), None when not given, "bad" when unreadable."""
        return logic.parse_coordinates(self.coordinates.text())

    def body(self) -> dict[str, Any]:
        """The new case as the server takes it; `_evidence` is the photo to attach after."""
        body: dict[str, Any] = {
            **self.channel_fields.fields(),
            "category": self.category.code(),
            "urgency": self.urgency.value(),
            "title": logic.clip_title(self.title.text()),
            "description": self.description.toPlainText().strip(),
            "address": self.address.text().strip(),
            "reporter_name": self.name.text().strip(),
            "reporter_phone": " ".join(self.phone.text().split()),
        }
        if self.street_code():
            body["street"] = self.street_code()
        place = self.coordinates_value()
        if isinstance(place, tuple):
            body["lat"], body["lon"] = place
        if self.direct.active():
            body["answered"] = self.direct.text()
        evidence = self.channel_fields.evidence
        if evidence is not None and body["channel"] == "video":
            body["_evidence"] = evidence  # attached once the case exists (IntakeWork)
        return body

    def set_error(self, field: str, text: str) -> None:
        """Show a problem under a field ("" hides it); coordinates stand for lat and lon."""
        box = self._boxes.get("coordinates" if field in ("lat", "lon") else field)
        ours = self.channel_fields.field_message(field) or self.direct.field_message(field)
        text = (ours or text) if text else ""
        if box is not None:
            box.set_error(text)

    def errors(self) -> dict[str, str]:
        """The problems shown now, by field."""
        return {name: box.error.text() for name, box in self._boxes.items() if box.error.text()}

    def focus_field(self, field: str) -> None:
        """Put the cursor in a field (e.g. the first one with a problem)."""
        if field in ("lat", "lon"):
            field = "coordinates"
        widget = self.urgency.focus_proxy() if field == "urgency" else self._buddies.get(field)
        (widget or self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Empty every field for the next call."""
        for edit in (self.name, self.phone, self.category, self.address, self.coordinates):
            edit.clear()
        self.street.setCurrentIndex(0)
        self.urgency.set_value("normal")
        for other in (self.description, self.title, self.channel_fields, self.direct):
            other.clear()
        self._title_auto = True
        for box in self._boxes.values():
            box.set_error("")
        self.update_rows()

    # -- handlers ---------------------------------------------------------------------------

    def _on_category_changed(self, code: str) -> None:
        found = self.category.category()
        self.department.setText(f"→ {found.department}" if found else "")
        self.direct.offer(found.kind if found else "")
        self.update_rows()
        if code:
            self.set_error("category", "")
        self._fill_title()
        self.lookup_inputs_changed.emit()

    def _on_address_changed(self, text: str) -> None:
        detected = logic.detect_street(text, self._reference)
        if detected != self._detected:
            self._detected = detected
            self._update_street_hint()
            self._fill_title()
        self.lookup_inputs_changed.emit()

    def _on_street_changed(self, _index: int) -> None:
        self._fill_title()
        self.lookup_inputs_changed.emit()

    def _on_coordinates_changed(self, _text: str) -> None:
        bad = self.coordinates_value() == "bad"
        self.set_error("coordinates", self._texts.coordinates() if bad else "")
        self.lookup_inputs_changed.emit()

    def _on_phone_changed(self, text: str) -> None:
        # Wrong characters show at once; too short only when leaving the field or sending.
        problem = logic.phone_problem(text)
        self.set_error("reporter_phone", self.phone_message(problem) if problem == "chars" else "")

    def phone_message(self, problem: str) -> str:
        """The sentence for a phone problem code of call_intake_logic.phone_problem."""
        return self._texts.phone(problem)

    def _on_description_changed(self) -> None:
        self._fill_title()

    def _on_title_edited(self, text: str) -> None:
        self._title_auto = not text.strip()  # emptied: fill it in again
        if text.strip():
            self.set_error("title", "")

    def _update_street_hint(self) -> None:
        name = logic.street_name(self._reference, self._detected)
        self.street.setItemText(0, self._texts.street_hint(name))
        self.street.setProperty("detected", bool(name))
        self.street.style().unpolish(self.street)
        self.street.style().polish(self.street)

    def _fill_title(self) -> None:
        if not self._title_auto:
            return
        found = self.category.category()
        street = logic.street_name(self._reference, self.street_code())
        words = logic.first_words(self.description.toPlainText())
        title = self._texts.title(found.name if found else "", street, words)
        self.title.setText(logic.clip_title(title))
        if title:
            self.set_error("title", "")
