"""`css_controls`: an e-service's filled form printed by headless Chromium, its answers in form controls rendered
as text: one-line answers are `<input>` values, longer ones `<textarea>`s that grow to their content (CSS
`field-sizing: content`), answers too long for one page a bordered box styled like a text area; an empty answer
is an input (a textarea in a narrow cell) whose grey `placeholder` attribute is Word's placeholder, or an empty
input. Three CSS constructions
the tenth generator's grid, colspan table, columns and flex rows did not use: `display: table` rows with labels
right-aligned in a table cell, labels floated left beside a box with a margin, and a `<fieldset>` a section with
its label as the `<legend>` on the frame. An application's header pairs go two to a `display: table` row
(label | control | label | control); one with a word too long for
a narrow control (an e-mail address) gets a row of its own after them. The "Bilaga N" / Dnr line is on the first page only, no footer.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from h15_chromium import print_to_pdf
from h16_content import PLACEHOLDER, Form, Section

STYLES = ("table", "floats", "fieldset")
LONG = 700  # characters: longer answers go in a box that may break over pages, not in a textarea
CSS = """
@page { size: A4; margin: 17mm 18mm 19mm 20mm; }
body { font-family: '%(font)s', sans-serif; font-size: %(size)spt; line-height: 1.3; color: #111; }
.top { display: flex; justify-content: space-between; font-size: 8pt; margin-bottom: 9mm; }
h1 { font-size: %(title)spt; margin: 0 0 7mm 0; }
.label { font-weight: bold; }
input, textarea, .box { font: inherit; color: #111; border: 1px solid #8a8a8a; background: #fbfbfb;
  padding: 2pt 4pt; box-sizing: border-box; width: 100%%; }
textarea { field-sizing: content; resize: none; overflow: hidden; display: block; }
.box p { margin: 0 0 4pt 0; }
.rows { display: table; table-layout: fixed; width: 100%%; border-spacing: 0 5pt; }
.row { display: table-row; }
.row > div { display: table-cell; vertical-align: top; }
.rows .label { width: %(label)smm; text-align: right; padding-right: 5mm; }
.pair .label { width: 34mm; text-align: right; padding: 0 3mm; }
.float { overflow: hidden; margin-bottom: 6pt; }
.float .label { float: left; width: %(label)smm; text-align: %(align)s; padding-right: 4mm; }
.float .answer { margin-left: %(margin)smm; }
fieldset { border: 1px solid #999; margin: 0 0 8pt 0; padding: 3pt 6pt 6pt 6pt; }
legend { font-weight: bold; padding: 0 3pt; }
.marker { font-weight: bold; margin: 2pt 0 6pt %(margin)smm; }
"""


def available() -> bool:
    import shutil

    return shutil.which("chromium") is not None


def control(section: Section, narrow: bool = False) -> str:
    """The answer as a form control (or a box styled like one); an input does not wrap, so a narrow cell takes
    only short ones."""
    lines = section.lines() if section.blocks else []
    if not lines:
        hint = f' placeholder="{PLACEHOLDER}"' if section.placeholder else ""
        return f"<textarea{hint}></textarea>" if narrow and hint else f"<input{hint}>"  # a textarea's hint wraps
    text = "\n".join(lines)
    if len(lines) == 1 and len(text) < (18 if narrow else 60):
        return f'<input value="{html.escape(text)}">'
    if len(text) < LONG:
        return f"<textarea>{html.escape(text)}</textarea>"
    return '<div class="box">' + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</div>"


def label_html(section: Section) -> str:
    """The label, free to break after a slash ("Behovsanalys/" | "problembeskrivning") in a narrow cell."""
    return html.escape(section.label).replace("/", "/<wbr>")


def body(form: Form, style: str) -> str:
    parts = []
    marker = f'<div class="marker">{form.stage_marker}</div>' if form.stage_marker else ""
    # two label | control pairs a row; an answer with a word too long for a narrow control (an e-mail address)
    # gets a row of its own after them
    header = [s for s in form.header if max((len(w) for w in s.text.split()), default=0) <= 20]
    if header:
        rows = []
        for i in range(0, len(header), 2):
            cells = "".join(
                f'<div class="label">{label_html(s)}</div><div>{control(s, narrow=True)}</div>'
                for s in header[i : i + 2]
            )
            rows.append(f'<div class="row pair">{cells}</div>')
        parts.append(f'<div class="rows">{"".join(rows)}</div>')
    rows = []
    for s in form.sections:
        if s in header:
            continue
        label, answer = label_html(s), control(s)
        if style == "table":
            rows.append(f'<div class="row"><div class="label">{label}</div><div>{answer}</div></div>')
            if s.key == form.stage_after and marker:
                rows.append(f'<div class="row"><div></div><div><b>{form.stage_marker}</b></div></div>')
        elif style == "floats":
            rows.append(f'<div class="float"><div class="label">{label}</div><div class="answer">{answer}</div></div>')
            if s.key == form.stage_after and marker:
                rows.append(marker)
        else:
            rows.append(f"<fieldset><legend>{label}</legend>{answer}</fieldset>")
            if s.key == form.stage_after and marker:
                rows.append(f"<p><b>{form.stage_marker}</b></p>")
    parts.append(f'<div class="rows">{"".join(rows)}</div>' if style == "table" else "".join(rows))
    return "".join(parts)


def page_html(form: Form, rng: random.Random, style: str) -> str:
    size = rng.choice((9.5, 10, 10.5))
    label = rng.randint(40, 52)
    css = CSS % {
        "font": rng.choice(("Liberation Sans", "DejaVu Sans", "Liberation Serif")),
        "size": size,
        "title": size + 4,
        "label": label,
        "margin": label + 4,
        "align": rng.choice(("left", "right")),
    }
    top = f'<div class="top"><span>{html.escape(form.running_header)}</span><span>{html.escape(form.dnr)}</span></div>'
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
        f"{top}<h1>{html.escape(form.title)}</h1>{body(form, style)}</body></html>"
    )


def render(form: Form, rng: random.Random, path: Path) -> None:
    style = rng.choice(STYLES)
    print_to_pdf(page_html(form, rng, style), path)
