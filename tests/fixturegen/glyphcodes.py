"""Tuning set of issue #12's twenty-ninth round (h34/f-textforms): text-layer forms drawn with reportlab's canvas
in which a character is printed by another glyph than its own, two classes of construction seen on the page:

- a **missing glyph printed as its code**: a producer whose font lacks a character (the no-break space between an
  amount's thousands, an en dash in a range, a typographic apostrophe) prints the character's code point instead,
  its hex digits in a tiny monospaced face stacked in two rows ("00" over "A0") where the glyph would stand; the
  truth holds the character (a no-break space as a space). Shapes `rl_hexguided` (label and answer columns split by
  hairlines, help text under the labels: the twenty-eighth tuning set's guided drawing) and `rl_hexrunin`
  (justified run-in paragraphs), the digits 0.36 to 0.45 of the body size, in one form of two inside a hairline box;
- **small capitals with full-size marks**: a label set in small capitals whose punctuation and figures stay at the
  capitals' full size ("E" + "V" + "." in "EV. MEDSÖKANDE NÄMND", "S" + "/P" in "BEHOVSANALYS/PROBLEMBESKRIVNING",
  ")" after "(KR"): label wordings of my own with a full stop, a slash, brackets, a comma or a hyphen inside. Shapes
  `rl_capspunct` (labels above their answers, the short fields two a row: the twenty-eighth tuning set's drawing
  with these wordings) and `rl_capscolumn` (labels in a left column beside their answers, Times, no rules).

The bases are the boxes' set's; content and truth are fixturegen's. Seed 34 is the tuning part; seed 3401 is kept
aside and scored in aggregate only:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.glyphcodes [--seed 34] [--count 16] [--misses] [--keep DIR]
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from .boxforms import PAGE_W, _Pager, _wrap
from .charrules import _draw_guided, _draw_runin, _draw_smallcaps, _header_and_title, _smallcaps
from .spec import MARKER, ReportSpec, normalise
from .textclasses import _build

SHAPES = ("rl_hexguided", "rl_capspunct", "rl_hexrunin", "rl_capscolumn")
HEX_FONT = "Courier"
# A no-break space the drawing keeps inside its word (the wrappers treat U+00A0 as a space): printed as "00A0".
KEPT_NBSP = "\ue000"

# Label wordings with marks inside, by key (each read as its key by the extractor's vocabulary).
PUNCTUATED = {
    "medsokande_namnd": ("Ev. medsökande nämnd", "Ev. medsökande nämnd (namn)"),
    "samverkan": ("Ev. samverkan", "Ev. samverkan, t.ex. polisen"),
    "telefon": ("Telefon (dagtid)", "Telefon/mobil"),
    "epost": ("E-post", "E-postadress"),
    "sokt_belopp": ("Sökt belopp (kr)", "Sökt belopp, kronor"),
    "kontaktperson": ("Kontaktperson, namn", "Kontaktperson/projektledare"),
    "plats": ("Plats/adress", "Geografisk plats (adress)"),
    "behovsanalys": ("1.1 Behovsanalys/problembeskrivning",),
    "ekonomiskt_utfall": ("Ekonomiskt utfall (kr)", "Ekonomiskt utfall/avvikelse"),
}

# Sentences of my own with characters such a font lacks (an en dash, a typographic apostrophe).
CODED_SENTENCES = (
    "Arbetet pågick under veckorna 14–16.",
    "Platsen är mest utsatt kvällstid, klockan 18–23.",
    "Insatsen genomfördes i två etapper 2021–2022.",
    "Boendes ’trygghetsråd’ har följt arbetet.",
    "Ungdomarna kallar platsen ’baksidan’.",
)


def _is_coded(ch: str) -> bool:
    return ch == KEPT_NBSP or (ord(ch) > 0xFF and ch != "•")


def _hex_text(pager: _Pager, rng: random.Random, share: float, width_of):
    """`pager.text` printing each character outside Latin-1 (and a kept no-break space) as its code in hex,
    `share` of the line's size, stacked in two rows; `width_of` measures text as a font without those glyphs
    would (the code's box for each)."""
    framed = rng.random() < 0.5
    plain = pager.text

    def text(x: float, y: float, line: str, font: str, size: float, grey: float = 0.0) -> None:
        run = ""
        for ch in line + "\n":
            coded = ch != "\n" and _is_coded(ch)
            if not coded and ch != "\n":
                run += ch
                continue
            if run:
                plain(x, y, run, font, size, grey)
                x += width_of(run, font, size)
                run = ""
            if ch == "\n":
                break
            code = f"{0xA0 if ch == KEPT_NBSP else ord(ch):04X}"
            small = round(size * share, 2)
            width = width_of(ch, font, size)
            plain(x, y + small * 0.95, code[:2], HEX_FONT, small, grey)
            plain(x, y, code[2:], HEX_FONT, small, grey)
            if framed:
                pager.c.setLineWidth(0.2)
                pager.c.rect(x - 0.3, y - small * 0.25, width + 0.6, small * 2.2, stroke=1, fill=0)
            x += width

    return text


def _coded(draw):
    """`draw` with the hex codes: amounts' thousands kept apart by no-break spaces, a sentence with an en dash
    or an apostrophe added to some long answers; the spec's texts are put back (the truth reads them) after.
    While it draws, reportlab's measure counts each coded character as its box (two monospaced digits), so the
    drawings' wrapping and justifying place the text after a box as such a producer does."""
    from reportlab.pdfbase import pdfmetrics

    def drawn(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        for row in spec.rows:
            if row.style != MARKER and len(row.text) > 80 and rng.random() < 0.5:
                row.text = f"{row.text} {rng.choice(CODED_SENTENCES)}"
        kept = [row.text for row in spec.rows]
        for row in spec.rows:
            row.text = re.sub(r"(\d)[ \u00a0](?=\d{3}\b)", rf"\1{KEPT_NBSP}", row.text)
        share = rng.choice((0.36, 0.4, 0.45))
        measure = pdfmetrics.stringWidth

        def width_of(text: str, font: str, size: float, *args, **kwargs) -> float:
            coded = sum(1 for ch in text if _is_coded(ch))
            rest = "".join(ch for ch in text if not _is_coded(ch))
            return measure(rest, font, size, *args, **kwargs) + coded * 2 * 0.6 * size * share

        pager.text = _hex_text(pager, rng, share, width_of)  # type: ignore[method-assign]
        pdfmetrics.stringWidth = width_of
        try:
            draw(pager, spec, rng)
        finally:
            pdfmetrics.stringWidth = measure
        for row, text in zip(spec.rows, kept):
            row.text = text

    return drawn


def _punctuated(draw):
    """`draw` with the labels that have a wording with marks inside printed in one (see PUNCTUATED)."""

    def drawn(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
        for row in spec.rows:
            if row.key in PUNCTUATED and rng.random() < 0.8:
                row.label = rng.choice(PUNCTUATED[row.key])
        draw(pager, spec, rng)

    return drawn


def _draw_capscolumn(pager: _Pager, spec: ReportSpec, rng: random.Random) -> None:
    """Bold small-capital labels in a left column (Times), each answer beside its label, no rules."""
    s = pager.style
    s.font, s.bold = "Times-Roman", "Times-Bold"
    s.size = float(rng.choice((10, 10.5, 11)))
    lead = s.size * 1.25
    label_w = float(rng.choice((140, 160, 180)))
    ans_x = s.margin + label_w + 10
    ans_w = PAGE_W - s.margin - ans_x
    _header_and_title(pager, spec)
    for row in spec.rows:
        if row.style == MARKER:
            pager.y -= lead * 1.5
            pager.text(ans_x, pager.y, normalise(row.text), s.bold, s.size)
            continue
        label = _wrap(normalise(row.label), s.bold, s.size, label_w - 6) or [""]
        answer = _wrap(row.text, s.font, s.size, ans_w) or [""]
        pager.y -= lead * 0.6
        if pager.y - max(len(label), min(len(answer), 3)) * lead < pager.bottom:
            pager.new_page()
        top = pager.y
        y = top
        for line in label:
            y -= lead
            _smallcaps(pager, s.margin, y, line, s.bold, s.size)
        label_bottom = y
        y = pager.lines_down(ans_x, top, answer, s.font, s.size, lead)
        pager.y = min(y, label_bottom) if pager.y == top else y


def build_glyph_code_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` reportlab PDFs (with .truth.json) into out_dir, the shapes in turn."""
    shapes = {
        "rl_hexguided": _coded(_draw_guided),
        "rl_capspunct": _punctuated(_draw_smallcaps),
        "rl_hexrunin": _coded(_draw_runin),
        "rl_capscolumn": _punctuated(_draw_capscolumn),
    }
    return _build(out_dir, count, seed, shapes, ("glyphcodeforms", "gc", "reportlab-canvas"))


__all__ = ["SHAPES", "build_glyph_code_forms"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_glyph_code_forms, 34, 16, "name the files that missed")
