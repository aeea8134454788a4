"""The text-layer families: five producers none of the earlier generators used.

`skia_combs` (Google's Skia through skia-python, its PDF backend `skia.PDF.MakeDocument`: each line drawn with
`Canvas.drawString` in Liberation Sans / Liberation Sans Bold (embedded CID TrueType subsets), rules and boxes as Skia
rects and lines; h33_layout's `comb_boxes`); `tk_tabs` (Tcl/Tk 8.6's canvas under Xvfb at 72 dpi: each line a canvas
text item in a named Tk font mapped by the canvas's `-fontmap` to Helvetica / Helvetica-Bold in WHOLE POINTS (9.5
and 10.5 pt lines printed at 10 pt), placed by its bottom-left corner, the tabs and frames canvas rectangles, the
canvas written out by Tk's own `postscript` command (one EPS a page, ISO Latin-1: "•" and "–" given to it as "-"),
the pages made one PDF by Ghostscript's pdfwrite; h33_layout's `dark_tabs`); `plotutils_outline` (GNU plotutils
2.6's pic2plot: the page as a pic picture, every line a `"text" ljust at (x, y)` (bold by the `\\fB` escape, ONE
font size for the whole page, titles and headings included), rules `line`s and boxes, drawn by GNU libplot's
PostScript driver, which fits the page into its square viewport (the whole page shrunk by about 0.92 and centred)
and prints EVERY HYPHEN AS A MINUS SIGN U+2212 ("E−post", "Rinkeby−Kista", "08−508 …"), made PDF by Ghostscript;
h33_layout's `outline_numbered`); `freehep_underrule` (the FreeHEP VectorGraphics library's PDFGraphics2D (Java,
writing the PDF itself, "FreeHEP Graphics2D Driver"): each line a `drawString` in the logical font SansSerif, which
FreeHEP writes as the standard unembedded Helvetica with its own custom encoding ("•" kept, "–" given as "-"),
rules `Line2D`s; h33_layout's `under_rule`); `context_table` (ConTeXt MkIV (LuaTeX) typesetting the form ITSELF as an
xtable of two columns, label and answer, split over pages with its HEADER ROW REPEATED at the top of every page
("Uppgift | Svar" or "Rubrik | Uppgifter" in bold on light grey), every cell framed; an answer's paragraphs and list
items in rows of their own with the label cell empty, so a long answer runs on over a page break; the stage marker a
bold row of its own in the answer column; Latin Modern Sans (two in three) or Roman, embedded CFF, hyphenation off;
header Bilaga/Dnr, footer "Sida N (M)" or "Sida N av M").
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from h33_content import Form
from h33_layout import Page
from h33_layout import layout as place

REPO = Path(__file__).resolve().parents[2]


def _run(command: list[str], cwd: Path | None = None, stdout: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=600, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")
    if stdout is not None:
        stdout.write_bytes(done.stdout)


def _dashes(text: str) -> str:
    return text.replace("\u2022", "-").replace("\u2013", "-")


def skia_available() -> bool:
    try:
        import skia  # noqa: F401
    except ImportError:
        return False
    return True


def tk_available() -> bool:
    return all(shutil.which(t) for t in ("xvfb-run", "gs")) and subprocess.run(
        ["/usr/bin/python3", "-c", "import tkinter"], capture_output=True).returncode == 0  # fmt: skip


def plotutils_available() -> bool:
    return all(shutil.which(t) for t in ("pic2plot", "ps2pdf"))


def context_available() -> bool:
    return shutil.which("context") is not None


# --- Skia -----------------------------------------------------------------------------------------------------------


def skia_write(pages: list[Page], out: Path) -> None:
    import skia

    faces = {bold: skia.Typeface("Liberation Sans", skia.FontStyle.Bold() if bold else skia.FontStyle.Normal())
             for bold in (False, True)}  # fmt: skip
    stream = skia.FILEWStream(str(out))
    document = skia.PDF.MakeDocument(stream)
    for page in pages:
        with document.page(page.width, page.height) as canvas:
            for b in page.boxes:
                rect = skia.Rect.MakeLTRB(b.x0, b.y0, b.x1, b.y1)
                if b.fill is not None:
                    v = round(255 * b.fill)
                    canvas.drawRect(rect, skia.Paint(Color=skia.ColorSetRGB(v, v, v), Style=skia.Paint.kFill_Style))
                if b.stroke:
                    paint = skia.Paint(Color=skia.ColorBLACK, Style=skia.Paint.kStroke_Style, StrokeWidth=0.5)
                    if b.y0 == b.y1 or b.x0 == b.x1:
                        canvas.drawLine(b.x0, b.y0, b.x1, b.y1, paint)
                    else:
                        canvas.drawRect(rect, paint)
            for t in page.texts:
                if t.text.strip():
                    v = round(255 * t.grey)
                    font = skia.Font(faces[t.bold], t.size)
                    canvas.drawString(t.text, t.x, t.y, font, skia.Paint(Color=skia.ColorSetRGB(v, v, v)))
    document.close()
    stream.flush()
    del stream


def skia_combs(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "comb_boxes")
    skia_write(pages, out)
    return len(pages)


# --- Tk's canvas ----------------------------------------------------------------------------------------------------

TK = r"""
import json, sys, tkinter, tkinter.font
pages = json.load(open(sys.argv[1], encoding="utf-8"))
root = tkinter.Tk()
fonts = {}
for n, page in enumerate(pages):
    c = tkinter.Canvas(root, width=595, height=842, background="white", highlightthickness=0, borderwidth=0)
    c.pack()
    for x0, y0, x1, y1, fill, stroke in page["boxes"]:
        colour = "" if fill is None else "#%02x%02x%02x" % ((round(255 * fill),) * 3)
        if y0 == y1 or x0 == x1:
            c.create_line(x0, y0, x1, y1, width=0.5)
        else:
            c.create_rectangle(x0, y0, x1, y1, fill=colour, outline="black" if stroke else "", width=0.5)
    for x, y, text, size, bold, grey in page["texts"]:
        name = "f%d%d" % (bold, round(size))  # a named font: the fontmap gives its PostScript font
        if name not in fonts:
            fonts[name] = tkinter.font.Font(name=name, family="Helvetica", size=-round(size),
                                            weight="bold" if bold else "normal")
            root.tk.eval("set fmap(%s) {%s %d}" % (name, "Helvetica-Bold" if bold else "Helvetica", round(size)))
        font = fonts[name]
        colour = "#%02x%02x%02x" % ((round(255 * grey),) * 3)
        c.create_text(x, y + font.metrics("descent"), text=text, anchor="sw", font=font, fill=colour)
    c.update()
    c.postscript(file="sida%d.ps" % (n + 1), x=0, y=0, width=595, height=842, pagewidth="595p", colormode="gray",
                 fontmap="fmap")
    c.destroy()
