"""The text-layer families: five producers none of the earlier generators used.

`tex_leaders` (Knuth's TeX, plain format, the program writing DVI, made PDF by dvipdfmx: URW Times in the T1 encoding
(ptmr8t, ptmb8t), the 8-bit input read through cp227.tcx; TeX's own layout, each label in the regular weight joined to
its answer by a row of dot leaders (`\\leaders\\hbox{.}\\hfil`) running to a tab stop 55–65 % across the measure where
the answer starts, the answer's further lines and paragraphs hanging at that stop; a long answer (two paragraphs or
more, or a list) under its label with no leaders, the label bold; lists as "–" items); `builder_corner` (Perl's
PDF::Builder 3.025, core Helvetica encoded cp1252, `text` and `gfx` per page, placing h31_layout's `corner_boxes`);
`mpost_band` (MetaPost, one figure a page, every line `infont "phvr8r"` (URW Helvetica in 8r, embedded by prologues
3), the bands `fill`ed and the frames `draw`n, each figure an EPS made PDF by Ghostscript's ps2pdf and joined by qpdf;
h31_layout's `band_boxes`); `pdfjs_columns` (rkusa's pdfjs 2.5 for Node, base-14 Helvetica, every line an absolutely
placed cell, rules as filled cells: its words set one by one with no space character between them; h31_layout's
`two_columns`); `xetex_turned` (XeTeX, plain format, with Liberation Sans by fontconfig name, every
line placed absolutely, the turned labels by xdvipdfmx's `x:rotate` special, rules by `\\vrule`, made PDF by
xdvipdfmx; h31_layout's `turned_labels`).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h31_content import Form, Section
from h31_layout import Page, Turned, text_width
from h31_layout import layout as place

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / ".venv" / "h31-node" / "node_modules"


def _run(command: list[str], cwd: Path | None = None, env: dict | None = None, stdin: bytes | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=300, cwd=cwd, env=env, input=stdin)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")


def _ok(command: list[str], stdin: bytes = b"") -> bool:
    try:
        return subprocess.run(command, capture_output=True, input=stdin, timeout=120).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def tex_available() -> bool:
    return bool(shutil.which("tex") and shutil.which("dvipdfmx")) and _ok(["kpsewhich", "ptmr8t.tfm"])


def builder_available() -> bool:
    return bool(shutil.which("perl")) and _ok(["perl", "-MPDF::Builder", "-e", "1"])


def mpost_available() -> bool:
    return all(shutil.which(t) for t in ("mpost", "ps2pdf", "qpdf")) and _ok(["kpsewhich", "plain.mp"])


def pdfjs_available() -> bool:
    return bool(shutil.which("node")) and (NODE_MODULES / "pdfjs").is_dir()


def xetex_available() -> bool:
    return bool(shutil.which("xetex") and shutil.which("xdvipdfmx")) and _ok(
        ["kpsewhich", "-engine=xetex", "xetex.fmt"]
    )


# --- plain TeX with dot leaders -----------------------------------------------------------------------------------


def _tex(text: str) -> str:
    """`text` for plain TeX in T1: the specials escaped, the dashes and the non-breaking space TeX's own."""
    out = []
    for ch in text:
        if ch in "#$%&_{}":
            out.append("\\" + ch)
        elif ch == "\\":
            out.append("{\\char92}")
        elif ch in "~^":
            out.append("{\\char%d}" % ord(ch))
        elif ch == "\u2013":
            out.append("--")
        elif ch == "\u2022":
            out.append("--")
        elif ch == "\u00a0":
            out.append("~")
        else:
            out.append(ch)
    return "".join(out)


def _paras(section: Section) -> list[tuple[bool, str]]:
    """The answer's lines, each (is a list item, text)."""
    return [(line.startswith("\u2022 "), line[2:] if line.startswith("\u2022 ") else line) for line in section.lines()]


