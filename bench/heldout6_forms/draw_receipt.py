"""A municipal e-service receipt ("Ditt ärende") printed by headless Chromium, offline.

Families:
- `receipt_grid`: fieldsets with legends; the case's own facts (ärendenummer, inskickat) and the short
  leading fields in a CSS grid of two or three label-above-value cells per row; the rest as a definition
  list with the label (dt) beside its answer (dd);
- `receipt_stacked`: the same fieldsets, every label above its answer (dt over dd), a rule under each answer.
Legends are group headings, not fields (no section in the truth).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from .common import header_rows, is_placeholder, parts
from .content import MARKER, Form

CSS = """
@page { size: A4; margin: %(margin)s; }
body { font-family: %(font)s; font-size: %(size)spt; color: #222; line-height: 1.35; }
h1 { font-size: %(h1)spt; margin: 0 0 10pt 0; color: %(accent)s; }
fieldset { border: 1px solid #b8b8b8; border-radius: 4px; margin: 0 0 12pt 0; padding: 6pt 10pt 8pt 10pt; }
legend { font-weight: bold; padding: 0 4pt; color: %(accent)s; }
.grid { display: grid; grid-template-columns: repeat(%(cols)s, 1fr); gap: 6pt 14pt; }
.grid .label, dt { font-weight: %(label_weight)s; font-size: %(label_size)s; %(label_case)s }
.grid .value { margin: 1pt 0 0 0; }
dl.beside { display: grid; grid-template-columns: %(dt_width)s 1fr; gap: 6pt 12pt; margin: 0; }
dl.beside dd { margin: 0; }
dl.stacked dt { margin-top: 8pt; }
dl.stacked dd { margin: 2pt 0 0 0; padding-bottom: 5pt; border-bottom: 1px solid #cfcfcf; }
dd p { margin: 0 0 4pt 0; }
dd ul { margin: 2pt 0 4pt 0; padding-left: 14pt; list-style: none; }
dd li { text-indent: -10pt; }
.marker { font-weight: bold; }
"""


def _answer_html(text: str) -> str:
    out, items, tag = [], [], None
    for part in [*parts(text), None]:
        kind = part.kind if part else None
        if items and kind != ("bullet" if tag == "ul" else "number"):
            # Markers written as text (the list's own markers would be drawn as shapes, not text)
            out.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ul>")
            items, tag = [], None
        if part is None:
            break
        if part.kind == "para":
            if part.text:
                out.append(f"<p>{escape(part.text)}</p>")
        else:
            tag = "ul" if part.kind == "bullet" else "ol"
            items.append(("• " if part.kind == "bullet" else part.mark + " ") + part.text)
    return "".join(out)


def page(form: Form, rng: random.Random, family: str) -> str:
    caps = rng.random() < 0.35
    style = CSS % {
        "margin": rng.choice(("16mm 18mm", "20mm", "14mm 22mm")),
        "font": rng.choice(
            ('"DejaVu Sans", sans-serif', '"Liberation Sans", Arial, sans-serif', '"Liberation Serif", serif')
        ),
        "size": rng.choice((9.5, 10, 10.5, 11)),
        "h1": rng.choice((15, 16, 18)),
        "accent": rng.choice(("#0b4f8a", "#222", "#5a2a82")),
        "cols": rng.choice((2, 3)),
        "label_weight": rng.choice(("bold", "600", "normal")),
        "label_size": "0.85em" if caps else rng.choice(("1em", "0.92em")),
        "label_case": "text-transform: uppercase; letter-spacing: 0.03em;" if caps else "",
        "dt_width": rng.choice(("32%", "38%", "28%")),
    }
    heads = header_rows(form)
    body = [f"<h1>{escape(form.title)}</h1>"]
    case = [
        ("Ärendenummer", f"{rng.choice(('SB', 'E'))}-{form.year}-{rng.randint(10000, 99999)}"),
        ("Inskickat", form.date),
    ]
    cells = "".join(
        f'<div><div class="label">{escape(a)}</div><div class="value">{escape(b)}</div></div>' for a, b in case
    )
    if family == "receipt_grid":
        cells += "".join(
            f'<div><div class="label">{escape(form.rows[i].label)}</div>'
            f'<div class="value">{escape("" if is_placeholder(form.rows[i].text) else form.rows[i].text)}</div></div>'
            for i in heads
        )
        rest = [i for i in range(len(form.rows)) if i not in heads]
    else:
        rest = list(range(len(form.rows)))
    body.append(f'<fieldset><legend>Ditt ärende</legend><div class="grid">{cells}</div></fieldset>')
    kind = "beside" if family == "receipt_grid" else "stacked"
    items = []
    for i in rest:
        r = form.rows[i]
        if r.style == MARKER:
            items.append(f'<dt></dt><dd class="marker">{escape(r.text)}</dd>')
        else:
            items.append(f"<dt>{escape(r.label)}</dt><dd>{_answer_html(r.text)}</dd>")
    legend = "Redovisning" if form.form_kind == "uppfoljning" else "Ansökan"
    body.append(f'<fieldset><legend>{legend}</legend><dl class="{kind}">{"".join(items)}</dl></fieldset>')
    doc = f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{escape(form.title)}</title>'
    doc += f"<style>{style}</style></head><body>{''.join(body)}</body></html>"
    return doc, case, caps


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    from .content import Row, slug

    if form.extras.pop("receipt_rows", False):  # drawn before (a form grown onto page 2): start again
        del form.rows[0:2]
    html, case, caps = page(form, rng, family)
    # The case's own facts are fields of the printed form: they lead its rows (and are in the truth).
    form.rows[0:0] = [Row(a, b, slug(a)) for a, b in case]
    form.extras["receipt_rows"] = True
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.html"
        source.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                "--print-to-pdf-no-header",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={path}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return {"producer": "chromium", "label_caps": caps}
