"""The text-layer families: five producers none of the earlier generators used, each as the kind of system that
prints with it.

`htmldoc_table` (HTMLDOC 1.9, its own HTML renderer and its own embedded Sans or Serif faces, text in cp1252: on even turns a label | answer
table without rules whose every other row is tinted, on odd turns each label bold and underlined on a line above its
answer; running header and "Sida n av N" from HTMLDOC's header comments); `haru_caption` (libharu 2.3 from a small C
program, h24_haru.c, compiled on first use: h24_layout's `caption_under` pages, answers typed on ruled lines with
the label a small caption under them; base-14 Helvetica on even turns, Liberation Serif embedded as TrueType on odd
turns); `qt_sidebar` (Qt 5's QPdfWriter and QPainter from Debian's PyQt5: h24_layout's `sidebar_pairs` pages, a
letterhead sidebar with the office's address and telephone, the form beside it; Qt's own CID font subsets);
`pdfmake_cells` (pdfmake 0.2 under Node: an authority's ruled grid whose every cell holds a tiny caption in its
corner over the typed answer, the short fields three or two cells a row; pdfmake's own table flow);
`dompdf_inline` (Debian's dompdf 2 from PHP: "Label:" bold and run in before its answer, an application's short
fields a grid of two label | value pairs a row on odd turns; base-14 Helvetica; position: fixed for the running
header).
"""

from __future__ import annotations

import html
import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h24_content import Form, Section
from h24_layout import layout, ops

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# pdfmake from npm and the compiled libharu driver live beside the virtualenv, never in the project's dependencies:
#   npm install --prefix .venv/h24-node pdfmake@0.2.10
PDFMAKE = REPO / ".venv" / "h24-node" / "node_modules" / "pdfmake"
HARU = REPO / ".venv" / "h24-bin" / "h24_haru"
SYSTEM_PYTHON = Path("/usr/bin/python3")
DOMPDF = Path("/usr/share/php/dompdf/autoload.php")
FONTS = Path("/usr/share/fonts/truetype")


def htmldoc_available() -> bool:
    return shutil.which("htmldoc") is not None


def haru_available() -> bool:
    return shutil.which("gcc") is not None and Path("/usr/include/hpdf.h").exists()


def qt_available() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    return subprocess.run([str(SYSTEM_PYTHON), "-c", "import PyQt5.QtGui"], capture_output=True).returncode == 0


def pdfmake_available() -> bool:
    return shutil.which("node") is not None and (PDFMAKE / "package.json").exists()


def dompdf_available() -> bool:
    return shutil.which("php") is not None and DOMPDF.exists()


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=240, env=env)


def _answer_html(section: Section) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in section.lines())


def _footer(rng: random.Random) -> tuple[str, str]:
    """A footer format in the drivers' own words for page and pages."""
    return rng.choice((("Sida {n} av {total}", "Sida {n} av {total}"), ("Sida {n} ({total})", "Sida {n} ({total})")))


