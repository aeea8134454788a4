"""`fieldset_before`: a city e-service's receipt printed by headless Chromium, in constructions no earlier web
family used: every section a `<fieldset>` whose `<legend>` is the label (sitting in the box's top border, the
answer inside the box) on even turns; on odd turns the labels are CSS generated content, `::before { content:
attr(data-label) }`, floated beside the answer or set as a block above it (Chromium does put generated content in
the text layer). An application's short header fields are one `<fieldset>` of label | value rows inside a table
whose label cells span two columns (`colspan`) and whose values sit in nested `<div>`s. "Bilaga N" and the Dnr are in
a `<header>` on the first page, no footer.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h15_chromium import print_to_pdf  # noqa: E402
from h17_web import answer_html, available  # noqa: E402
from h18_content import Form, Section  # noqa: E402

__all__ = ["available", "render"]

CSS = """
@page { size: A4; margin: 17mm 18mm 19mm 20mm; }
body { font-family: '%(font)s', sans-serif; font-size: %(size)spt; line-height: 1.35; color: #1a1a1a; }
header { display: flex; justify-content: space-between; font-size: 8pt; margin-bottom: 7mm; }
h1 { font-size: %(title)spt; margin: 0 0 6mm 0; }
fieldset { border: 0.6pt solid #888; margin: 0 0 5pt 0; padding: 3pt 8pt 4pt 8pt; break-inside: auto; }
legend { font-weight: bold; padding: 0 3pt; }
p { margin: 0 0 3pt 0; }
.empty { color: #888; }
.stage { font-weight: bold; margin: 0 0 6pt 0; }
table.head { border-collapse: collapse; width: 100%%; }
table.head td { vertical-align: top; padding: 2pt 4pt; border-bottom: 0.5pt dotted #999; }
table.head td.k { font-weight: bold; width: %(label)smm; }
.q { margin: 0 0 6pt 0; }
.q::before { content: attr(data-label); font-weight: bold; white-space: pre-line; }
.beside .q::before { float: left; width: %(label)smm; margin-left: -%(shift)smm; }
.beside .q { margin-left: %(shift)smm; min-height: 1.3em; }
.above .q::before { display: block; border-bottom: 0.5pt solid #aaa; margin-bottom: 2pt; }
"""


def head_table(sections: list[Section]) -> str:
    """The header fields as a table: the label cell spans two columns, the value is a `<div>` inside a `<div>`."""
    rows = "".join(
        f'<tr><td class="k" colspan="2">{html.escape(s.label)}</td><td><div><div>{answer_html(s)}</div></div></td></tr>'
        for s in sections
    )
    return f'<table class="head"><colgroup><col><col><col></colgroup>{rows}</table>'


def body(form: Form, legend: bool, style: str) -> str:
    parts = []
    header = form.header
    if header:
        parts.append(f"<fieldset>{head_table(header)}</fieldset>")
    marker = f'<p class="stage">{form.stage_marker}</p>' if form.stage_marker else ""
    for s in form.sections:
        if s in header:
            continue
        if legend:
            parts.append(f"<fieldset><legend>{html.escape(s.label)}</legend>{answer_html(s)}</fieldset>")
        else:
            label = html.escape(s.label, quote=True)
            if style == "beside":  # a floated label may break after a slash: a newline, kept by pre-line
                label = label.replace("/", "/&#10;")
            parts.append(f'<div class="q" data-label="{label}">{answer_html(s) or "&nbsp;"}</div>')
        if s.key == form.stage_after and marker:
            parts.append(marker)
    inner = "".join(parts)
    return inner if legend else f'<div class="{style}">{inner}</div>'


def page_html(form: Form, rng: random.Random, legend: bool) -> str:
    size = rng.choice((9.5, 10, 10.5, 11))
    label = rng.randint(48, 56)  # wide enough for a bold "problembeskrivning"
    css = CSS % {
        "font": rng.choice(("Liberation Sans", "DejaVu Sans", "Liberation Serif")),
        "size": size,
        "title": size + 4,
        "label": label,
        "shift": label + 4,
    }
    top = f"<header><span>{html.escape(form.running_header)}</span><span>{html.escape(form.dnr)}</span></header>"
    style = rng.choice(("beside", "above"))
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
        f"{top}<h1>{html.escape(form.title)}</h1>{body(form, legend, style)}</body></html>"
    )


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    print_to_pdf(page_html(form, rng, legend=turn % 2 == 0), path)
