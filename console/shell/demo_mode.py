"""Demo data, said unmistakably: the window's title and a 演示数据 banner, the demo users.

The console is on demo data when it runs its embedded server or when the server it signs in
to says `demo: true` (/healthz). Nothing typed there reaches a district's server, and the
officer must never take the demo's cases for real ones, nor a real server for the demo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QMainWindow

from console.translatable import QT_TRANSLATE_NOOP
from widgets.banner import Banner

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "demo_banner_text", "demo_title", "mark_demo_window"]

# The demo server's users (server/seed/users.py; tests/console/test_startup_demo.py checks
# the two lists agree), the duty officer first: Enter in the sign-in dialog signs in as them.
DEMO_PASSWORD = "demo"
DEMO_USERS: tuple[tuple[str, str], ...] = (
    ("duty_officer", "duty_officer"),
    ("supervisor", "supervisor"),
    ("trainer", "trainer"),
    ("admin", "admin"),
    ("dept_urban", "department"),
)
TITLE_PREFIX = QT_TRANSLATE_NOOP("DemoMode", "【Demo data】")
BANNER = QT_TRANSLATE_NOOP(
    "DemoMode",
    "Demo data: this console runs its own server with invented cases and a simulator that "
    "adds new ones. Nothing done here reaches the district's server. To work on the "
    "district's server: File → Sign out, then Settings… in the sign-in dialog.",
)


def demo_title(title: str) -> str:
    """The title with the demo's mark in front (once)."""
    prefix = QCoreApplication.translate("DemoMode", TITLE_PREFIX)
    return title if title.startswith(prefix) else prefix + title


def demo_banner_text() -> str:
    """The banner's sentence, translated."""
    return QCoreApplication.translate("DemoMode", BANNER)


def mark_demo_window(window: QMainWindow) -> Banner:
    """Title and a banner above everything else in the window (not closable)."""
    window.setWindowTitle(demo_title(window.windowTitle()))
    existing = window.findChild(Banner, "demoBanner")
    if existing is not None:
        return existing
    banner = Banner(window, closable=False)
    banner.setObjectName("demoBanner")
    banner.show_message(demo_banner_text(), "warning")
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    else:  # a window without a box layout: the banner as the menu bar's corner
        window.menuBar().setCornerWidget(banner)
    return banner
