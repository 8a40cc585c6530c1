"""cc-console: the duty officer's window onto the command center.

cc-console [--server URL | --demo] [--user NAME] [--password PW] [--lang zh_CN|en]
cc-console --wall [--screen N] [--wall-views LIST] [--wall-layout rotate|tile] --user … --password …
cc-console --version

Where it connects: --server, else CC_CONSOLE_SERVER_URL, else the address saved in this
workstation's configuration file (the sign-in dialog's Settings…); with none of them (or with
--demo) the console starts its own cc-server with demo data and a simulator in the user's data
folder, says so in the title and a banner, and stops it again on exit. One console runs per
data folder: a second start brings the first to the front and exits with status 3. An
unknown option is an error (status 2). SIGTERM and Ctrl+C end the console at any moment.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from console.config import (
    ConfigError,
    ConsoleSettings,
    WorkstationConfig,
    config_path,
    default_log_dir,
)
from console.embedded import EMBEDDED_SERVER_FLAG

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from console.single_instance import SingleInstance

ORGANIZATION = "Chongchuan"
APPLICATION = "cc-console"
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
CONFIG_INVALID = 2  # exit status: the configuration file must be corrected first


class _Version(argparse.Action):
    """--version: the console's, Qt's, PySide6's and Python's versions, then exit 0."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from console.versions import version_lines

        print(version_lines())
        parser.exit()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line; each option overrides its CC_CONSOLE_* environment variable.

    An unknown option ends the program with the usage and status 2: `--sever URL` must not
    start the demo. Qt's own options (-platform, -style, …) are not taken on the command line;
    Qt reads the same settings from its environment variables (QT_QPA_PLATFORM,
    QT_STYLE_OVERRIDE, QT_SCALE_FACTOR, …).
    """
    parser = argparse.ArgumentParser(
        prog="cc-console",
        description=__doc__.splitlines()[0],
        epilog=WALL_HELP + QT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, help="print the versions and exit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--server",
        help="the district's cc-server, e.g. http://10.1.2.3:8700 (CC_CONSOLE_SERVER_URL)",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="run this computer's own demo server even if an address is configured",
    )
    parser.add_argument("--user", help="sign in as this user (CC_CONSOLE_USERNAME)")
    parser.add_argument("--password", help="password for --user (CC_CONSOLE_PASSWORD)")
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="zh_CN (default) or en (CC_CONSOLE_LANG)"
    )
    parser.add_argument("--data-dir", help="where the local server keeps its data")
    parser.add_argument("--log-dir", help="where the logs go (CC_CONSOLE_LOG_DIR)")
    parser.add_argument("--rate", type=float, help="local server: simulated cases per minute")
    parser.add_argument(
        "--closed-days",
        type=float,
        help="ended cases the queue loads: those of the last N days (CC_CONSOLE_CLOSED_DAYS)",
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=("debug", "info", "warning", "error"),
        help="what the terminal shows (the log file always has info and above)",
    )
    wall = parser.add_argument_group("wall mode (a read-only video wall; see below)")
    wall.add_argument("--wall", action="store_true", help="run as a wall screen, full screen")
    wall.add_argument("--screen", type=int, help="the monitor, 0 = first (CC_CONSOLE_WALL_SCREEN)")
    wall.add_argument(
        "--wall-views",
        help="views, comma-separated: totals (or tiles), overdue, supervision, intake, "
        "indicators, video, economy (CC_CONSOLE_WALL_VIEWS; default all, in this order)",
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
    return parser.parse_args(argv)


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
QT_HELP = """
Qt's own options are not taken on the command line; use its environment variables, e.g.
  QT_QPA_PLATFORM=xcb (or wayland, offscreen), QT_SCALE_FACTOR=1.25, QT_STYLE_OVERRIDE=fusion.
files: the settings in ~/.config/cc-console/cc-console.ini, the logs in
  ~/.local/state/cc-console/log (XDG_CONFIG_HOME and XDG_STATE_HOME are honoured).
