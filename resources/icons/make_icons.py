"""Draws the console's icon set: cc-console.svg, cc-console-small.svg and PNGs 16…512 px.

    .venv/bin/python resources/icons/make_icons.py      (writes next to this file)

The mark: the 崇川 command center's shield (navy, gold rim) with 崇 in white for 64 px and
up, and for 16–48 px a simpler drawing of the same shield around a "city brain" hub (one
node linked to three) that stays legible where a character would be a blot. 崇 is taken
from Noto Sans CJK SC Bold (SIL Open Font Licence) and written as a path, so the SVG needs
no font where it is shown. The PNGs are rendered with rsvg-convert when it is installed,
else with Qt's QSvgRenderer; both read the same SVG.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "cc-console"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 48  # sizes up to this one use the simpler drawing
GLYPH = "崇"
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FONT_FACE = "Noto Sans CJK SC Bold"

NAVY_TOP = "#1456a8"
NAVY_BOTTOM = "#0a2a5e"
GOLD = "#e8b32a"
WHITE = "#ffffff"

LARGE = """\
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>cc-console: 崇川区 governance command center</title>
  <defs>
    <linearGradient id="navy" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{navy_top}"/>
      <stop offset="1" stop-color="{navy_bottom}"/>
    </linearGradient>
  </defs>
  <path d="M128 10 L228 42 V118 C228 180 186 222 128 248 C70 222 28 180 28 118 V42 Z"
        fill="url(#navy)" stroke="{gold}" stroke-width="10" stroke-linejoin="round"/>
  <path d="M128 30 L210 56 V118 C210 168 176 204 128 226 C80 204 46 168 46 118 V56 Z"
        fill="none" stroke="{gold}" stroke-opacity="0.45" stroke-width="3"
        stroke-linejoin="round"/>
  <path fill="{white}" transform="{glyph_transform}" d="{glyph}"/>
</svg>
"""

SMALL = """\
<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <title>cc-console (small sizes)</title>
  <defs>
    <linearGradient id="navy" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{navy_top}"/>
      <stop offset="1" stop-color="{navy_bottom}"/>
    </linearGradient>
  </defs>
  <path d="M16 1.5 L29 5.5 V15 C29 22.5 23.5 27.5 16 30.5 C8.5 27.5 3 22.5 3 15 V5.5 Z"
        fill="url(#navy)" stroke="{gold}" stroke-width="2" stroke-linejoin="round"/>
  <g stroke="{white}" stroke-width="2" stroke-linecap="round">
    <line x1="16" y1="15" x2="16" y2="8"/>
    <line x1="16" y1="15" x2="9.5" y2="19"/>
    <line x1="16" y1="15" x2="22.5" y2="19"/>
  </g>
  <g fill="{white}">
    <circle cx="16" cy="15" r="3.6"/>
    <circle cx="16" cy="7.5" r="2.2"/>
    <circle cx="9" cy="19.5" r="2.2"/>
    <circle cx="23" cy="19.5" r="2.2"/>
  </g>
  <circle cx="16" cy="15" r="1.5" fill="{gold}"/>
</svg>
"""


def glyph_path() -> tuple[str, str]:
    """崇 as SVG path data in font units, and the transform that centres it in the shield."""
    from fontTools.pens.boundsPen import BoundsPen
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.ttLib import TTCollection

    for font in TTCollection(str(FONT)).fonts:
        if font["name"].getDebugName(4) == FONT_FACE:
            break
    else:
        sys.exit(f"{FONT_FACE} not found in {FONT} (apt install fonts-noto-cjk)")
    glyphs = font.getGlyphSet()
    name = font.getBestCmap()[ord(GLYPH)]
    pen = SVGPathPen(glyphs)
    glyphs[name].draw(pen)
    bounds = BoundsPen(glyphs)
    glyphs[name].draw(bounds)
    assert bounds.bounds is not None
    x_min, y_min, x_max, y_max = bounds.bounds
    # Font units grow upwards; the box the glyph fills in the shield is 120 px high.
    scale = 120 / (y_max - y_min)
    centre_x, centre_y = 128, 126
    dx = centre_x - scale * (x_min + x_max) / 2
    dy = centre_y + scale * (y_min + y_max) / 2
    return pen.getCommands(), f"matrix({scale:.5f} 0 0 {-scale:.5f} {dx:.3f} {dy:.3f})"


def render(svg: Path, png: Path, size: int) -> None:
    """One PNG of `size` px from `svg`."""
    if shutil.which("rsvg-convert"):
        subprocess.run(
            ["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(png), str(svg)],
            check=True,
        )
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(png)):
        sys.exit(f"could not write {png}")


def main() -> None:
    colours = {"navy_top": NAVY_TOP, "navy_bottom": NAVY_BOTTOM, "gold": GOLD, "white": WHITE}
    glyph, transform = glyph_path()
    large = HERE / f"{NAME}.svg"
    small = HERE / f"{NAME}-small.svg"
    large.write_text(
        LARGE.format(glyph=glyph, glyph_transform=transform, **colours), encoding="utf-8"
    )
    small.write_text(SMALL.format(**colours), encoding="utf-8")
    for size in SIZES:
        render(small if size <= SMALL_UP_TO else large, HERE / f"{NAME}-{size}.png", size)
    print(f"wrote {large.name}, {small.name} and {len(SIZES)} PNGs in {HERE}")


if __name__ == "__main__":
    main()
