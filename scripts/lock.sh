#!/usr/bin/env bash
# Make the lock files from pyproject.toml: every package pinned, with the hashes of its
# files, for every platform and Python 3.11+ (uv's universal resolution), so that an install
# from them is the same on every machine and a tampered download is refused.
#   requirements/lock-server.txt   a server host (SQLite or PostgreSQL): pip install -r it,
#                                  then the project with --no-deps
#   requirements/lock-console.txt  a workstation (the console and the server it embeds)
#   requirements/lock-dev.txt      development and CI: console, PostgreSQL driver, test tools
# Run it after changing a dependency in pyproject.toml and commit the three files; the scripts
# and CI install from them (scripts/bootstrap.sh), and tests/server/test_cli_install.py fails
# while they are stale. Set UV to use an installed uv; else a pinned one is put in a
# throwaway virtualenv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
UV_VERSION=0.13.9
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
uv="${UV:-}"
if [ -z "$uv" ]; then
  python3 -m venv "$work/uv"
  "$work/uv/bin/python" -m pip install -q "uv==$UV_VERSION"
  uv="$work/uv/bin/uv"
fi
digest="$(python3 scripts/lock_state.py digest)"
mkdir -p requirements

lock() {
  local name="$1" what="$2"
  shift 2
  "$uv" pip compile pyproject.toml --universal --generate-hashes --quiet \
    --custom-compile-command "scripts/lock.sh" --output-file "$work/$name.txt" "$@"
  {
    echo "# $what"
    echo "# pyproject-dependencies: $digest"
    cat "$work/$name.txt"
  } >"requirements/lock-$name.txt"
  echo "requirements/lock-$name.txt: $(grep -c '==' "requirements/lock-$name.txt") packages"
}

lock server "cc-server alone, with the PostgreSQL driver (pip install .[server,postgres]): no Qt" \
  --extra server --extra postgres
lock console "cc-console and the server it embeds (pip install .[console])" --extra console
lock dev "development and CI (pip install -e .[console,postgres,test])" \
  --extra console --extra postgres --extra test