root.destroy()
"""


def tk_tabs(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "dark_tabs")
    data = [{"boxes": [(b.x0, b.y0, b.x1, b.y1, b.fill, b.stroke) for b in page.boxes],
             "texts": [(t.x, t.y, _dashes(t.text), t.size, t.bold, t.grey) for t in page.texts if t.text.strip()]}
            for page in pages]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="h33-tk-") as tmp:
        (Path(tmp) / "duk.py").write_text(TK, "utf-8")
        (Path(tmp) / "sidor.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        _run(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -dpi 72", "/usr/bin/python3", "duk.py", "sidor.json"],
            cwd=Path(tmp),
        )
        parts = [f"sida{n + 1}.ps" for n in range(len(pages))]
        _run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
              f"-sOutputFile={out.resolve()}", *parts], cwd=Path(tmp))  # fmt: skip
    return len(pages)


# --- GNU plotutils' pic2plot ----------------------------------------------------------------------------------------

LIBPLOT_SCALE = 0.917  # libplot fits the 842 pt high picture into its square viewport (about 561 pt of text scale)


def _pic(text: str) -> str:
    return _dashes(text).replace("\\", "\\\\").replace('"', '\\"')


def pic_source(page: Page) -> str:
    out = [".PS", "scale = 72", f"box invis wid {page.width} ht {page.height} at ({page.width / 2}, {page.height / 2})"]
    for b in page.boxes:
        y0, y1 = page.height - b.y0, page.height - b.y1
        if b.y0 == b.y1 or b.x0 == b.x1:
            out.append(f"line from ({b.x0:.2f},{y0:.2f}) to ({b.x1:.2f},{y1:.2f})")
        else:
            out.append(
                f"box wid {b.x1 - b.x0:.2f} ht {b.y0 - b.y1:.2f} at ({(b.x0 + b.x1) / 2:.2f},{(y0 + y1) / 2:.2f})"
            )
    for t in page.texts:
        if t.text.strip():
            body = f"\\fB{_pic(t.text)}\\fR" if t.bold else _pic(t.text)
            # pic centres a text on its y; a third of the size up is about the baseline
            out.append(f'"{body}" ljust at ({t.x:.2f},{page.height - t.y + t.size * 0.33:.2f})')
    out.append(".PE")
    return "\n".join(out) + "\n"


def plotutils_outline(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "outline_numbered")
    size = min(t.size for t in pages[0].texts if t.size > 9)  # the answer size: one size for the whole page
    with tempfile.TemporaryDirectory(prefix="h33-pic-") as tmp:
        parts = []
        for n, page in enumerate(pages):
            name = f"sida{n + 1}"
            (Path(tmp) / f"{name}.pic").write_bytes(pic_source(page).encode("latin-1", "replace"))
            _run(["pic2plot", "-T", "ps", "--page-size", "a4", "--font-name", "Helvetica", "--font-size",
                  f"{size * LIBPLOT_SCALE / 561:.5f}", f"{name}.pic"], cwd=Path(tmp), stdout=Path(tmp) / f"{name}.ps")  # fmt: skip
            parts.append(f"{name}.ps")
        _run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
              f"-sOutputFile={out.resolve()}", *parts], cwd=Path(tmp))  # fmt: skip
    return len(pages)


# --- FreeHEP VectorGraphics ----------------------------------------------------------------------------------------

FREEHEP_JARS = ("graphics2d", "graphicsbase", "graphicsio", "graphicsio-pdf", "io", "util")
FREEHEP = r"""
import java.awt.*; import java.awt.geom.*; import java.io.*; import java.nio.charset.StandardCharsets;
import java.nio.file.*; import java.util.*; import org.freehep.graphicsio.pdf.PDFGraphics2D;
public class Blankett {
  public static void main(String[] a) throws Exception {
    PDFGraphics2D g = new PDFGraphics2D(new File(a[1]), new Dimension(595, 842));
    Properties p = new Properties(); p.setProperty(PDFGraphics2D.PAGE_SIZE, "A4");
    p.setProperty(PDFGraphics2D.PAGE_MARGINS, "0, 0, 0, 0"); p.setProperty(PDFGraphics2D.FIT_TO_PAGE, "false");
    p.setProperty(PDFGraphics2D.TEXT_AS_SHAPES, "false"); p.setProperty(PDFGraphics2D.EMBED_FONTS, "false");
    g.setProperties(p); g.startExport(); boolean open = false;
    for (String line : Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 7);
      if (f[0].equals("P")) { if (open) g.closePage(); g.openPage(new Dimension(595, 842), "sida"); open = true;
        g.setStroke(new BasicStroke(0.5f)); continue; }
      if (f[0].equals("R")) {
        double x0 = Double.parseDouble(f[1]), y0 = Double.parseDouble(f[2]);
        double x1 = Double.parseDouble(f[3]), y1 = Double.parseDouble(f[4]);
        if (!f[5].equals("-")) { int v = Integer.parseInt(f[5]); g.setColor(new Color(v, v, v));
          g.fill(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0)); }
        g.setColor(Color.BLACK);
        if (f[6].equals("1")) { if (x0 == x1 || y0 == y1) g.draw(new Line2D.Double(x0, y0, x1, y1));
          else g.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0)); }
      } else {
        int v = Integer.parseInt(f[5]); g.setColor(new Color(v, v, v));
        g.setFont(new Font("SansSerif", f[4].equals("1") ? Font.BOLD : Font.PLAIN, 10).deriveFont(Float.parseFloat(f[3])));
        g.drawString(f[6], Float.parseFloat(f[1]), Float.parseFloat(f[2]));
      }
    }
    if (open) g.closePage();
    g.endExport();
  }
}
"""


def freehep_classpath() -> str:
    return ":".join(f"/usr/share/java/freehep-{name}.jar" for name in FREEHEP_JARS)


def freehep_available() -> bool:
    return all(shutil.which(t) for t in ("java", "javac")) and all(
        Path(part).exists() for part in freehep_classpath().split(":"))  # fmt: skip


def freehep_data(pages: list[Page]) -> str:
    rows = []
    for page in pages:
        rows.append("P")
        for b in page.boxes:
            fill = "-" if b.fill is None else str(round(255 * b.fill))
            rows.append(f"R\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}\t{fill}\t{int(b.stroke)}")
        for t in page.texts:
            if t.text.strip():  # FreeHEP's Helvetica encoding has "•" but no en dash
                text = t.text.replace("\t", " ").replace("\u2013", "-")
                rows.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{int(t.bold)}\t{round(255 * t.grey)}\t{text}")
    return "\n".join(rows) + "\n"


def freehep_underrule(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "under_rule")
    with tempfile.TemporaryDirectory(prefix="h33-freehep-") as tmp:
        (Path(tmp) / "Blankett.java").write_text(FREEHEP, "utf-8")
        _run(["javac", "-cp", freehep_classpath(), "Blankett.java"], cwd=Path(tmp))
        (Path(tmp) / "sidor.tsv").write_text(freehep_data(pages), "utf-8")
        _run(["java", "-Djava.awt.headless=true", "-cp", freehep_classpath() + ":.", "Blankett", "sidor.tsv",
              str(out.resolve())], cwd=Path(tmp))  # fmt: skip
    return len(pages)


# --- ConTeXt --------------------------------------------------------------------------------------------------------

_TEX = {"\\": "\\textbackslash{}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#", "_": "\\_", "{": "\\{",
        "}": "\\}", "~": "\\lettertilde{}", "^": "\\letterhat{}", "|": "\\letterbar{}", "\u00a0": "~"}  # fmt: skip


def _tex(text: str) -> str:
    return "".join(_TEX.get(c, c) for c in text)


def context_source(form: Form, rng: random.Random) -> str:
    heads = rng.choice((("Uppgift", "Svar"), ("Rubrik", "Uppgifter")))
    label_w = rng.choice((4.2, 4.6, 5.0))
    foot = rng.choice(("Sida \\pagenumber\\ (\\lastpagenumber)", "Sida \\pagenumber\\ av \\lastpagenumber"))
    out = ["\\mainlanguage[sv]", "\\setuppapersize[A4]", "\\setuplayout[backspace=2.2cm,width=middle]",
           f"\\setupbodyfont[modern,{rng.choice(('ss', 'ss', 'rm'))},{rng.choice(('9.5', '10'))}pt]", "\\setuppagenumbering[location=]",
           f"\\setupheadertexts[{_tex(form.running_header)}][{_tex(form.dnr)}]", f"\\setupfootertexts[][{foot}]",
           "\\setupalign[nothyphenated]", "\\setuptolerance[verytolerant]", "\\starttext", f"{{\\bfb {_tex(form.title)}\\par}}", "\\blank[big]",
           "\\startxtable[split=repeat,header=repeat,frame=on,offset=4pt]", "\\startxtablehead",
           "\\startxrow[background=color,backgroundcolor=lightgray]",
           f"\\startxcell[width={label_w}cm] \\bf {heads[0]} \\stopxcell"
           f" \\startxcell[width={16.6 - label_w:.1f}cm] \\bf {heads[1]} \\stopxcell",
           "\\stopxrow", "\\stopxtablehead", "\\startxtablebody"]  # fmt: skip
    for section in form.sections:
        lines = section.lines() or [""]
        for k, line in enumerate(lines):
            label = _tex(section.label) if k == 0 else ""
            out.append(f"\\startxrow \\startxcell {label} \\stopxcell \\startxcell {_tex(line)} \\stopxcell \\stopxrow")
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"\\startxrow \\startxcell \\stopxcell \\startxcell \\bf {_tex(form.stage_marker)} \\stopxcell"
                       " \\stopxrow")  # fmt: skip
    out += ["\\stopxtablebody", "\\stopxtable", "\\stoptext"]
    return "\n".join(out) + "\n"


def context_table(form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    with tempfile.TemporaryDirectory(prefix="h33-ctx-") as tmp:
        (Path(tmp) / "blankett.tex").write_text(context_source(form, rng), "utf-8")
        _run(["context", "--batchmode", "--purgeall", "blankett.tex"], cwd=Path(tmp))
        shutil.copy(Path(tmp) / "blankett.pdf", out)
    return None


__all__ = [name for name in dir(sys.modules[__name__]) if name.endswith(("_available", "_combs", "_tabs", "_outline",
           "_underrule", "_table"))]  # fmt: skip
