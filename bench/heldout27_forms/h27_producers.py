"""The text-layer families: five producers none of the earlier generators used.

`fig2dev_combs` (xfig's FIG format written by this generator, one file a page, turned into PDF by fig2dev 3.2.8 and
joined by qpdf: PostScript Helvetica in Latin-1, a bullet from the Symbol font; the `comb_grid` pages); `pyx_margin` (PyX 0.16's own PDF writer,
from the system's Python with python3-pyx, text by its Unicode engine in URW Nimbus Sans, no TeX; the `margin_rule`
pages); `pdfcreate_captions` (Perl's PDF::Create 1.46, base-14 Times in WinAnsi; the `under_captions` pages);
`vim_hardcopy` (the form typed as a plain-text file and printed by vim's :hardcopy to PostScript in Courier with
vim's own print header (the running header, Dnr and page number), made PDF by Ghostscript's ps2pdf: each label
inline with its answer after a colon, the answer running on at the left margin); `graphviz_table` (Graphviz's dot
writing one HTML-like table node a page through its cairo PDF renderer, the pages joined by qpdf: the short fields
three cells a row, each cell a small grey label over its value; every other section a shaded row holding its
bold label across the table over a row holding its answer).
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from h27_content import Form, Section
from h27_layout import ops, text_width, wrap
from h27_layout import layout as place

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-pyx from apt lives in the system's Python, not the project's


def _run(command: list[str], stdin: bytes | None = None) -> None:
    done = subprocess.run(command, capture_output=True, input=stdin, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')[-800:]}")


def fig2dev_available() -> bool:
    return shutil.which("fig2dev") is not None and shutil.which("qpdf") is not None


# h27_pyx sets its text in the URW Type 1 fonts (uhvr8a, uhvb8a): python3-pyx without them cannot draw a form.
_PYX_PROBE = (
    "from pyx import canvas, text; c = canvas.canvas(); "
    "c.insert(text.UnicodeEngine(fontname='uhvb8a', size=10).text(0, 0, 'Ab')); c.writePDFfile('/dev/null')"
)


def pyx_available() -> bool:
    return subprocess.run([SYSTEM_PYTHON, "-c", _PYX_PROBE], capture_output=True).returncode == 0


def pdfcreate_available() -> bool:
    return subprocess.run(["perl", "-MPDF::Create", "-e", "1"], capture_output=True).returncode == 0


def vim_available() -> bool:
    return shutil.which("vim") is not None and shutil.which("ps2pdf") is not None


def graphviz_available() -> bool:
    return shutil.which("dot") is not None and shutil.which("qpdf") is not None


FIG_UNITS = 1200 / 72  # FIG's units a point
FIG_FONTS = {False: 16, True: 18}  # PostScript Helvetica, Helvetica-Bold


def fig_pages(text: str) -> list[bytes]:
    """One FIG 3.2 file a page of `text` (h27_layout.ops), Latin-1 (cp1252 for the dash and the bullet)."""
    pages: list[list[str]] = []
    for row in text.splitlines():
        f = row.split("\t")
        if f[0] == "P":
            pages.append(["#FIG 3.2", "Portrait", "Flush left", "Inches", "A4", "100.00", "Single", "-2", "1200 2"])
            continue
        if f[0] in ("B", "L", "D"):
            x0, y0, x1, y1 = (round(float(v) * FIG_UNITS) for v in f[1:5])
            if f[0] == "B":
                points = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
                head = "2 2 0 1 0 7 50 -1 -1 0.000 0 0 -1 0 0 5"
            else:
                points = [(x0, y0), (x1, y1)]
                head = f"2 1 {2 if f[0] == 'D' else 0} 1 0 7 50 -1 -1 3.000 0 0 -1 0 0 2"
            pages[-1] += [head, "\t " + " ".join(f"{x} {y}" for x, y in points)]
        elif f[0] == "T":
            x, y, size = map(float, f[1:4])
            body = "\t".join(f[6:]).replace("\\", "\\\\")
            font = FIG_FONTS[f[4] == "1"]
            if body.startswith("• "):  # Latin-1 has no bullet: the Symbol font's, then the item beside it
                pages[-1].append(_fig_text(x, y, size, 32, "\\267"))
                x, body = x + text_width("• ", size), body[2:]
            pages[-1].append(_fig_text(x, y, size, font, body))
    return ["\n".join([*page, ""]).encode("cp1252", errors="replace") for page in pages]


def _fig_text(x: float, y: float, size: float, font: int, body: str) -> str:
    """A FIG text object at its baseline's left end (FIG's sizes are 0.9 of a point)."""
    w = round(text_width(body, size) * FIG_UNITS)
    return (
        f"4 0 0 40 -1 {font} {size / 0.9:.2f} 0.0000 4 {round(size * FIG_UNITS)} {w} "
        f"{round(x * FIG_UNITS)} {round(y * FIG_UNITS)} {body}\\001"
    )


def _joined(parts: list[Path], out: Path) -> None:
    _run(["qpdf", str(parts[0]), "--pages", *map(str, parts), "--", str(out)])  # the first part's information


def fig2dev(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "comb_grid")
    with tempfile.TemporaryDirectory(prefix="h27-fig-") as tmp:
        parts = []
        for n, fig in enumerate(fig_pages(ops(pages)), 1):
            source, part = Path(tmp) / f"page{n}.fig", Path(tmp) / f"page{n}.pdf"
            source.write_bytes(fig)
            _run(["fig2dev", "-L", "pdf", "-P", "-z", "A4", str(source), str(part)])
            parts.append(part)
        _joined(parts, out)
    return len(pages)


def _driven(form: Form, rng: random.Random, out: Path, name: str, command: list[str]) -> int:
    """`form` laid out as `name` and drawn by a driver in another language: `command` OPS PDF [its own arguments]."""
    pages = place(form, rng, name)
    with tempfile.TemporaryDirectory(prefix="h27-ops-") as tmp:
        source = Path(tmp) / "form.ops"
        source.write_text(ops(pages), "utf-8")
        _run([*command[:2], str(source), str(out), *command[2:]])
    return len(pages)


def pyx(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    return _driven(form, rng, out, "margin_rule", [SYSTEM_PYTHON, str(HERE / "h27_pyx.py")])


def pdfcreate(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    return _driven(form, rng, out, "under_captions", ["perl", str(HERE / "h27_create.pl"), form.title])


COLUMNS = 78  # Courier 10 on A4 between 20 mm margins


def plain_text(form: Form, rng: random.Random) -> str:
    """The form as a plain-text file: the title underlined, each label inline with its answer after a colon, the
    answer running on at the left margin, a blank line between sections."""
    out = [*textwrap.wrap(form.title, COLUMNS)]
    out += ["=" * min(COLUMNS, max(map(len, out))), ""]
    for section in form.sections:
        lines = section.lines() or [""]
        first = f"{section.label}: {lines[0]}".rstrip()
        out += textwrap.wrap(first, COLUMNS, break_on_hyphens=False)
        for line in lines[1:]:
            out += textwrap.wrap(line, COLUMNS, break_on_hyphens=False, subsequent_indent="  " * line.startswith("•"))
        if section.key == form.stage_after and form.stage_marker:
            out += ["", form.stage_marker]
        out.append("")
    return "\n".join(out) + "\n"


def vim(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    size = rng.choice(("h9", "h10"))
    header = f"{form.running_header}   {form.dnr}%=Sida %N".replace(" ", "\\ ")
    options = (
        f"set printencoding=cp1252 printfont=courier:{size} printheader={header} "
        "printoptions=paper:A4,header:3,left:20mm,right:18mm,top:15mm,bottom:20mm,number:n"
    )
    with tempfile.TemporaryDirectory(prefix="h27-vim-") as tmp:
        source, ps = Path(tmp) / "blankett.txt", Path(tmp) / "blankett.ps"
        source.write_text(plain_text(form, rng), "utf-8")
        _run(["vim", "-N", "-u", "NONE", "-i", "NONE", "-es", "-c", options, "-c", f"hardcopy > {ps}", "-c", "q!",
              str(source)])  # fmt: skip
        _run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(out)])


TABLE_W = 500  # points
ROOM = 640  # points of table a page


def _cell(text: str) -> str:
    return html.escape(text, quote=False).replace("\u00a0", "&#160;")


def _answer_html(section: Section, size: float, width: float) -> tuple[str, int]:
    lines = [line for para in section.lines() for line in wrap(para, size, width)]
    return '<BR ALIGN="LEFT"/>'.join(map(_cell, lines)) + '<BR ALIGN="LEFT"/>', max(1, len(lines))


def table_pages(form: Form, rng: random.Random) -> list[str]:
    """The HTML-like table rows of each page: the title, the short fields three cells a row, then label rows over
    answer rows; a long answer split over pages at its lines."""
    size = rng.choice((9.0, 10.0))
    lead = size * 1.2
    shade = rng.choice(("#d9d9d9", "#dde6ee", "#e4e0d4"))
    pages: list[list[str]] = [[]]
    used = 0.0

    def add(row: str, height: float) -> None:
        nonlocal used
        if used + height > ROOM and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += height

    title = "<BR/>".join(map(_cell, wrap(form.title, size + 3, TABLE_W - 10, bold=True)))
    add(f'<TR><TD COLSPAN="6" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="{size + 3}"><B>{title}</B></FONT></TD></TR>',
        (size + 3) * 1.3 * (title.count("<BR/>") + 1) + 12)  # fmt: skip
    grid = form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]
    per_row = 3 if form.header else 2
    span = 6 // per_row
    for start in range(0, len(grid), per_row):
        row = grid[start : start + per_row]
        cells, depth = [], 1
        for section in row:
            answer, n = _answer_html(section, size, TABLE_W / per_row - 12)
            depth = max(depth, n)
            colspan = span if section is not row[-1] else span * (per_row - len(row) + 1)
            cells.append(
                f'<TD COLSPAN="{colspan}" ALIGN="LEFT" BALIGN="LEFT" VALIGN="TOP"><FONT POINT-SIZE="{size - 2}" '
                f'COLOR="#555555">{_cell(section.label)}</FONT><BR ALIGN="LEFT"/>{answer}</TD>'
            )
        add("<TR>" + "".join(cells) + "</TR>", (depth + 1) * lead + 10)
    for section in form.sections:
        if section in grid:
            continue
        label = "<BR/>".join(_cell(x) for x in wrap(section.label, size, TABLE_W - 10, bold=True))
        lines = [line for para in section.lines() for line in wrap(para, size, TABLE_W - 14)] or [""]
        head = f'<TR><TD COLSPAN="6" ALIGN="LEFT" BGCOLOR="{shade}"><B>{label}</B></TD></TR>'
        head_h = lead * (label.count("<BR/>") + 1) + 8
        if used + head_h + lead * min(3, len(lines)) + 10 > ROOM and pages[-1]:
            pages.append([])
            used = 0.0
        add(head, head_h)
        chunk: list[str] = []
        for line in lines:
            if used + lead * (len(chunk) + 1) + 10 > ROOM:
                add(_answer_row(chunk), 0)
                pages.append([])
                used, chunk = 0.0, []
            chunk.append(line)
        add(_answer_row(chunk), lead * len(chunk) + 10)
        if section.key == form.stage_after and form.stage_marker:
            add(f'<TR><TD COLSPAN="6" ALIGN="LEFT"><B>{_cell(form.stage_marker)}</B></TD></TR>', lead + 10)
    return [f"{size}\t" + "".join(rows) for rows in pages]


def _answer_row(lines: list[str]) -> str:
    body = '<BR ALIGN="LEFT"/>'.join(map(_cell, lines)) + '<BR ALIGN="LEFT"/>'
    return f'<TR><TD COLSPAN="6" ALIGN="LEFT" BALIGN="LEFT">{body}</TD></TR>'


def dot_source(rows: str, size: float, form: Form, n: int, total: int, footer: str) -> str:
    header = f"{_cell(form.running_header)}     {_cell(form.dnr)}"
    foot = _cell(footer.format(n=n, total=total))
    return (
        'graph blankett { graph [margin=0.6 pad=0.2 page="8.27,11.69"] node [shape=plaintext fontname="Helvetica" '
        f"fontsize={size:g}]\n"
        '  sida [label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="5" '
        f'WIDTH="{TABLE_W}" FIXEDSIZE="FALSE">'
        f'<TR><TD COLSPAN="6" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="8">{header}</FONT></TD></TR>'
        f"{rows}"
        f'<TR><TD COLSPAN="6" BORDER="0" ALIGN="RIGHT"><FONT POINT-SIZE="8">{foot}</FONT></TD></TR>'
        "</TABLE>>]\n}\n"
    )


def graphviz(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})"))
    pages = table_pages(form, rng)
    with tempfile.TemporaryDirectory(prefix="h27-dot-") as tmp:
        parts = []
        for n, page in enumerate(pages, 1):
            size, rows = page.split("\t", 1)
            source, part = Path(tmp) / f"page{n}.gv", Path(tmp) / f"page{n}.pdf"
            source.write_text(dot_source(rows, float(size), form, n, len(pages), footer), "utf-8")
            _run(["dot", "-Tpdf", str(source), "-o", str(part)])
            parts.append(part)
        _joined(parts, out)
    return len(pages)
