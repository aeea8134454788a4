"""Tuning set of issue #12's thirty-third round (h38/c-text): two classes of the thirty-third held-out forms drawn
from their description only, with reportlab's canvas (not FreeHEP, not Skia), this module's own geometry, varied
around the description's numbers and beyond them:

- `rl_underrule` (answers on rules like FreeHEP's under_rule pages): Helvetica, ALWAYS REGULAR (the title and the
  stage marker too), sizes in whole points (body 9–11 pt); each answer's lines 0–4 pt in from the margin, a rule the
  full width 2–8 pt under the last line's baseline (stroked 0.3–1 pt, or a filled hairline), then the LABEL 2–3
  pt smaller (rounded to a whole point) in grey 0.2–0.5 UNDER the rule, its top 1–8 pt below it, the next field
  2–18 pt under the label, so every label follows its answer; short fields (one-line answer, one-line label) two
  side by side on half-width rules 10–24 pt apart (or three on third-width rules in one form of four); paragraphs
  and "•" items each on lines of their own, no paragraph gap, half a line or a blank line; a long answer goes on over a page break, its rule and label after its last line on the
  next page; an empty answer a bare rule over its label; lines drawn whole or word by word;
- `rl_combs` (comb boxes like Skia's comb_boxes pages): Liberation Sans (or Helvetica), each label ALONE ON ITS
  LINE at the margin in regular weight, the answer under it: a one-line answer of at most 32 characters written
  one character centred in each of a row of touching ruled boxes 11–14 pt wide (a space an empty box, the row
  padded to 14–24 boxes or to the answer; an empty answer a row of empty boxes), boxes stroked one by one or as
  a frame with inner walls; a longer answer as lines in a ruled frame the full width, padding 3–7 pt (a frame
  closed at a page break and opened again on the next page); the title bold, the stage marker bold or not;
- `sk_combs` (`--skia`, a set of its own so the seeds above keep their files): `rl_combs`' page recorded and
  printed by Skia's own PDF backend through skia-python (Liberation Sans embedded, boxes Skia rects and lines);
  reportlab draws it where skia-python is missing;
- `fh_underrule`: `rl_underrule`'s page recorded and printed by FreeHEP's PDFGraphics2D (Java; the Debian
  libfreehep-*-java jars), each string a `drawString` in the logical SansSerif font (standard Helvetica,
  unembedded, a custom encoding) at whole points; reportlab draws it where Java or the jars are missing.

Each form runs its longest answer on to a second page in one form of two; lists in one form of two. Seeds 33 and
34 tuning, 3301 (the first two shapes only) and 3302 kept aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext33 [--seed 33] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import functools
import hashlib
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import PAGE_H, PAGE_W, _font, _paragraphs, _Sheet, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, Row, normalise
from .undercaps import _dnr

SHAPES = ("rl_underrule", "rl_combs", "fh_underrule")
# FreeHEP's PDFGraphics2D as a writer (the jars Debian's libfreehep-*-java packages install), replaying a page the
# generator recorded: each string a Graphics2D drawString in the logical SansSerif font at a whole point size.
_FREEHEP_JARS = "/usr/share/java/*"
_REPLAY_JAVA = r"""
import java.awt.*;
import java.awt.geom.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import org.freehep.graphicsio.pdf.PDFGraphics2D;
import org.freehep.graphicsio.PageConstants;
import org.freehep.util.UserProperties;

