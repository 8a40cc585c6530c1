#!/usr/bin/env bash
# Run the linters, the type checker and the whole test suite (server on SQLite and PostgreSQL, console with
# pytest-qt offscreen against a real cc-server). Installs what it needs first.
# Extra arguments go to pytest (e.g. -k feed, -x, -n 0).
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
cc_install_system_packages
cc_prepare_venv console,postgres,test
cd "$cc_root"
export QT_QPA_PLATFORM=offscreen
"$cc_venv/bin/ruff" check .
"$cc_venv/bin/ruff" format --check .
"$cc_venv/bin/mypy"  # mypy.ini: console, server, widgets; strict where no Qt widgets live
# In parallel (pytest-xdist): one worker per core, each file's tests on one worker (they share
# the file's server), files handed out in collection order (the long console files first, the
# quick unit tests last, so that both workers finish together); every worker has its own
# servers, PostgreSQL cluster and temp folders. CC_TEST_WORKERS=0 runs everything in this one
# process (pdb, -s); a later -n wins as well.
exec "$cc_venv/bin/python" -m pytest -n "${CC_TEST_WORKERS:-auto}" \
  --dist loadfile --no-loadscope-reorder "$@"
