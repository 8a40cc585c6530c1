"""What a bulletin says (`Bulletin`) and how it is drawn as an A4 PDF (`draw_bulletin`, run in
the PDF process: server/services/pdf_render.py; this module imports little, the child imports
it). The 通报 bulletin and the economy brief are drawn alike."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.services.pdf_render import open_document


@dataclass(frozen=True)
class Bulletin:
    """What a bulletin says: a title, then sections of lines."""

    title: str
    subtitle: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    footer: str = ""

    def as_text(self) -> str:
        """The bulletin as printable plain text."""
        out = [self.title, self.subtitle, ""]
        for heading, lines in self.sections:
            out.append(f"【{heading}】")
            out.extend(f"  {line}" for line in lines)
            out.append("")
        out.append(self.footer)
        return "\n".join(out) + "\n"


def draw_bulletin(path: str, face: int, bulletin: Bulletin) -> bytes:
    """The bulletin as an A4 PDF in the font `path` (face `face` of a collection)."""
    pdf = open_document(path, face, margin=18, title=bulletin.title)
    pdf.add_page()
    width = pdf.epw
    pdf.set_font("cjk", size=20)
    pdf.multi_cell(width, 11, bulletin.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=12)
    pdf.multi_cell(width, 7, bulletin.subtitle, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, lines in bulletin.sections:
        pdf.set_font("cjk", size=13)
        pdf.set_fill_color(235, 235, 235)
        pdf.multi_cell(width, 8, heading, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("cjk", size=10.5)
        for line in lines:
            pdf.multi_cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("cjk", size=9)
    pdf.multi_cell(width, 5, bulletin.footer, align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
