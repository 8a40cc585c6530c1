"""cc-console: the duty officer's window onto the command center.

cc-console [--server URL | --demo] [--user NAME] [--password PW] [--lang zh_CN|en]
cc-console --wall [--screen N] [--wall-views LIST] [--wall-layout rotate|tile] --user … --password …
cc-console --version

Its command line (console/app.py starts with it), and the settings it makes: the
configuration file's, the environment over it, the command line over both. An unknown option
is an error (status 2).
"""

from __future__ import annotations

import argparse
import os

from console.config import ConsoleSettings, WorkstationConfig


class VersionAction(argparse.Action):
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
    parser.add_argument("--version", action=VersionAction, help="print the versions and exit")
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
    return bool(os.environ.get(f"CC_CONSOLE_{name.upper()}"))
