"""Tuning set of issue #12's twenty-eighth round (h33/c-text): text-layer forms drawn with reportlab's canvas
(not Emacs, GLE, abcm2ps or LilyPond), each a class of construction seen on the page:

- `rl_asciitable`: a plain-text table typed in a monospaced face (Liberation Mono) and ruled with characters:
  "+----+----+" rules, "|" between and round the cells, the label cell left and the answer cell right, both
  wrapped inside their cells, a rule closing every section; every hyphen of the page (the rules' too) set as the
  minus sign U+2212; list items after "*"; a two-line header in a bold sans (DejaVu Sans Bold) ("Bilaga N" over the Dnr, "N/M" right),
  framed in one form of two; the title over the table or in its first row, the stage in a row, a cell or a line
  of its own;
- `rl_guided`: a label column and an answer column split by hairlines (Liberation Sans, Helvetica's metrics); under each bold label the form's
  own help text in small grey oblique, wrapped in the label column; the answer right of both;
- `rl_runin`: justified paragraphs in Times, each opening with its label as a bold run-in head ending in a colon,
  the answer going on after it on the same line; list items after "-" on lines of their own; a running header
  (left, the Dnr right) and a footer "Sida N";
- `rl_smallcaps`: each label in bold small capitals (its capitals at full size, its other letters as smaller
  capitals, drawn piece by piece) above its answer, a hairline under each answer; the short fields two columns a
  row; a follow-up's stage as two tick boxes, "☒" before the stage and "☐" before the other (DejaVu).

The bases are the boxes' set's; content and truth are fixturegen's. Seeds 28 and 29 are the tuning part; seed
2801 is kept aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.charrules [--seed 28] [--count 24] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

from .boxforms import PAGE_H, PAGE_W, _Pager, _short, _wrap
from .fonts import family
from .html import _as_bullets
from .spec import MARKER, ReportSpec, Row, normalise
from .textclasses import _build, _minus
from .undercaps import _dnr, _head

MONO_DIR = "/usr/share/fonts/truetype/liberation2"
SHAPES = ("rl_asciitable", "rl_guided", "rl_runin", "rl_smallcaps")
STAGES = ("Slutredovisning", "Delredovisning")
# Help texts of my own wording, by the start of a section's key; a generic one for the rest.
HELP = {
    "projektnamn": "Skriv projektets namn så som det stod i ansökan",
    "plats": "Ange gata, park eller stadsdel",
    "insats": "Ange platsen och vilken insats som gjordes",
    "kontakt": "Namn, telefon och e-post till den som svarar på frågor",
    "mal": "Beskriv kort vad projektet ville uppnå och varför",
    "syfte": "Beskriv kort vad projektet ville uppnå och varför",
    "resultat": "Berätta vad som blev gjort och hur det gick",
    "avvikelse": "Om något inte blev som planerat, förklara vad och varför",
    "kostnad": "Ange beloppet i kronor inklusive moms",
    "budget": "Ange beloppet i kronor inklusive moms",
    "belopp": "Ange summan i kronor",
    "tidplan": "Skriv när arbetet börjar och när det ska vara klart",
}
GENERIC_HELP = (
    "Fyll i uppgiften så utförligt som behövs",
    "Beskriv kortfattat med egna ord",
    "Svara med några meningar, gärna med exempel",
)


def _help_text(row: Row, rng: random.Random) -> str:
    key = (row.key or "").lower()
    for start, text in HELP.items():
        if start in key:
            return text
    return rng.choice(GENERIC_HELP)


def _paragraph_lines(text: str, width: int, list_mark: str) -> list[str]:
    """`text` wrapped to `width` characters; a list item's lines after `list_mark`, a blank line between paragraphs."""
    out: list[str] = []
    for raw in text.replace("\u00a0", " ").split("\n"):
        raw = " ".join(raw.split())
        if not raw:
            if out and out[-1]:
                out.append("")
            continue
        if raw.startswith(("• ", "- ", "* ")):
            out += textwrap.wrap(raw[2:], width - 2, initial_indent=f"{list_mark} ", subsequent_indent="  ") or [""]
            continue
        out += textwrap.wrap(raw, width, break_long_words=True) or [""]
    while out and not out[-1]:
        out.pop()
    return out


