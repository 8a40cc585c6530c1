#!/usr/bin/env bash
# A server host installs no Qt: the server alone (requirements/lock-server.txt, then the
# project with --no-deps, not editable) in a throwaway virtualenv, then `cc-server
# --version`, a start on a temporary database, /healthz and /docs, and the venv's size.
# Fails if PySide6, pyqtgraph or openpyxl got in, or if the server does not start without
# them. .ci/run runs it before the test suite.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
cc_install_system_packages
python="$(cc_find_python)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# The project's files as committed or added (not .venv, not build output), so that pip's
# build leaves nothing in the work tree.
(cd "$cc_root" && git ls-files -co --exclude-standard -z | grep -zv '^\.venv/' |
  tar -cf - --null -T - 2>/dev/null) | tar -xf - -C "$work" --one-top-level=src
"$python" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip install -q)
"${pip[@]}" --require-hashes -r "$cc_root/requirements/lock-server.txt"
"${pip[@]}" --no-deps "$work/src"
qt="$("$work/venv/bin/python" -m pip list 2>/dev/null | grep -i -E '^(pyside6|shiboken6|pyqtgraph|openpyxl) ' || true)"
if [ -n "$qt" ]; then
  echo "server-only install: console libraries got in: $qt" >&2
  exit 1
fi
"$work/venv/bin/cc-server" --version
"$work/venv/bin/cc-server" --port 0 --database "sqlite:///$work/cc.db" --log-level warning \
  >"$work/address" 2>"$work/log" &
server_pid=$!
"$work/venv/bin/python" - "$work/address" <<'PY'
import sys, time, urllib.request

deadline = time.monotonic() + 90
address = ""
while time.monotonic() < deadline:
    address = open(sys.argv[1]).read().strip()
    if address:
        try:
            health = urllib.request.urlopen(address + "/healthz", timeout=2).read().decode()
            docs = urllib.request.urlopen(address + "/docs", timeout=2).read().decode()
            assert "/docs-assets/swagger-ui-bundle.js" in docs, docs
            print("server-only install: /healthz", health)
            break
        except OSError:
            pass
    time.sleep(0.2)
else:
    sys.exit(f"server-only install: the server did not answer (address {address!r})")
PY
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""
echo "server-only install: $(du -sh "$work/venv" | cut -f1) in the venv, no Qt"
