"""A second drawing of issue #12's web-form classes (eleventh round): card grids and flex rows
printed by headless Chromium with CSS of their own (not the tenth held-out generator's WeasyPrint
markup, nor html.py's families). Test-only and dev-time only (needs the `chromium` program).

- `chrome_cards`: the short fields as a CSS grid of bordered cards (two to four a row, label above
  its answer, an empty card where an answer is empty), the rest as a definition list, each label
  above its answer; labels in small caps, capitals, small grey type or bold, with or without a
  colon; sometimes Dnr and "Sida x av y" in `@page` margin boxes;
- `chrome_flex`: every field a flex row, label beside its answer flush right or left, a rule under
  (or over) each row drawn as a CSS border; a third of the forms landscape, some portrait ones set
  in two columns (`columns: 2`).

Content and truth are fixturegen's (`random_spec`, `truth`); only the drawing is this module's.

    cards11_spec(index, seed) -> (ReportSpec, Cards11Style)
    build_cards11_corpus(out_dir, count, seed) -> list[Path]
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

from .content import spec_in_turn
from .html import BASE_VARIANTS, HtmlStyle, print_corpus
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, normalise

CARDS11_FAMILIES = ("chrome_cards", "chrome_flex")
FONTS = (
    "'DejaVu Sans', sans-serif",
    "'Liberation Serif', serif",
    "'Liberation Sans', Arial, sans-serif",
    "'DejaVu Serif', serif",
    "'Noto Sans', sans-serif",
)


@dataclass
class Cards11Style:
    family: str
    font: str
    size: float  # body type, pt
    landscape: bool
    columns: int  # chrome_flex: 1 or 2 text columns
    per_row: int  # chrome_cards: cards a row
    label_case: str  # "smallcaps" | "upper" | "small" | "bold"
    colon: bool
    label_align: str  # chrome_flex: "left" | "right"
    label_width: float  # chrome_flex: label column, mm
    rule: str  # chrome_flex: "under" | "over"; chrome_cards: the card border's width, px
    margin_boxes: bool  # Dnr and page numbers in @page margin boxes
    indent: float  # chrome_cards: the definition list's answer indent, mm


def random_cards11_style(rng: random.Random, family: str) -> Cards11Style:
    landscape = family == "chrome_flex" and rng.random() < 0.33
    return Cards11Style(
        family=family,
        font=rng.choice(FONTS),
        size=rng.choice((9.0, 9.5, 10.0, 10.5, 11.0, 12.0)),
        landscape=landscape,
        columns=2 if family == "chrome_flex" and not landscape and rng.random() < 0.4 else 1,
        per_row=rng.choice((2, 3, 3, 4)),
        label_case=rng.choice(("smallcaps", "upper", "small", "bold")),
        colon=rng.random() < 0.3,
        label_align=rng.choice(("left", "right")),
        label_width=round(rng.uniform(28.0, 48.0), 1),
        rule=rng.choice(("under", "over")) if family == "chrome_flex" else rng.choice(("0.5", "1", "2")),
        margin_boxes=rng.random() < 0.5,
        indent=rng.choice((0.0, 0.0, 6.0)),
    )


def cards11_spec(index: int, seed: int) -> tuple[ReportSpec, Cards11Style]:
    spec, rng = spec_in_turn("cards11", "c11", CARDS11_FAMILIES, BASE_VARIANTS, index, seed, "chromium")
    return spec, random_cards11_style(rng, spec.variant)


def _label(row: Row, style: Cards11Style) -> str:
    return html.escape(normalise(row.label) + (":" if style.colon else ""))


def _answer(text: str) -> str:
    if normalise(text) == PLACEHOLDER:
        return '<p class="ph">' + html.escape(text) + "</p>"
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paragraphs)


def _short(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 60 and "\n" not in row.text


def _label_css(style: Cards11Style) -> str:
    return {
        "smallcaps": "font-variant: small-caps; letter-spacing: 0.03em;",
        "upper": "text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.05em;",
        "small": "font-size: 0.85em; color: #555;",
        "bold": "font-weight: bold;",
    }[style.label_case]


def _css(style: Cards11Style, spec: ReportSpec) -> str:
    size = "A4 landscape" if style.landscape else "A4"
    boxes = ""
    if style.margin_boxes:
        dnr = f"Dnr {spec.year}/{100 + len(spec.rows) * 7}"
        boxes = (
            f'@top-right {{ content: "{dnr}"; font-size: 8pt; color: #333; }}'
            '@bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; }'
        )
    return f"""
