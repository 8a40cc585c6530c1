#!/usr/bin/env bash
# Smoke tests of what installer/build.sh built (tests/installer), under `nice -n 19`:
#
#   installer/smoke.sh                       # the bundle in build/dist, the newest build/*.deb
#   installer/smoke.sh --debian-root DIR     # also install the .deb into a copy of DIR (root)
#   installer/smoke.sh --bundle PATH --deb FILE -- [pytest options]
#
# The bundle is started as on a fresh workstation (empty home, no --server): its own demo
# server must answer, the window come up (on a private Xvfb when Xvfb and xdotool are
# installed, else offscreen, seen in the console's log), exactly the console and one server
# run, and SIGTERM ends both. The .deb is checked with dpkg-deb and desktop-file-validate.
# --debian-root DIR: a Debian root with the package's dependencies; when DIR does not exist
# it is made with debootstrap (minbase, the build machine's release) and apt-get (network).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
bundle="build/dist/cc-console"
deb="$(ls -t build/cc-console_*.deb 2>/dev/null | head -1 || true)"
debian_root=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle="$2"; shift 2 ;;
    --deb) deb="$2"; shift 2 ;;
    --debian-root) debian_root="$2"; shift 2 ;;
    --) shift; break ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "smoke.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -x "$bundle/cc-console" ] || { echo "smoke.sh: no bundle in $bundle: run installer/build.sh" >&2; exit 1; }

if [ -n "$debian_root" ] && [ ! -d "$debian_root" ]; then
  [ -n "$deb" ] || { echo "smoke.sh: --debian-root needs a .deb" >&2; exit 1; }
  release="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  echo "== a Debian $release root in $debian_root (debootstrap, then the package's Depends)"
  nice -n 19 debootstrap --variant=minbase "$release" "$debian_root" http://deb.debian.org/debian
  # The Depends line without version constraints and alternatives: what apt must install.
  needs="$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$')"
  # shellcheck disable=SC2086
  chroot "$debian_root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends $needs
  chroot "$debian_root" apt-get clean
fi

export CC_BUNDLE="$PWD/$bundle"
[ -n "$deb" ] && export CC_DEB="$PWD/$deb"
[ -n "$debian_root" ] && export CC_DEBIAN_ROOT="$(cd "$debian_root" && pwd)"
exec nice -n 19 "$PYTHON" -m pytest -q -p no:cacheprovider -ra tests/installer "$@"