public class Replay {
    public static void main(String[] a) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
        Dimension dim = new Dimension(595, 842);
        PDFGraphics2D g = new PDFGraphics2D(new File(a[1]), dim);
        UserProperties p = new UserProperties();
        p.setProperty(PDFGraphics2D.TEXT_AS_SHAPES, false);
        p.setProperty(PDFGraphics2D.PAGE_SIZE, PageConstants.A4);
        p.setProperty(PDFGraphics2D.PAGE_MARGINS, new Insets(0, 0, 0, 0));
        p.setProperty(PDFGraphics2D.FIT_TO_PAGE, false);
        g.setProperties(p);
        g.setMultiPage(true);
        g.startExport();
        boolean open = false;
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("P")) {
                if (open) g.closePage();
                g.openPage(dim, "page");
                open = true;
            } else if (f[0].equals("T")) {
                float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), grey = Float.parseFloat(f[4]);
                g.setColor(new Color(grey, grey, grey));
                g.setFont(new Font("SansSerif", Font.PLAIN, Math.round(Float.parseFloat(f[3]))));
                g.drawString(f[6], x, y);
            } else if (f[0].equals("L")) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(Float.parseFloat(f[5])));
                g.draw(new Line2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            } else if (f[0].equals("R")) {
                Rectangle2D r = new Rectangle2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                float grey = Float.parseFloat(f[7]);
                if (f[6].equals("1")) { g.setColor(new Color(grey, grey, grey)); g.fill(r); }
                if (f[5].equals("1")) {
                    g.setColor(Color.BLACK); g.setStroke(new BasicStroke(Float.parseFloat(f[8]))); g.draw(r);
                }
            }
        }
        if (open) g.closePage();
        g.endExport();
    }
}
"""


@functools.cache
def freehep_available() -> bool:
    """Whether Java and FreeHEP's PDF writer are here and the replayer compiles against them (else `fh_underrule` is
    drawn by reportlab). A machine can hold the PDF writer's jar without the FreeHEP libraries it imports
    (org.freehep.util): the jar alone is not enough."""
    if not (
        shutil.which("javac")
        and shutil.which("java")
        and list(Path("/usr/share/java").glob("freehep-graphicsio-pdf*.jar"))
    ):
        return False
    try:
        _replay_class()
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def _replay_class() -> Path:
    """The replayer compiled once into a temporary folder named by its source's hash."""
    folder = Path(tempfile.gettempdir()) / f"fixturegen-freehep-{hashlib.sha1(_REPLAY_JAVA.encode()).hexdigest()[:10]}"
    if not (folder / "Replay.class").exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "Replay.java").write_text(_REPLAY_JAVA, encoding="utf-8")
        subprocess.run(["javac", "-cp", _FREEHEP_JARS, "Replay.java"], cwd=folder, check=True, capture_output=True)
    return folder


class _Recorder:
    """The canvas calls the drawings make, kept as FreeHEP replay lines (y measured down the page)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.grey, self.pen = 0.0, 1.0

    def setFillGray(self, grey: float) -> None:  # noqa: N802 (reportlab's names)
        self.grey = grey

    def setLineWidth(self, pen: float) -> None:  # noqa: N802
        self.pen = pen

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self.ops.append(
            f"R\t{x:.2f}\t{PAGE_H - y - h:.2f}\t{w:.2f}\t{h:.2f}\t{int(bool(stroke))}\t{int(bool(fill))}\t{self.grey:.2f}\t{self.pen:.2f}"
        )

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ops.append(f"L\t{x0:.2f}\t{PAGE_H - y0:.2f}\t{x1:.2f}\t{PAGE_H - y1:.2f}\t{self.pen:.2f}")


class _RecordedSheet(_Sheet):
    """A `_Sheet` whose page is recorded and printed by another producer: FreeHEP (strings at whole points, "–" as
    "-", always regular) or Skia (`skia.PDF`, Liberation Sans embedded, each string a `drawString`)."""

    def __init__(
        self, path: Path, spec: ReportSpec, rng: random.Random, margin: float, font: str, producer: str = "freehep"
    ) -> None:
        self.pdf, self.producer = path, producer
        self.c = _Recorder()  # type: ignore[assignment]
        self.margin, self.font = margin, font
        self.office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
        self.dnr = _dnr(spec, rng)
        self.footer = rng.choice(("Sida {n} ({m})", "{n}", "Sida {n}"))
        self.page, self.top, self.spacing, self.minus = 0, 0.0, 0.0, False
        self.new_page()

    def new_page(self) -> None:
        self.c.ops.append("P")
        self.page += 1
        self.text(self.margin, 34, self.office, 8.5)
        self.text(PAGE_W - self.margin - _width(self.dnr, self.font, 8.5), 34, self.dnr, 8.5)
        self.top = 72.0

    def text(self, x: float, top: float, text: str, size: float, font: str = "", spacing: float | None = None) -> None:
        shown = text.replace("\u2013", "-").replace("\t", " ")
        style = "B" if "Bold" in (font or self.font) else "N"
        self.c.ops.append(f"T\t{x:.2f}\t{top + size * 0.78:.2f}\t{size:.2f}\t{self.c.grey:.2f}\t{style}\t{shown}")

    def save(self) -> None:
        pages = [k for k, op in enumerate(self.c.ops) if op == "P"] + [len(self.c.ops)]
        ops: list[str] = []
        for n, (a, b) in enumerate(zip(pages, pages[1:]), 1):
            ops.extend(self.c.ops[a:b])
            footer = self.footer.format(n=n, m=len(pages) - 1)
            ops.append(
                f"T\t{(PAGE_W - _width(footer, self.font, 8.0)) / 2:.2f}\t{PAGE_H - 44:.2f}\t8\t0.00\tN\t{footer}"
            )
        if self.producer == "skia":
            _print_skia(ops, self.pdf)
            return
        folder = _replay_class()
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "page.ops"
            script.write_text("\n".join(ops) + "\n", encoding="utf-8")
            subprocess.run(
                ["java", "-cp", f"{_FREEHEP_JARS}:{folder}", "Replay", str(script), str(self.pdf)],
                check=True,
                capture_output=True,
            )


def skia_available() -> bool:
    """Whether skia-python is here (else `skia_combs` is drawn by reportlab)."""
    try:
        import skia  # noqa: F401
    except ImportError:
        return False
    return True


def _print_skia(ops: list[str], pdf: Path) -> None:
    """The recorded page printed by Skia's own PDF backend: text in Liberation Sans, boxes Skia rects."""
    import skia

    faces = {
        style: skia.Typeface("Liberation Sans", skia.FontStyle.Bold() if style == "B" else skia.FontStyle.Normal())
        for style in "BN"
    }
    stream = skia.FILEWStream(str(pdf))
    doc = skia.PDF.MakeDocument(stream)
    canvas = None
    for op in ops:
        f = op.split("\t")
        if f[0] == "P":
            if canvas is not None:
                doc.endPage()
            canvas = doc.beginPage(PAGE_W, PAGE_H)
            continue
        assert canvas is not None
        if f[0] == "T":
            grey = round(float(f[4]) * 255)
            paint = skia.Paint(AntiAlias=True, Color=skia.ColorSetRGB(grey, grey, grey))
            canvas.drawString(f[6], float(f[1]), float(f[2]), skia.Font(faces[f[5]], float(f[3])), paint)
        elif f[0] == "L":
            paint = skia.Paint(Style=skia.Paint.kStroke_Style, StrokeWidth=float(f[5]), Color=skia.ColorBLACK)
            canvas.drawLine(float(f[1]), float(f[2]), float(f[3]), float(f[4]), paint)
        elif f[0] == "R":
            rect = skia.Rect.MakeXYWH(float(f[1]), float(f[2]), float(f[3]), float(f[4]))
            if f[6] == "1":
                grey = round(float(f[7]) * 255)
                canvas.drawRect(rect, skia.Paint(Color=skia.ColorSetRGB(grey, grey, grey)))
            if f[5] == "1":
                canvas.drawRect(
                    rect, skia.Paint(Style=skia.Paint.kStroke_Style, StrokeWidth=float(f[8]), Color=skia.ColorBLACK)
                )
    if canvas is not None:
        doc.endPage()
    doc.close()
    stream.flush()


