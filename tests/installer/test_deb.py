"""Checks of the console's .deb (installer/build.sh), on the package file itself.

    CC_DEB=build/cc-console_<version>_<arch>.deb pytest tests/installer/test_deb.py
    (installer/smoke.sh sets it to the newest package in build/)

Skipped unless CC_DEB names the package. Its metadata and files are read with dpkg-deb, its
menu entry validated with desktop-file-validate, and the bundle it carries is started from
an extracted copy through a symlink, as /usr/bin/cc-console starts it.

With CC_DEBIAN_ROOT naming a Debian root (debootstrap) that already has the package's
dependencies (installer/smoke.sh --debian-root prepares one), the package is also installed
into a copy of that root with dpkg and started there (needs root: chroot).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

DEB_ENV = "CC_DEB"
ROOT_ENV = "CC_DEBIAN_ROOT"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(
    not os.environ.get(DEB_ENV) or shutil.which("dpkg-deb") is None,
    reason=f"no package: build it (installer/build.sh) and set {DEB_ENV} (installer/smoke.sh)",
)


@pytest.fixture(scope="module")
def deb() -> Path:
    found = Path(os.environ[DEB_ENV]).resolve()
    assert found.is_file(), f"{found} is not a file"
    return found


def _field(info: str, name: str) -> str:
    match = re.search(rf"^ {name}: (.*)$", info, re.MULTILINE)
    assert match, f"no {name} in the control file:\n{info}"
    return match.group(1)


def test_control_file_names_the_package_and_what_it_needs(deb: Path) -> None:
    info = subprocess.run(
        ["dpkg-deb", "--info", deb], capture_output=True, text=True, check=True
    ).stdout
    assert _field(info, "Package") == "cc-console"
    version = _field(info, "Version")
    assert deb.name.startswith(f"cc-console_{version}_")
    depends = _field(info, "Depends")
    assert re.search(r"\blibc6 \(>= 2\.\d+\)", depends), depends
    assert "libpython" not in depends and "python3" not in depends  # the bundle brings it
    assert int(_field(info, "Installed-Size")) > 100_000  # KiB: the bundle is in it


def test_files_go_to_opt_the_menu_and_the_icon_theme(deb: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", deb], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5]: line for line in listing.splitlines()}
    assert "./opt/cc-console/cc-console" in paths
    assert paths["./opt/cc-console/cc-console"].startswith("-rwx")
    assert "./usr/bin/cc-console -> /opt/cc-console/cc-console" in listing
    assert "./usr/share/applications/cc-console.desktop" in paths
    for size in ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/cc-console.png" in paths
    assert "./usr/share/icons/hicolor/scalable/apps/cc-console.svg" in paths
    assert "./usr/share/doc/cc-console/copyright" in paths
    owners = {line.split()[1] for line in listing.splitlines()}
    assert owners == {"root/root"}, owners


def test_extracted_package_validates_and_starts(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    entry = root / "usr/share/applications/cc-console.desktop"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", entry], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    text = entry.read_text(encoding="utf-8")
    assert "Name[zh_CN]=" in text and "Comment[zh_CN]=" in text
    assert re.search(r"^Icon=cc-console$", text, re.MULTILINE)
    # The menu entry runs `cc-console`, the /usr/bin symlink: the bundle must find its
    # _internal folder through a link (here a relative one into the extracted tree).
    link = tmp_path / "bin" / "cc-console"
    link.parent.mkdir()
    link.symlink_to(root / "opt/cc-console/cc-console")
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        [link, "--version"],
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cc-console ")


@pytest.mark.skipif(not os.environ.get(ROOT_ENV), reason=f"set {ROOT_ENV} to a Debian root")
def test_installs_with_dpkg_into_a_debian_root(deb: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("installing into a root takes chroot: run as root")
    root = tmp_path / "debian"
    subprocess.run(["cp", "-a", os.environ[ROOT_ENV], root], check=True)
    shutil.copy(deb, root / "tmp" / deb.name)
    installed = subprocess.run(
        ["chroot", root, "dpkg", "-i", f"/tmp/{deb.name}"], capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (root / "opt/cc-console/cc-console").is_file()
    assert os.readlink(root / "usr/bin/cc-console") == "/opt/cc-console/cc-console"
    # The bundle finds itself through /proc/self/exe: the root needs a /proc.
    subprocess.run(["mount", "-t", "proc", "proc", root / "proc"], check=True)
    try:
        done = subprocess.run(
            ["chroot", str(root), "env", "-i", "HOME=/root", "PATH=/usr/bin:/bin"]
            + ["cc-console", "--version"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        subprocess.run(["umount", root / "proc"], check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("cc-console ")
    removed = subprocess.run(
        ["chroot", root, "dpkg", "--purge", "cc-console"], capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not (root / "opt/cc-console").exists()