def htmldoc(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    footer = _footer(rng)[0].format(n="$PAGE", total="$PAGES")
    head = (
        f'<!-- HEADER LEFT "{form.running_header}" --><!-- HEADER RIGHT "{form.dnr}" -->'
        f'<!-- HEADER CENTER "" --><!-- FOOTER RIGHT "{footer}" --><!-- FOOTER LEFT "" --><!-- FOOTER CENTER "" -->'
    )
    body = [f'<p align="center"><font size="+2"><b>{html.escape(form.title)}</b></font></p>']
    marker = f"<p><b>{form.stage_marker}</b></p>" if form.stage_marker else ""
    if turn % 2 == 0:
        width = rng.choice((28, 32, 36))
        body.append('<table width="100%" cellpadding="5" cellspacing="0" border="0">')
        for n, section in enumerate(form.sections):
            tint = ' bgcolor="#e4e4e4"' if n % 2 == 0 else ""
            body.append(
                f'<tr{tint}><td width="{width}%" valign="top"><b>{html.escape(section.label)}</b></td>'
                f'<td valign="top">{_answer_html(section) or "&nbsp;"}</td></tr>'
            )
            if section.key == form.stage_after and marker:
                body.append(f'<tr><td>&nbsp;</td><td valign="top">{marker}</td></tr>')
        body.append("</table>")
    else:
        for section in form.sections:
            body.append(f"<p><b><u>{html.escape(section.label)}</u></b></p>{_answer_html(section)}")
            if section.key == form.stage_after:
                body.append(marker)
    page = f"<html><head><title>{html.escape(form.title)}</title></head><body>{head}{''.join(body)}</body></html>"
    with tempfile.TemporaryDirectory(prefix="h24-htmldoc-") as tmp:
        source = Path(tmp) / "form.html"
        source.write_bytes(page.encode("cp1252"))
        face = "sans" if turn % 4 < 2 else "serif"
        _run(
            ["htmldoc", "--webpage", "--charset", "cp-1252", "--size", "a4", "--bodyfont", face, "--headfootfont",
             "helvetica", "--fontsize", rng.choice(("10", "10.5", "11")), "--headfootsize", "8.5", "--left", "20mm",
             "--right", "20mm", "--top", "18mm", "--bottom", "18mm", "--header", "t.D",
             "--footer", "..1", "-f", str(out), str(source)]
        )  # fmt: skip


def _compiled_haru() -> Path:
    if not HARU.exists():
        HARU.parent.mkdir(parents=True, exist_ok=True)
        _run(["gcc", "-O2", "-o", str(HARU), str(HERE / "h24_haru.c"), "-lhpdf"])
    return HARU


def haru(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "caption_under")
    with tempfile.TemporaryDirectory(prefix="h24-haru-") as tmp:
        data = Path(tmp) / "pages.ops"
        data.write_bytes(ops(pages).encode("cp1252"))
        _run([str(_compiled_haru()), str(data), str(out), str(turn % 2), str(turn % 3 != 1)])
    return len(pages)


def qt(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "sidebar_pairs")
    family = "Liberation Sans" if turn % 2 == 0 else "Liberation Serif"  # no wider than the measure
    with tempfile.TemporaryDirectory(prefix="h24-qt-") as tmp:
        data = Path(tmp) / "pages.ops"
        data.write_text(ops(pages), "utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        _run([str(SYSTEM_PYTHON), str(HERE / "h24_qt.py"), str(data), str(out), family], env)
    return len(pages)


def _cell(section: Section, caption: float, bold: bool = False) -> dict:
    lines = section.lines()
    stack: list[dict] = [{"text": section.label, "fontSize": caption, "color": "#333333", "margin": [0, 0, 0, 2]}]
    stack += [{"text": line, "bold": bold, "margin": [0, 0, 0, 3]} for line in lines] or [{"text": " "}]
    return {"stack": stack}


def pdfmake(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    caption = rng.choice((6.5, 7.0))
    per_row = (3 if turn % 2 == 0 else 2) if form.header else 2
    grid = form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]
    content: list[dict] = [
        {"text": form.title, "bold": True, "fontSize": 13, "alignment": "center", "margin": [20, 0, 20, 14]}
    ]
    rows = []
    for start in range(0, len(grid), per_row):
        row = [_cell(s, caption) for s in grid[start : start + per_row]]
        if len(row) < per_row:
            row[-1]["colSpan"] = per_row - len(row) + 1
            row += [{}] * (per_row - len(row))
        rows.append(row)
    content.append({"table": {"widths": ["*"] * per_row, "body": rows}, "margin": [0, 0, 0, 8]})
    body = []
    for section in form.sections:
        if section in grid:
            continue
        body.append([_cell(section, caption)])
        if section.key == form.stage_after and form.stage_marker:
            body.append([{"text": form.stage_marker, "bold": True}])
    content.append({"table": {"widths": ["*"], "body": body, "dontBreakRows": False}})
    regular, bold = (("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf")
                     if turn % 2 == 0 else ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"))  # fmt: skip
    face = {"normal": str(FONTS / regular), "bold": str(FONTS / bold)}
    definition = {
        "fonts": {"Form": {**face, "italics": face["normal"], "bolditalics": face["bold"]}},
        "furniture": {"left": form.running_header, "dnr": form.dnr, "footer": _footer(rng)[0]},
        "pageSize": "A4",
        "pageMargins": [56, 64, 56, 60],
        "defaultStyle": {"font": "Form", "fontSize": rng.choice((9.5, 10)), "lineHeight": 1.15},
        "info": {"title": form.title, "creator": "Mina ärenden"},
        "content": content,
    }
    with tempfile.TemporaryDirectory(prefix="h24-pdfmake-") as tmp:
        data = Path(tmp) / "form.json"
        data.write_text(json.dumps(definition, ensure_ascii=False), "utf-8")
        env = dict(os.environ, H24_PDFMAKE=str(PDFMAKE))
        _run(["node", str(HERE / "h24_pdfmake.js"), str(data), str(out)], env)


# Helvetica-Bold's widths of the Swedish letters, in thousandths of an em: Debian's dompdf measures them as nothing in
# bold, so a run-in label is padded by them to keep its answer from overprinting it.
_BOLD_WIDTHS = {"å": 556, "ä": 556, "ö": 611, "Å": 722, "Ä": 722, "Ö": 778, "é": 556}


def _bold_label(label: str) -> str:
    pad = sum(_BOLD_WIDTHS.get(c, 0) for c in label) / 1000
    return f'<b style="padding-right: {pad:.3f}em">{html.escape(label)}</b>'


def dompdf(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    font = "Helvetica"  # a core font: Debian ships dompdf no metrics for DejaVu, and wrong ones for Times-Bold
    size = rng.choice((9.5, 10, 10.5))
    css = (
        f"@page {{ margin: 70px 60px 70px 60px; }} body {{ font-family: '{font}'; font-size: {size}pt; }}"
        " #head { position: fixed; top: -42px; left: 0; right: 0; font-size: 8.5pt; }"
        " #head span { float: right; } h1 { font-size: 13pt; text-align: center; margin: 0 30px 16px 30px; }"
        " p { margin: 0 0 4px 0; } .field { margin: 0 0 9px 0; }"
        " table.grid { width: 100%; border-collapse: collapse; margin-bottom: 12px; }"
        " table.grid td { vertical-align: top; padding: 3px 4px; border-bottom: 0.5px solid #777; }"
        " td.l { background: #e6e6e6; width: 17%; }"
    )
    parts = [
        f'<div id="head">{html.escape(form.running_header)}<span>{html.escape(form.dnr)}</span></div>',
        f"<h1>{html.escape(form.title)}</h1>",
    ]
    inline = list(form.sections)
    if turn % 2 == 1 and form.header:  # the short fields a grid of two label | value pairs a row
        parts.append('<table class="grid">')
        for start in range(0, len(form.header), 2):
            cells = "".join(
                f'<td class="l">{html.escape(s.label)}</td><td>{html.escape(" ".join(s.lines()))}</td>'
                for s in form.header[start : start + 2]
            )
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
        inline = [s for s in form.sections if s not in form.header]
    for section in inline:
        lines = section.lines() or [""]
        first = f"<p>{_bold_label(section.label + ':')} {html.escape(lines[0])}</p>"
        parts.append(f'<div class="field">{first}{"".join(f"<p>{html.escape(x)}</p>" for x in lines[1:])}</div>')
        if section.key == form.stage_after and form.stage_marker:
            parts.append(f'<p class="field"><b>{form.stage_marker}</b></p>')
    page = f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>{"".join(parts)}</body></html>'
    footer = _footer(rng)[1].format(n="{PAGE_NUM}", total="{PAGE_COUNT}")
    with tempfile.TemporaryDirectory(prefix="h24-dompdf-") as tmp:
        source = Path(tmp) / "form.html"
        source.write_text(page, "utf-8")
        _run(["php", str(HERE / "h24_dompdf.php"), str(source), str(out), footer, font])
