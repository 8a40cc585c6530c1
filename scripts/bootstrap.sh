# Sourced by scripts/run.sh and scripts/test.sh: installs what the project needs on a fresh
# Debian machine (system packages when root or with sudo, then a virtualenv in .venv).

# Qt's xcb and offscreen platforms, QtMultimedia (libpulse0), CJK fonts, PostgreSQL binaries for
# the tests, Xvfb for screenshots of a real window, poppler-utils to check the printed 交办单,
# libfaketime to run tests at a chosen moment (tests/support/at_moment.py), chromium and its
# driver for the field app's browser tests (tests/console/test_field_app_browser.py).
SYSTEM_PACKAGES=(
  python3-venv fonts-noto-cjk libpulse0 libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3
  libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  postgresql-15 xvfb xauth poppler-utils faketime chromium chromium-driver
)

cc_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cc_venv="$cc_root/.venv"

cc_install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "warning: missing system packages (${missing[*]}); install them as root" >&2
      return 0
    fi
  fi
  # Debian creates and starts a cluster ("15 main", started at every boot) when it installs
  # PostgreSQL; the tests start throwaway clusters of their own, so one created now goes again.
  local fresh_cluster=0
  if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && [ ! -e /etc/postgresql/15/main ]; then
    fresh_cluster=1
  fi
  echo "installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  if [ "$fresh_cluster" = 1 ] && [ -e /etc/postgresql/15/main ]; then
    $sudo pg_dropcluster --stop 15 main || echo "warning: could not remove the cluster 15/main" >&2
  fi
}

cc_find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "error: Python 3.11 or newer is needed" >&2
  return 1
}

# The venv from the lock file (requirements/lock-dev.txt, made by scripts/lock.sh: every
# package pinned with its hashes), then the project itself, editable, with the extras named
# (e.g. "console,postgres,test"). A lock older than pyproject.toml's dependencies is still
# used, with a warning, and what it lacks comes from pyproject.toml
# (tests/server/test_cli_install.py fails until the lock is made again).
cc_prepare_venv() {
  local extras="$1" lock="$cc_root/requirements/lock-dev.txt" python stamp
  python="$(cc_find_python)" || return 1
  if [ ! -x "$cc_venv/bin/python" ]; then
    "$python" -m venv "$cc_venv"
  fi
  # Reinstall only when the dependencies or the lock changed.
  stamp="$cc_venv/.cc-installed-$extras-$(cat "$cc_root/pyproject.toml" "$lock" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$cc_venv/bin/python" -m pip install -q --upgrade pip
    if "$cc_venv/bin/python" "$cc_root/scripts/lock_state.py" check "$lock"; then
      "$cc_venv/bin/python" -m pip install -q --require-hashes -r "$lock"
    else
      echo "warning: installing from pyproject.toml without the lock" >&2
    fi
    "$cc_venv/bin/python" -m pip install -q -e "$cc_root[$extras]"
    rm -f "$cc_venv"/.cc-installed-* && touch "$stamp"
  fi
}
