"""`kid_value_fields`: a hand-written PDF form whose page holds only the title, the labels, the furniture and the
fields' drawn frames; the answers are in AcroForm fields of kinds no earlier generator used. Every text field is a
parent (/T, /FT, /Ff, /DA) whose value lives only on its kid widget, never on the field itself; an answer running
over a page break has a kid on each page and its value on the first. A short one-line answer that fits is a comb
field (/MaxLen, the comb flag), its cells drawn on the page as ruled boxes. A follow-up's stage is a list of two
check boxes, "Slutredovisning" and "Delredovisning", both words on the page beside their boxes, the stage's box
checked (/V and /AS /Ja). Values are literal strings, PDFDocEncoding or UTF-16BE with a byte-order mark. No
appearance streams for the text fields; /NeedAppearances true.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, text_string
from h16_layout import A4, MARGIN, Page, Run, text_width
from h17_fields import STAGES, answer_pieces, text_op, write_form
from h18_content import Form, Section

MULTILINE, COMB = 1 << 12, 1 << 24
PITCH = 0.62  # a comb cell's width, in ems of the field's text size


def comb_rect(section: Section, rect: tuple, size: float, right: float) -> tuple[tuple, int] | None:
    """The comb field's rectangle and /MaxLen for a one-line answer, or None when its cells would not fit."""
    value = section.text
    if len(section.lines()) != 1 or not value or len(value) > 40:
        return None
    cells = len(value) + 4
    x0, y0, _, y1 = rect
    width = cells * size * PITCH
    return ((x0, y0, x0 + width, y1), cells) if x0 + width <= right else None


def room_right(page: Page, key: str, rect: tuple) -> float:
    """Where a field at `rect` must end: the page's margin, or the first other run to its right on its lines."""
    flip, (x0, y0, _, y1) = page.height, rect
    beside = [r.left for r in page.runs if r.key != key and r.left > x0 and y0 - 2 <= flip - r.y <= y1 + 2]
    return min([A4[0] - MARGIN, *(x - 6 for x in beside)])


class Fields:
    def __init__(self, pdf: PdfFile) -> None:
        self.pdf = pdf
        self.fields: list[int] = []
        self.widgets: dict[int, list[int]] = {}  # page index -> widget annotations
        self.frames: dict[int, list[tuple[float, float, float, float]]] = {}  # page index -> drawn comb cells

    def text(self, name: str, section: Section, pieces: list[tuple[int, tuple]], size: float, comb: int) -> None:
        lines = section.lines()
        value = "\n".join(lines).replace("\u00a0", " ")
        flags = COMB if comb else (MULTILINE if len(lines) > 1 or len(value) > 60 else 0)
        parent = self.pdf.add(b"")
        kids = []
        for k, (page, rect) in enumerate(pieces):
            own = b" /V " + text_string(value) if value and k == 0 else b""
            w = self.pdf.add(
                b"<< /Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f] /Parent %d 0 R%s >>"
                % (*rect, parent, own)
            )
            self.widgets.setdefault(page, []).append(w)
            kids.append(w)
        max_len = b" /MaxLen %d" % comb if comb else b""
        self.pdf.objects[parent] = b"<< /FT /Tx /T %s /Ff %d%s /DA (/Helv %.1f Tf 0 g) /Kids [%s] >>" % (
            pdf_string(name),
            flags,
            max_len,
            size,
            b" ".join(b"%d 0 R" % k for k in kids),
        )
        self.fields.append(parent)

    def check_box(self, name: str, page: int, rect: tuple, checked: bool) -> None:
        x0, y0, x1, y1 = rect
        bbox = b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x1 - x0, y1 - y0)
        tick = self.pdf.stream(b"q 1 w 0 G 1.5 4 m 4 1.5 l %.2f %.2f l S Q" % (x1 - x0 - 1.5, y1 - y0 - 1.5), bbox)
        blank = self.pdf.stream(b"", bbox)
        state = b"/Ja" if checked else b"/Off"
        field = self.pdf.add(
            b"<< /FT /Btn /T %s /V %s /AS %s /Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f]"
            b" /MK << /BC [0 0 0] >> /AP << /N << /Ja %d 0 R /Off %d 0 R >> >> >>"
            % (pdf_string(name), state, state, *rect, tick, blank)
        )
        self.widgets.setdefault(page, []).append(field)
        self.fields.append(field)


def render(form: Form, pages: list[Page], path: Path, rng: random.Random) -> int:
    pdf = PdfFile()
    fields = Fields(pdf)
    sections = {s.key: s for s in form.sections}
    pieces, sizes = answer_pieces(pages)
    extra_ops: dict[int, list[bytes]] = {}
    for n, page in enumerate(pages):
        flip = page.height
        for r in page.runs:
            if r.kind == "furniture" and r.text in STAGES:
                y, x = flip - r.y, r.x
                for stage in STAGES:
                    fields.check_box(stage.lower(), n, (x, y - 1, x + r.size, y + r.size - 1), stage == r.text)
                    extra_ops.setdefault(n, []).append(
                        text_op(Run(x + r.size + 4, r.y, stage, r.size, False, "furniture"), flip)
                    )
                    x += r.size + 18 + text_width(stage, r.size)
    for key, where in pieces.items():
        page, rect = where[0]
        right = room_right(pages[page], key, rect)
        comb = comb_rect(sections[key], rect, sizes[key], right) if len(where) == 1 and rng.random() < 0.8 else None
        if comb:
            (x0, y0, x1, y1), cells = comb
            step = (x1 - x0) / cells
            frames = fields.frames.setdefault(page, [])
            frames += [(x0, y0, x1, y0), (x0, y1, x1, y1)]
            frames += [(x0 + k * step, y0, x0 + k * step, y1) for k in range(cells + 1)]
            fields.text(key, sections[key], [(page, comb[0])], sizes[key], cells)
        else:
            fields.text(key, sections[key], where, sizes[key], 0)
    return write_form(pdf, pages, fields.fields, fields.widgets, extra_ops, path, fields.frames)
