#!/usr/bin/env bash
# Builds the console bundle (PyInstaller, one folder) and a .deb that installs it:
#
#   installer/build.sh            # -> build/dist/cc-console/ and build/cc-console_<version>_<arch>.deb
#   installer/build.sh --no-deb   # the bundle only
#
# The .deb puts the bundle in /opt/cc-console, `cc-console` on the PATH (/usr/bin symlink),
# the menu entry in /usr/share/applications and the icons in /usr/share/icons/hicolor (the
# desktop's own dpkg triggers refresh the menu and the icon cache: no maintainer scripts).
# Its Depends are the system libraries the bundle still loads from the machine (libc, GL,
# xcb, ...), found with ldd and mapped to their packages with dpkg -S on the build machine;
# the version is the distribution's (pyproject.toml), read from the installed metadata.
# PYTHON (default .venv/bin/python) must have the project and PyInstaller installed;
# DEB_COMPRESSION (xz) is dpkg-deb's -Z: gzip builds faster, larger.
# Everything runs under `nice -n 19`. See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
PYTHON="${PYTHON:-$root/.venv/bin/python}"
build_deb=1
for arg in "$@"; do
  case "$arg" in
    --no-deb) build_deb=0 ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
  echo "build.sh: PyInstaller is missing: $PYTHON -m pip install pyinstaller" >&2
  exit 1
}
version="$("$PYTHON" -c 'from importlib.metadata import version; print(version("chongchuan-command-center"))')"
dist="$root/build/dist"
bundle="$dist/cc-console"

started=$(date +%s)
echo "== bundle $version (PyInstaller $("$PYTHON" -c 'import PyInstaller; print(PyInstaller.__version__)'))"
nice -n 19 "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$root/build/work" installer/cc-console.spec
"$bundle/cc-console" --version >/dev/null || {
  echo "build.sh: the bundle does not start (cc-console --version failed)" >&2
  exit 1
}
echo "   $(du -sh "$bundle" | cut -f1) in $bundle ($(($(date +%s) - started)) s)"
[ "$build_deb" = 1 ] || exit 0

arch="$(dpkg --print-architecture)"
stage="$root/build/deb/cc-console_${version}_${arch}"
deb="$root/build/cc-console_${version}_${arch}.deb"
echo "== .deb"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/cc-console"
cp -a "$bundle" "$stage/opt/cc-console"
ln -s /opt/cc-console/cc-console "$stage/usr/bin/cc-console"
install -m 644 installer/cc-console.desktop "$stage/usr/share/applications/cc-console.desktop"
for png in resources/icons/cc-console-*.png; do
  size="${png##*-}"
  size="${size%.png}"
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/cc-console.png"
done
install -D -m 644 resources/icons/cc-console.svg \
  "$stage/usr/share/icons/hicolor/scalable/apps/cc-console.svg"
install -m 644 installer/copyright "$stage/usr/share/doc/cc-console/copyright"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$stage/usr/share/applications/cc-console.desktop"
fi

# The system libraries the bundle loads from the machine, as packages (libc with the newest
# symbol version any bundled file asks for).
libs_dir="$bundle/_internal"
mapfile -t system_libs < <(
  find "$bundle" -type f \( -name '*.so*' -o -name cc-console \) -print0 |
    LD_LIBRARY_PATH="$libs_dir:$libs_dir/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null |
    awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /cc-console/ {print $3}' | sort -u
)
# A library no file on this machine provides is missing from the Depends as well: say so
# (libwayland-cursor0 missing here leaves the bundle without Wayland where it is missing too).
unresolved="$(find "$bundle" -type f -name '*.so*' -print0 |
  LD_LIBRARY_PATH="$libs_dir:$libs_dir/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null |
  awk '$3 == "not" {print $1}' | sort -u | tr '\n' ' ')"
[ -z "$unresolved" ] ||
  echo "   warning: not on this machine, so not in Depends (plugins needing them fail): $unresolved" >&2
depends=()
for lib in "${system_libs[@]}"; do
  owner="$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true)"
  owner="${owner%%:*}"
  [ -n "$owner" ] || { echo "build.sh: no package owns $lib" >&2; exit 1; }
  depends+=("$owner")
done
glibc="$(find "$bundle" -type f \( -name '*.so*' -o -name cc-console \) -print0 |
  xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1)"
depends_line="$(printf '%s\n' "${depends[@]}" | sort -u | grep -v '^libc6$' |
  sed 's/$/,/' | tr '\n' ' ')libc6 (>= ${glibc#GLIBC_})"
installed_kb="$(du -sk "$stage" | cut -f1)"
cat >"$stage/DEBIAN/control" <<EOF
Package: cc-console
Version: $version
Architecture: $arch
Maintainer: Chongchuan Command Center <cc-console@localhost>
Section: misc
Priority: optional
Installed-Size: $installed_kb
Depends: $depends_line
Recommends: fonts-noto-cjk | fonts-wqy-microhei
Suggests: libwayland-cursor0
Homepage: https://example.invalid/chongchuan-command-center
Description: Chongchuan governance command center: the duty console
 cc-console is the duty officer's window onto the 崇川区 command center: the
 case queue, dispatch, supervision, charts and the video wall. It connects to
 the district's cc-server, or runs a demo server of its own (same program)
 when no server address is configured.
 .
 A self-contained bundle (Python, Qt 6, PySide6) in /opt/cc-console.
EOF
rm -f "$deb"
nice -n 19 dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$stage" "$deb" >/dev/null
rm -rf "$stage"
echo "   $(du -h "$deb" | cut -f1) $deb"
echo "   Depends: $depends_line"
echo "== done in $(($(date +%s) - started)) s"
