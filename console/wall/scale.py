"""Type sizes for a wall, from the screen's height: readable from 5 m on 1080 and 2160 lines.

Why these fractions: text is legible at about 16 arcminutes of visual angle (ISO 9241-303's
minimum; 20' preferred). From 5 m that is a glyph of 23 mm. A wall monitor is typically 55"
to 65" (its picture 685–810 mm tall), so a glyph of 23 mm is about a thirtieth of the screen
height whatever its resolution: the smallest text here is height/30 (36 px at 1080 lines,
72 px at 2160), body text height/24, titles height/17, the big 三色 figures height/6.5.
A smaller screen (or a farther audience) takes `--wall-font-scale` (e.g. 1.3). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_PIXELS = 12  # a tiny test window still gets text that renders


@dataclass(frozen=True)
class WallScale:
    """Font pixel sizes for one screen height (and the supervisor's extra factor)."""

    height: int
    factor: float = 1.0

    def _px(self, lines: float) -> int:
        return max(MIN_PIXELS, round(self.height * self.factor / lines))

    @property
    def small(self) -> int:
        """The smallest text anywhere on the wall: axis ticks, legends, footers."""
        return self._px(30)

    @property
    def body(self) -> int:
        """Rows of lists, names beside bars."""
        return self._px(24)

    @property
    def title(self) -> int:
        """A view's title and the header."""
        return self._px(17)

    @property
    def banner(self) -> int:
        """The connection banner: the one thing nobody may miss."""
        return self._px(14)

    @property
    def figure(self) -> int:
        """The 三色 totals."""
        return self._px(6.5)

    @property
    def row(self) -> int:
        """Height of a list row (body text with air)."""
        return round(self.body * 1.55)

    @property
    def margin(self) -> int:
        """Space around and between views."""
        return max(4, round(self.height / 90))


def style_sheet(scale: WallScale) -> str:
    """The wall's own style sheet (over the console's theme): dark, high contrast, large."""
    s = scale
    return f"""
QWidget#wallWindow {{ background: #05080c; }}
QFrame#wallPanel {{ background: #0d141d; border: 1px solid #1f2b3a; border-radius: 6px; }}
QFrame#wallPanel QLabel {{ background: transparent; }}
QLabel#wallHeader, QLabel#wallClock, QLabel#wallPage {{ background: transparent; }}
QLabel#wallTitle {{ font-size: {s.title}px; font-weight: bold; color: #ffffff; }}
QLabel#wallHeader {{ font-size: {s.title}px; font-weight: bold; color: #e3e9f0; }}
QLabel#wallClock {{ font-size: {s.title}px; font-weight: bold; color: #e3e9f0; }}
QLabel#wallPage {{ font-size: {s.small}px; color: #9fb0c4; }}
QLabel#wallLegend {{ font-size: {s.small}px; color: #c7d2df; padding-left: {s.margin}px; }}
QLabel#wallNote {{ font-size: {s.small}px; color: #9fb0c4; }}
QLabel#wallBanner {{ font-size: {s.banner}px; font-weight: bold; color: #ffffff;
    background: #b71c1c; padding: {s.margin}px; }}
QLabel#wallBanner[level="warning"] {{ background: #8a6100; }}
QLabel#wallFigure {{ font-size: {s.figure}px; font-weight: bold; }}
QLabel#wallSubtitle {{ font-size: {s.body}px; font-weight: bold; color: #e3e9f0; }}
QLabel#wallFigureName {{ font-size: {s.title}px; font-weight: bold; }}
QTableView#wallTable {{ font-size: {s.body}px; background: #0d141d; border: none;
    gridline-color: #1f2b3a; alternate-background-color: #121b26; }}
QTableView#wallTable QHeaderView::section {{ font-size: {s.small}px; font-weight: bold;
    background: #16212e; color: #c7d2df; padding: 4px; border: none; }}
QLabel#chartTitle {{ font-size: {s.title}px; }}
QLabel#chartLegend {{ font-size: {s.small}px; }}
QLabel#chartNotice {{ font-size: {s.body}px; }}
QLabel#tileName {{ font-size: {s.body}px; color: #d6e0ec; }}
QLabel#tileValue {{ font-size: {round(s.title * 1.3)}px; }}
QLabel#tileGrowth {{ font-size: {s.body}px; }}
QLabel#tileRank {{ font-size: {s.small}px; }}
QFrame#indicatorTile {{ border-left-width: {max(6, s.margin)}px; }}
"""
