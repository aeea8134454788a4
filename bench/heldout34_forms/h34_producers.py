"""The text-layer families: producers none of the earlier generators used, each drawing h34_layout's pages.

`gofpdf_bands` (Go's gofpdf (jung-kurt, Debian's golang-github-jung-kurt-gofpdf-dev) from a small Go program run by
`go run` in GOPATH mode: each line a `Text` in the core font Helvetica / Helvetica-Bold through gofpdf's cp1252
translator (unembedded, WinAnsi), the bands `Rect`s filled grey with no stroke; h34_layout's `grey_bands`);
`jgraph_footnotes` (jgraph, the 1990s graph language: each line a `newstring hjl vjb` at its point in a graph whose
axes span the page in points (a `preamble` re-encodes Helvetica to ISO Latin-1 with the hyphen kept a hyphen; "•" and "–" given as "-"), the
footnote rule a `newline`; jgraph writes PostScript, Ghostscript's pdfwrite makes the PDF; h34_layout's
`footnote_markers`); `forme_smallcaps` (Forme, the WebAssembly PDF engine of PyPI's formepdf, Creator and Producer
"Forme": each line an absolutely placed `Text` (its box's top set from the baseline) in the standard Helvetica
(unembedded, WinAnsi), the quote bars absolutely placed `View`s with a grey background; h34_layout's
`margin_smallcaps`); `ipe_landscape` (the Ipe drawing editor's `ipetoipe -pdf`: each line an Ipe label text
object at its point, set by pdfLaTeX (T1 Latin Modern Sans, embedded Type 1) and written into the PDF by Ipe itself
(Creator and Producer "ipetoipe 7.2.26"), column rules Ipe paths, A4 landscape; h34_layout's `landscape_triples`);
`scribus_landscape` (Scribus 1.5.8, the desktop-publishing program, run by its Python scripter under Xvfb (`scribus -g
-ns -py`): each line a text frame of its own (its top set so that the first baseline falls on the line's baseline,
wide enough never to wrap) in Liberation Sans Regular / Bold, embedded whole as TrueType with Scribus's own encoding,
column rules Scribus lines; the PDF written by Scribus's own PDF library (Creator "Scribus 1.5.8", Producer "Scribus
PDF Library 1.5.8"); the same `landscape_triples` as Ipe).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout33_forms"))
from h33_producers import _dashes, _run, _tex, freehep_data  # noqa: E402
from h34_content import Form  # noqa: E402
from h34_layout import Page, text_width  # noqa: E402
from h34_layout import layout as place  # noqa: E402

GOPATH = "/usr/share/gocode"


def gofpdf_available() -> bool:
    return shutil.which("go") is not None and Path(GOPATH, "src/github.com/jung-kurt/gofpdf").is_dir()


def jgraph_available() -> bool:
    return all(shutil.which(t) for t in ("jgraph", "gs"))


def forme_available() -> bool:
    try:
        import formepdf  # noqa: F401
        import wasmtime  # noqa: F401
    except ImportError:
        return False
    return True


def scribus_available() -> bool:
    return all(shutil.which(t) for t in ("scribus", "xvfb-run"))


def ipe_available() -> bool:
    return all(shutil.which(t) for t in ("ipetoipe", "pdflatex"))


# --- gofpdf ---------------------------------------------------------------------------------------------------------

GO = r"""
package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

func f(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }

