"""The text-layer families: five producers none of the earlier generators used.

`rpdf_cells` (R's own pdf() device, base-14 Helvetica in WinAnsi, from the small R driver h26_rpdf.R: the
`caption_cells` pages; R writes every text size in whole points and, as its devices do, a hyphen as the minus sign's
glyph); `gnuplot_leaders` (gnuplot's pdfcairo terminal: every text a `set label` at its place on an empty plot
filling the page, Liberation Sans, boxes as rectangle objects, rules as headless arrows, dotted rules dash type
(1,3); the `dotted_leaders` pages); `inkscape_badges` (Inkscape 1.2 exporting this generator's SVG, one file a page,
to PDF, the pages joined by qpdf keeping the first page's document information; Liberation Sans; the
`badge_panels` pages); `borb_table` (borb 3, a pure-Python PDF library, from h26_borb.py in the generator's own
Python: the `pair_table` pages); `gnumeric_sheet` (Gnumeric's ssconvert printing a workbook written with openpyxl:
A4 landscape, a header row "Fråga | Svar | Förvaltningens kommentar" repeated on every page, one sheet row a wrapped
line, a section's label in its first rows of column A, its answer's lines down column B, column C left empty for
the office's comment, the sections' rows shaded in turn, thin grid borders; the sheet's own header and footer; the head row's
repetition set in Gnumeric's own file, which does not take a workbook's print titles).
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
from h26_content import Form  # noqa: E402
from h26_layout import ops, wrap  # noqa: E402
from h26_layout import layout as place  # noqa: E402

ROOT = HERE.parents[1]
TOOLS = ROOT / ".venv" / "h26-tools" / "bin" / "python"  # the generator's own Python with borb and openpyxl
FONT = "Liberation Sans"


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, capture_output=True, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')[-800:]}")


def _tools_have(module: str) -> bool:
    if not TOOLS.exists():
        return False
    return subprocess.run([str(TOOLS), "-c", f"import {module}"], capture_output=True).returncode == 0


def rpdf_available() -> bool:
    return shutil.which("Rscript") is not None


def gnuplot_available() -> bool:
    return shutil.which("gnuplot") is not None


def inkscape_available() -> bool:
    return shutil.which("inkscape") is not None and shutil.which("qpdf") is not None


def borb_available() -> bool:
    return _tools_have("borb")


def gnumeric_available() -> bool:
    return shutil.which("ssconvert") is not None and _tools_have("openpyxl")


ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"}


def _with_ops(text: str, command: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="h26-ops-") as tmp:
        data = Path(tmp) / "pages.ops"
        data.write_text(text, "utf-8")
        _run([c.replace("{ops}", str(data)) for c in command], ENV)


def rpdf(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "caption_cells", whole=True)
    _with_ops(ops(pages), ["Rscript", str(HERE / "h26_rpdf.R"), "{ops}", str(out)])
    return len(pages)


def borb(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "pair_table")
    _with_ops(ops(pages), [str(TOOLS), str(HERE / "h26_borb.py"), "{ops}", str(out)])
    return len(pages)


def _grey(level: float) -> str:
    v = round(255 * level)
    return f"#{v:02x}{v:02x}{v:02x}"


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def gnuplot_script(text: str, out: Path) -> str:
    """A gnuplot script drawing the pages of `text` (h26_layout.ops) with pdfcairo: an empty plot spanning each page,
    y down, labels at their baselines (gnuplot centres a label on its point: moved up by 0.42 of the size; its pdfcairo sizes are 4/3 of the font size times the font scale)."""
    lines = [
        f'set terminal pdfcairo size 8.2639in,11.6944in font "{FONT},10" fontscale 0.75 noenhanced',
        "set encoding utf8",
        f"set output {_quoted(str(out))}",
        "set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0",
        "unset border; unset tics; unset key",
    ]
    n = 0
    opened = False
    for row in text.splitlines():
        f = row.split("\t")
        if f[0] == "P":
            if opened:
                lines += ["plot NaN notitle", "unset label; unset object; unset arrow"]
            opened = True
            lines.append(f"set xrange [0:{f[1]}]; set yrange [{f[2]}:0]")
            continue
        n += 1
        if f[0] == "B":
            x0, y0, x1, y1, fill, stroke = map(float, f[1:7])
            style = f"fillstyle solid 1.0 fillcolor rgb '{_grey(fill)}'" if fill >= 0 else "fillstyle empty"
            border = "border lc rgb 'black' lw 1.2" if stroke else "noborder"
            lines.append(f"set object {n} rectangle from {x0},{y0} to {x1},{y1} back {style} {border}")
        elif f[0] in ("L", "D"):
            dash = " dt (1,3)" if f[0] == "D" else ""
            lines.append(f"set arrow {n} from {f[1]},{f[2]} to {f[3]},{f[4]} nohead lw 1.2{dash} lc rgb 'black'")
        elif f[0] == "T":
            x, y, size, bold, grey = map(float, f[1:6])
            face = f"{FONT}:Bold" if bold else FONT
            body = _quoted("\t".join(f[6:]))
            lines.append(
                f"set label {n} {body} at {x},{y - 0.42 * size:.2f} left front "
                f"font '{face},{size:g}' textcolor rgb '{_grey(grey)}'"
            )
    lines.append("plot NaN notitle")
    return "\n".join(lines) + "\n"


def gnuplot(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "dotted_leaders")
    with tempfile.TemporaryDirectory(prefix="h26-gnuplot-") as tmp:
        script = Path(tmp) / "form.gp"
        script.write_text(gnuplot_script(ops(pages), out), "utf-8")
        _run(["gnuplot", str(script)], ENV)
    return len(pages)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_pages(text: str) -> list[str]:
    """One SVG document a page of `text` (h26_layout.ops), in points."""
    pages: list[list[str]] = []
    for row in text.splitlines():
        f = row.split("\t")
        if f[0] == "P":
            pages.append(
                [
                    f'<svg xmlns="http://www.w3.org/2000/svg" width="{f[1]}pt" height="{f[2]}pt" '
                    f'viewBox="0 0 {f[1]} {f[2]}">'
                ]
            )
        elif f[0] == "B":
            x0, y0, x1, y1, fill, stroke = map(float, f[1:7])
            paint = _grey(fill) if fill >= 0 else "none"
            edge = 'stroke="#000" stroke-width="0.6"' if stroke else 'stroke="none"'
            pages[-1].append(
                f'<rect x="{x0}" y="{y0}" width="{x1 - x0:.2f}" height="{y1 - y0:.2f}" fill="{paint}" {edge}/>'
            )
        elif f[0] in ("L", "D"):
            dash = ' stroke-dasharray="0.8 2.2"' if f[0] == "D" else ""
            pages[-1].append(
                f'<line x1="{f[1]}" y1="{f[2]}" x2="{f[3]}" y2="{f[4]}" stroke="#000" stroke-width="0.6"{dash}/>'
            )
        elif f[0] == "T":
            x, y, size, bold, grey = map(float, f[1:6])
            weight = ' font-weight="bold"' if bold else ""
            pages[-1].append(
                f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}"{weight} fill="{_grey(grey)}" '
                f'xml:space="preserve">{_escape(chr(9).join(f[6:]))}</text>'
            )
    return ["\n".join([*page, "</svg>"]) for page in pages]


def inkscape(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "badge_panels")
    with tempfile.TemporaryDirectory(prefix="h26-inkscape-") as tmp:
        parts = []
        for n, svg in enumerate(svg_pages(ops(pages)), 1):
            source, part = Path(tmp) / f"page{n}.svg", Path(tmp) / f"page{n}.pdf"
            source.write_text(svg, "utf-8")
            _run(["inkscape", str(source), "--export-type=pdf", f"--export-filename={part}"], ENV)
            parts.append(str(part))
        _run(["qpdf", parts[0], "--pages", *parts, "--", str(out)], ENV)
    return len(pages)


HEAD = ("Fråga", "Svar", "Förvaltningens kommentar")
WIDTHS = (150.0, 440.0, 150.0)  # points: the label, answer and comment columns on A4 landscape


def sheet_rows(form: Form, rng: random.Random, size: float) -> list[dict]:
    """The workbook's rows: one a line, {"a": label line, "b": answer line, "bold_b": stage marker, "band": k}."""
    rows: list[dict] = []
    for k, section in enumerate(form.sections):
        labels = wrap(section.label, size, WIDTHS[0] - 10, bold=True)
        lines: list[str] = []
        for j, para in enumerate(section.lines()):
            if j and not (para.startswith("•") and section.lines()[j - 1].startswith("•")):
                lines.append("")
            lines += wrap(para, size, WIDTHS[1] - 14)
        for n in range(max(len(labels), len(lines), 1)):
            rows.append(
                {"a": labels[n] if n < len(labels) else "", "b": lines[n] if n < len(lines) else "", "band": k % 2}
            )
        if section.key == form.stage_after and form.stage_marker:
            rows.append({"a": "", "b": form.stage_marker, "bold_b": True, "band": k % 2})
    return rows