def _rule(sheet: _Sheet, x0: float, x1: float, top: float, pen: float, filled: bool) -> None:
    """A horizontal rule from x0 to x1 at `top` (down the page): a stroked line or a filled hairline."""
    c = sheet.c
    if filled:
        c.rect(x0, PAGE_H - top - pen / 2, x1 - x0, pen, stroke=0, fill=1)
    else:
        c.setLineWidth(pen)
        c.line(x0, PAGE_H - top, x1, PAGE_H - top)


def _answer_lines(text: str, font: str, size: float, width: float) -> list[list[str]]:
    """An answer's paragraphs and items, each as its wrapped lines."""
    return [_wrap(para, font, size, width) for para in _paragraphs(text)]


def _short(row: Row, font: str, size: float, small: float, width: float) -> bool:
    paras = _answer_lines(row.text, font, size, width)
    one_line = len(paras) <= 1 and all(len(p) <= 1 for p in paras)
    return row.style != MARKER and one_line and _width(normalise(row.label), font, small) <= width


def _under_rule(spec: ReportSpec, pdf: Path, rng: random.Random, freehep: bool = False, overrun: float = 0.0) -> None:
    """`overrun`: lines set this many pt wider than their rule, so an answer runs past the rule's end
    (ftextforms39's pages); 0 draws as before."""
    font = "Helvetica"
    size = float(rng.choice((9, 10, 10, 11)))
    small = float(round(size - rng.choice((2.0, 2.5, 3.0)) + 0.01))
    lead = size * rng.uniform(1.15, 1.35)
    indent = rng.uniform(0.0, 4.0)
    under = rng.uniform(2.0, 8.0)  # the rule under the last line's baseline
    label_gap = rng.uniform(1.0, 8.0)  # the label's top under the rule
    pen = rng.uniform(0.3, 1.0)
    filled = rng.random() < 0.4
    grey = rng.uniform(0.2, 0.5)
    field_gap = rng.uniform(2.0, 18.0)
    para_gap = rng.choice((0.0, size * 0.5, lead))  # none, half a line, a blank line
    pair_gap = rng.uniform(10.0, 24.0)
    per_row = 3 if rng.random() < 0.25 else 2
    by_word = rng.random() < 0.3
    margin = rng.choice((50.0, 57.0, 64.0, 72.0))
    sheet = _RecordedSheet(pdf, spec, rng, margin, font) if freehep else _Sheet(pdf, spec, rng, margin, font)
    x0, x1 = margin, PAGE_W - margin
    limit = PAGE_H - 70
    title = 14.0
    for line in _wrap(normalise(spec.title), font, title, x1 - x0):
        sheet.text(x0, sheet.top, line, title)
        sheet.top += title * 1.25
    sheet.top += size

    def words(x: float, top: float, line: str, sz: float) -> None:
        if not by_word:
            sheet.text(x, top, line, sz)
            return
        for word in line.split():
            sheet.text(x, top, word, sz)
            x += _width(word + " ", font, sz)

    def close(xa: float, xb: float, label: str) -> None:
        """The rule under the line just written (its top at sheet.top - lead) and the label under it."""
        rule = sheet.top - lead + size * 0.78 + under
        _rule(sheet, xa, xb, rule, pen, filled)
        sheet.c.setFillGray(grey)
        for k, part in enumerate(_wrap(label, font, small, xb - xa)):
            sheet.text(xa, rule + label_gap + k * small * 1.2, part, small)
        sheet.c.setFillGray(0)
        sheet.top = rule + label_gap + len(_wrap(label, font, small, xb - xa)) * small * 1.2 + field_gap

    rows = list(spec.rows)
    i = 0
    while i < len(rows):
        row = rows[i]
        if sheet.top + 2 * lead + small > limit:
            sheet.new_page()
        if row.style == MARKER:
            sheet.text(x0, sheet.top, normalise(row.text), size)
            sheet.top += lead + field_gap
            i += 1
            continue
        group = [row]
        cell = (x1 - x0 - (per_row - 1) * pair_gap) / per_row
        fits = cell + min(overrun, pair_gap - 6.0) if overrun else cell  # short answers stop short of the next cell
        while len(group) < per_row and i + len(group) < len(rows):
            nxt = rows[i + len(group)]
            if not (_short(group[0], font, size, small, fits) and _short(nxt, font, size, small, fits)):
                break
            group.append(nxt)
        if len(group) > 1:
            top = sheet.top
            ends = []
            for k, cell_row in enumerate(group):
                xa = x0 + k * (cell + pair_gap)
                sheet.top = top
                text = " ".join(_paragraphs(cell_row.text))
                if text:
                    words(xa + indent, sheet.top, text, size)
                sheet.top += lead
                close(xa, xa + cell, normalise(cell_row.label))
                ends.append(sheet.top)
            sheet.top = max(ends)
            i += len(group)
            continue
        paras = _answer_lines(row.text, font, size, x1 - x0 - indent + overrun)
        if not paras:
            sheet.top += lead
        for p, lines in enumerate(paras):
            if p:
                sheet.top += para_gap
            for line in lines:
                if sheet.top + lead > limit:
                    sheet.new_page()
                words(x0 + indent, sheet.top, line, size)
                sheet.top += lead
        if sheet.top + small * 2 > limit:  # the rule and label go with the last line
            sheet.new_page()
            sheet.top += lead
        close(x0, x1, normalise(row.label))
        i += 1
    sheet.save()


