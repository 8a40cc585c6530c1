#!/usr/bin/env bash
# Run the console on the embedded default: a local cc-server with demo data and the live
# simulator. Installs what it needs first. Extra arguments go to cc-console
# (e.g. --lang en, --server http://host:8700, --user duty_officer).
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
cc_install_system_packages
cc_prepare_venv console,postgres
cd "$cc_root"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && command -v xvfb-run >/dev/null; then
  echo "no display: running under xvfb-run (set DISPLAY to see the window)" >&2
  exec xvfb-run -a "$cc_venv/bin/cc-console" "$@"
fi
exec "$cc_venv/bin/cc-console" "$@"
