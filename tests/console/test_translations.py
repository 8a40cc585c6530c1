"""Every tr() string of the console has a zh_CN translation, in the .ts and in the compiled .qm."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

from console.i18n import TRANSLATIONS

# resources/translations/update.py knows the source files and the lupdate tool.
_spec = importlib.util.spec_from_file_location("cc_translations_update", TRANSLATIONS / "update.py")
assert _spec is not None and _spec.loader is not None
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def test_the_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    for lang in update.LANGS:
        copy = tmp_path / f"cc_console_{lang}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        subprocess.run(
            [update._tool("pyside6-lupdate"), "-no-obsolete", *update.sources(), "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        unfinished = [
            f"{ctx}: {src}" for ctx, src, t in messages(copy) if t.get("type") == "unfinished"
        ]
        assert not unfinished, f"run resources/translations/update.py: {unfinished}"


def test_the_compiled_qm_matches_the_ts(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "cc_console_zh_CN.qm"))
    for context, source, translation in messages(TRANSLATIONS / "cc_console_zh_CN.ts"):
        assert translator.translate(context, source) == translation.text, (context, source)