def _combs(spec: ReportSpec, pdf: Path, rng: random.Random, skia: bool = False, comb_max: int = 32) -> None:
    """`comb_max`: the longest one-line answer written in comb boxes (a longer one goes in a frame)."""
    font, bold = rng.choice(
        (
            (_font("LiberationSans", "Helvetica"), _font("LiberationSans-Bold", "Helvetica-Bold")),
            ("Helvetica", "Helvetica-Bold"),
        )
    )
    size = rng.choice((9.5, 10.0, 10.5, 11.0))
    lead = size * rng.uniform(1.2, 1.35)
    box = rng.uniform(11.0, 14.0)
    box_h = rng.uniform(size * 1.4, size * 1.9)
    pad_to = rng.randint(14, 24)
    walls = rng.random() < 0.5  # each box stroked alone, else one frame with inner walls
    pen = rng.uniform(0.4, 1.0)
    frame_pad = rng.uniform(3.0, 7.0)
    label_gap = rng.uniform(2.0, 6.0)
    field_gap = rng.uniform(8.0, 16.0)
    marker_bold = rng.random() < 0.5
    margin = rng.choice((50.0, 57.0, 64.0, 72.0))
    if skia:  # Skia prints Liberation Sans whichever face was drawn: measure with it
        font, bold = _font("LiberationSans", "Helvetica"), _font("LiberationSans-Bold", "Helvetica-Bold")
    sheet = _RecordedSheet(pdf, spec, rng, margin, font, "skia") if skia else _Sheet(pdf, spec, rng, margin, font)
    c = sheet.c
    x0, x1 = margin, PAGE_W - margin
    limit = PAGE_H - 70
    title = size + rng.choice((3.0, 4.0, 5.0))
    for line in _wrap(normalise(spec.title), bold, title, x1 - x0):
        sheet.text(x0, sheet.top, line, title, bold)
        sheet.top += title * 1.3
    sheet.top += size

    def frame(top: float, bottom: float) -> None:
        c.setLineWidth(pen)
        c.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top, stroke=1, fill=0)

    for row in spec.rows:
        if sheet.top + 3 * lead > limit:
            sheet.new_page()
        if row.style == MARKER:
            sheet.text(x0, sheet.top, normalise(row.text), size, bold if marker_bold else font)
            sheet.top += lead + field_gap
            continue
        for line in _wrap(normalise(row.label), font, size, x1 - x0):
            sheet.text(x0, sheet.top, line, size)
            sheet.top += lead
        sheet.top += label_gap - (lead - size)
        paras = _paragraphs(row.text)
        text = " ".join(paras)
        if len(paras) <= 1 and len(text) <= comb_max:
            n = max(pad_to, len(text))
            n = min(n, int((x1 - x0) // box))
            top, bottom = sheet.top, sheet.top + box_h
            c.setLineWidth(pen)
            if walls:
                for k in range(n):
                    c.rect(x0 + k * box, PAGE_H - bottom, box, box_h, stroke=1, fill=0)
            else:
                c.rect(x0, PAGE_H - bottom, n * box, box_h, stroke=1, fill=0)
                for k in range(1, n):
                    c.line(x0 + k * box, PAGE_H - top, x0 + k * box, PAGE_H - bottom)
            glyph_top = top + (box_h - size) / 2
            for k, ch in enumerate(text):
                if ch != " ":
                    sheet.text(x0 + k * box + (box - _width(ch, font, size)) / 2, glyph_top, ch, size, font)
            sheet.top = bottom + field_gap
            continue
        inner = x1 - x0 - 2 * frame_pad
        lines = [line for para in paras for line in _wrap(para, font, size, inner)] or [""]
        top = sheet.top
        sheet.top += frame_pad
        for line in lines:
            if sheet.top + lead + frame_pad > limit:
                frame(top, sheet.top + frame_pad)
                sheet.new_page()
                top = sheet.top
                sheet.top += frame_pad
            sheet.text(x0 + frame_pad, sheet.top, line, size)
            sheet.top += lead
        frame(top, sheet.top + frame_pad)
        sheet.top += frame_pad + field_gap
    sheet.save()


def _freehep_under_rule(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    _under_rule(spec, pdf, rng, freehep=freehep_available())


_DRAW = {"rl_underrule": _under_rule, "rl_combs": _combs, "fh_underrule": _freehep_under_rule}


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _DRAW[spec.variant](spec, pdf, rng)


def build_ctext33_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the three shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext33", "c33", "reportlab"), SHAPES, boxforms.BASES, _draw)


def _draw_skia(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    _combs(spec, pdf, rng, skia=skia_available())


def build_ctext33_skia_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs of `sk_combs` (rl_combs' page printed by Skia's PDF backend) into out_dir."""
    return draw_in_turn(out_dir, count, seed, ("ctext33", "s33", "skia"), ("sk_combs",), boxforms.BASES, _draw_skia)


__all__ = ["SHAPES", "build_ctext33_forms", "build_ctext33_skia_forms"]

if __name__ == "__main__":
    import sys

    from layout_scoring import corpus_command

    skia_only = "--skia" in sys.argv
    if skia_only:
        sys.argv.remove("--skia")
    corpus_command(build_ctext33_skia_forms if skia_only else build_ctext33_forms, 33, 8, "name the files that missed")
