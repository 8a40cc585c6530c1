"""Language, fonts and theme of the application: zh_CN by default, English with --lang en."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TRANSLATIONS = RESOURCES / "translations"
THEME = RESOURCES / "themes" / "console.qss"
ALERT_WAV = RESOURCES / "sounds" / "alert.wav"
# CJK-capable families in order of preference; fontconfig finds whichever is installed.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Droid Sans Fallback",
)
FONT_POINTS = 10


def normalize_lang(lang: str | None) -> str:
    """'en', 'en_US', 'English' → 'en'; anything else is Simplified Chinese."""
    return "en" if (lang or "").lower().startswith("en") else "zh_CN"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load the console's .qm and Qt's own (for standard buttons); keep the result alive."""
    lang = normalize_lang(lang)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if lang == "en" else QLocale.Language.Chinese,
            QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.China,
        )
    )
    loaded: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"cc_console_{lang}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        loaded.append(ours)
    else:
        log.warning("no translation cc_console_%s in %s", lang, TRANSLATIONS)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            loaded.append(qt)
    return loaded


def pick_font(app: QApplication) -> str:
    """Use a CJK-capable family for the whole UI (Latin text renders well in it too)."""
    available = set(QFontDatabase.families())
    family = next((name for name in CJK_FAMILIES if name in available), "")
    if not family:
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        family = chinese[0] if chinese else ""
    font = QFont(family) if family else QFont(app.font())
    font.setPointSize(FONT_POINTS)
    app.setFont(font)
    if not family:
        log.warning("no CJK font found: install fonts-noto-cjk")
    return family


def apply_theme(app: QApplication) -> None:
    """The console's style sheet (Fusion underneath, so that it looks alike everywhere)."""
    app.setStyle("Fusion")
    try:
        app.setStyleSheet(THEME.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("theme not loaded: %s", exc)


def setup(app: QApplication, lang: str) -> list[QTranslator]:
    """Translators, font and theme, before the first window is built."""
    translators = install_translators(app, lang)
    pick_font(app)
    apply_theme(app)
    return translators
