"""Page geometry of the twentieth generator's hand-placed producers (PoDoFo, iText, pdf-lib) and of its scans.

A form becomes pages of placed text, rules and boxes (the eighteenth generator's page model, h23_layout: `Page`,
`Text`, `Box`, `Flow`, y down from the top), laid out here in three layouts of real forms none of the earlier
generators drew this way: `office_signature` (an application form as a municipality prints it for signing: a framed
box "Fylls i av förvaltningen" with empty rules for the date of arrival, the registration number and the officer at
the first page's top right, the title beside it, every label left in a column divided from its answer by one
vertical rule, and at the form's end a signature block of empty rules with captions, "Ort och datum",
"Underskrift", "Namnförtydligande"); `help_bar` (a template whose every label is followed by its guidance in small
grey italics, "Beskriv ...", visible on the page, the answer under it indented behind a grey bar down its left
side); `legend_boxes` (a printed web form: every answer framed, its label sitting on the frame's top edge as a
legend, the rule broken behind it, an application's short fields two such frames a row). The guidance and the
office's and signature block's captions are furniture: no answer's text (`FURNITURE_LINES`).
A further text layout, `plain_lines`, is monospaced lines of characters for the printers (cups-filters' texttopdf
and the dot-matrix scan): `[n] Label` on a line of its own with the answer indented under it, an application's
short fields "Label: value" pairs two a line.
"""

from __future__ import annotations

import random
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

for number in (15, 16, 23):  # the text measure and line breaker, the eighteenth generator's page model
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))
from h16_layout import text_width, wrap  # noqa: E402
from h23_layout import A4, MARGIN, Box, Flow, Page, Text, _stage, paragraphs  # noqa: E402
from h25_content import Form, Section  # noqa: E402

__all__ = ["HELP", "LAYOUTS", "FURNITURE_LINES", "Page", "layout", "ops", "plain_lines", "plain_pages"]

LAYOUTS = ("office_signature", "help_bar", "legend_boxes")
RIGHT = A4[0] - MARGIN
WIDTH = RIGHT - MARGIN


@dataclass
class Help(Text):
    """Guidance under a label: small grey italics."""


HELP = {
    "projektnamn": "Ange det namn projektet har i beslutet.",
    "plats": "Ange gata, park eller torg och stadsdel.",
    "mal_och_syfte": "Beskriv kort vad insatsen skulle åstadkomma.",
    "slutresultat": "Beskriv vad som blev gjort och hur det påverkat platsen.",
    "avvikelser": "Beskriv ändringar i tid, innehåll eller omfattning.",
    "ekonomiskt_utfall": "Redovisa budget, utfall och skillnaden mellan dem.",
    "bilder_fore": "Hänvisa till bilder tagna innan arbetet startade.",
    "bilder_efter": "Hänvisa till bilder tagna efter avslutat arbete.",
    "insats": "Ge insatsen ett kort och beskrivande namn.",
    "sokt_belopp": "Ange beloppet i kronor exklusive moms.",
    "sokande_namnd": "Den nämnd som ansvarar för genomförandet.",
    "medsokande_namnd": "Fylls bara i om fler nämnder söker gemensamt.",
    "kontaktperson": "Namn och befattning.",
    "telefon": "Direktnummer eller mobilnummer.",
    "epost": "Funktionsbrevlåda eller personlig adress.",
    "samverkan": "Nämn andra aktörer som deltar.",
    "beskrivning": "Beskriv insatsens mål och syfte.",
    "behovsanalys": "Beskriv problemet och vilka underlag som visar behovet.",
    "bakgrund": "Varför behövdes åtgärden?",
    "genomforande": "Beskriv hur och när arbetet utfördes.",
}
OFFICE = ("Fylls i av förvaltningen", "Ankomstdatum", "Diarienummer", "Handläggare")
SIGNATURE = ("Ort och datum", "Underskrift", "Namnförtydligande")
FURNITURE_LINES = (*OFFICE, *SIGNATURE, *HELP.values())  # on the page, in no answer


def _lines(section: Section, size: float, width: float) -> list[str]:
    return [line for para in paragraphs(section, size, width) for line in para]


def _title(flow: Flow, width: float) -> None:
    size = flow.size + 3.5
    for line in wrap(flow.form.title, size, width, bold=True):
        flow.y += size * 1.3
        flow.text(MARGIN, line, True, size)
    flow.y += flow.leading * 1.3


def _office_box(flow: Flow) -> float:
    """The office's box at the first page's top right; the width left for the title beside it."""
    w, small = 150.0, 7.0
    x0, top = RIGHT - w, flow.y + 4
    y = top + small * 1.6
    flow.page.texts.append(Text(x0 + 5, y, OFFICE[0], small, True))
    for caption in OFFICE[1:]:
        y += 20
        flow.page.boxes.append(Box(x0 + 5, y - 8, RIGHT - 5, y - 8))
        flow.page.texts.append(Text(x0 + 5, y, caption, small - 1, False, 0.4))
    flow.page.boxes.append(Box(x0, top, RIGHT, y + 6))
    return WIDTH - w - 16