def tex_source(form: Form, rng: random.Random) -> str:
    size = rng.choice((10, 10.5, 11))
    stop = rng.uniform(0.55, 0.65)
    width = (
        stop * 160 / 25.4 * 72 - 40
    )  # the stop in points, room for a few leaders; Helvetica's widths, wider than Times
    header = _tex(form.running_header)
    footer = rng.choice(("Sida \\folio", "\\folio"))
    out = [
        "\\catcode`\\~=13 \\def~{\\penalty10000\\ }",
        f"\\font\\rm=ptmr8t at {size}pt \\font\\bf=ptmb8t at {size}pt \\font\\big=ptmb8t at {size + 4}pt",
        f"\\font\\small=ptmr8t at {size - 2}pt",
        "\\rm \\hsize=160mm \\vsize=235mm \\hoffset=-0.4in \\voffset=-0.4in \\advance\\hoffset by 25mm",
        "\\advance\\voffset by 22mm \\parindent=0pt \\hyphenpenalty=10000 \\exhyphenpenalty=10000",
        f"\\baselineskip={size * 1.3:.1f}pt \\parskip=2pt plus 1pt \\raggedright \\tolerance=10000 \\overfullrule=0pt",
        f"\\headline={{\\small {header}\\hfil {_tex(form.dnr)}}}",
        f"\\footline={{\\hfil\\small {footer}}}",
        f"\\newdimen\\stop \\stop={stop:.3f}\\hsize",
        "\\def\\field#1#2{\\par\\hangindent=\\stop \\hangafter=1 \\noindent\\hbox to \\stop{#1 "
        "\\leaders\\hbox to 0.5em{\\hss.\\hss}\\hfil\\ }#2\\par}",
        "\\def\\item#1{\\par\\hangindent=1.5em \\hangafter=1 \\noindent\\hbox to 1.5em{--\\hfil}#1\\par}",
        f"{{\\big {_tex(form.title)}}}\\par\\bigskip",
    ]
    for section in form.sections:
        paras = _paras(section)
        label = _tex(section.label)
        # a label too wide for the stop is set over its answer like a long one (TeX would run it into the answer)
        one = len(paras) <= 1 and not any(item for item, _ in paras) and text_width(section.label, size) < width
        if one:
            out.append(f"\\field{{{label}}}{{{_tex(paras[0][1]) if paras else ''}}}")
        else:
            out.append(f"\\medskip\\noindent{{\\bf {label}}}\\par\\nobreak")
            for item, text in paras:
                out.append(f"\\item{{{_tex(text)}}}" if item else f"\\noindent {_tex(text)}\\par")
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"\\medskip\\noindent{{\\bf {_tex(form.stage_marker)}}}\\par")
        out.append("\\smallskip")
    out.append("\\bye")
    return "\n".join(out) + "\n"


