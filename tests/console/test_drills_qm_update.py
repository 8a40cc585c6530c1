"""resources/translations/update.py compiles a .qm beside the old one and moves it into place
(issue #17's follow-up): a console that memory-mapped the old .qm keeps reading it intact
(rewriting it in place crashed such consoles with SIGBUS), the new one is what loads next,
and a failed lrelease leaves the old .qm and no temporary file behind."""

from __future__ import annotations

import importlib.util
import mmap
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

UPDATE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "update.py"
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>Drills</name>
<message><source>Pause</source><translation>{text}</translation></message>
</context>
</TS>
"""


def load_update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cc_translations_update", UPDATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compiled(update: ModuleType, folder: Path, text: str) -> Path:
    ts = folder / "cc_console_zh_CN.ts"
    ts.write_text(TS.format(text=text), encoding="utf-8")
    qm = folder / "cc_console_zh_CN.qm"
    update.compile_qm(ts, qm)
    return qm


def translated(qm: Path) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("Drills", "Pause") or ""


def test_a_mapped_qm_stays_intact_while_the_new_one_takes_its_name(tmp_path: Path) -> None:
    update = load_update()
    qm = compiled(update, tmp_path, "暂停")
    old = qm.read_bytes()
    assert translated(qm) == "暂停"
    with qm.open("rb") as held, mmap.mmap(held.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        compiled(update, tmp_path, "暂停演练计时")
        assert mapped[:] == old, "the running console's pages did not change under it"
    assert qm.read_bytes() != old
    assert translated(qm) == "暂停演练计时"
    assert sorted(p.name for p in tmp_path.iterdir()) == [qm.name, "cc_console_zh_CN.ts"]
    assert qm.stat().st_mode & 0o444 == 0o444, "readable by everyone, as lrelease made it"


def test_a_failed_lrelease_leaves_the_old_qm(tmp_path: Path) -> None:
    update = load_update()
    qm = compiled(update, tmp_path, "暂停")
    old = qm.read_bytes()
    ts = tmp_path / "cc_console_zh_CN.ts"
    ts.unlink()  # lrelease cannot read it
    with pytest.raises(subprocess.CalledProcessError):
        update.compile_qm(ts, qm)
    assert qm.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [qm.name]
