"""cc-console: the duty officer's window onto the command center.

cc-console [--server URL] [--user NAME] [--password PW] [--lang zh_CN|en]
cc-console --wall [--screen N] [--wall-views LIST] [--wall-layout rotate|tile] --user … --password …

Without --server the console starts its own cc-server (demo data, live simulator) in the
user's data directory and stops it again on exit.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from typing import cast

from PySide6.QtWidgets import QApplication

from console.api import set_thread_guard
from console.config import ConsoleSettings
from console.memory import fix_mmap_threshold
from console.tasks import gui_thread_guard

ORGANIZATION = "Chongchuan"
APPLICATION = "cc-console"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line; each option overrides its CC_CONSOLE_* environment variable."""
    parser = argparse.ArgumentParser(
        prog="cc-console",
        description=__doc__.splitlines()[0],
        epilog=WALL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--server", help="central cc-server URL (default: start a local one)")
    parser.add_argument("--user", help="sign in as this user (CC_CONSOLE_USERNAME)")
    parser.add_argument("--password", help="password for --user (CC_CONSOLE_PASSWORD)")
    parser.add_argument("--lang", help="zh_CN (default) or en (CC_CONSOLE_LANG)")
    parser.add_argument("--data-dir", help="where the local server keeps its data")
    parser.add_argument("--rate", type=float, help="local server: simulated cases per minute")
    parser.add_argument(
        "--closed-days",
        type=float,
        help="ended cases the queue loads: those of the last N days (CC_CONSOLE_CLOSED_DAYS)",
    )
    parser.add_argument("--log-level", default="warning", help="debug, info, warning, error")
    wall = parser.add_argument_group("wall mode (a read-only video wall; see below)")
    wall.add_argument("--wall", action="store_true", help="run as a wall screen, full screen")
    wall.add_argument("--screen", type=int, help="the monitor, 0 = first (CC_CONSOLE_WALL_SCREEN)")
    wall.add_argument(
        "--wall-views",
        help="views, comma-separated: totals (or tiles), overdue, supervision, intake, "
        "indicators, video (CC_CONSOLE_WALL_VIEWS; default all, in this order)",
    )
    wall.add_argument(
        "--wall-layout",
        choices=("rotate", "tile"),
        help="one view at a time in turn, or all tiled (CC_CONSOLE_WALL_LAYOUT; rotate)",
    )
    wall.add_argument(
        "--wall-rotate-seconds",
        type=float,
        help="seconds each view shows when rotating (CC_CONSOLE_WALL_ROTATE_SECONDS; 20)",
    )
    wall.add_argument(
        "--wall-font-scale",
        type=float,
        help="type larger (1.3) or smaller (0.8) than sized for 5 m on a 55-65 inch "
        "screen (CC_CONSOLE_WALL_FONT_SCALE; 1)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


WALL_HELP = """\
wall mode:
  cc-console --wall --screen 1 --user wall --password … --wall-layout tile
  Full screen on monitor N (an N out of range: exit status 2), no menus, no dialogs; signs in
  with --user/--password (or CC_CONSOLE_USERNAME/CC_CONSOLE_PASSWORD) and retries by itself.
  Views: totals (三色 open cases and their trend today), overdue (by department and street),
  supervision (the 督办 list with live countdowns), intake (today's cases by channel),
  indicators (the economic indicator tiles), video (the city relay). The wall only reads:
  it never acts on a case. The user needs a role that reads KPIs (supervisor, duty_officer).
"""


def settings_from(args: argparse.Namespace) -> ConsoleSettings:
    """Settings from the environment, overridden by the command line."""
    overrides = {
        "server_url": args.server,
        "username": args.user,
        "password": args.password,
        "lang": args.lang,
        "data_dir": args.data_dir,
        "simulator_rate": args.rate,
        "closed_days": args.closed_days,
        "wall_views": getattr(args, "wall_views", None),
        "wall_layout": getattr(args, "wall_layout", None),
        "wall_rotate_seconds": getattr(args, "wall_rotate_seconds", None),
        "wall_font_scale": getattr(args, "wall_font_scale", None),
        "wall_screen": getattr(args, "screen", None),
    }
    return ConsoleSettings(**{k: v for k, v in overrides.items() if v is not None})


# How long a thread runs Python before another one that waits gets its turn (Python's default
# is 5 ms). Every call from Qt into Python on the GUI thread (each cell a paint draws, each
# slot) waits for it while a worker runs Python: at 5 ms, a paint of the queue while the
# charts' answers were being read stalled 300–400 ms. A paint of the queue makes ~1,600 such
# calls, and each may wait out the interval while the feed thread parses: at 0.5 ms a paint
# under a feed of 1,000 events/s took 10–18 ms (median), at 0.1 ms 6 ms.
SWITCH_INTERVAL = 0.0001  # seconds


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses (reused if one exists, as in tests)."""
    # instance() is typed QCoreApplication; the console (and pytest-qt) only make QApplications.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(
        argv or [sys.argv[0]]
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("")
    sys.setswitchinterval(SWITCH_INTERVAL)
    fix_mmap_threshold()
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the console until its window closes; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = settings_from(args)
    app = make_application()
    set_thread_guard(gui_thread_guard)  # the proof: no request ever runs on the GUI thread

    from console import i18n

    if args.wall:
        return run_wall(app, settings)
    from console.shell.launcher import Launcher

    translators = i18n.setup(app, settings.lang)  # noqa: F841 - kept alive for the session
    launcher = Launcher(settings)
    # Ctrl+C or a service manager's SIGTERM: leave the event loop, so the child is stopped.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    launcher.start()
    try:
        code = app.exec()
    finally:
        launcher.shutdown()
    return code


def run_wall(app: QApplication, settings: ConsoleSettings) -> int:
    """The wall mode (console/wall); 2 for an option the supervisor must correct."""
    from console import i18n
    from console.wall.launcher import run_wall as run
    from console.wall.options import WallOptionError, WallOptions, parse_views

    try:
        options = WallOptions(
            views=parse_views(settings.wall_views),
            layout=settings.wall_layout,
            rotate_seconds=settings.wall_rotate_seconds,
            font_scale=settings.wall_font_scale,
        )
    except WallOptionError as exc:
        print(f"cc-console: {exc}", file=sys.stderr)
        return 2
    translators = i18n.setup(app, settings.lang)  # noqa: F841 - kept alive for the session
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    return run(settings, options, settings.wall_screen)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
