"""Forms made by another tool: the same templates written as HTML/CSS web forms
and printed to PDF by headless Chromium. Test-only and dev-time only (needs the
`chromium` program; CI reads the committed PDFs in tests/data/htmlforms/).

Content and truth come from fixturegen (`random_spec`, `truth`); only the
drawing differs. Layout families (`HTML_FAMILIES`), each with varied CSS
(fonts, sizes, margins, widths, borders or none, A4/Letter):

- `stacked`: each label above its answer, the answer in a bordered box,
  underlined or bare (a filled-in web form printed);
- `beside`: label beside its answer by CSS grid or flex (no table), labels
  left- or right-aligned;
- `inline`: "Label: answer" paragraphs;
- `pairs`: a grid of two or three label/value pairs per row for the short
  fields, long answers across the row;
- `table`: a <table> with a header row (repeated by the browser on every
  printed page), labels spanning the rows of a split answer (rowspan),
  headings and the stage marker across both columns (colspan), cells
  centred vertically as browsers do by default, or top-aligned;
- `cards`: a definition list (dt above an indented dd) or two-column cards.

About a third of the documents keep the browser's own header and footer
(date, page title, file URL, "1/2").

Fifth-round families (`LAYOUT5_FAMILIES`, drawn only when asked for, so the
six families above draw as they always did), each varying label case
(capitals, small caps, bold or plain) and answers written as bullet lists:

- `grid`: two to four label/value pairs per row, label cells narrow enough
  to wrap, with cell boxes, rules under rows or no lines at all;
- `plain`: each label above its answer, no boxes, rules or indentation;
- `inline_long`: "Label: answer" or, without the colon, a bold label run in
  with its answer, labels of one to fifteen words;
- `continued`: labels beside answers (flush left or right), a long answer
  split over two pages with its label repeated as "Label (forts.)".

    html_corpus_spec(index, seed, families) -> (ReportSpec, HtmlStyle)
    build_html_corpus(out_dir, count, seed, families) -> list[Path]
"""

from __future__ import annotations

import base64
import html
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from .content import random_spec, spec_in_turn
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, normalise, truth

HTML_FAMILIES = ("stacked", "beside", "inline", "pairs", "table", "cards")
LAYOUT5_FAMILIES = ("grid", "plain", "inline_long", "continued")
ALL_FAMILIES = HTML_FAMILIES + LAYOUT5_FAMILIES
CONTINUED_SUFFIXES = ("(forts.)", "(forts)", "forts.", "(fortsättning)")
# The city's three templates (follow-up, application, climate), a long follow-up for page breaks.
BASE_VARIANTS = (
    "followup_borderless",
    "application",
    "climate_followup",
    "followup_short_labels",
    "climate_application",
    "followup_pagebreak",
)
FONTS = (
    "Arial, Helvetica, sans-serif",
    "'Times New Roman', Times, serif",
    "Verdana, Geneva, sans-serif",
    "Georgia, serif",
    "'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
    "'Liberation Sans Narrow', 'Arial Narrow', sans-serif",
    "'DejaVu Serif', serif",
    "system-ui, sans-serif",
)
PAGE_SIZES = ("A4", "Letter")
PRODUCER = "chromium"


@dataclass
class HtmlStyle:
    family: str
    font: str
    size: float  # body type, pt
    page: str  # A4 | Letter
    margins: tuple[float, float, float, float]  # top, right, bottom, left (mm)
    label_width: float  # label column (mm) where labels stand beside answers
    borders: str  # "box" | "rule" | "none"
    label_bold: bool
    label_colon: bool
    label_upper: bool  # text-transform: uppercase on labels
    label_align: str  # "left" | "right" (beside, table)
    valign: str  # "middle" | "top" (table cells)
    cards: str  # "dl" | "two" (cards family)
    pairs_per_row: int  # pairs family
    title_size: float  # pt
    letterhead: bool  # "Stockholms stad" in small bold above the title
    browser_header: bool  # Chromium's own header and footer lines
    lang: str  # browser locale (the header's date format)
    picture: bool  # a photo under Bilder före/efter
    # Fifth-round families only (the defaults keep the first six as they were):
    label_case: str = "none"  # "upper" | "smallcaps" | "none"
    bullets: bool = False  # answers of several sentences as bullet lists
    inline_colon: bool = True  # inline_long: "Label: answer", else a bold label run in
    continued: str = ""  # continued: the suffix of a label repeated on the next page


