"""Demo data, said unmistakably: the window's title and a 演示数据 banner, the demo users.

The console is on demo data when it runs its embedded server or when the server it signs in
to says `demo: true` (/healthz). Nothing typed there reaches a district's server, and the
officer must never take the demo's cases for real ones, nor a real server for the demo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

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
# In the menu bar's row, where it costs the queue no rows on a small screen; the whole story
# in its tooltip.
BANNER = QT_TRANSLATE_NOOP(
    "DemoMode", "Demo data: invented cases, nothing reaches the district's server"
)
BANNER_TIP = QT_TRANSLATE_NOOP(
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
    """Title and a banner in the menu bar's row, on every screen (not closable)."""
    window.setWindowTitle(demo_title(window.windowTitle()))
    existing = window.findChild(Banner, "demoBanner")
    if existing is not None:
        return existing
    banner = Banner(window, closable=False, wrap=False)
    banner.setObjectName("demoBanner")
    banner.show_message(demo_banner_text(), "warning")
    banner.setToolTip(QCoreApplication.translate("DemoMode", BANNER_TIP))
    window.menuBar().setCornerWidget(banner)
    return banner
