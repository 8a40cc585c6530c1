"""cc-console: the duty officer's window onto the command center.

Where it connects: --server, else CC_CONSOLE_SERVER_URL, else the address saved in this
workstation's configuration file (the sign-in dialog's Settings…); with none of them (or with
--demo) the console starts its own cc-server with demo data and a simulator in the user's data
folder, says so in the title and a banner, and stops it again on exit. One console runs per
data folder: a second start brings the first to the front and exits with status 3. An
unknown option is an error (status 2). SIGTERM and Ctrl+C end the console at any moment.
Its command line is console/app_options.py's, the signals' handling console/app_signals.py's.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from console.app_options import parse_args, settings_from
from console.app_signals import SignalStopper
from console.config import (
    ConfigError,
    ConsoleSettings,
    SettingsError,
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
    try:
        settings = settings_from(args, config)
    except SettingsError as exc:
        return _refuse(f"cc-console: {exc}.")
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
    stop = SignalStopper(app)
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
    stop: SignalStopper,
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


def run_wall(
    app: QApplication, settings: ConsoleSettings, stop: SignalStopper | None = None
) -> int:
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
        stop = SignalStopper(app)
    if stop.signalled:
        return 0
    return run(settings, options, settings.wall_screen)


def _pid() -> int:
    import os

    return os.getpid()


def _refuse_configuration(exc: ConfigError) -> int:
    """A configuration file that cannot be read: said on stderr and in a box; status 2."""
    return _refuse(
        f"cc-console: the configuration file cannot be used: {exc}\n"
        "Correct it or delete it (the console then starts on demo data; the address is set "
        "again under Settings… in the sign-in dialog)."
    )


def _refuse(text: str) -> int:
    """Settings the console cannot start with: said on stderr and in a box; status 2."""
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