def _office_signature(flow: Flow, rng: random.Random) -> None:
    label_w = rng.uniform(125, 160)
    pad = 5.0
    rule_x = MARGIN + label_w
    start = flow.y
    _title(flow, _office_box(flow))
    flow.y = max(flow.y, start + 92)
    flow.page.boxes.append(Box(MARGIN, flow.y, RIGHT, flow.y))
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, label_w - 2 * pad, bold=True)
        lines = _lines(section, flow.size, RIGHT - rule_x - 2 * pad)
        flow.room(flow.leading * min(3, max(len(labels), len(lines), 1)) + 2 * pad)
        top, page = flow.y, flow.page
        for j, label in enumerate(labels):
            page.texts.append(Text(MARGIN, top + pad + (j + 1) * flow.leading, label, flow.size, True))
        flow.y += pad
        segment = top
        for line in lines:
            if not flow.fits(flow.leading + pad):
                flow.page.boxes.append(Box(rule_x, segment, rule_x, flow.y + pad, stroke=True))
                flow.new_page()
                segment = flow.y
            flow.y += flow.leading
            flow.text(rule_x + pad, line)
        if flow.page is page:
            flow.y = max(flow.y, top + pad + len(labels) * flow.leading)
        flow.y += pad + 4
        flow.page.boxes.append(Box(rule_x, segment, rule_x + 0.01, flow.y))  # the divider, a thin box
        if section.key == flow.form.stage_after:
            _stage(flow, rule_x + pad)
    flow.room(70)
    flow.y += 34
    cell = (WIDTH - 2 * 14) / 3
    for k, caption in enumerate(SIGNATURE):
        x = MARGIN + k * (cell + 14)
        flow.page.boxes.append(Box(x, flow.y, x + cell, flow.y))
        flow.page.texts.append(Text(x, flow.y + 9, caption, 7.0, False, 0.4))
    flow.y += 14


def _help_bar(flow: Flow, rng: random.Random) -> None:
    indent = rng.uniform(14, 24)
    small = flow.size - 2
    _title(flow, WIDTH)
    for section in flow.form.sections:
        labels = wrap(section.label, flow.size, WIDTH, bold=True)
        helps = wrap(HELP.get(section.key, "Beskriv kortfattat."), small, WIDTH)
        flow.room(flow.leading * (len(labels) + 2) + small * 1.3 * len(helps))
        for line in labels:
            flow.y += flow.leading
            flow.text(MARGIN, line, True)
        for line in helps:
            flow.y += small * 1.3
            flow.page.texts.append(Help(MARGIN, flow.y, line, small, False, 0.45))
        flow.y += 3
        segment, page = flow.y, flow.page
        for line in _lines(section, flow.size, WIDTH - indent) or [""]:
            if not flow.fits(flow.leading):
                page.boxes.append(Box(MARGIN + 2, segment, MARGIN + 5, flow.y + 3, fill=0.7, stroke=False))
                flow.new_page()
                segment, page = flow.y, flow.page
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + indent, line)
        page.boxes.append(Box(MARGIN + 2, segment, MARGIN + 5, flow.y + 3, fill=0.7, stroke=False))
        flow.y += flow.leading
        if section.key == flow.form.stage_after:
            _stage(flow, MARGIN + indent)


def _legend(page: Page, x: float, top: float, label: str, size: float) -> None:
    """The label on the frame's top edge, the rule broken behind it (a white box under the words)."""
    w = text_width(label, size, True)
    page.boxes.append(Box(x + 8, top - size * 0.6, x + 14 + w, top + size * 0.6, fill=1.0, stroke=False))
    page.texts.append(Text(x + 11, top + size * 0.35, label, size, True))


def _legend_boxes(flow: Flow, rng: random.Random) -> None:
    pad, small = 7.0, flow.size - 1
    gap = 12.0
    _title(flow, WIDTH)
    grid = flow.form.header
    half = (WIDTH - gap) / 2
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        width = half if len(row) == 2 else WIDTH
        cells = [_lines(s, flow.size, width - 2 * pad) or [""] for s in row]
        labels = [s.label if text_width(s.label, small, True) < width - 30 else s.label[:40] for s in row]
        height = max(map(len, cells)) * flow.leading + 2 * pad
        flow.room(height + small + gap)
        flow.y += small
        top = flow.y
        for k, (lines, label) in enumerate(zip(cells, labels)):
            x = MARGIN + k * (half + gap)
            flow.page.boxes.append(Box(x, top, x + width, top + height))
            for j, line in enumerate(lines):
                flow.page.texts.append(Text(x + pad, top + pad + (j + 1) * flow.leading - 2, line, flow.size))
            _legend(flow.page, x, top, label, small)
        flow.y = top + height + gap * 0.6
    for section in flow.form.sections:
        if section in grid:
            continue
        lines = _lines(section, flow.size, WIDTH - 2 * pad) or [""]
        labels = wrap(section.label, small, WIDTH - 40, bold=True)
        flow.room(small * len(labels) + flow.leading * min(3, len(lines)) + 2 * pad + gap)
        for extra in labels[:-1]:  # a long label's first lines stand over the frame
            flow.y += small * 1.2
            flow.text(MARGIN + 11, extra, True, small)
        flow.y += small
        top, page = flow.y, flow.page
        _legend(page, MARGIN, top, labels[-1], small)
        flow.y += pad
        for line in lines:
            if not flow.fits(flow.leading + pad):
                page.boxes.insert(0, Box(MARGIN, top, RIGHT, flow.y + pad))
                flow.new_page()
                top, page = flow.y, flow.page
                flow.y += pad
            flow.y += flow.leading
            if line:
                flow.text(MARGIN + pad, line)
        flow.y += pad
        page.boxes.insert(0, Box(MARGIN, top, RIGHT, flow.y))
        flow.y += gap * 0.6
        if section.key == flow.form.stage_after and flow.form.stage_marker:
            flow.room(flow.leading * 2)
            flow.y += flow.leading
            flow.text(MARGIN + pad, flow.form.stage_marker, True)
            flow.y += gap * 0.6