exit status: 0 closed (also by SIGTERM or Ctrl+C), 2 a wrong option or configuration file,
  3 another console has this data folder (it was brought to the front).
"""


def settings_from(
    args: argparse.Namespace, config: WorkstationConfig | None = None
) -> ConsoleSettings:
    """Settings from the configuration file, the environment over it, the command line over
    both; --demo runs the demo whatever the address given elsewhere."""
    overrides = {
        "server_url": args.server,
        "username": args.user,
        "password": args.password,
        "lang": args.lang,
        "data_dir": args.data_dir,
        "log_dir": getattr(args, "log_dir", None),
        "simulator_rate": args.rate,
        "closed_days": args.closed_days,
        "wall_views": getattr(args, "wall_views", None),
        "wall_layout": getattr(args, "wall_layout", None),
        "wall_rotate_seconds": getattr(args, "wall_rotate_seconds", None),
        "wall_font_scale": getattr(args, "wall_font_scale", None),
        "wall_screen": getattr(args, "screen", None),
    }
    values = {k: v for k, v in overrides.items() if v is not None}
    if config is not None:
        saved = {
            "server_url": config.server_url,
            "lang": config.lang,
            "closed_days": config.closed_days,
        }
        for name, value in saved.items():
            if value is not None and name not in values and not _in_environment(name):
                values[name] = value
    if getattr(args, "demo", False):
        values["server_url"] = None
    return ConsoleSettings(**values)


def _in_environment(name: str) -> bool:
    import os

    return bool(os.environ.get(f"CC_CONSOLE_{name.upper()}"))


# How long a thread runs Python before another one that waits gets its turn (Python's default
# is 5 ms). Every call from Qt into Python on the GUI thread (each cell a paint draws, each
# slot) waits for it while a worker runs Python: at 5 ms, a paint of the queue while the
# charts' answers were being read stalled 300–400 ms. A paint of the queue makes ~1,600 such
# calls, and each may wait out the interval while the feed thread parses: at 0.5 ms a paint
# under a feed of 1,000 events/s took 10–18 ms (median), at 0.1 ms 6 ms.
SWITCH_INTERVAL = 0.0001  # seconds


def app_icon() -> QIcon:
    """cc-console's icon, 16–512 px (resources/icons, drawn by installer/make_icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(ICONS.glob("cc-console-*.png")):
        icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings uses (reused if one exists, as in tests)."""
    from PySide6.QtWidgets import QApplication

    from console.memory import fix_mmap_threshold

    # instance() is typed QCoreApplication; the console (and pytest-qt) only make QApplications.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(
        argv or [sys.argv[0]]
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APPLICATION)  # Wayland matches it with cc-console.desktop
    sys.setswitchinterval(SWITCH_INTERVAL)
    fix_mmap_threshold()
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the console until its window closes; returns the exit status.

    `cc-console --run-embedded-server …` is the embedded server instead (console/embedded.py):
    handed over before anything of Qt is loaded.
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [EMBEDDED_SERVER_FLAG]:
        from console.embedded import run_embedded_server

        return run_embedded_server(argv[1:])
    args = parse_args(argv)
    try:
        config = WorkstationConfig.load(config_path())
    except ConfigError as exc:
        return _refuse_configuration(exc)
    settings = settings_from(args, config)
    if settings.log_dir is None:
        settings.log_dir = default_log_dir()
    from console.logging_setup import setup_logging

    log_file = setup_logging(settings.log_dir, args.log_level)
    log = logging.getLogger("cc-console")
    log.info("cc-console %s starts (pid %s), log %s", " ".join(argv), _pid(), log_file)
    app = make_application()
    from console.shell.crash_report import install_crash_reporter

    reporter = install_crash_reporter(settings.log_dir, wall=args.wall)  # noqa: F841 - kept
    from console.single_instance import ALREADY_RUNNING, SingleInstance

    instance = SingleInstance(Path(settings.data_dir))
    if not instance.claim():
        print(
            f"cc-console: another cc-console already runs on the data folder {instance.folder}; "
            "it was brought to the front. Use --data-dir for a second, separate console.",
            file=sys.stderr,
        )
        log.warning("refused: another console holds %s", instance.folder)
        return ALREADY_RUNNING
    stop = _Stopper(app)
    from console.api import set_thread_guard
    from console.tasks import gui_thread_guard

    set_thread_guard(gui_thread_guard)  # the proof: no request ever runs on the GUI thread
    try:
        if args.wall:
            code = run_wall(app, settings, stop)
        else:
            code = run_console(app, settings, config, stop, instance)
    finally:
        instance.release()
    code = stop.exit_status(code)
    log.info("cc-console ends with status %s", code)
    return code


def run_console(
    app: QApplication,
    settings: ConsoleSettings,
    config: WorkstationConfig,
    stop: _Stopper,
    instance: SingleInstance | None = None,
) -> int:
    """The duty console: Launcher (server, sign-in, window) until the last window closes."""
    from console import i18n
    from console.shell.launcher import Launcher

    translators = i18n.setup(app, settings.lang)  # noqa: F841 - kept alive for the session
    launcher = Launcher(settings, config=config, config_file=config_path())
    if instance is not None:
        instance.activation_requested.connect(launcher.bring_to_front)
    launcher.start()
    try:
        code = stop.exec()
    finally:
        launcher.shutdown()
    return code


def run_wall(app: QApplication, settings: ConsoleSettings, stop: _Stopper | None = None) -> int:
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
    if stop is None:
        stop = _Stopper(app)
    if stop.signalled:
        return 0
    return run(settings, options, settings.wall_screen)


class _Stopper:
    """SIGTERM and SIGINT end the console at any moment, a modal dialog's loop included.

    Python runs a signal handler only when the interpreter runs: a timer wakes it while Qt
    waits (also inside a dialog's exec()). The handler ends every running event loop; a
    signal that comes before the main loop has started (QApplication.quit() would do nothing
    then) is remembered, and the main loop is not entered at all. Windows get no close
    event: what must happen at the end happens in Launcher.shutdown().
    """

    WAKE_MS = 200

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.signalled: int | None = None
        self._wake = QTimer(app)
        self._wake.setInterval(self.WAKE_MS)
        self._wake.timeout.connect(_nothing)
        self._wake.start()
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        first = self.signalled is None
        self.signalled = signum
        if first:
            logging.getLogger("cc-console").info("signal %s: ending", signum)
        # exit(), not quit(): quit() does nothing outside the main loop (a dialog's exec()
        # before it) and may be refused by a window; exit() ends every running loop, and
        # no loop starts again in this process (the main one is not entered: exec()).
        self.app.exit(0)

    def exec(self) -> int:
        """The main loop, unless a signal already asked to end."""
        if self.signalled is not None:
            return 0
        return self.app.exec()

    def exit_status(self, code: int) -> int:
        """0 when a signal ended the console: asked to stop, it stopped cleanly (its server
        with it), as a service manager or a session's logout expects."""
        self._wake.stop()
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        return 0 if self.signalled is not None else code


def _nothing() -> None:
    """The wake timer's slot: only lets the interpreter run its signal handlers."""


def _pid() -> int:
    import os

    return os.getpid()


def _refuse_configuration(exc: ConfigError) -> int:
    """A configuration file that cannot be read: said on stderr and in a box; status 2."""
    text = (
        f"cc-console: the configuration file cannot be used: {exc}\n"
        "Correct it or delete it (the console then starts on demo data; the address is set "
        "again under Settings… in the sign-in dialog)."
    )
    print(text, file=sys.stderr)
    try:
        from PySide6.QtWidgets import QMessageBox

        from widgets.plain_text import plain_box

        app = make_application()
        if app.platformName() != "offscreen":  # nobody to close a box there (tests, CI)
            plain_box(QMessageBox(QMessageBox.Icon.Critical, "cc-console", text)).exec()
    except Exception:  # noqa: BLE001 - no display: stderr has said it
        pass
    return CONFIG_INVALID


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
