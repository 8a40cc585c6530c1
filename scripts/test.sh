#!/usr/bin/env bash
# Run the linters, the type checker and the whole test suite (server on SQLite and PostgreSQL, console with
# pytest-qt offscreen against a real cc-server). Installs what it needs first.
# Extra arguments go to pytest (e.g. -k feed, -x).
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
cc_install_system_packages
cc_prepare_venv test
cd "$cc_root"
export QT_QPA_PLATFORM=offscreen
"$cc_venv/bin/ruff" check .
"$cc_venv/bin/ruff" format --check .
"$cc_venv/bin/mypy"  # mypy.ini: console, server, widgets; strict where no Qt widgets live
exec "$cc_venv/bin/python" -m pytest "$@"
