"""HTML for a form printed by wkhtmltopdf (Qt WebKit's PDF engine, Debian's build on unpatched Qt: no running
header or footer, CSS pixels at 0.62 pt), in two layouts, a "Bilaga N" / Dnr line above the title on the first
page:

`table_html`: a table of label | answer rows (borders, rules between rows or none; labels in th cells, bold or
shaded), an application's header fields two pairs a row, a CSS-drawn logo; `dl_html`: a definition list with
labels above their answers, floated beside them, or run in as "Label: answer" paragraphs.
"""

from __future__ import annotations

import html
import random
import subprocess
from pathlib import Path

from h13_content import PLACEHOLDER, Form, Section

FONTS = ("Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Sans Condensed")


def answer(section: Section) -> str:
    if section.placeholder:
        return f'<span style="color:#777">{html.escape(PLACEHOLDER)}</span>'
    parts = [f"<p>{html.escape(p)}</p>" for p in section.paragraphs]
    if section.bullets:
        # The bullet as a glyph with a hanging indent, as Word's lists print (a CSS list marker is a drawn shape).
        parts.append("".join(f"<p class='li'>•&nbsp;&nbsp;{html.escape(b)}</p>" for b in section.bullets))
    return "".join(parts)


def head(rng: random.Random) -> str:
    font = rng.choice(FONTS)
    size = rng.choice((16, 17, 18))
    return (
        "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><style>"
        f"body {{ font-family: '{font}'; font-size: {size}px; }}"
        "p { margin: 0 0 5px 0; } p.li { margin: 0 0 2px 18px; text-indent: -14px; }"
        "table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; text-align: left; padding: 5px; }"
        "tr { page-break-inside: auto; }"
        "h1 { font-size: 25px; margin: 6px 0 14px 0; } .top { font-size: 12px; margin-bottom: 8px; }"
        ".logo { width: 36px; height: 42px; background: #003c82; border-radius: 0 0 13px 13px; display: inline-block; }"
        ".city { font-weight: bold; font-size: 16px; vertical-align: top; margin-left: 8px; }"
        "</style></head><body>"
    )


def logo(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    return (
        "<div><span class='logo'></span>"
        + ("<span class='city'>Stockholms stad</span>" if rng.random() < 0.5 else "")
        + "</div>"
    )


def top(form: Form, rng: random.Random) -> str:
    """The first page's header line: "Bilaga N" (or the office) left, the Dnr right."""
    if rng.random() < 0.15:
        return ""
    appendix = form.title.split(" ")[1] if form.title.startswith("Bilaga") else ""
    left = f"Bilaga {appendix}" if appendix else "Trafikkontoret"
    return (
        f"<div class='top'><span>{left}</span><span style='float: right'>{html.escape(form.dnr)}</span></div>"
        "<div style='clear: both'></div>"
    )


def table_html(form: Form, rng: random.Random) -> str:
    rules = rng.choice(("all", "rows", "none"))
    cell = {"all": "border: 1px solid #000;", "rows": "border-bottom: 1px solid #666;", "none": ""}[rules]
    shade = "background: #e4e4e4;" if rng.random() < 0.4 else ""
    weight = "bold" if rng.random() < 0.6 else "normal"
    width = rng.choice((24, 28, 32, 36))
    th = f"style='{cell}{shade} font-weight: {weight}; width: {width}%'"
    td = f"style='{cell}'"
    out = [head(rng), top(form, rng), logo(rng), f"<h1>{html.escape(form.title)}</h1>"]
    if form.header:
        if rng.random() < 0.6:
            rows = []
            for i in range(0, len(form.header), 2):
                pair = form.header[i : i + 2]
                rows.append(
                    "<tr>"
                    + "".join(
                        f"<th style='{cell}{shade} font-weight: {weight}; width: 16%'>{html.escape(s.label)}</th>"
                        f"<td style='{cell} width: 34%'>{answer(s)}</td>"
                        for s in pair
                    )
                    + "</tr>"
                )
        else:
            rows = [f"<tr><th {th}>{html.escape(s.label)}</th><td {td}>{answer(s)}</td></tr>" for s in form.header]
        out.append("<table>" + "".join(rows) + "</table><div style='height: 14px'></div>")
    rows = []
    for i, s in enumerate(form.sections):
        if i == form.stage_after():
            rows.append(f"<tr><th {th}></th><td {td}><b>{html.escape((form.stage or '').capitalize())}</b></td></tr>")
        rows.append(f"<tr><th {th}>{html.escape(s.label)}</th><td {td}>{answer(s)}</td></tr>")
    out.append("<table>" + "".join(rows) + "</table></body></html>")
    return "".join(out)


def dl_html(form: Form, rng: random.Random) -> str:
    mode = rng.choice(("above", "float", "runin"))
    # "Behovsanalys/problembeskrivning" does not wrap: an application's floated labels need room for it.
    width = rng.choice((340, 360)) if form.header else rng.choice((150, 170, 190))
    out = [head(rng), top(form, rng), logo(rng), f"<h1>{html.escape(form.title)}</h1>"]
    sections = form.all_sections()
    stage_at = form.stage_after() + len(form.header) if form.stage_after() >= 0 else -1
    style_dt = {
        "above": "font-weight: bold; margin-top: 10px;",
        "float": f"float: left; clear: left; width: {width}px; font-weight: bold; text-align: right;",
        "runin": "",
    }[mode]
    style_dd = {"above": "margin: 2px 0 6px 0;", "float": f"margin: 0 0 10px {width + 16}px;", "runin": ""}[mode]
    out.append("<dl>")
    for i, s in enumerate(sections):
        if i == stage_at:
            word = html.escape((form.stage or "").capitalize())
            out.append(
                f"<dt style='{style_dt}'></dt><dd style='{style_dd}'>{word}</dd>"
                if mode == "float"
                else f"<p>{word}</p>"
            )
        if mode == "runin" and s.short:
            text = html.escape(PLACEHOLDER) if s.placeholder else html.escape(s.text)
            out.append(f"<p><b>{html.escape(s.label)}:</b> {text}</p>")
        elif mode == "runin":
            out.append(f"<p style='margin-top: 8px'><b>{html.escape(s.label)}</b></p>{answer(s)}")
        else:
            out.append(f"<dt style='{style_dt}'>{html.escape(s.label)}</dt><dd style='{style_dd}'>{answer(s)}</dd>")
    out.append("</dl></body></html>")
    return "".join(out)


def print_pdf(page: str, form: Form, rng: random.Random, landscape: bool, workdir: Path, pdf: Path) -> None:
    src = workdir / (pdf.stem + ".html")
    src.write_text(page, encoding="utf-8")
    args = [
        "wkhtmltopdf",
        "--quiet",
        "--encoding",
        "utf-8",
        "--page-size",
        "A4",
        "--orientation",
        "Landscape" if landscape else "Portrait",
        "--margin-top",
        f"{rng.randint(15, 25)}mm",
        "--margin-bottom",
        "20mm",
        "--margin-left",
        f"{rng.randint(15, 25)}mm",
        "--margin-right",
        f"{rng.randint(15, 25)}mm",
    ]
    subprocess.run([*args, str(src), str(pdf)], check=True, capture_output=True, timeout=120)