def gnumeric(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    size = rng.choice((9.0, 10.0))
    data = {
        "title": form.title,
        "head": list(HEAD),
        "widths": list(WIDTHS),
        "size": size,
        "shade": rng.choice(("F2F2F2", "EAF1F8", "F4F1E8")),
        "running_header": form.running_header,
        "dnr": form.dnr,
        "footer": rng.choice(("Sida &P (&N)", "Sida &P av &N", "&P (&N)")),
        "rows": sheet_rows(form, rng, size),
    }
    with tempfile.TemporaryDirectory(prefix="h26-sheet-") as tmp:
        source, book = Path(tmp) / "form.json", Path(tmp) / "form.xlsx"
        source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        _run([str(TOOLS), str(HERE / "h26_sheet.py"), str(source), str(book)], ENV)
        native = Path(tmp) / "form.gnumeric"
        _run(["ssconvert", str(book), str(native)], ENV)
        # Gnumeric does not take the workbook's print titles: the head row repeated on every page set in its own file
        xml = gzip.decompress(native.read_bytes()).decode("utf-8")
        anchor = '<gnm:print_range value="GNM_PRINT_ACTIVE_SHEET"/>'
        assert anchor in xml, "Gnumeric's print information changed"
        xml = xml.replace(anchor, anchor + '<gnm:repeat_top value="$A$2:$C$2"/>')
        native.write_bytes(gzip.compress(xml.encode("utf-8")))
        _run(["ssconvert", "--export-type=Gnumeric_pdf:pdf_assistant", str(native), str(out)], ENV)
