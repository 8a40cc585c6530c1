"""The status bar: unacknowledged alerts, connection state, feed lag, position, user and role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStatusBar, QToolButton, QWidget

from console.api import UserSession
from console.models import labels
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

_STATUS = {
    "loading": QT_TRANSLATE_NOOP("Status", "Loading…"),
    "online": QT_TRANSLATE_NOOP("Status", "Online"),
    "reconnecting": QT_TRANSLATE_NOOP("Status", "Reconnecting…"),
    "offline": QT_TRANSLATE_NOOP("Status", "Offline"),
    "gone": QT_TRANSLATE_NOOP("Status", "Reloading…"),
    "unauthorized": QT_TRANSLATE_NOOP("Status", "Signed out"),
}


def status_text(status: str) -> str:
    """The translated name of a connection state."""
    source = _STATUS.get(status)
    return QCoreApplication.translate("Status", source) if source else status


class StatusBar(QStatusBar):
    """Permanent labels on the right: alerts, connection (colored), lag, user and role."""

    def __init__(
        self, session: UserSession, server_url: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.alerts = QToolButton(self)
        self.alerts.setObjectName("alertCount")
        self.alerts.setAutoRaise(True)
        self.alerts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.alerts.setToolTip(self.tr("Alerts to acknowledge: click for the list (F9)"))
        self.addPermanentWidget(self.alerts)
        self.set_alerts(0)
        self.connection = PlainLabel(self)
        self.connection.setObjectName("connectionStatus")
        self.lag = PlainLabel(self)
        self.lag.setObjectName("feedLag")
        self.user = PlainLabel(self)
        self.user.setObjectName("userRole")
        role = labels.role_label(session.role)
        department = f" · {session.department}" if session.department else ""
        self.user.setText(f"{session.display_name} · {role}{department}")
        self.server = PlainLabel(server_url, self)
        self.server.setObjectName("serverUrl")
        for widget in (self.connection, self.lag, self.user, self.server):
            self.addPermanentWidget(widget)
        self.set_connection("loading")

    def set_alerts(self, count: int) -> None:
        """How many alerts wait to be acknowledged (red while any does)."""
        self.alerts.setText(self.tr("⚠ Alerts %1").replace("%1", str(count)))
        self.alerts.setProperty("alert", count > 0)
        self.alerts.style().unpolish(self.alerts)
        self.alerts.style().polish(self.alerts)

    def set_connection(self, status: str) -> None:
        """Show the state, colored by the theme through the `state` property."""
        self.connection.setText("● " + status_text(status))
        self.connection.setProperty("state", status)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def set_lag(self, seconds: float | None, position: int) -> None:
        """Feed lag and position, e.g. '延迟 0.4 秒 · #1234'."""
        if seconds is None:
            self.lag.setText(self.tr("Feed #%1").replace("%1", str(position)))
            return
        text = self.tr("Lag %1 s · feed #%2")
        self.lag.setText(text.replace("%1", f"{seconds:.1f}").replace("%2", str(position)))
