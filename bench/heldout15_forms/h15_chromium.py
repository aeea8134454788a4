"""`chromium_css`: a city web form printed by headless Chromium (`--print-to-pdf`) from HTML and CSS written
here. Four layouts: a CSS grid of label | answer rows (labels right- or left-aligned); a `<table>` whose header
fields are pairs side by side (label | value | label | value) and whose longer answers span three columns
(`colspan`); labels above their answers set in two CSS columns; and flex rows "Label: answer". The "Bilaga N" /
Dnr line is on the first page only; Chromium's own header and footer are off.
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h15_content import Form, Section

STYLES = ("grid", "pairs", "columns", "flex")
CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: %(size)spt; line-height: 1.35; }
.top { display: flex; justify-content: space-between; font-size: 8pt; margin-bottom: 10mm; }
h1 { font-size: %(title)spt; margin: 0 0 8mm 0; }
.label { font-weight: %(weight)s; }
.empty { color: #777; }
p { margin: 0 0 4pt 0; }
ul { margin: 0 0 4pt 0; padding-left: 0; list-style: none; }
.grid { display: grid; grid-template-columns: %(label)smm 1fr; column-gap: 6mm; row-gap: 5pt; }
.grid .label { text-align: %(align)s; }
table { border-collapse: collapse; width: 100%%; }
td { vertical-align: top; padding: 3pt 4pt; border: %(border)s; }
.pairs td.label { width: 22mm; }
.columns { column-count: 2; column-gap: 9mm; }
.columns .label { margin-top: 6pt; break-after: avoid; }
.flex { display: flex; gap: 2mm; margin-bottom: 5pt; flex-wrap: wrap; }
.flex > .answer { flex: 1 1 60%%; }
"""


def available() -> bool:
    return shutil.which("chromium") is not None


def answer_html(section: Section) -> str:
    if not section.blocks:
        return '<p class="empty">Klicka här för att ange text.</p>' if section.placeholder else ""
    parts = []
    for block in section.blocks:
        if isinstance(block, list):
            parts.append("<ul>" + "".join(f"<li>• {html.escape(item)}</li>" for item in block) + "</ul>")
        else:
            parts.append(f"<p>{html.escape(block)}</p>")
    return "".join(parts)


def body(form: Form, style: str) -> str:
    rows = []
    marker = f"<b>{form.stage_marker}</b>" if form.stage_marker else ""
    header = form.header if style == "pairs" else []
    if style == "pairs":
        for i in range(0, len(header), 2):
            cells = "".join(
                f'<td class="label">{html.escape(s.label)}</td><td>{answer_html(s)}</td>' for s in header[i : i + 2]
            )
            rows.append(f"<tr>{cells}</tr>")
    for s in form.sections:
        if s in header:
            continue
        label, answer = html.escape(s.label), answer_html(s)
        if style == "pairs":
            rows.append(f'<tr><td class="label">{label}</td><td colspan="3">{answer}</td></tr>')
            if s.key == form.stage_after and marker:
                rows.append(f'<tr><td></td><td colspan="3">{marker}</td></tr>')
        elif style == "grid":
            rows.append(f'<div class="label">{label}</div><div class="answer">{answer}</div>')
            if s.key == form.stage_after and marker:
                rows.append(f"<div></div><div>{marker}</div>")
        elif style == "columns":
            rows.append(f'<div class="label">{label}</div><div class="answer">{answer}</div>')
            if s.key == form.stage_after and marker:
                rows.append(f"<p>{marker}</p>")
        else:
            rows.append(
                f'<div class="flex"><span class="label">{label}:</span><div class="answer">{answer}</div></div>'
            )
            if s.key == form.stage_after and marker:
                rows.append(f'<div class="flex">{marker}</div>')
    inner = "".join(rows)
    if style == "pairs":
        return f'<table class="pairs">{inner}</table>'
    return f'<div class="{style}">{inner}</div>'


def page_html(form: Form, rng: random.Random, style: str) -> str:
    size = rng.choice((9.5, 10, 10.5, 11))
    css = CSS % {
        "size": size,
        "title": size + 4,
        "weight": rng.choice(("bold", "bold", "normal")),
        "label": rng.randint(38, 55),
        "align": rng.choice(("left", "right")),
        "border": rng.choice(("0.5pt solid #444", "none", "0.5pt solid #bbb")),
    }
    top = f'<div class="top"><span>{html.escape(form.running_header)}</span><span>{html.escape(form.dnr)}</span></div>'
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
        f"{top}<h1>{html.escape(form.title)}</h1>{body(form, style)}</body></html>"
    )


def print_to_pdf(page: str, path: Path) -> None:
    """Print the HTML document `page` to `path` with headless Chromium, its own header and footer off."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={path}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )


def render(form: Form, rng: random.Random, path: Path) -> None:
    style = rng.choice(STYLES)
    print_to_pdf(page_html(form, rng, style), path)
