"""Tuning set of issue #12's thirty-second round (h37/c-text2): three classes of the thirty-second held-out forms
drawn from their description only, with reportlab's canvas (not the producers the description names), this
module's own geometry, varied around the description's numbers and beyond them:

- `rl_fieldlist` (a field list laid out like rinohtype's): a serif body (DejaVu or Liberation Serif, 9.5–11 pt)
  JUSTIFIED (the words of every line but a paragraph's last spread to the measure, no hyphenation, so a narrow
  column gets wide gaps), "fi" set as the ligature glyph U+FB01; the title centred, bold sans, larger; one or two
  instruction sentences ("Fyll i samtliga fält." …) under it; each label a BOLD field name in a name column 60–140
  pt wide, the answer's first paragraph beside a label that fits (first line on the label's baseline), a label too
  wide for the column alone on its line (wrapped at the measure) with the answer UNDER it indented to the body
  column or 12–30 pt; further paragraphs and "•" items indented at the body column; an empty answer the bare
  label; the stage marker a bold paragraph at the margin between two field lists; header Bilaga/Dnr, footer
  "Sida N (M)" or "N";
- `rl_sideheads` (side heads printed like Java2D's): a sans body (Liberation or DejaVu Sans), every hyphen printed
  as a MINUS SIGN U+2212; the labels REGULAR, 0.5–1.5 pt smaller than the answer, RIGHT-ALIGNED against a gutter
  110–160 pt from the margin, wrapped in it (ragged left edges); the answer's first line on the label's first
  baseline 8–16 pt right of the gutter; glyphs advanced 0.1–0.5 pt wider than the lines were measured (so lines
  run past the measure), a bold title's letters 1–2.5 pt apart; a HAIRLINE (a filled rectangle 0.2–0.6 pt high)
  the full width under every field; list items after "−" or "-"; a long answer goes on over a page break in the
  answer column, the margin empty;
- `rl_runin` (run-in capitals like Asymptote's): Helvetica 9.5–11 pt; each label in CAPITALS 1–2 pt smaller,
  regular weight, ending in a colon, the answer RUN IN on its line and wrapping under the label at the margin; a
  label wider than the line wraps, the answer after its last line; further paragraphs and list items start
  lines of their own at the margin; an empty answer leaves the label alone on its line.

Each form runs its longest answer on to a second page in one form of two; lists in one form of two. Seeds 32 and
33 tuning, 3201 kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext2_32 [--seed 32] [--count 9] [--keep DIR]
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import boxforms
from .cornerboxes31 import varied
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("rl_fieldlist", "rl_sideheads", "rl_runin")
PAGE_W, PAGE_H = 595.0, 842.0
_TTF = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
}
_INSTRUCTIONS = (
    "Fyll i samtliga fält.",
    "Fyll i samtliga fält. Blanketten skickas till förvaltningens registrator.",
    "Fyll i samtliga fält och bifoga bilder där det är möjligt.",
    "Alla fält ska fyllas i.",
)


def _font(name: str, fallback: str) -> str:
    """The TrueType font registered under `name`, or the core `fallback` where its file is missing."""
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    path = Path(_TTF[name])
    if not path.exists():
        return fallback
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _width(text: str, font: str, size: float, spacing: float = 0.0) -> float:
    return pdfmetrics.stringWidth(text, font, size) + spacing * len(text)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return boxforms._wrap(text, font, size, width) if text.strip() else []


class _Sheet:
    """A canvas with y measured down from the page's top, its header and footer drawn on each page."""

    def __init__(self, path: Path, spec: ReportSpec, rng: random.Random, margin: float, font: str) -> None:
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.states: list[dict] = []
        self.margin, self.font = margin, font
        self.office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
        self.dnr = _dnr(spec, rng)
        self.footer = rng.choice(("Sida {n} ({m})", "{n}", "Sida {n}"))
        self.page, self.top, self.spacing, self.minus = 0, 0.0, 0.0, False
        self.new_page()

    def shown(self, text: str) -> str:
        return text.replace("-", "\u2212") if self.minus else text

    def new_page(self) -> None:
        if self.page:
            self.states.append(dict(self.c.__dict__))
            self.c._startPage()
        self.page += 1
        self.text(self.margin, 34, self.office, 8.5)
        self.text(PAGE_W - self.margin - _width(self.shown(self.dnr), self.font, 8.5), 34, self.dnr, 8.5)
        self.top = 72.0

    def text(self, x: float, top: float, text: str, size: float, font: str = "", spacing: float | None = None) -> None:
        """`text` with its baseline `top` + 0.78 size down the page."""
        font = font or self.font
        shown = self.shown(text)
        t = self.c.beginText(x, PAGE_H - top - size * 0.78)
        t.setFont(font, size)
        t.setCharSpace(self.spacing if spacing is None else spacing)
        t.textOut(shown)
        self.c.drawText(t)

    def justified(self, x: float, top: float, line: str, size: float, font: str, width: float) -> None:
        """One line spread to `width`: each word placed alone, the gaps shared."""
        words = line.split()
        if len(words) < 2:
            self.text(x, top, line, size, font)
            return
        gap = (width - sum(_width(w, font, size) for w in words)) / (len(words) - 1)
        for word in words:
            self.text(x, top, word, size, font)
            x += _width(word, font, size) + gap

    def save(self) -> None:
        """Footers written last, "Sida N (M)" knowing M (reportlab's numbered-canvas recipe)."""
        self.states.append(dict(self.c.__dict__))
        for n, state in enumerate(self.states, 1):
            self.c.__dict__.update(state)
            footer = self.footer.format(n=n, m=len(self.states))
            self.text((PAGE_W - _width(footer, self.font, 8.5)) / 2, PAGE_H - 44, footer, 8.5)
            canvas.Canvas.showPage(self.c)
        self.c.save()


