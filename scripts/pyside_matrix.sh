#!/usr/bin/env bash
# The console on the lowest and the highest PySide6 that pyproject.toml allows (the console
# extra's range: 6.9.3 is the oldest with wheels for glibc 2.28, 6.12.0 is excluded).
# For each version: a throwaway virtualenv with the locked dependencies
# (requirements/lock-dev.txt) but that PySide6, then the stability test
# (tests/console/test_pyside_stability.py) and a few console tests against a real cc-server,
# offscreen. Not part of .ci/run (two Qt downloads, ~6 minutes); run it before changing the
# range or the lock's PySide6.
#   scripts/pyside_matrix.sh                      lowest and highest
#   scripts/pyside_matrix.sh 6.10.3 highest       any versions ("lowest", "highest" or X.Y.Z)
#   CC_MATRIX_TESTS="tests/console/test_window.py" scripts/pyside_matrix.sh lowest
#   CC_MATRIX_RUNS=3 scripts/pyside_matrix.sh     each set three times (crashes can be rare)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/bootstrap.sh
python="$(cc_find_python)"
tests="${CC_MATRIX_TESTS:-tests/console/test_pyside_stability.py tests/console/test_window.py
  tests/console/test_queue_live.py tests/console/test_case_model.py tests/console/test_charts.py
  tests/console/test_pill.py}"
# The range of PySide6-Essentials in the console extra, e.g. ">=6.9.3,!=6.12.0,<6.13".
range="$("$python" - <<'PY'
import re, tomllib
console = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["console"]
(spec,) = [r for r in console if r.lower().startswith("pyside6-essentials")]
print(re.sub(r"^[A-Za-z0-9_.-]+", "", spec).strip())
PY
)"
lowest="$(grep -o '>=[0-9.]*' <<<"$range" | cut -c3-)"
[ $# -gt 0 ] || set -- lowest highest
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The lock without Qt's three packages, which each run brings in its own version of.
awk '/^[a-z0-9]/ { skip = ($0 ~ /^(pyside6-essentials|pyside6-addons|shiboken6)==/) } !skip' \
  requirements/lock-dev.txt >"$work/lock-without-qt.txt"
failed=0
for wanted in "$@"; do
  case "$wanted" in
    lowest) pin="==$lowest" ;;
    highest) pin="$range" ;;
    *) pin="==$wanted" ;;
  esac
  venv="$work/venv-$wanted"
  echo "== PySide6$pin: installing into a throwaway virtualenv" >&2
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q --require-hashes -r "$work/lock-without-qt.txt"
  "$venv/bin/python" -m pip install -q "PySide6-Essentials$pin" "PySide6-Addons$pin"
  version="$("$venv/bin/python" -c 'import PySide6; print(PySide6.__version__)')"
  echo "== PySide6 $version: $(tr -s ' \n' ' ' <<<"$tests")" >&2
  for run in $(seq 1 "${CC_MATRIX_RUNS:-1}"); do
    # shellcheck disable=SC2086 # the test list is meant to split
    if QT_QPA_PLATFORM=offscreen PYTHONPATH="$root" "$venv/bin/python" -X faulthandler \
      -m pytest -q -p no:cacheprovider $tests; then
      echo "== PySide6 $version, run $run: passed" >&2
    else
      echo "== PySide6 $version, run $run: FAILED" >&2
      failed=1
    fi
  done
  rm -rf "$venv"
done
exit "$failed"