def layout(form: Form, rng: random.Random, name: str) -> list[Page]:
    """The pages of `form` in layout `name` (one of LAYOUTS)."""
    size = rng.choice((9.5, 10.0, 10.5))
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})", "{n}/{total}"))
    flow = Flow(form, size, size * rng.uniform(1.28, 1.4), footer)
    {"office_signature": _office_signature, "help_bar": _help_bar, "legend_boxes": _legend_boxes}[name](flow, rng)
    flow.furniture()
    return flow.pages


def ops(pages: list[Page]) -> str:
    """The pages as lines of tab-separated drawing operations, y down from the top, for the drivers in other
    languages: `P w h` opens a page, `B x0 y0 x1 y1 fill stroke` a box (fill -1 for none; x0 == x1 or y0 == y1 a
    rule), `T x y size style grey text` a text run, style 0 regular, 1 bold, 2 italic."""
    out = []
    for page in pages:
        out.append(f"P\t{page.width:.2f}\t{page.height:.2f}")
        for b in page.boxes:
            fill = -1 if b.fill is None else b.fill
            x1 = b.x0 if b.x1 - b.x0 < 0.1 else b.x1
            out.append(f"B\t{b.x0:.2f}\t{b.y0:.2f}\t{x1:.2f}\t{b.y1:.2f}\t{fill:.2f}\t{int(b.stroke)}")
        for t in page.texts:
            style = 2 if isinstance(t, Help) else int(t.bold)
            out.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{style}\t{t.grey:.2f}\t{t.text}")
    return "\n".join(out) + "\n"


def plain_lines(form: Form, rng: random.Random, columns: int) -> list[str]:
    """The form as monospaced lines `columns` wide (no page breaks: the printer makes them): the title, an
    application's short fields "Label: value" two a line when both fit, every other section "[n] Label" (a numbered label as
    it is) on a line of its own and its answer indented four columns under it, paragraphs apart by an empty line."""
    out = [*textwrap.wrap(form.title, columns), "=" * min(columns, len(form.title)), ""]
    half = columns // 2
    pairs = [f"{s.label}: {' '.join(s.lines())}".rstrip() for s in form.header]
    k = 0
    while k < len(pairs):
        one = pairs[k]
        two = pairs[k + 1] if k + 1 < len(pairs) else None
        if two is not None and len(one) < half - 2 and len(two) <= columns - half:
            out.append(one.ljust(half) + two)
            k += 2
        else:
            out.extend(textwrap.wrap(one, columns, subsequent_indent="    ") or [one])
            k += 1
    if pairs:
        out.append("")
    number = 0
    for section in form.sections:
        if section in form.header:
            continue
        number += 1
        head = section.label if section.label[0].isdigit() else f"[{number}] {section.label}"
        out.extend(textwrap.wrap(head, columns, subsequent_indent="    "))
        paras = section.lines()
        for k, para in enumerate(paras):
            if k and not (para.startswith("•") and paras[k - 1].startswith("•")):  # a list's items close together
                out.append("")
            out.extend(textwrap.wrap(para, columns - 4, initial_indent="    ", subsequent_indent="    ",
                                     break_on_hyphens=False, break_long_words=False))  # fmt: skip
        out.append("")
        if section.key == form.stage_after and form.stage_marker:
            out.extend(["    " + form.stage_marker.upper(), ""])
    return out


def plain_pages(form: Form, rng: random.Random, columns: int, lines: int) -> list[list[str]]:
    """`plain_lines` cut into pages of `lines` lines, each opened by the running header ("Bilaga N" left, the Dnr
    right) and closed by its page number at the right margin."""
    body = plain_lines(form, rng, columns)
    per_page = lines - 4  # the running header and its gap, the footer and its gap
    chunks = [body[k : k + per_page] for k in range(0, len(body), per_page)]
    while len(chunks) > 1 and not any(line.strip() for line in chunks[-1]):
        chunks.pop()
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})"))
    head = form.running_header + form.dnr.rjust(columns - len(form.running_header))
    return [
        [head, "", *chunk, *[""] * (per_page - len(chunk)), "", footer.format(n=n, total=len(chunks)).rjust(columns)]
        for n, chunk in enumerate(chunks, 1)
    ]