func main() {
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	in, _ := os.Open(os.Args[1])
	scan := bufio.NewScanner(in)
	scan.Buffer(make([]byte, 1<<20), 1<<20)
	for scan.Scan() {
		c := strings.SplitN(scan.Text(), "\t", 7)
		switch c[0] {
		case "P":
			pdf.AddPage()
			pdf.SetLineWidth(0.5)
		case "R":
			x0, y0, x1, y1 := f(c[1]), f(c[2]), f(c[3]), f(c[4])
			style := ""
			if c[5] != "-" {
				v, _ := strconv.Atoi(c[5])
				pdf.SetFillColor(v, v, v)
				style = "F"
			}
			if c[6] == "1" {
				style += "D"
			}
			if x0 == x1 || y0 == y1 {
				pdf.Line(x0, y0, x1, y1)
			} else {
				pdf.Rect(x0, y0, x1-x0, y1-y0, style)
			}
		case "T":
			v, _ := strconv.Atoi(c[5])
			style := ""
			if c[4] == "1" {
				style = "B"
			}
			pdf.SetFont("Helvetica", style, f(c[3]))
			pdf.SetTextColor(v, v, v)
			pdf.Text(f(c[1]), f(c[2]), tr(c[6]))
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		panic(err)
	}
}
"""


def gofpdf_bands(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "grey_bands")
    with tempfile.TemporaryDirectory(prefix="h34-go-") as tmp:
        (Path(tmp) / "blankett.go").write_text(GO, "utf-8")
        (Path(tmp) / "sidor.tsv").write_text(freehep_data(pages).replace("\u2212", "-"), "utf-8")
        env = os.environ | {"GO111MODULE": "off", "GOPATH": GOPATH, "GOCACHE": str(Path(tempfile.gettempdir()) / "h34-gocache"),
                            "GOFLAGS": ""}  # fmt: skip
        done = subprocess.run(["go", "run", "blankett.go", "sidor.tsv", str(out.resolve())], capture_output=True,
                              timeout=600, cwd=tmp, env=env)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"go failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")
    return len(pages)


# --- jgraph ---------------------------------------------------------------------------------------------------------

JGRAPH_LATIN1 = (
    "/L1 { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
    "/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def "
    "/Helvetica-L1 /Helvetica L1 /Helvetica-Bold-L1 /Helvetica-Bold L1"
)


def jgraph_source(page: Page) -> str:
    w, h = page.width, page.height
    out = [f"preamble : {JGRAPH_LATIN1}", "newgraph", f"xaxis min 0 max {w} size {w / 72:.4f} nodraw",
           f"yaxis min 0 max {h} size {h / 72:.4f} nodraw"]  # fmt: skip
    for b in page.boxes:
        y0, y1 = h - b.y0, h - b.y1
        if b.fill is not None and not (b.y0 == b.y1 or b.x0 == b.x1):
            out.append(f"newline poly pfill {b.fill:.2f} linethickness 0 pts {b.x0:.2f} {y0:.2f} {b.x1:.2f} {y0:.2f}"
                       f" {b.x1:.2f} {y1:.2f} {b.x0:.2f} {y1:.2f}")  # fmt: skip
        elif b.stroke:
            out.append(f"newline linethickness 0.5 pts {b.x0:.2f} {y0:.2f} {b.x1:.2f} {y1:.2f}")
    for t in page.texts:
        text = _dashes(t.text).replace("\u00a0", " ").replace("\\", "/")
        if text.strip():
            font = "Helvetica-Bold-L1" if t.bold else "Helvetica-L1"
            out.append(f"newstring hjl vjb x {t.x:.2f} y {h - t.y:.2f} fontsize {t.size:.2f} font {font} "
                       f"lgray {t.grey:.2f} : {text}")  # fmt: skip
    return "\n".join(out) + "\n"


def jgraph_footnotes(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "footnote_markers")
    with tempfile.TemporaryDirectory(prefix="h34-jgr-") as tmp:
        parts = []
        for n, page in enumerate(pages):
            name = f"sida{n + 1}"
            (Path(tmp) / f"{name}.jgr").write_bytes(jgraph_source(page).encode("latin-1", "replace"))
            _run(["jgraph", "-P", f"{name}.jgr"], cwd=Path(tmp), stdout=Path(tmp) / f"{name}.ps")
            parts.append(f"{name}.ps")
        _run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
              f"-sOutputFile={out.resolve()}", *parts], cwd=Path(tmp))  # fmt: skip
    return len(pages)


# --- Forme (formepdf) -----------------------------------------------------------------------------------------------


def forme_smallcaps(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    from formepdf import Document, Text, View
    from formepdf import Page as FormePage

    pages = place(form, rng, "margin_smallcaps")
    built = []
    for page in pages:
        nodes = []
        for b in page.boxes:
            style = {"position": "absolute", "left": b.x0, "top": b.y0, "width": max(b.x1 - b.x0, 0.5),
                     "height": max(b.y1 - b.y0, 0.5)}  # fmt: skip
            if b.fill is not None:
                style["backgroundColor"] = "#%02x%02x%02x" % ((round(255 * b.fill),) * 3)
            else:
                style["backgroundColor"] = "#000000"
            nodes.append(View(style=style))
        for t in page.texts:
            if t.text.strip():
                grey = "#%02x%02x%02x" % ((round(255 * t.grey),) * 3)
                nodes.append(Text(t.text, style={"position": "absolute", "left": t.x, "top": t.y - t.size * 0.93,
                                                 "fontSize": t.size, "lineHeight": 1.15, "fontFamily": "Helvetica",
                                                 "fontWeight": "bold" if t.bold else "normal", "color": grey,
                                                 "width": 560 - t.x}))  # fmt: skip
        built.append(FormePage(*nodes, size="A4", margin=0))
    out.write_bytes(Document(*built, title=form.title).render())
    return len(pages)


# --- Ipe ------------------------------------------------------------------------------------------------------------

IPE_PREAMBLE = "\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\renewcommand{\\familydefault}{\\sfdefault}"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ipe_source(pages: list[Page]) -> str:
    w, h = pages[0].width, pages[0].height
    out = ['<?xml version="1.0"?>', '<!DOCTYPE ipe SYSTEM "ipe.dtd">', '<ipe version="70218" creator="bilagor h34">',
           f"<preamble>{_xml(IPE_PREAMBLE)}</preamble>", '<ipestyle name="blankett">',
           f'<layout paper="{w:.0f} {h:.0f}" origin="0 0" frame="{w:.0f} {h:.0f}" crop="no"/>', "</ipestyle>"]  # fmt: skip
    for page in pages:
        out.append('<page><layer name="alpha"/><view layers="alpha" active="alpha"/>')
        for b in page.boxes:
            y0, y1 = h - b.y0, h - b.y1
            out.append(f'<path layer="alpha" stroke="black" pen="0.5">{b.x0:.2f} {y0:.2f} m {b.x1:.2f} {y1:.2f} l'
                       "</path>")  # fmt: skip
        for t in page.texts:
            if t.text.strip():
                body = _tex(t.text).replace("\u2022", "\\textbullet{}").replace("\u2212", "-")
                if t.bold:
                    body = f"\\textbf{{{body}}}"
                size = f"\\fontsize{{{t.size:.1f}}}{{{t.size * 1.2:.1f}}}\\selectfont "
                out.append(f'<text layer="alpha" transformations="translations" pos="{t.x:.2f} {h - t.y:.2f}" '
                           f'stroke="black" type="label" valign="baseline">{_xml(size + body)}</text>')  # fmt: skip
        out.append("</page>")
    out.append("</ipe>")
    return "\n".join(out) + "\n"


def ipe_landscape(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "landscape_triples")
    with tempfile.TemporaryDirectory(prefix="h34-ipe-") as tmp:
        (Path(tmp) / "blankett.ipe").write_text(ipe_source(pages), "utf-8")
        env = os.environ | {"IPELATEXDIR": str(Path(tmp) / "latexrun"), "HOME": tmp}
        done = subprocess.run(["ipetoipe", "-pdf", "-export", "blankett.ipe", "blankett.pdf"], capture_output=True, timeout=600,
                              cwd=tmp, env=env)  # fmt: skip
        if done.returncode != 0 or not (Path(tmp) / "blankett.pdf").exists():
            raise RuntimeError(f"ipetoipe failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")
        shutil.copy(Path(tmp) / "blankett.pdf", out)
    return len(pages)


# --- Scribus -------------------------------------------------------------------------------------------------------

SCRIBUS = r"""
import json, sys
import scribus
data = json.load(open(sys.argv[1], encoding="utf-8"))
w, h = data["size"]
scribus.newDocument((w, h), (0, 0, 0, 0), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.NOFACINGPAGES,
                    scribus.FIRSTPAGERIGHT, len(data["pages"]))
for n, page in enumerate(data["pages"]):
    scribus.gotoPage(n + 1)
    for x0, y0, x1, y1 in page["lines"]:
        line = scribus.createLine(x0, y0, x1, y1)
        scribus.setLineWidth(0.5, line)
    for x, y, text, size, bold, width in page["texts"]:
        frame = scribus.createText(x, y - size * 0.905, width, size * 1.5)  # the first line's baseline at its ascent
        scribus.setTextDistances(0, 0, 0, 0, frame)
        scribus.setText(text, frame)
        scribus.setFont("Liberation Sans Bold" if bold else "Liberation Sans Regular", frame)
        scribus.setFontSize(size, frame)
pdf = scribus.PDFfile()
pdf.file = sys.argv[2]
pdf.save()
"""


def scribus_landscape(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "landscape_triples")
    data = {"size": [pages[0].width, pages[0].height],
            "pages": [{"lines": [(b.x0, b.y0, b.x1, b.y1) for b in page.boxes],
                       "texts": [(t.x, t.y, t.text, t.size, t.bold, text_width(t.text, t.size, t.bold) * 1.15 + 24)
                                 for t in page.texts if t.text.strip()]} for page in pages]}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="h34-scribus-") as tmp:
        (Path(tmp) / "blankett.py").write_text(SCRIBUS, "utf-8")
        (Path(tmp) / "sidor.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        env = os.environ | {"HOME": tmp}
        done = subprocess.run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", "blankett.py", "sidor.json",
                               str(out.resolve())], capture_output=True, timeout=600, cwd=tmp, env=env)  # fmt: skip
        if not out.exists():
            raise RuntimeError(f"scribus failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")
    return len(pages)


__all__ = [name for name in dir(sys.modules[__name__]) if name.endswith(("_available", "_bands", "_footnotes",
           "_smallcaps", "_landscape"))]  # fmt: skip