def random_style(rng: random.Random, family: str) -> HtmlStyle:
    size = rng.choice((9, 9.5, 10, 10.5, 11, 11.5, 12))
    return HtmlStyle(
        family=family,
        font=rng.choice(FONTS),
        size=size,
        page=rng.choice(PAGE_SIZES),
        margins=tuple(round(rng.uniform(12, 25), 1) for _ in range(4)),
        label_width=round(rng.uniform(35, 60), 1),
        borders=rng.choice(("box", "rule", "none")),
        label_bold=rng.random() < 0.6,
        label_colon=family != "inline" and rng.random() < 0.3,
        label_upper=rng.random() < 0.12,
        label_align="right" if rng.random() < 0.25 else "left",
        valign=rng.choice(("middle", "top")),
        cards=rng.choice(("dl", "two")),
        pairs_per_row=3 if rng.random() < 0.25 else 2,
        title_size=size + rng.choice((3, 4, 6, 8)),
        letterhead=rng.random() < 0.2,
        browser_header=rng.random() < 0.35,
        lang=rng.choice(("en-US", "sv-SE")),
        picture=rng.random() < 0.3,
    )


def layout5_style(rng: random.Random, family: str) -> HtmlStyle:
    """A fifth-round family's style: the common draws, then the family's own."""
    base = {"grid": "pairs", "plain": "stacked", "inline_long": "inline", "continued": "beside"}[family]
    style = random_style(rng, base)
    style.family = family
    style.label_case = rng.choice(("upper", "smallcaps", "none", "none"))
    style.label_upper = False
    style.bullets = rng.random() < 0.35
    if family == "grid":
        style.pairs_per_row = rng.choice((2, 3, 4))
        style.label_width = round(rng.uniform(38, 50), 1)  # x 0.6 per pair: labels wrap, words fit
        style.size = min(style.size, 10.5)
    elif family == "plain":
        style.borders = "none"
    elif family == "inline_long":
        style.inline_colon = rng.random() < 0.6
        style.label_bold = style.label_bold or not style.inline_colon  # without a colon only type sets it apart
    elif family == "continued":
        style.continued = rng.choice(CONTINUED_SUFFIXES)
        style.label_align = rng.choice(("left", "right"))
        style.label_width = round(rng.uniform(30, 50), 1)
    return style