def _paragraphs(text: str) -> list[str]:
    """An answer's paragraphs and list items, each one string."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = [normalise(x) for x in block.split("\n") if x.strip()]
        if any(x.startswith("•") for x in lines):
            out.extend(lines)
        elif lines:
            out.append(" ".join(lines))
    return out


def _fi(text: str) -> str:
    return text.replace("fi", "\ufb01")


def _field_list(spec: ReportSpec, pdf: Path, rng: random.Random, runon: bool = False, title_step: float = 6.0) -> None:
    """`runon` (ftextforms38): a narrower name column, and a name too wide for it set on ONE line whose later word
    starts at (or a little off) the answer column, as rinohtype's field names may land by chance; `title_step`:
    the title's size over the body's."""
    serif = rng.choice((("DejaVuSerif", "DejaVuSerif-Bold"), ("LiberationSerif", "LiberationSerif-Bold")))
    font, bold = _font(serif[0], "Times-Roman"), _font(serif[1], "Times-Bold")
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.2, 1.4)
    para_gap = size * rng.uniform(0.3, 0.8)
    field_gap = size * rng.uniform(0.4, 1.0)
    margin = rng.choice((56.0, 64.0, 72.0))
    name_col = rng.uniform(60.0, 140.0)
    name_gap = rng.uniform(6.0, 14.0)
    under_indent = rng.choice((None, rng.uniform(12.0, 30.0)))
    if runon:
        name_col = rng.uniform(40.0, 80.0)
    sheet = _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    body_x = x0 + name_col + name_gap
    limit = PAGE_H - 72
    title_font = _font("DejaVuSans-Bold", "Helvetica-Bold")
    title_size = size + title_step
    for line in _wrap(normalise(spec.title), title_font, title_size, x1 - x0):
        sheet.text((PAGE_W - _width(line, title_font, title_size)) / 2, sheet.top, line, title_size, title_font)
        sheet.top += title_size * 1.3
    sheet.top += size
    for line in _wrap(rng.choice(_INSTRUCTIONS), font, size, x1 - x0):
        sheet.text(x0, sheet.top, _fi(line), size)
        sheet.top += lead
    sheet.top += field_gap

    def block(x: float, width: float, text: str, first_top: float | None = None) -> None:
        """A paragraph justified between x and x + width; a "•" item hangs its lines after the bullet."""
        hang = 0.0
        if text.startswith("•"):
            item = text[1:].strip()
            hang = _width("• ", font, size) + 2
            lines = _wrap(item, font, size, width - hang)
            mark = True
        else:
            lines, mark = _wrap(text, font, size, width), False
        for k, line in enumerate(lines):
            if first_top is None or k:
                if sheet.top + lead > limit:
                    sheet.new_page()
                top = sheet.top
            else:
                top = first_top
            if mark and k == 0:
                sheet.text(x, top, "•", size)
            if k < len(lines) - 1:
                sheet.justified(x + hang, top, _fi(line), size, font, width - hang)
            else:
                sheet.text(x + hang, top, _fi(line), size)
            sheet.top = top + lead

    for row in spec.rows:
        if row.style == MARKER:
            sheet.top += para_gap
            if sheet.top + lead > limit:
                sheet.new_page()
            sheet.text(x0, sheet.top, normalise(row.text), size, bold)
            sheet.top += lead + field_gap
            continue
        label = normalise(row.label)
        paras = _paragraphs(row.text)
        if sheet.top + 2 * lead > limit:
            sheet.new_page()
        if _width(label, bold, size) <= name_col:
            sheet.text(x0, sheet.top, _fi(label), size, bold)
            x, width = body_x, x1 - body_x
            if not paras:
                sheet.top += lead
            else:
                top = sheet.top
                block(x, width, paras[0], first_top=top)
                paras = paras[1:]
        else:
            lines = _wrap(label, bold, size, x1 - x0)
            if runon and len(lines) == 1:
                _name_at_column(sheet, x0, body_x + rng.uniform(-1.5, 3.0), label, size, bold)
                sheet.top += lead
            else:
                for line in lines:
                    sheet.text(x0, sheet.top, _fi(line), size, bold)
                    sheet.top += lead
            x = body_x if under_indent is None else x0 + under_indent
            width = x1 - x
        for para in paras:
            sheet.top += para_gap
            block(x, width, para)
        sheet.top += field_gap
    sheet.save()


def _name_at_column(sheet: _Sheet, x0: float, column: float, label: str, size: float, bold: str) -> None:
    """A field name on one line, the space before the word nearest `column` stretched (by at most 0.6 of the type
    size, a wide word space) or shrunk (to a third of the size) so that the word starts at `column`; a name whose
    words all fall further off is set plainly."""
    words = _fi(label).split()
    space = _width(" ", bold, size)
    starts = [x0]
    for word in words[:-1]:
        starts.append(starts[-1] + _width(word, bold, size) + space)
    k = min(range(len(words)), key=lambda i: abs(starts[i] - column) if i else float("inf"))
    shift = column - starts[k]
    if not k or not size / 3 - space <= shift <= 0.6 * size:
        k, shift = len(words), 0.0
    for i, word in enumerate(words):
        sheet.text(starts[i] + (shift if i >= k else 0.0), sheet.top, word, size, bold)


def _side_heads(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    sans = rng.choice((("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold")))
    font, bold = _font(sans[0], "Helvetica"), _font(sans[1], "Helvetica-Bold")
    size = rng.choice((9.5, 10.0, 10.5))
    small = size - rng.choice((0.5, 1.0, 1.0, 1.5))
    lead = size * rng.uniform(1.2, 1.35)
    margin = rng.choice((40.0, 48.0, 56.0))
    gutter = margin + rng.uniform(110.0, 160.0)
    answer_x = gutter + rng.uniform(8.0, 16.0)
    sheet = _Sheet(pdf, spec, rng, margin, font)
    sheet.minus = True
    sheet.spacing = rng.uniform(0.1, 0.5)
    x1 = PAGE_W - margin
    limit = PAGE_H - 64
    rule_h = rng.uniform(0.2, 0.6)
    rule_gap = rng.uniform(3.0, 7.0)
    for line in _wrap(normalise(spec.title), bold, size + 4, x1 - margin):
        sheet.text(margin, sheet.top, line, size + 4, bold, spacing=rng.uniform(1.0, 2.5))
        sheet.top += (size + 4) * 1.3
    sheet.top += size

    def rule() -> None:
        sheet.c.rect(margin, PAGE_H - sheet.top - rule_h, x1 - margin, rule_h, stroke=0, fill=1)

    for row in spec.rows:
        if row.style == MARKER:
            if sheet.top + lead > limit:
                sheet.new_page()
            sheet.text(answer_x, sheet.top, normalise(row.text), size, rng.choice((font, bold)))
            sheet.top += lead + rule_gap
            continue
        labels = _wrap(normalise(row.label), font, small, gutter - margin - 4)
        lines: list[str] = []
        for para in _paragraphs(row.text):
            if lines:
                lines.append("")
            if para.startswith("•"):
                para = rng.choice(("-", "\u2212")) + para[1:]
            lines.extend(_wrap(para, font, size, x1 - answer_x))
        if sheet.top + lead * max(len(labels), 1) > limit:
            sheet.new_page()
        start = sheet.top
        for k, line in enumerate(labels):
            top = start + k * lead + (size - small) * 0.78
            sheet.text(max(10.0, gutter - _width(sheet.shown(line), font, small, sheet.spacing)), top, line, small)
        y = start
        for line in lines:
            if y + lead > limit:
                sheet.top = y
                sheet.new_page()
                y = sheet.top
            if line:
                sheet.text(answer_x, y, line, size)
            y += lead if line else lead * 0.5
        sheet.top = max(y, start + lead * len(labels)) + rule_gap * 0.5
        rule()
        sheet.top += rule_gap
    sheet.save()


def _run_in(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    font = "Helvetica"
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    small = size - rng.choice((1.0, 1.5, 1.5, 2.0))
    lead = size * rng.uniform(1.2, 1.4)
    margin = rng.choice((50.0, 60.0, 70.0))
    sheet = _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    width = x1 - x0
    limit = PAGE_H - 64
    para_gap = size * rng.uniform(0.2, 0.6)
    field_gap = size * rng.uniform(0.5, 1.0)
    for line in _wrap(normalise(spec.title), "Helvetica-Bold", size + 4, width):
        sheet.text(x0, sheet.top, line, size + 4, "Helvetica-Bold")
        sheet.top += (size + 4) * 1.3
    sheet.top += size

    def line_break() -> None:
        sheet.top += lead
        if sheet.top + lead > limit:
            sheet.new_page()

    for row in spec.rows:
        if sheet.top + 2 * lead > limit:
            sheet.new_page()
        if row.style == MARKER:
            sheet.text(x0, sheet.top, normalise(row.text), size)
            line_break()
            sheet.top += field_gap
            continue
        label = normalise(row.label).rstrip(":").upper() + ":"
        label_lines = _wrap(label, font, small, width)
        for line in label_lines[:-1]:
            sheet.text(x0, sheet.top + (size - small) * 0.78, line, small)
            line_break()
        last = label_lines[-1]
        sheet.text(x0, sheet.top + (size - small) * 0.78, last, small)
        x = x0 + _width(last + " ", font, small)
        paras = _paragraphs(row.text)
        if paras and not paras[0].startswith("•"):
            words = paras.pop(0).split()
            while words:  # the first paragraph runs in after the label, then wraps at the margin
                line = words.pop(0)
                while words and _width(f"{line} {words[0]}", font, size) <= x1 - x:
                    line = f"{line} {words.pop(0)}"
                sheet.text(x, sheet.top, line, size)
                if words:
                    line_break()
                    x = x0
        for para in paras:
            line_break()
            sheet.top += para_gap
            for k, line in enumerate(_wrap(para, font, size, width)):
                if k:
                    line_break()
                sheet.text(x0, sheet.top, line, size)
        line_break()
        sheet.top += field_gap
    sheet.save()


_DRAW = {"rl_fieldlist": _field_list, "rl_sideheads": _side_heads, "rl_runin": _run_in}


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _DRAW[spec.variant](spec, pdf, rng)


def build_ctext2_32_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_32", "c32", "reportlab"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext2_32_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_ctext2_32_forms, 32, 9, "name the files that missed")
