"""One SLA palette (widgets/sla_palette.py): the badge, the queue's row tints, the charts and
the theme take their colors from it, and text on its fills stays readable (issue #15)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from widgets import sla_palette
from widgets.sla_palette import ALERT, NONE, ROW_ALERTED, ROW_FLASH, TONES, contrast

ROOT = Path(__file__).resolve().parents[2]
THEME = ROOT / "resources" / "themes" / "console.qss"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
MIN_CONTRAST = 4.5
# Where SLA colors are painted: every module of these folders, and these modules (by name, so
# that they are found wherever they move).
SLA_FOLDERS = ("widgets", "console/models", "console/charts")
SLA_MODULES = ("alerts_pane.py", "queue_pane.py", "detail_pane.py", "status.py", "dispatch_view.py")
# The palette's colored values. Its texts (white, near-black) and the grey ink are the theme's
# everyday text colors too, so they are not searched for; its inks are searched for in the
# modules that paint SLA colors only (the theme also gives them to connection and import states).
SLA_FILLS = {*(tone.fill for tone in (*TONES.values(), NONE, ALERT)), *ROW_FLASH, ROW_ALERTED}
SLA_VALUES = SLA_FILLS | {tone.ink for tone in TONES.values()}


def _theme() -> str:
    return THEME.read_text(encoding="utf-8")


def _outside_block(qss: str) -> str:
    start = qss.index(sla_palette.BEGIN)
    end = qss.index(sla_palette.END, start) + len(sla_palette.END)
    return qss[:start] + qss[end:]


def _rules(qss: str) -> dict[str, str]:
    """Selector → declarations, comments dropped (one rule per selector in this theme)."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    found: dict[str, str] = {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        found[" ".join(selector.split())] = found.get(" ".join(selector.split()), "") + body
    return found


def _value(declarations: str, name: str) -> str:
    match = re.search(rf"(?:^|;)\s*{name}\s*:\s*(#[0-9a-fA-F]{{6}})", declarations)
    assert match, (name, declarations)
    return match.group(1).lower()


def _color_literals(path: Path) -> set[str]:
    """Every '#rrggbb' in the module's strings and every QColor(r, g, b[, a]) of literals."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(value.lower() for value in HEX.findall(node.value))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QColor":
            numbers = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if len(numbers) in (3, 4) and all(isinstance(n, int) for n in numbers):
                found.add("#{:02x}{:02x}{:02x}".format(*numbers[:3]))
    return found


def _sla_modules() -> list[Path]:
    paths = [p for folder in SLA_FOLDERS for p in (ROOT / folder).rglob("*.py")]
    for name in SLA_MODULES:
        named = list((ROOT / "console").rglob(name))
        assert named, f"{name} not found: update SLA_MODULES"
        paths += named
    return [p for p in paths if p.name != "sla_palette.py"]


# -- (a) every SLA color comes from the palette --------------------------------------------------


def test_the_theme_block_is_the_palette_s() -> None:
    qss = _theme()
    assert sla_palette.BEGIN in qss, "run: python -m widgets.sla_palette " + str(THEME)
    assert sla_palette.themed(qss) == qss, "run: python -m widgets.sla_palette " + str(THEME)


def test_the_theme_colors_sla_widgets_only_in_the_block() -> None:
    outside = _rules(_outside_block(_theme()))
    # The block's selectors up to their property's value: QLabel[chip, QLabel#countdown[color, …
    hooks = {rule.split("=")[0] for rule in sla_palette.theme_rules() if "=" in rule}
    assert len(hooks) == 6
    for selector, declarations in outside.items():
        values = {v.lower() for v in HEX.findall(declarations)}
        assert not values & SLA_FILLS, (selector, values & SLA_FILLS)
        if "=" in selector and selector.split("=")[0] in hooks:
            assert not values, f"{selector}: its colors belong in widgets/sla_palette.py"


def test_no_sla_color_is_written_outside_the_palette() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_color_literals(path) & SLA_VALUES)
        for path in _sla_modules()
    }
    assert not {path: found for path, found in offenders.items() if found}


def test_the_badge_and_the_queue_rows_paint_the_palette() -> None:
    from console.models import case_table
    from widgets import badge_delegate

    for name, tone in TONES.items():
        fill, text = badge_delegate.BADGE_COLORS[name]
        assert (fill.name(), text.name()) == (tone.fill, tone.text)
    assert set(badge_delegate.BADGE_COLORS) == set(TONES)
    assert tuple(c.name() for c in badge_delegate.NEUTRAL) == (NONE.fill, NONE.text)
    assert tuple(c.name() for c in case_table._FLASH) == ROW_FLASH
    assert case_table._ALERTED.name() == ROW_ALERTED


def test_the_charts_use_the_palette() -> None:
    from console.charts import kpi_bars, overdue, ranking, river

    for module in (kpi_bars, overdue, ranking, river):
        assert module.FILL is sla_palette.FILL, module.__name__
    for module in (kpi_bars, overdue):
        assert module.INK is sla_palette.INK, module.__name__
    assert [color for _field, color, _x in river.SERIES][1:] == [
        sla_palette.FILL["yellow"],
        sla_palette.FILL["green"],
    ]


def test_the_charts_and_the_queue_name_the_same_colors() -> None:
    assert set(TONES) == {"red", "yellow", "green"} == set(sla_palette.COLORS)
    for name, tone in TONES.items():
        assert sla_palette.FILL[name] == tone.fill and sla_palette.INK[name] == tone.ink
        assert sla_palette.tone(name) is tone
    assert sla_palette.tone(None) is NONE and sla_palette.tone("paused") is NONE
    assert sla_palette.FILL["none"] == NONE.fill


# -- (b) text stays readable on every fill -------------------------------------------------------


@pytest.mark.parametrize("name", [*TONES, "none", "alert"])
def test_text_on_each_fill_has_contrast(name: str) -> None:
    tone = {"none": NONE, "alert": ALERT}.get(name) or TONES[name]
    assert contrast(tone.fill, tone.text) >= MIN_CONTRAST, name


def test_the_theme_s_text_on_the_row_tints_has_contrast() -> None:
    text = _value(_rules(_theme())["QWidget"], "color")
    for tint in (*ROW_FLASH, ROW_ALERTED):
        assert contrast(tint, text) >= MIN_CONTRAST, tint


def test_the_inks_on_the_theme_s_backgrounds_have_contrast() -> None:
    rules = _rules(_theme())
    views = rules["QTableView, QTreeWidget, QListWidget"]
    chart_kit = re.search(
        r'^BACKGROUND = "(#[0-9a-fA-F]{6})"',
        (ROOT / "widgets" / "chart_kit.py").read_text(encoding="utf-8"),
        re.M,
    )
    assert chart_kit
    backgrounds = {
        "window": _value(rules["QWidget"], "background"),
        "rows": _value(views, "background"),
        "alternate rows": _value(views, "alternate-background-color"),
        "chart frame": _value(rules['QFrame[chart="true"]'], "background"),
        "chart": chart_kit.group(1),
        "indicator tile": _value(rules["QFrame#indicatorTile"], "background"),
    }
    for where, background in backgrounds.items():
        for ink in (*(tone.ink for tone in TONES.values()), NONE.ink, ALERT.ink):
            assert contrast(ink, background) >= MIN_CONTRAST, (where, background, ink)


def test_contrast_is_wcag_s() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast("#ffffff", "#767676") == pytest.approx(4.54, abs=0.01)