def _mono_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (("LiberationMono", "Regular"), ("LiberationMono-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, f"{MONO_DIR}/LiberationMono-{file}.ttf"))


def _draw_asciitable(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """A character-ruled table of label and answer cells, both wrapped inside their cells; minus-sign hyphens."""
    _mono_fonts()
    c = pager.c
    size = float(rng.choice((8, 8.5, 9)))
    lead = size * rng.choice((1.15, 1.25))
    x0, top, foot = 50.0, PAGE_H - 48.0, 48.0
    cols = int((PAGE_W - 2 * x0) // (size * 0.6))
    left_w = rng.choice((22, 26, 30))
    right_w = cols - left_w - 7
    rule = "+" + "-" * (left_w + 2) + "+" + "-" * (right_w + 2) + "+"
    wide = "+" + "-" * (left_w + right_w + 5) + "+"
    # The title over the table, or in a full-width first row of it; the stage in a full-width row, in the label
    # cell beside an empty answer cell, or on a line of its own between two parts of the table.
    title_in_table = rng.random() < 0.3
    marker_as = rng.choice(("row", "cell", "line"))
    text: list[str] = []
    if title_in_table:
        text.append(wide)
        for line in textwrap.wrap(normalise(spec.title), left_w + right_w + 3):
            text.append("| " + line.ljust(left_w + right_w + 3) + " |")
    else:
        text += textwrap.wrap(normalise(spec.title), cols) + [""]
    text.append(rule)
    for row in spec.rows:
        if row.style == MARKER:
            stage = normalise(row.text)
            if marker_as == "row":
                text += ["| " + stage.ljust(left_w + right_w + 3) + " |", rule]
            elif marker_as == "cell":
                text += [f"| {stage.ljust(left_w)} | {''.ljust(right_w)} |", rule]
            else:
                text += ["", stage, "", rule]
            continue
        label = textwrap.wrap(normalise(row.label), left_w) or [""]
        answer = _paragraph_lines(row.text, right_w, "*") or [""]
        for k in range(max(len(label), len(answer))):
            lc = label[k] if k < len(label) else ""
            ac = answer[k] if k < len(answer) else ""
            text.append(f"| {lc.ljust(left_w)} | {ac.ljust(right_w)} |")
        text.append(rule)
    per_page = int((top - 2.6 * 12 - foot) // lead)
    pages = [text[k : k + per_page] for k in range(0, len(text), per_page)]
    head_left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _minus(_dnr(spec, rng))
    framed = rng.random() < 0.5
    sans = family("dejavu-sans").bold  # a bold sans that has the minus sign
    for number, lines in enumerate(pages, 1):
        c.setFont(sans, 10)
        c.drawString(x0 + 4, top, head_left)
        c.drawRightString(PAGE_W - x0 - 4, top, f"{number}/{len(pages)}")
        c.setFont(sans, 9)
        c.drawString(x0 + 4, top - 12, dnr)
        if framed:
            c.setLineWidth(0.5)
            c.rect(x0, top - 17, PAGE_W - 2 * x0, 30)
        y = top - 2.6 * 12
        c.setFont("LiberationMono", size)
        for line in lines:
            y -= lead
            if line.strip():
                c.drawString(x0, y, _minus(line))
        c.showPage()
    c.save()
    pager.save = lambda: None  # type: ignore[method-assign]


def _header_and_title(pager: _Pager, spec: ReportSpec) -> None:
    """Every page's header ("Bilaga N" left, the Dnr right, small) and the title under the first."""
    s = pager.style

    def header(p: _Pager) -> None:
        y = PAGE_H - s.margin + 16
        p.text(s.margin, y, f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret", s.font, 8)
        p.c.setFont(s.font, 8)
        p.c.drawRightString(PAGE_W - s.margin, y, _dnr(spec, random.Random(spec.name)))

    pager.on_new_page = header
    header(pager)
    pager.title(spec)


def _draw_guided(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Label and answer columns split by hairlines; a small grey oblique help text under each bold label."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Helvetica's metrics with a bullet glyph (reportlab's base-14 Helvetica prints "•" as an unmapped code).
    for name, file in (
        ("LiberationSans", "Regular"),
        ("LiberationSans-Bold", "Bold"),
        ("LiberationSans-Italic", "Italic"),
    ):
        pdfmetrics.registerFont(TTFont(name, f"{MONO_DIR}/LiberationSans-{file}.ttf"))
    s = pager.style
    s.font, s.bold = "LiberationSans", "LiberationSans-Bold"
    s.size = float(rng.choice((9.5, 10, 10.5)))
    help_font, help_size = "LiberationSans-Italic", s.size - rng.choice((2.0, 2.5, 3.0))
    lead = s.size * 1.25
    label_w = float(rng.choice((150, 170, 190)))
    width = PAGE_W - 2 * s.margin
    ans_x = s.margin + label_w + 8
    ans_w = width - label_w - 12
    pad = 4.0
    _header_and_title(pager, spec)
    pager.c.setLineWidth(0.3)
    pager.c.line(s.margin, pager.y, s.margin + width, pager.y)
    for row in spec.rows:
        if row.style == MARKER:
            pager.y -= lead
            pager.text(s.margin, pager.y, normalise(row.text), s.bold, s.size)
            pager.y -= pad + 2
            pager.c.line(s.margin, pager.y, s.margin + width, pager.y)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_w - 4) or [""]
        helps = _wrap(_help_text(row, rng), help_font, help_size, label_w - 4)
        answer = _wrap(row.text, s.font, s.size, ans_w) or [""]
        while answer:
            left_h = len(label) * lead + len(helps) * help_size * 1.25 + 2
            room = int((pager.y - pager.bottom - 2 * pad) // lead)
            if room < 2 or (label and left_h > room * lead):
                pager.new_page()
                pager.c.setLineWidth(0.3)
                pager.c.line(s.margin, pager.y, s.margin + width, pager.y)
                continue
            take, answer = answer[:room], answer[room:]
            top = pager.y
            y = top - pad
            for line in label:
                y -= lead
                pager.text(s.margin, y + 2, line, s.bold, s.size)
            y -= 1
            for line in helps:
                y -= help_size * 1.25
                pager.text(s.margin, y + 1, line, help_font, help_size, grey=0.45)
            left_bottom = y
            y = top - pad
            for line in take:
                y -= lead
                if line:
                    pager.text(ans_x, y + 2, line, s.font, s.size)
            bottom = min(left_bottom, y) - pad
            pager.c.line(s.margin + label_w, top, s.margin + label_w, bottom)
            pager.c.line(s.margin, bottom, s.margin + width, bottom)
            pager.y = bottom
            label, helps = [], []
            if answer:
                pager.new_page()
                pager.c.line(s.margin, pager.y, s.margin + width, pager.y)


def _justified(pager: _Pager, x: float, y: float, width: float, pieces: list[tuple[str, str]], size: float, last: bool):
    """One line of (text, font) words, spread to `width` unless it is a paragraph's last line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    used = sum(stringWidth(t, f, size) for t, f in pieces)
    space = stringWidth(" ", "Times-Roman", size)
    gap = space if last or len(pieces) < 2 else (width - used) / (len(pieces) - 1)
    for text, font in pieces:
        pager.text(x, y, text, font, size)
        x += stringWidth(text, font, size) + gap


def _draw_runin(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Justified paragraphs, each label a bold run-in head with a colon before its answer; "-" list items."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = pager.style
    s.font, s.bold = "Times-Roman", "Times-Bold"
    s.size = float(rng.choice((10, 10.5, 11)))
    lead = s.size * 1.2
    width = PAGE_W - 2 * s.margin
    marker_font = rng.choice((s.font, s.bold))
    para_gap = rng.choice((0.0, s.size * 0.5))
    left = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, rng)

    def header(p: _Pager) -> None:
        y = PAGE_H - s.margin + 16
        p.text(s.margin, y, left, "Times-Italic", 9)
        p.c.setFont("Times-Roman", 9)
        p.c.drawRightString(PAGE_W - s.margin, y, dnr)

    def footer_page() -> None:
        pager.c.setFont("Times-Roman", 9)
        pager.c.drawCentredString(PAGE_W / 2, s.margin - 14, f"Sida {pager.page}")
        pager.c.showPage()
        pager.page += 1
        pager.y = PAGE_H - s.margin
        header(pager)

    pager.new_page = footer_page  # type: ignore[method-assign]
    header(pager)
    for line in _wrap(normalise(spec.title), s.bold, s.size + 3, width):
        pager.y -= (s.size + 3) * 1.3
        pager.c.setFont(s.bold, s.size + 3)
        pager.c.drawCentredString(PAGE_W / 2, pager.y, line)
    pager.y -= s.size * 0.6

    def emit(pieces: list[tuple[str, str]], last: bool, indent: float = 0.0) -> None:
        pager.y -= lead
        if pager.y < pager.bottom:
            pager.new_page()
            pager.y -= lead
        _justified(pager, s.margin + indent, pager.y, width - indent, pieces, s.size, last)

    def paragraph(pieces: list[tuple[str, str]], indent: float = 0.0) -> None:
        line: list[tuple[str, str]] = []
        used = 0.0
        space = stringWidth(" ", s.font, s.size)
        for text, font in pieces:
            w = stringWidth(text, font, s.size)
            if line and used + space + w > width - indent:
                emit(line, False, indent)
                line, used = [], 0.0
            used += (space if line else 0.0) + w
            line.append((text, font))
        if line:
            emit(line, True, indent)

    for row in spec.rows:
        pager.y -= s.size * 0.5
        if row.style == MARKER:
            emit([(w, marker_font) for w in normalise(row.text).split()], True)
            continue
        head = [(w, s.bold) for w in (normalise(row.label).rstrip(":") + ":").split()]
        paras = [" ".join(p.split()) for p in row.text.replace("\u00a0", " ").split("\n")]
        first = True
        for para in paras:
            if not para:
                continue
            if para.startswith(("• ", "- ")):
                if first:
                    paragraph(head)
                    first = False
                paragraph([("-", s.font)] + [(w, s.font) for w in para[2:].split()], indent=12.0)
                continue
            words = [(w, s.font) for w in para.split()]
            if not first:
                pager.y -= para_gap
            paragraph((head if first else []) + words)
            first = False
        if first:
            paragraph(head)
    pager.save = lambda: (  # type: ignore[method-assign]
        pager.c.setFont("Times-Roman", 9),
        pager.c.drawCentredString(PAGE_W / 2, s.margin - 14, f"Sida {pager.page}"),
        pager.c.save(),
    )


def _smallcaps(pager: _Pager, x: float, y: float, text: str, font: str, size: float) -> None:
    """`text` in small capitals: its capitals at `size`, its other letters upper case at 0.78 of it, piece by piece."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    small = round(size * 0.78, 2)
    k = 0
    while k < len(text):
        big = text[k].isupper() or not text[k].isalpha()
        j = k
        while j < len(text) and (text[j].isupper() or not text[j].isalpha()) == big:
            j += 1
        piece = text[k:j] if big else text[k:j].upper()
        at = size if big else small
        pager.text(x, y, piece, font, at)
        x += stringWidth(piece, font, at)
        k = j


def _draw_smallcaps(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Bold small-capital labels above their answers, a hairline under each; two short fields a row; tick boxes."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    serif, sans = family("dejavu-serif"), family("dejavu-sans")
    s = pager.style
    s.font, s.bold = serif.regular, serif.bold
    s.size = float(rng.choice((9.5, 10, 10.5)))
    lead = s.size * 1.3
    width = PAGE_W - 2 * s.margin
    gap = 20.0
    _header_and_title(pager, spec)
    rows, head = _head(spec, 6)
    pager.c.setLineWidth(0.3)

    def label_lines(text: str, w: float) -> list[str]:
        return _wrap(text, s.bold, s.size * 1.05, w) or [""]

    while head:
        group, head = head[:2], head[2:]
        cell = (width - gap * (len(group) - 1)) / len(group)
        tallest = max(len(label_lines(normalise(r.label), cell)) for r in group)
        if pager.y - (tallest + 2) * lead < pager.bottom:
            pager.new_page()
        top = pager.y
        for k, row in enumerate(group):
            x = s.margin + k * (cell + gap)
            y = top
            for line in label_lines(normalise(row.label), cell):
                y -= lead
                _smallcaps(pager, x, y, line, s.bold, s.size)
            y -= lead
            if row.text:
                pager.text(x, y, normalise(row.text), s.font, s.size)
            pager.c.line(x, y - 4, x + cell, y - 4)
        pager.y = top - (tallest + 1) * lead - 10
    for row in rows:
        if row.style == MARKER:
            stage = normalise(row.text)
            other = next((w for w in STAGES if w != stage), STAGES[1])
            order = [(stage, "☒"), (other, "☐")]
            if rng.random() < 0.5:
                order.reverse()
            pager.y -= lead
            x = s.margin
            apart = rng.choice((None, 150.0))
            for word, box in order:
                pager.text(x, pager.y, box, sans.regular, s.size + 1)
                pager.text(x + s.size * 1.4, pager.y, word, s.font, s.size)
                x += apart or s.size * 1.4 + stringWidth(word, s.font, s.size) + s.size * 1.5
            pager.y -= 8
            continue
        answer = _wrap(row.text, s.font, s.size, width) or [""]
        label = label_lines(normalise(row.label), width)
        while answer:
            room = int((pager.y - pager.bottom) // lead) - len(label) - 1
            if room < min(2, len(answer)):
                pager.new_page()
                continue
            take, answer = answer[:room], answer[room:]
            pager.y -= 4
            for line in label:
                pager.y -= lead
                _smallcaps(pager, s.margin, pager.y, line, s.bold, s.size)
            label = []
            for line in take:
                pager.y -= lead
                if line:
                    pager.text(s.margin, pager.y, line, s.font, s.size)
            if not answer:
                pager.c.line(s.margin, pager.y - 4, s.margin + width, pager.y - 4)
                pager.y -= 10
            else:
                pager.new_page()


def _listed(draw, mark: str = "•"):
    """`draw` on a form whose answers of several sentences are bullet lists in one form of two, each item after
    `mark` (the truth holds the mark the page prints)."""

    def drawn(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        if rng.random() < 0.5:
            _as_bullets(spec, rng)
            for row in spec.rows:
                row.text = "\n".join(f"{mark} {x[2:]}" if x.startswith("• ") else x for x in row.text.split("\n"))
        draw(pager, spec, rng)

    return drawn


def build_char_rule_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_asciitable": _listed(_draw_asciitable, "*"),
        "rl_guided": _listed(_draw_guided),
        "rl_runin": _listed(_draw_runin, "-"),
        "rl_smallcaps": _listed(_draw_smallcaps),
    }
    return _build(out_dir, count, seed, shapes)


__all__ = ["SHAPES", "build_char_rule_forms", "_short"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_char_rule_forms, 28, 24, "name the files that missed")
