"""The intake pane's own look, on top of the console theme: errors, urgency, street hint,
直办 (closes the case: said in amber), the sighting's frame."""

from __future__ import annotations

# Emergency shows red: the officer must not miss that the 24/7 clock runs.
STYLE = """
QLabel#fieldError { color: #ff8a80; }
QLabel#routingDepartment { color: #8fb4e6; }
QLabel#lastCreated { color: #5cd67a; font-weight: bold; }
QLabel#similarStatus { color: #c2ccd8; }
QWidget#urgencyBox { border-radius: 3px; }
QWidget#urgencyBox[urgency="emergency"] { background: #8e1f1f; }
QRadioButton#urgency_emergency { color: #ff6b6b; font-weight: bold; }
QWidget#urgencyBox QRadioButton {
    background: transparent; padding: 2px 10px 2px 4px; border: 1px solid transparent;
    border-radius: 3px;
}
QWidget#urgencyBox QRadioButton:focus { border-color: #8fb4e6; }
QWidget#urgencyBox QRadioButton::indicator {
    width: 10px; height: 10px; border-radius: 7px; border: 2px solid #8fb4e6;
    background: #0f1720;
}
QWidget#urgencyBox QRadioButton::indicator:checked { background: #4a90e2; }
QWidget#urgencyBox[urgency="emergency"] QRadioButton { color: #ffffff; }
QWidget#urgencyBox[urgency="emergency"] QRadioButton:focus { border-color: #ffffff; }
QWidget#urgencyBox[urgency="emergency"] QRadioButton::indicator { border-color: #ffffff; }
QWidget#urgencyBox[urgency="emergency"] QRadioButton::indicator:checked {
    background: #ffffff;
}
QComboBox#street[detected="false"] { color: #f9c74f; }
QLabel#directWarning { color: #f9c74f; font-weight: bold; }
QCheckBox#directAnswer { color: #f9c74f; }
QLabel#frameThumb { border: 1px solid #3a4a60; color: #8a97a8; }
"""