@page {{ size: {size}; margin: 22mm 20mm 20mm 22mm; {boxes} }}
body {{ font-family: {style.font}; font-size: {style.size}pt; line-height: 1.35; margin: 0; color: #1a1a1a; }}
h1 {{ font-size: {style.size + 5}pt; margin: 0 0 1em; }}
h3 {{ font-size: {style.size + 1}pt; margin: 1em 0 0.3em; }}
p {{ margin: 0 0 0.4em; }}
p:last-child {{ margin-bottom: 0; }}
.ph {{ color: #999; }}
.lbl {{ {_label_css(style)} }}
.marker {{ font-weight: bold; margin: 0.6em 0; }}
.grid {{ display: grid; grid-template-columns: repeat({style.per_row}, 1fr); gap: 3mm; margin-bottom: 5mm; }}
.card {{ border: {style.rule}px solid #666; padding: 2mm 3mm; break-inside: avoid; }}
.card .lbl {{ display: block; margin-bottom: 1mm; }}
dl {{ margin: 0; }}
dt {{ margin-top: 0.9em; }}
dd {{ margin: 0.2em 0 0 {style.indent}mm; }}
.flow {{ columns: {style.columns}; column-gap: 8mm; }}
.row {{ display: flex; gap: 4mm; padding: 1.5mm 0; break-inside: avoid;
        border-{"bottom" if style.rule == "under" else "top"}: 0.6pt solid #888; }}
.row > .lbl {{ flex: 0 0 {style.label_width if style.columns == 1 else style.label_width * 0.7:.1f}mm;
               text-align: {style.label_align}; }}
.row > .val {{ flex: 1; }}
"""


def _body_cards(spec: ReportSpec, style: Cards11Style) -> str:
    rows = spec.rows
    head = []
    while len(head) < len(rows) and _short(rows[len(head)]):
        head.append(rows[len(head)])
    out = []
    if len(head) >= 2:
        cards = "".join(
            f'<div class="card"><span class="lbl">{_label(r, style)}</span>{_answer(r.text)}</div>' for r in head
        )
        out.append(f'<div class="grid">{cards}</div>')
    else:
        head = []
    out.append("<dl>")
    for row in rows[len(head) :]:
        if row.style == MARKER:
            out.append(f'</dl><div class="marker">{html.escape(row.text)}</div><dl>')
        elif row.style == HEADING:
            out.append(f"</dl><h3>{html.escape(normalise(row.label))}</h3>{_answer(row.text)}<dl>")
        else:
            out.append(f'<dt class="lbl">{_label(row, style)}</dt><dd>{_answer(row.text)}</dd>')
    out.append("</dl>")
    return "".join(out)


def _body_flex(spec: ReportSpec, style: Cards11Style) -> str:
    out = ['<div class="flow">']
    for row in spec.rows:
        if row.style == MARKER:
            out.append(f'<div class="marker">{html.escape(row.text)}</div>')
        elif row.style == HEADING:
            out.append(f"<h3>{html.escape(normalise(row.label))}</h3>{_answer(row.text)}")
        else:
            out.append(
                f'<div class="row"><div class="lbl">{_label(row, style)}</div>'
                f'<div class="val">{_answer(row.text)}</div></div>'
            )
    out.append("</div>")
    return "".join(out)


def to_html(spec: ReportSpec, style: Cards11Style) -> str:
    title = "<br>".join(html.escape(x) for x in spec.title.split("\n"))
    body = _body_cards(spec, style) if style.family == "chrome_cards" else _body_flex(spec, style)
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{html.escape(spec.name)}</title>'
        f"<style>{_css(style, spec)}</style></head><body><h1>{title}</h1>{body}</body></html>\n"
    )


def _printing(style: Cards11Style) -> HtmlStyle:
    """The options `print_pdf` reads (locale, no browser header or footer)."""
    return HtmlStyle(
        family=style.family,
        font=style.font,
        size=style.size,
        page="A4",
        margins=(0, 0, 0, 0),
        label_width=0,
        borders="none",
        label_bold=False,
        label_colon=False,
        label_upper=False,
        label_align="left",
        valign="top",
        cards="dl",
        pairs_per_row=2,
        title_size=0,
        letterhead=False,
        browser_header=False,
        lang="sv-SE",
        picture=False,
    )


def build_cards11_corpus(out_dir: str | Path, count: int, seed: int, workers: int = 2) -> list[Path]:
    """Write `count` PDFs (with .html and .truth.json) into out_dir; content deterministic per seed."""
    specs = [cards11_spec(index, seed) for index in range(count)]
    return print_corpus(Path(out_dir), specs, to_html, _printing, workers)
