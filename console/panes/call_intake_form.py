"""The intake form's fields: caller, category, place, urgency, what was said, title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from console.panes import call_intake_logic as logic
from console.panes.call_intake_fields import CategoryPicker, UrgencyChoice, WithError

FIELDS = ("reporter_name", "reporter_phone", "category", "address", "street", "coordinates")
FIELDS += ("urgency", "description", "title")


class IntakeForm(QWidget):
    """The fields of one call, in the order the officer fills them, each with its error line."""

    lookup_inputs_changed = Signal()  # category or place changed: look for similar cases again
    submit_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self._reference: dict[str, Any] = {}
        self._detected: str | None = None
        self._title_auto = True
        self.name = self._line("callerName", self.tr("Caller's name"))
        self.phone = self._line("callerPhone", self.tr("e.g. 138 1234 5678"))
        self.category = CategoryPicker(self)
        self.category.setObjectName("category")
        self.category.setPlaceholderText(self.tr("Type part of a name or code, e.g. 噪声"))
        self.department = QLabel(self)
        self.department.setObjectName("routingDepartment")
        self.address = self._line("address", self.tr("Street, community, building, landmark"))
        self.street = QComboBox(self)
        self.street.setObjectName("street")
        self.street.addItem("", None)
        self.coordinates = self._line("coordinates", self.tr("lat, lon — optional"))
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
        self._tooltips()
        self._wire()
        self._update_street_hint()

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
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("reporter_name", self.tr("Caller &name"), self.name, self.name),
            ("reporter_phone", self.tr("Ph&one"), self.phone, self.phone),
            ("category", self.tr("Cate&gory"), category_row, self.category),
            ("address", self.tr("&Address"), self.address, self.address),
            ("street", self.tr("&Street"), self.street, self.street),
            ("coordinates", self.tr("Coordina&tes"), self.coordinates, self.coordinates),
            ("urgency", self.tr("&Urgency"), self.urgency, self.urgency.focus_proxy()),
            ("description", self.tr("&Description"), self.description, self.description),
            ("title", self.tr("T&itle"), self.title, self.title),
        )
        for name, text, widget, buddy in rows:
            label = QLabel(text, self)
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

    def _tooltips(self) -> None:
        tips = (
            (self.name, self.tr("Alt+N. Leave empty if the caller stays anonymous.")),
            (self.phone, self.tr("Alt+O. Digits, +, - and spaces.")),
            (
                self.category,
                self.tr(
                    "Alt+G. Type part of the name, the code or the department; ↓ lists all, "
                    "Enter picks. The department it goes to is shown on the right."
                ),
            ),
            (self.address, self.tr("Alt+A. The street is recognised from the address.")),
            (self.street, self.tr("Alt+S. Choose a street to override the one recognised.")),
            (self.coordinates, self.tr("Alt+T. Latitude, longitude, when the caller shares it.")),
            (self.urgency, self.tr("Alt+U, then ← → to choose. Emergency runs a 24/7 clock.")),
            (self.description, self.tr("Alt+D. Tab leaves; Ctrl+Enter creates the case.")),
            (self.title, self.tr("Alt+I. Filled in for you until you edit it.")),
            (self.clear_button, self.tr("Alt+E. Empties the form for the next call.")),
            (self.create_button, self.tr("Ctrl+Enter or Alt+R. Creates the case.")),
        )
        for widget, tip in tips:
            widget.setToolTip(tip)

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

    def tab_chain(self) -> list[QWidget]:
        """The fields and buttons in keyboard order, first field to Create."""
        return [
            self.name,
            self.phone,
            self.category,
            self.address,
            self.street,
            self.coordinates,
            *self.urgency.buttons.values(),
            self.description,
            self.title,
            self.create_button,
            self.clear_button,
        ]

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
        """The new case as the server takes it (channel 12345)."""
        body: dict[str, Any] = {
            "channel": "hotline_12345",
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
        return body

    def set_error(self, field: str, text: str) -> None:
        """Show a problem under a field ("" hides it); coordinates stand for lat and lon."""
        box = self._boxes.get("coordinates" if field in ("lat", "lon") else field)
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
        self.description.clear()
        self.title.clear()
        self._title_auto = True
        for box in self._boxes.values():
            box.set_error("")

    # -- handlers ---------------------------------------------------------------------------

    def _on_category_changed(self, code: str) -> None:
        found = self.category.category()
        self.department.setText(f"→ {found.department}" if found else "")
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
        message = self.tr("Write latitude, longitude, e.g. 32.04, 120.87")
        self.set_error("coordinates", message if bad else "")
        self.lookup_inputs_changed.emit()

    def _on_phone_changed(self, text: str) -> None:
        # Wrong characters show at once; too short only when leaving the field or sending.
        problem = logic.phone_problem(text)
        self.set_error("reporter_phone", self.phone_message(problem) if problem == "chars" else "")

    def phone_message(self, problem: str) -> str:
        """The sentence for a phone problem code of call_intake_logic.phone_problem."""
        return {
            "chars": self.tr("Only digits, +, - and spaces, e.g. 0513-8512 3456"),
            "long": self.tr("Too long for a phone number"),
            "short": self.tr("Too short for a phone number"),
        }.get(problem, "")

    def _on_description_changed(self) -> None:
        self._fill_title()

    def _on_title_edited(self, text: str) -> None:
        self._title_auto = not text.strip()  # emptied: fill it in again
        if text.strip():
            self.set_error("title", "")

    def _update_street_hint(self) -> None:
        name = logic.street_name(self._reference, self._detected)
        text = (
            self.tr("From the address: %1").replace("%1", name)
            if name
            else self.tr("From the address: not recognised — choose one")
        )
        self.street.setItemText(0, text)
        self.street.setProperty("detected", bool(name))
        self.street.style().unpolish(self.street)
        self.street.style().polish(self.street)

    def _fill_title(self) -> None:
        if not self._title_auto:
            return
        found = self.category.category()
        street = logic.street_name(self._reference, self.street_code())
        words = logic.first_words(self.description.toPlainText())
        if found is None:
            title = words
        elif street and words:
            title = self.tr("%1 (%2): %3").replace("%1", found.name).replace("%2", street)
            title = title.replace("%3", words)
        elif street:
            title = self.tr("%1 (%2)").replace("%1", found.name).replace("%2", street)
        elif words:
            title = self.tr("%1: %2").replace("%1", found.name).replace("%2", words)
        else:
            title = found.name
        self.title.setText(logic.clip_title(title))
        if title:
            self.set_error("title", "")
