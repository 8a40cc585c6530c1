"""Help → About: what this console is, its versions, and the licences of the parts it ships.

Qt and PySide6 are used under the GNU LGPL version 3: the About box must say so, name where
the licence text is, and where the source of those libraries is to be had. A bundle ships
the texts in its `licenses/` folder (installer/); an installed console points at the
system's copy (Debian: /usr/share/common-licenses) or the GNU site.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.versions import versions
from widgets.plain_text import PlainLabel

__all__ = ["AboutDialog", "licence_file"]

LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
QT_SOURCE_URL = "https://download.qt.io/official_releases/"
# Where the LGPLv3 text may be, the bundle's own copy first.
LICENCE_NAMES = ("LGPL-3.0.txt", "LGPL-3")


def _licence_folders() -> list[Path]:
    folders = []
    if getattr(sys, "frozen", False):
        bundle = Path(sys.executable).resolve().parent
        folders += [bundle / "licenses", Path(getattr(sys, "_MEIPASS", bundle)) / "licenses"]
    folders.append(Path("/usr/share/common-licenses"))
    return folders


def licence_file() -> Path | None:
    """The LGPLv3 text on this machine: the bundle's copy, else the system's; None if none."""
    for folder in _licence_folders():
        for name in LICENCE_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


class AboutDialog(QDialog):
    """Versions and licences; the licence text opens in the desktop's viewer."""

    def __init__(self, parent: QWidget | None = None, *, licence: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About — Duty Console"))
        self.licence = licence
        heading = PlainLabel(self.tr("Chongchuan Governance Command Center — Duty Console"), self)
        heading.setObjectName("aboutHeading")
        form = QFormLayout()
        self.version_labels: dict[str, PlainLabel] = {}
        for name, version in versions():
            label = PlainLabel(version, self)
            label.setObjectName(f"aboutVersion{name}")
            self.version_labels[name] = label
            form.addRow(name, label)
        where = str(licence) if licence is not None else LGPL_URL
        self.licences = PlainLabel(
            self.tr(
                "This program uses Qt and Qt for Python (PySide6, shiboken6), © The Qt Company "
                "Ltd and other contributors, under the GNU Lesser General Public License "
                "version 3 (LGPLv3). You may replace these libraries with versions of your "
                "own; their source code is at %1. The licence text: %2"
            )
            .replace("%1", QT_SOURCE_URL)
            .replace("%2", where),
            self,
        )
        self.licences.setObjectName("aboutLicences")
        self.licences.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.licence_button = QPushButton(self.tr("Show the LGPLv3 text"), self)
        self.licence_button.clicked.connect(self.open_licence)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.licences)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def licence_url(self) -> QUrl:
        """The shipped text if there is one, else the GNU site's."""
        if self.licence is not None:
            return QUrl.fromLocalFile(str(self.licence))
        return QUrl(LGPL_URL)

    def open_licence(self) -> None:
        """Open the licence text in the desktop's viewer (or browser)."""
        QDesktopServices.openUrl(self.licence_url())