def tex_leaders(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h31-tex-") as tmp:
        source = Path(tmp) / "blankett.tex"
        source.write_bytes(tex_source(form, rng).encode("latin-1", errors="replace"))
        _run(["tex", "-interaction=nonstopmode", "-halt-on-error", "-translate-file=cp227.tcx", "blankett.tex"],
             cwd=Path(tmp))  # fmt: skip
        _run(["dvipdfmx", "-q", "-p", "a4", "-o", str(out.resolve()), "blankett.dvi"], cwd=Path(tmp))


# --- PDF::Builder (Perl) ------------------------------------------------------------------------------------------


def _perl(text: str) -> str:
    return "'" + text.replace("\u00a0", " ").replace("\\", "\\\\").replace("'", "\\'") + "'"


def _grey_hex(level: float) -> str:
    v = round(255 * level)
    return f"#{v:02x}{v:02x}{v:02x}"


def builder_script(pages: list[Page], out: Path) -> str:
    lines = ["use strict; use utf8; use PDF::Builder;", f"my $pdf = PDF::Builder->new(-file => {_perl(str(out))});",
             "$pdf->producer('PDF::Builder 3.025'); $pdf->creator('blankett.pl');",
             "my $r = $pdf->corefont('Helvetica', -encode => 'cp1252');",
             "my $b = $pdf->corefont('Helvetica-Bold', -encode => 'cp1252');"]  # fmt: skip
    for page in pages:
        lines += ["{ my $p = $pdf->page(); $p->mediabox('A4'); my $g = $p->gfx(); my $t = $p->text();",
                  "$g->linewidth(0.5);"]  # fmt: skip
        for b in page.boxes:
            y0, y1 = page.height - b.y1, page.height - b.y0
            if b.fill is not None:
                lines.append(f"$g->fillcolor('{_grey_hex(b.fill)}'); $g->rect({b.x0:.2f}, {y0:.2f}, "
                             f"{b.x1 - b.x0:.2f}, {y1 - y0:.2f}); $g->fill();")  # fmt: skip
            if b.stroke:
                lines.append(f"$g->rect({b.x0:.2f}, {y0:.2f}, {b.x1 - b.x0:.2f}, {y1 - y0:.2f}); $g->stroke();")
        for t in page.texts:
            if t.text.strip():
                font = "$b" if t.bold else "$r"
                lines.append(f"$t->font({font}, {t.size:.2f}); $t->fillcolor('{_grey_hex(t.grey)}');")
                lines.append(f"$t->translate({t.x:.2f}, {page.height - t.y:.2f}); $t->text({_perl(t.text)});")
        lines.append("}")
    lines.append("$pdf->save();")
    return "\n".join(lines) + "\n"


def builder_corner(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "corner_boxes")
    with tempfile.TemporaryDirectory(prefix="h31-builder-") as tmp:
        script = Path(tmp) / "blankett.pl"
        script.write_text(builder_script(pages, out.resolve()), "utf-8")
        _run(["perl", str(script)], cwd=Path(tmp))
    return len(pages)


# --- MetaPost -----------------------------------------------------------------------------------------------------


def _mp(text: str) -> str:
    """`text` as a MetaPost string expression in 8r: non-ASCII and the quote by char()."""
    text = text.replace("\u00a0", " ").replace("\u2022", "-")
    parts, plain = [], ""
    for ch in text:
        code = ord(ch) if ch != "\u2013" else 150  # the en dash's slot in 8r
        if 32 <= code < 127 and ch != '"':
            plain += ch
            continue
        if plain:
            parts.append(f'"{plain}"')
            plain = ""
        parts.append(f"char({code if code < 256 else 63})")
    if plain or not parts:
        parts.append(f'"{plain}"')
    return " & ".join(parts)


def mp_source(pages: list[Page]) -> str:
    out = ["prologues := 3;", 'outputtemplate := "sida%c.eps";']
    for n, page in enumerate(pages, 1):
        h = page.height
        out += [f"beginfig({n});", f"draw (0,0)--({page.width:.2f},0)--({page.width:.2f},{h:.2f})--(0,{h:.2f})--cycle "
                "withcolor white;"]  # fmt: skip
        for b in page.boxes:
            path = f"({b.x0:.2f},{h - b.y0:.2f})--({b.x1:.2f},{h - b.y0:.2f})--({b.x1:.2f},{h - b.y1:.2f})--({b.x0:.2f},{h - b.y1:.2f})--cycle"
            if b.fill is not None:
                out.append(f"fill {path} withcolor {b.fill:.3f}white;")
            if b.stroke:
                flat = abs(b.y1 - b.y0) < 0.1 or abs(b.x1 - b.x0) < 0.1
                line = f"({b.x0:.2f},{h - b.y0:.2f})--({b.x1:.2f},{h - b.y1:.2f})" if flat else path
                out.append(f"draw {line} withpen pencircle scaled 0.5;")
        for t in page.texts:
            if t.text.strip():
                font = "phvb8r" if t.bold else "phvr8r"
                colour = f" withcolor {t.grey:.2f}white" if t.grey else ""
                out.append(f'draw ({_mp(t.text)}) infont "{font}" scaled {t.size / 10:.4f} shifted '
                           f"({t.x:.2f},{h - t.y:.2f}){colour};")  # fmt: skip
        out.append("endfig;")
    out.append("end")
    return "\n".join(out) + "\n"


def mpost_band(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "band_boxes")
    with tempfile.TemporaryDirectory(prefix="h31-mp-") as tmp:
        (Path(tmp) / "blankett.mp").write_text(mp_source(pages), "ascii")
        _run(["mpost", "-interaction=nonstopmode", "-halt-on-error", "blankett.mp"], cwd=Path(tmp))
        parts = []
        for n in range(1, len(pages) + 1):
            pdf = Path(tmp) / f"sida{n}.pdf"
            _run(["ps2pdf", "-dEPSCrop", f"sida{n}.eps", pdf.name], cwd=Path(tmp))
            parts.append(pdf)
        _run(["qpdf", str(parts[0]), "--pages", *map(str, parts), "--", str(out)])
    return len(pages)


# --- pdfjs (Node) -------------------------------------------------------------------------------------------------

PDFJS_SCRIPT = r"""
const pdf = require('pdfjs'); const fs = require('fs');
const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const fonts = {false: require('pdfjs/font/Helvetica'), true: require('pdfjs/font/Helvetica-Bold')};
const doc = new pdf.Document({font: fonts[false], width: 595.28, height: 841.89, padding: 0});
data.pages.forEach((page, n) => {
  if (n) doc.pageBreak();
  for (const b of page.boxes) {
    const o = {x: b[0], y: b[1], width: Math.max(0.5, b[2]), minHeight: Math.max(0.5, b[3])};
    if (b[4] !== null) o.backgroundColor = b[4]; else if (b[2] < 1 || b[3] < 1) o.backgroundColor = 0; else o.borderWidth = 0.5;
    doc.cell(o);
  }
  for (const t of page.texts) {
    doc.cell({x: t[0], y: t[1], width: 595 - t[0]}).text(t[2], {font: fonts[t[4]], fontSize: t[3], color: t[5]});
  }
});
doc.info.creator = 'blankett.js';
doc.pipe(fs.createWriteStream(process.argv[3]));
doc.end();
"""


def pdfjs_data(pages: list[Page]) -> dict:
    def grey(level: float) -> int:
        v = round(255 * level)
        return (v << 16) | (v << 8) | v

    out = []
    for page in pages:
        boxes = [[b.x0, page.height - b.y0, b.x1 - b.x0, b.y1 - b.y0, None if b.fill is None else grey(b.fill)]
                 for b in page.boxes]  # fmt: skip
        texts = [[t.x, page.height - t.y + t.size * 0.78, t.text.replace("\u00a0", " "), t.size, t.bold, grey(t.grey)]
                 for t in page.texts if t.text.strip()]  # fmt: skip
        out.append({"boxes": boxes, "texts": texts})
    return {"pages": out}


def pdfjs_columns(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "two_columns")
    with tempfile.TemporaryDirectory(prefix="h31-pdfjs-") as tmp:
        script, data = Path(tmp) / "blankett.js", Path(tmp) / "blankett.json"
        script.write_text(PDFJS_SCRIPT, "utf-8")
        data.write_text(json.dumps(pdfjs_data(pages)), "utf-8")
        env = {**os.environ, "NODE_PATH": str(NODE_MODULES)}
        _run(["node", str(script), str(data), str(out.resolve())], cwd=Path(tmp), env=env)
    return len(pages)


# --- XeTeX with turned labels -------------------------------------------------------------------------------------


def _xetex_text(text: str) -> str:
    return "".join("{\\char%d}" % ord(c) if c in "\\{}" else c for c in text.replace("\u00a0", " "))


def xetex_source(pages: list[Page], face: str) -> str:
    out = [f'\\def\\fs#1#2{{\\font\\cur="{face}#1" at #2bp\\cur}}',
           "\\hsize=595.28bp \\vsize=841.89bp",
           "\\pdfpagewidth=595.28bp \\pdfpageheight=841.89bp \\hoffset=-1in \\voffset=-1in \\parindent=0pt",
           "\\nopagenumbers \\topskip=0pt \\maxdepth=1000pt \\offinterlineskip",
           "\\def\\at#1#2#3{\\vbox to 0pt{\\kern#2bp\\hbox to 0pt{\\kern#1bp#3\\hss}\\vss}}",
           "\\def\\up#1#2#3{\\at{#1}{#2}{\\special{x:gsave}\\special{x:rotate 90}#3\\special{x:grestore}}}",
           "\\def\\grey#1#2{\\special{color push gray #1}#2\\special{color pop}}",
           "\\def\\rule#1#2#3#4{\\at{#1}{#2}{\\vrule width #3bp height 0pt depth #4bp}}",
           "\\catcode`\\~=12 \\catcode`\\^=12 \\catcode`\\_=12 \\catcode`\\&=12 \\catcode`\\#=12",
           "\\catcode`\\$=12 \\catcode`\\%=12"]  # fmt: skip
    for n, page in enumerate(pages):
        if n:
            out.append("\\eject")
        out.append("\\vbox to \\vsize{")
        for b in page.boxes:
            w, h = max(b.x1 - b.x0, 0.5), max(b.y1 - b.y0, 0.5)
            if b.fill is not None:
                out.append(f"\\grey{{{b.fill:.3f}}}{{\\rule{{{b.x0:.2f}}}{{{b.y0:.2f}}}{{{w:.2f}}}{{{h:.2f}}}}}")
            if not b.stroke:
                continue
            if b.x1 - b.x0 < 0.1 or b.y1 - b.y0 < 0.1:
                edges = [(b.x0, b.y0, w, h)]
            else:
                edges = [(b.x0, b.y0, w, 0.5), (b.x0, b.y1, w, 0.5), (b.x0, b.y0, 0.5, h), (b.x1, b.y0, 0.5, h)]
            out += [f"\\rule{{{x:.2f}}}{{{y:.2f}}}{{{ww:.2f}}}{{{hh:.2f}}}" for x, y, ww, hh in edges]
        for t in page.texts:
            if not t.text.strip():
                continue
            sized = f"{{\\fs{{{'/B' if t.bold else ''}}}{{{t.size:.2f}}}{_xetex_text(t.text)}}}"
            if t.grey:
                sized = f"\\grey{{{t.grey:.2f}}}{{{sized}}}"
            command = "\\up" if isinstance(t, Turned) else "\\at"
            out.append(f"{command}{{{t.x:.2f}}}{{{t.y:.2f}}}{{{sized}}}")
        out.append("\\vss}")
    out.append("\\bye")
    return "\n".join(out) + "\n"


def xetex_turned(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "turned_labels")
    face = "Liberation Sans"  # Helvetica's widths, which the layout measures its lines by
    with tempfile.TemporaryDirectory(prefix="h31-xetex-") as tmp:
        (Path(tmp) / "blankett.tex").write_text(xetex_source(pages, face), "utf-8")
        _run(["xetex", "-interaction=nonstopmode", "-halt-on-error", "-no-pdf", "blankett.tex"], cwd=Path(tmp))
        _run(["xdvipdfmx", "-q", "-p", "a4", "-o", str(out.resolve()), "blankett.xdv"], cwd=Path(tmp))
    return len(pages)


__all__ = ["builder_corner", "mpost_band", "pdfjs_columns", "tex_leaders", "xetex_turned"]
