"""The administrator's editor of the 督考 score's weights (GET/PUT /kpis/weights).

The best possible score must stay 100 (the server refuses otherwise and says why): the
dialog shows that sum as it is typed. Saved with the version it was opened at; when another
administrator saved meanwhile, it says so and shows theirs to start again from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiError
from console.api.charts import ChartsApi
from console.models import problem_text
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel

TIERS = ("tier_high", "tier_middle", "tier_low")
RATES = ("closure", "on_time_closure", "no_rework")


class KpiWeightsDialog(QDialog):
    """Six numbers and a note; Save sends them with the version they were read at."""

    saved = Signal(dict)  # the weights in force after saving

    def __init__(self, api: ChartsApi, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiWeights")
        self.setWindowTitle(self.tr("Score weights"))
        self._api = api
        self._runner = runner
        self.version = 0
        self.defaults: dict[str, float] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        names = {
            "tier_high": self.tr("Volume tier, intake ≥ ⅔ of the largest (points)"),
            "tier_middle": self.tr("Volume tier, intake ≥ ⅓ of the largest (points)"),
            "tier_low": self.tr("Volume tier, any smaller intake (points)"),
            "closure": self.tr("× closure rate"),
            "on_time_closure": self.tr("× on-time closure rate"),
            "no_rework": self.tr("× (100 − rework rate)"),
        }
        for name, label in names.items():
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"weight_{name}")
            spin.setDecimals(3)
            spin.setRange(0.0, 100.0)
            spin.setSingleStep(0.5 if name in TIERS else 0.05)
            spin.valueChanged.connect(self._on_value_changed)
            self.spins[name] = spin
            form.addRow(label, spin)
        self.note = QLineEdit(self)
        self.note.setObjectName("weightsNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("why (kept in the admin log)"))
        form.addRow(self.tr("Note"), self.note)
        self.best = PlainLabel(self)
        self.best.setObjectName("weightsBest")
        self.best.setWordWrap(True)
        self.status = PlainLabel(self)
        self.status.setObjectName("weightsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.defaults_button = QPushButton(self.tr("Domain defaults"), self)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.best)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # -- public -----------------------------------------------------------------------------

    def open_current(self) -> None:
        """Show the dialog with the weights in force (read on a worker)."""
        self.status.setText(self.tr("Loading the weights…"))
        self.save_button.setEnabled(False)
        self._runner.run(
            self._api.kpi_weights,
            self.show_weights,
            on_error=lambda exc: self.status.setText(_why(exc)),
            what=self.tr("Loading the score weights"),
        )
        self.show()
        self.raise_()

    def show_weights(self, body: dict[str, Any]) -> None:
        """Fill the fields from an answer of GET (or PUT) /kpis/weights."""
        self.version = int(body.get("version") or 0)
        self.defaults = {k: float(v) for k, v in (body.get("defaults") or {}).items()}
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(float(body.get(name) or 0.0))
            spin.blockSignals(False)
        self._on_value_changed()
        who = body.get("updated_by") or ""
        self.status.setText(
            self.tr("Version %1, set by %2.").replace("%1", str(self.version)).replace("%2", who)
            if self.version
            else self.tr("The domain's default weights (version 0).")
        )
        self.save_button.setEnabled(True)

    def values(self) -> dict[str, float]:
        """The weights as typed."""
        return {name: spin.value() for name, spin in self.spins.items()}

    def save(self) -> None:
        """PUT the weights with the version they were read at (on a worker)."""
        body: dict[str, Any] = {**self.values(), "version": self.version,
                                "note": self.note.text().strip()}  # fmt: skip
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._runner.run(
            lambda: self._api.put_kpi_weights(body),
            self._on_saved,
            on_error=self._on_save_failed,
            what=self.tr("Saving the score weights"),
        )

    # -- handlers ---------------------------------------------------------------------------

    def _on_saved(self, body: dict[str, Any]) -> None:
        self.show_weights(body)
        self.note.clear()
        self.saved.emit(body)
        self.accept()

    def _on_save_failed(self, exc: object) -> None:
        self.save_button.setEnabled(True)
        current = exc.problem.get("current") if isinstance(exc, ApiError) else None
        if isinstance(current, dict):
            self.show_weights(current)
            self.status.setText(
                self.tr(
                    "Another administrator saved version %1 meanwhile: start again from it."
                ).replace("%1", str(self.version))
            )
            return
        self.status.setText(_why(exc))

    def _on_value_changed(self, *_args: object) -> None:
        v = self.values()
        best = v["tier_high"] + 100.0 * (v["closure"] + v["on_time_closure"] + v["no_rework"])
        ok = abs(best - 100.0) < 1e-6
        self.best.setText(
            ("" if ok else "✗ ")
            + self.tr("Best possible score: %1 + 100 × (%2 + %3 + %4) = %5 (must be 100)")
            .replace("%1", f"{v['tier_high']:g}")
            .replace("%2", f"{v['closure']:g}")
            .replace("%3", f"{v['on_time_closure']:g}")
            .replace("%4", f"{v['no_rework']:g}")
            .replace("%5", f"{best:g}")
        )
        self.best.setStyleSheet("" if ok else "font-weight: bold;")  # the ✗ says it, no SLA red

    def _on_defaults_clicked(self) -> None:
        for name, spin in self.spins.items():
            if name in self.defaults:
                spin.setValue(self.defaults[name])


def _why(exc: object) -> str:
    return problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)