def html_corpus_spec(index: int, seed: int, families: tuple[str, ...] = HTML_FAMILIES) -> tuple[ReportSpec, HtmlStyle]:
    """Spec and style of corpus file `index`: families round-robin, templates round-robin per round."""
    family = families[index % len(families)]
    base = BASE_VARIANTS[(index // len(families)) % len(BASE_VARIANTS)]
    if family == "continued":
        base = ("followup_pagebreak", "followup_borderless", "climate_followup")[(index // len(families)) % 3]
    rng = random.Random(f"htmlforms-{seed}-{index}")
    spec = random_spec(rng, base, PRODUCER)
    spec.variant = f"html_{family}"
    spec.name = f"html-{index:04d}-{family}-{base}"  # no year: the text must give it
    style = layout5_style(rng, family) if family in LAYOUT5_FAMILIES else random_style(rng, family)
    if style.bullets:
        _as_bullets(spec, rng)
    if family == "continued":
        _lengthen(spec, rng)
    return spec, style


def _as_bullets(spec: ReportSpec, rng: random.Random) -> None:
    """Answers of two or more sentences written as bullet lists (one '• ' line a sentence)."""
    for row in spec.rows:
        if row.style != FIELD or normalise(row.text) == PLACEHOLDER or rng.random() < 0.4:
            continue
        sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", normalise(row.text)) if x]
        if len(sentences) >= 2:
            row.text = "\n".join("• " + x for x in sentences)


def _lengthen(spec: ReportSpec, rng: random.Random) -> None:
    """The longest answer gets enough paragraphs to run onto the next page (where it is split)."""
    fields = [r for r in spec.rows if r.style == FIELD and normalise(r.text) != PLACEHOLDER]
    row = max(fields, key=lambda r: len(r.text))
    extra = " ".join(rng.sample(_FILLER, 3))
    paragraphs = [p for p in row.text.split("\n\n") if p.strip()]
    while len(paragraphs) < 6:
        paragraphs.append(extra)
    row.text = "\n\n".join(paragraphs)


_FILLER = (
    "Arbetet har följts upp löpande av förvaltningen tillsammans med berörda fastighetsägare.",
    "Synpunkter från boende har samlats in vid två öppna möten på platsen.",
    "Underhållet ingår från och med nästa år i förvaltningens ordinarie budget.",
    "Åtgärden har dokumenterats med bilder före och efter genomförandet.",
    "Erfarenheterna sprids till andra stadsdelar genom stadens trygghetsnätverk.",
)


# ---------------------------------------------------------------- HTML


def _photo_uri(shade: int) -> str:
    from PIL import Image

    image = Image.linear_gradient("L").resize((48, 32)).point(lambda v: (v * shade) // 255 + 40).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _text_html(text: str) -> str:
    """Answer text: a blank line starts a paragraph, a newline is a line break; the placeholder grey."""
    if normalise(text) == PLACEHOLDER:
        return f'<p class="ph">{html.escape(text)}</p>'
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "".join("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras) or "<p></p>"


def _paragraphs(text: str) -> list[str]:
    if normalise(text) == PLACEHOLDER:
        return [text]
    return [p for p in text.split("\n\n") if p.strip()] or [""]


def _label(row: Row, style: HtmlStyle, suffix: str = "") -> str:
    text = normalise(row.label) + (f" {suffix}" if suffix else "")
    return html.escape(text + (":" if style.label_colon else ""))


def _picture(row: Row, style: HtmlStyle, rng: random.Random) -> str:
    if style.picture and row.key in ("bilder_fore", "bilder_efter"):
        return f'<img class="photo" src="{_photo_uri(rng.randint(80, 200))}" alt="">'
    return ""


def _css(style: HtmlStyle) -> str:
    top, right, bottom, left = style.margins
    border = {"box": "1px solid #777", "rule": "none", "none": "none"}[style.borders]
    rule = "1px solid #999" if style.borders == "rule" else "none"
    return f"""
@page {{ size: {style.page}; margin: {top}mm {right}mm {bottom}mm {left}mm; }}
body {{ font-family: {style.font}; font-size: {style.size}pt; line-height: 1.3; color: #111; margin: 0; }}
h1 {{ font-size: {style.title_size}pt; margin: 0 0 0.8em; }}
h3 {{ font-size: {style.size + 1.5}pt; margin: 1.1em 0 0.3em; }}
p {{ margin: 0 0 0.5em; }}
p:last-child {{ margin-bottom: 0; }}
.ph {{ color: #888; }}
.letterhead {{ font-size: {style.size - 1.5}pt; font-weight: bold; margin-bottom: 1em; }}
.lbl {{ font-weight: {"bold" if style.label_bold else "normal"};
        text-transform: {"uppercase" if style.label_upper or style.label_case == "upper" else "none"};
        font-variant: {"small-caps" if style.label_case == "smallcaps" else "normal"}; }}
.photo {{ display: block; width: 40mm; height: 27mm; margin-top: 4px; }}
.marker {{ margin: 0.6em 0; font-weight: bold; }}
/* stacked */
.field {{ margin-bottom: 0.9em; break-inside: avoid-page; }}
.field .lbl {{ display: block; margin-bottom: 3px; }}
.answer {{ border: {border}; border-bottom: {rule if style.borders == "rule" else border}; padding: 4px 6px; }}
/* beside */
.row {{ display: grid; grid-template-columns: {style.label_width}mm 1fr; column-gap: 5mm;
        padding: 4px 0; border-bottom: {rule}; }}
.row.flex {{ display: flex; }}
.row.flex > .lbl {{ flex: 0 0 {style.label_width}mm; margin-right: 5mm; }}
.row.flex > .val {{ flex: 1; }}
.row > .lbl {{ text-align: {style.label_align}; }}
.boxed .row {{ border: 1px solid #777; border-top: none; padding: 4px; }}
.boxed .row:first-of-type {{ border-top: 1px solid #777; }}
/* pairs */
.pairs {{ display: grid; column-gap: 4mm; row-gap: 6px; margin-bottom: 1em; }}
.pairs .lbl {{ }}
.pairs .wide {{ grid-column: 2 / -1; }}
.pairs.boxed > div {{ border: 1px solid #777; padding: 3px; }}
/* table */
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ padding: 4px 6px; vertical-align: {style.valign}; text-align: left; }}
td.lbl, th.lbl {{ width: {style.label_width}mm; text-align: {style.label_align}; }}
thead th {{ background: #ddd; font-weight: bold; }}
table.box th, table.box td {{ border: 1px solid #777; }}
table.rule tr {{ border-bottom: 1px solid #999; }}
/* cards */
dl {{ margin: 0; }}
dt {{ margin-top: 0.8em; }}
dd {{ margin-left: 10mm; }}
.cards {{ display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }}
.card {{ border: {border if style.borders != "none" else "1px solid #bbb"}; padding: 3mm; break-inside: avoid; }}
.card.wide {{ grid-column: 1 / -1; }}
.card .lbl {{ display: block; font-size: {style.size - 1}pt; color: #444; margin-bottom: 2px; }}
/* fifth-round families */
.plain {{ margin-bottom: 0.9em; break-inside: avoid-page; }}
.plain .lbl {{ display: block; }}
.pairs.ruled > div {{ border-bottom: 1px solid #999; padding: 2px 0; }}
.forts {{ break-before: page; }}
"""


def _heading(row: Row) -> str:
    return f"<h3>{html.escape(normalise(row.label))}</h3>{_text_html(row.text)}"


def _marker(row: Row) -> str:
    return f'<div class="marker">{html.escape(row.text)}</div>'


def _fields(spec: ReportSpec, field: Callable[[Row], str]) -> str:
    """A body whose headings and markers stand on their own: every other row drawn by `field`."""
    return "".join(
        _heading(row) if row.style == HEADING else _marker(row) if row.style == MARKER else field(row)
        for row in spec.rows
    )


def _body_stacked(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    return _fields(
        spec,
        lambda row: (
            f'<div class="field"><span class="lbl">{_label(row, style)}</span>'
            f'<div class="answer">{_text_html(row.text)}{_picture(row, style, rng)}</div></div>'
        ),
    )


def _body_beside(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    flex = " flex" if rng.random() < 0.5 else ""
    out = [f'<div class="{"boxed" if style.borders == "box" else ""}">']
    for row in spec.rows:
        if row.style == HEADING:
            out.append(f"</div>{_heading(row)}<div>")
        else:
            label = "" if row.style == MARKER else _label(row, style)
            out.append(
                f'<div class="row{flex}"><div class="lbl">{label}</div>'
                f'<div class="val">{_text_html(row.text)}{_picture(row, style, rng)}</div></div>'
            )
    out.append("</div>")
    return "".join(out)


def _body_inline(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    """'Label: answer' paragraphs; inline_long without the colon when its style says so (a bold label run in)."""
    colon = ":" if style.inline_colon else ""

    def field(row: Row) -> str:
        first, *rest = _paragraphs(row.text)
        cls = ' class="ph"' if normalise(row.text) == PLACEHOLDER else ""
        label = f'<span class="lbl">{html.escape(normalise(row.label))}{colon}</span>'
        out = [f"<p>{label} <span{cls}>{html.escape(first).replace(chr(10), '<br>')}</span></p>"]
        out += [f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in rest]
        out.append(_picture(row, style, rng))
        return "".join(out)

    return _fields(spec, field)


def _short(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 70 and "\n\n" not in row.text


def _body_pairs(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    n = style.pairs_per_row
    cols = " ".join([f"{style.label_width * 0.6:.1f}mm 1fr"] * n)
    boxed = " boxed" if style.borders == "box" else ""
    out, grid = [], []

    def flush() -> None:
        if grid:
            out.append(f'<div class="pairs{boxed}" style="grid-template-columns: {cols}">{"".join(grid)}</div>')
            grid.clear()

    rows = spec.rows
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.style == HEADING:
            flush()
            out.append(_heading(row))
        elif row.style == MARKER:
            flush()
            out.append(_marker(row))
        elif _short(row):
            group = [row]
            while len(group) < n and i + 1 < len(rows) and _short(rows[i + 1]):
                i += 1
                group.append(rows[i])
            for r in group:
                grid.append(f'<div class="lbl">{_label(r, style)}</div><div>{_text_html(r.text)}</div>')
            grid += ["<div></div><div></div>"] * (n - len(group))
        else:
            grid.append(
                f'<div class="lbl">{_label(row, style)}</div>'
                f'<div class="wide">{_text_html(row.text)}{_picture(row, style, rng)}</div>'
            )
        i += 1
    flush()
    return "".join(out)


def _body_table(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    head = rng.choice((("Fråga", "Svar"), ("Rubrik", "Beskrivning"), ("Uppgift", "Redovisning")))
    out = [f'<table class="{style.borders}"><thead><tr><th>{head[0]}</th><th>{head[1]}</th></tr></thead><tbody>']
    for row in spec.rows:
        if row.style == HEADING:
            out.append(f'<tr><th colspan="2">{html.escape(normalise(row.label))}</th></tr>')
            out.append(f'<tr><td colspan="2">{_text_html(row.text)}</td></tr>')
        elif row.style == MARKER:
            out.append(f'<tr><td colspan="2" class="marker">{html.escape(row.text)}</td></tr>')
        else:
            paras = _paragraphs(row.text)
            # A long answer in one row per paragraph, its label spanning them.
            split = len(paras) > 1 and rng.random() < 0.6
            cells = paras if split else ["\n\n".join(paras)]
            span = f' rowspan="{len(cells)}"' if len(cells) > 1 else ""
            pic = _picture(row, style, rng)
            for j, text in enumerate(cells):
                label = f'<td class="lbl"{span}>{_label(row, style)}</td>' if j == 0 else ""
                extra = pic if j == len(cells) - 1 else ""
                out.append(f"<tr>{label}<td>{_text_html(text)}{extra}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _body_cards(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    if style.cards == "dl":
        out = ["<dl>"]
        for row in spec.rows:
            if row.style == HEADING:
                out.append(f"</dl>{_heading(row)}<dl>")
            elif row.style == MARKER:
                out.append(f'<dd class="marker">{html.escape(row.text)}</dd>')
            else:
                out.append(
                    f'<dt class="lbl">{_label(row, style)}</dt>'
                    f"<dd>{_text_html(row.text)}{_picture(row, style, rng)}</dd>"
                )
        out.append("</dl>")
        return "".join(out)
    out = ['<div class="cards">']
    for row in spec.rows:
        if row.style == HEADING:
            out.append(
                f'<div class="card wide"><h3>{html.escape(normalise(row.label))}</h3>{_text_html(row.text)}</div>'
            )
        elif row.style == MARKER:
            out.append(f'<div class="card wide marker">{html.escape(row.text)}</div>')
        else:
            wide = "" if _short(row) else " wide"
            out.append(
                f'<div class="card{wide}"><span class="lbl">{_label(row, style)}</span>'
                f"{_text_html(row.text)}{_picture(row, style, rng)}</div>"
            )
    out.append("</div>")
    return "".join(out)


def _body_grid(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    """The pairs family with 2-4 pairs a row, narrow label cells, boxes, rules or nothing."""
    body = _body_pairs(spec, style, rng)
    if style.borders == "rule":
        body = body.replace('class="pairs"', 'class="pairs ruled"')
    return body


def _body_plain(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    """Each label above its answer, no answer box (the stacked family's markup without its wrapper)."""
    return _fields(
        spec,
        lambda row: (
            f'<div class="plain"><span class="lbl">{_label(row, style)}</span>'
            f"{_text_html(row.text)}{_picture(row, style, rng)}</div>"
        ),
    )


def _body_continued(spec: ReportSpec, style: HtmlStyle, rng: random.Random) -> str:
    """Labels beside answers; the longest answer split at a paragraph, its second half on a new page
    under the label repeated with a '(forts.)' suffix."""
    fields = [r for r in spec.rows if r.style == FIELD]
    longest = max(fields, key=lambda r: len(r.text))
    out = [f'<div class="{"boxed" if style.borders == "box" else ""}">']
    for row in spec.rows:
        if row.style == HEADING:
            out.append(f"</div>{_heading(row)}<div>")
            continue
        label = "" if row.style == MARKER else _label(row, style)
        paras = _paragraphs(row.text)
        if row is longest and len(paras) >= 2:
            half = (len(paras) + 1) // 2
            parts = [("", "\n\n".join(paras[:half])), (" forts", "\n\n".join(paras[half:]))]
        else:
            parts = [("", row.text)]
        for extra, text in parts:
            shown = _label(row, style, style.continued) if extra else label
            out.append(
                f'<div class="row{extra}"><div class="lbl">{shown}</div>'
                f'<div class="val">{_text_html(text)}{"" if extra else _picture(row, style, rng)}</div></div>'
            )
    out.append("</div>")
    return "".join(out)


BODIES = {
    "stacked": _body_stacked,
    "beside": _body_beside,
    "inline": _body_inline,
    "pairs": _body_pairs,
    "table": _body_table,
    "cards": _body_cards,
    "grid": _body_grid,
    "plain": _body_plain,
    "inline_long": _body_inline,
    "continued": _body_continued,
}


def to_html(spec: ReportSpec, style: HtmlStyle) -> str:
    rng = random.Random(f"html-body-{spec.name}")
    title = "<br>".join(html.escape(x) for x in spec.title.split("\n"))
    letterhead = '<div class="letterhead">Stockholms stad</div>' if style.letterhead else ""
    page_title = html.escape(spec.title.split("\n")[0])
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{page_title}</title>'
        f"<style>{_css(style)}</style></head><body>{letterhead}<h1>{title}</h1>"
        f"{BODIES[style.family](spec, style, rng)}</body></html>\n"
    )


# ---------------------------------------------------------------- printing


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    raise RuntimeError("needs the chromium program (apt-get install chromium)")


def print_pdf(html_path: Path, pdf_path: Path, style: HtmlStyle) -> None:
    """Print one HTML file to PDF with headless Chromium (offline: a local file, data-URI pictures)."""
    with tempfile.TemporaryDirectory() as profile:
        args = [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--lang={style.lang}",
            f"--print-to-pdf={pdf_path}",
        ]
        if not style.browser_header:
            args.append("--no-pdf-header-footer")
        subprocess.run(
            [*args, html_path.resolve().as_uri()],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
            env={"LANG": style.lang.replace("-", "_") + ".UTF-8", "PATH": "/usr/bin:/bin"},
        )


def section_pages(pdf_path: Path, spec: ReportSpec) -> tuple[list[int], int]:
    """Page of each keyed row's label, found in the PDF's words in reading order."""
    import pdfplumber

    keyed = [r for r in spec.rows if r.key is not None]
    with pdfplumber.open(pdf_path) as pdf:
        count = len(pdf.pages)
        words = [
            (index, round(w["top"]), w["x0"], w["text"].rstrip(":").lower())
            for index, page in enumerate(pdf.pages)
            for w in page.extract_words()
        ]
    words.sort()
    found, cursor = [], -1
    for row in keyed:
        want = [w.rstrip(":").lower() for w in normalise(row.label).split(" ")[:2]]
        hit = next(
            (
                i
                for i in range(cursor + 1, len(words) - len(want) + 1)
                if [words[i + k][3] for k in range(len(want))] == want
            ),
            None,
        )
        if hit is not None:
            cursor = hit
        found.append(words[max(cursor, 0)][0] + 1)
    return found, count


def write_truth(spec: ReportSpec, pdf: Path, layout: dict) -> None:
    """`pdf`'s truth sidecar (<name>.truth.json): the spec's truth with each section's page, and its `layout`."""
    pages, total = section_pages(pdf, spec)
    result = truth(spec, pages, total)
    result["layout"] = layout
    pdf.with_suffix(".truth.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")


def draw_in_turn(
    out_dir: str | Path,
    count: int,
    seed: int,
    names: tuple[str, str, str],
    shapes: tuple[str, ...],
    bases: tuple[str, ...],
    draw: Callable[[ReportSpec, Path, int], None],
) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the shapes in turn over the bases: `names` is the
    set's (key, file prefix, producer), `draw(spec, pdf, seed)` draws one; the truth's layout names the shape."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    key, prefix, producer = names
    for index in range(count):
        spec, _ = spec_in_turn(key, prefix, shapes, bases, index, seed, producer)
        pdf = out / f"{spec.name}.pdf"
        draw(spec, pdf, seed)
        write_truth(spec, pdf, {"shape": spec.variant})
        paths.append(pdf)
    return paths


def build_html_corpus(
    out_dir: str | Path, count: int, seed: int, families: tuple[str, ...] = HTML_FAMILIES, workers: int = 2
) -> list[Path]:
    """Write `count` PDFs (with their .html and .truth.json) into out_dir; content deterministic per seed."""
    specs = [html_corpus_spec(index, seed, families) for index in range(count)]
    return print_corpus(Path(out_dir), specs, to_html, lambda style: style, workers)


def print_corpus(out: Path, specs: list, html_of: Callable, printing: Callable, workers: int = 2) -> list[Path]:
    """Write each (spec, style) as HTML (`html_of(spec, style)`), print it to PDF with the options
    `printing(style)` gives (an HtmlStyle) and write its truth, the style as its layout."""
    out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for spec, style in specs:
        html_path = out / f"{spec.name}.html"
        html_path.write_text(html_of(spec, style), encoding="utf-8")
        jobs.append((spec, style, html_path, out / f"{spec.name}.pdf"))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(lambda job: print_pdf(job[2], job[3], printing(job[1])), jobs))
    paths = []
    for spec, style, _, pdf in jobs:
        pages, total = section_pages(pdf, spec)
        result = truth(spec, pages, total)
        result["layout"] = asdict(style)
        (out / f"{spec.name}.truth.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
        paths.append(pdf)
    return paths


__all__ = [
    "ALL_FAMILIES",
    "HTML_FAMILIES",
    "LAYOUT5_FAMILIES",
    "HtmlStyle",
    "build_html_corpus",
    "html_corpus_spec",
    "print_corpus",
    "print_pdf",
    "to_html",
]
