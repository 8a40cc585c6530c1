"""The intake form's words that are not labels: tooltips, phone problems, street hint, title."""

from __future__ import annotations

from PySide6.QtCore import QObject


class IntakeTexts(QObject):
    """Sentences of the intake form that are not labels."""

    def tooltips(self) -> dict[str, str]:
        """The tooltip of each of the form's fields and buttons, by the form's attribute name."""
        return {
            "name": self.tr("Alt+N. Leave empty if the caller stays anonymous."),
            "phone": self.tr("Alt+O. Digits, +, - and spaces."),
            "category": self.tr(
                "Alt+G. Type part of the name, the code or the department; ↓ lists all, "
                "Enter picks. The department it goes to is shown on the right."
            ),
            "address": self.tr("Alt+A. The street is recognised from the address."),
            "street": self.tr("Alt+S. Choose a street to override the one recognised."),
            "coordinates": self.tr("Alt+T. Latitude, longitude, when the caller shares it."),
            "urgency": self.tr("Alt+U, then ← → to choose. Emergency runs a 24/7 clock."),
            "description": self.tr("Alt+D. Tab leaves; Ctrl+Enter creates the case."),
            "title": self.tr("Alt+I. Filled in for you until you edit it."),
            "clear_button": self.tr("Alt+E. Empties the form for the next call."),
            "create_button": self.tr("Ctrl+Enter or Alt+R. Creates the case."),
        }

    def phone(self, problem: str) -> str:
        """The sentence for a phone problem code of call_intake_logic.phone_problem."""
        return {
            "chars": self.tr("Only digits, +, - and spaces, e.g. 0513-8512 3456"),
            "long": self.tr("Too long for a phone number"),
            "short": self.tr("Too short for a phone number"),
        }.get(problem, "")

    def coordinates(self) -> str:
        """Under coordinates that cannot be read."""
        return self.tr("Write latitude, longitude, e.g. 32.04, 120.87")

    def street_hint(self, name: str) -> str:
        """The street combo's first item: the street the address names, or that it names none."""
        if name:
            return self.tr("From the address: %1").replace("%1", name)
        return self.tr("From the address: not recognised — choose one")

    def title(self, category: str, street: str, words: str) -> str:
        """The automatic title: category, street and the first words of the description."""
        if not category:
            return words
        if street and words:
            text = self.tr("%1 (%2): %3").replace("%1", category).replace("%2", street)
            return text.replace("%3", words)
        if street:
            return self.tr("%1 (%2)").replace("%1", category).replace("%2", street)
        if words:
            return self.tr("%1: %2").replace("%1", category).replace("%2", words)
        return category

    def create_button(self) -> str:
        """The create button's text."""
        return self.tr("C&reate case")
