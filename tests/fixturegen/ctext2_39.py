"""Tuning set of issue #12's thirty-fourth round (h39/c-text2): the thirty-fourth held-out forms' landscape pages
of three label/answer columns, drawn from their description only, this module's own geometry, varied around the
description's numbers and beyond them:

- `rl_triples` (reportlab's canvas): A4 LANDSCAPE, THREE COLUMNS of label/answer pairs side by side, each column
  225–265 pt, the label bold 0.5–1.5 pt smaller than the answer in a 70–90 pt cell (wrapped there; a word wider
  than the cell broken after "/"), the answer 3–10 pt beside it; fields flow down the first column, then the
  second, then the third, then the next page; a long answer goes on at the top of the next column (or page) with
  its label cell empty; thin vertical rules (0.25–0.9 pt, stroked or a filled hairline) between the columns, their
  length the columns' or the page's; the title across the top; text 8–9.5 pt, Liberation Sans, DejaVu Sans or
  Helvetica; each line drawn whole or word by word; fields 2–10 pt apart;
- `rl_triples_shy`: the same pages with every hyphen between two letters drawn as U+00AD through a TrueType font
  (its glyph is the hyphen's, its text layer the soft hyphen: "E\u00adpost"), as the description says Scribus's
  text layer reads;
- `ipe_triples` (`build_ctext2_39_ipe`, when `ipetoipe` is installed): the same geometry written as an Ipe document,
  each line an Ipe label text at its point in T1 Latin Modern Sans with an explicit `\\fontsize`, the rules Ipe
  paths, made PDF by `ipetoipe -pdf -export` (pdfLaTeX inside Ipe);
- `scribus_triples` (`build_ctext2_39_scribus`, when `scribus` and `xvfb-run` are installed): the same geometry, each
  line a Scribus text frame of its own with its first baseline on the line, Liberation Sans, the rules Scribus
  lines, written by Scribus's scripter (`scribus -g -ns -py`);
- `rl_triples_short` and `ipe_triples_short` (`build_ctext2_39_short`): the rules in one form of two only as deep as
  the page's text.

Each form runs its longest answer on to a later column in one form of two; lists in one form of two. Seeds 39 and
40 tuning, 3901 (reportlab) and 3902 (Ipe) kept aside (aggregate only, built before any fix), 3903 (Scribus) and
3904 (short rules) built after it and never looked at:

    PYTHONPATH=tests .venv/bin/python -m fixturegen.ctext2_39 [--seed 39] [--count 9] [--keep DIR] [--ipe|--scribus|--short]
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen import canvas

from . import boxforms
from .cornerboxes31 import varied
from .ctext2_32 import _font, _paragraphs, _width, _wrap
from .html import draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("rl_triples", "rl_triples_shy")
PAGE_W, PAGE_H = 842.0, 595.0
_SHY_RE = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


@dataclass
class _Text:
    x: float
    top: float  # the line's baseline, down from the page's top
    text: str
    size: float
    bold: bool = False


@dataclass
class _Page:
    texts: list[_Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, top, bottom, width


def _label_lines(label: str, font: str, size: float, width: float) -> list[str]:
    """A label wrapped in its cell; a word wider than the cell broken after its "/" (as a cell that wraps)."""
    words: list[str] = []
    for word in label.split():
        if _width(word, font, size) > width and "/" in word:
            head, tail = word.split("/", 1)
            words.extend((head + "/", tail))
        else:
            words.append(word)
    lines: list[str] = []
    for word in words:
        if lines and _width(lines[-1] + " " + word, font, size) <= width and not lines[-1].endswith("/"):
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _layout(
    spec: ReportSpec, rng: random.Random, font: str, bold: str, content_rules: bool = False
) -> tuple[list[_Page], dict]:
    """The form's pages as placed text and rules: three columns of label/answer pairs flowing down and across."""
    size = rng.choice((8.0, 8.5, 9.0, 9.0, 9.5))
    lsize = size - rng.choice((0.5, 1.0, 1.0, 1.5))
    lead = size * rng.uniform(1.15, 1.35)
    margin = rng.uniform(28.0, 48.0)
    col_w = rng.uniform(225.0, 265.0)
    gutter = (PAGE_W - 2 * margin - 3 * col_w) / 2
    if gutter < 8:
        col_w = (PAGE_W - 2 * margin - 16) / 3
        gutter = 8.0
    label_w = rng.uniform(70.0, 90.0)
    ans_gap = rng.uniform(3.0, 10.0)
    field_gap = rng.uniform(2.0, 10.0)
    para_gap = rng.choice((0.0, 0.0, 0.4)) * lead
    rule_w = rng.uniform(0.25, 0.9)
    rule_full = rng.random() < 0.4
    rule_extent = rng.choice(("page", "content")) if content_rules else "page"
    cols = [margin + k * (col_w + gutter) for k in range(3)]
    ans_w = col_w - label_w - ans_gap
    header_top, body_top = 30.0, rng.uniform(64.0, 80.0)
    limit = PAGE_H - rng.uniform(40.0, 56.0)
    pages: list[_Page] = []
    page = _Page()
    pages.append(page)
    top = body_top
    for line in _wrap(normalise(spec.title), bold, size + 3, PAGE_W - 2 * margin):
        page.texts.append(_Text(margin, top, line, size + 3, True))
        top += (size + 3) * 1.3
    col_top = top + size * rng.uniform(0.6, 1.5)
    col, y = 0, col_top + size
    first_top = col_top

    def next_column() -> None:
        nonlocal col, y, page, col_top
        col += 1
        if col == 3:
            page = _Page()
            pages.append(page)
            col, col_top = 0, body_top
        y = col_top + size

    for row in spec.rows:
        x = cols[col]
        if row.style == MARKER:
            if y + lead > limit:
                next_column()
            page.texts.append(_Text(cols[col] + label_w + ans_gap, y, normalise(row.text), size, True))
            y += lead + field_gap
            continue
        labels = _label_lines(normalise(row.label), bold, lsize, label_w)
        answer: list[tuple[str, float]] = []
        for k, para in enumerate(_paragraphs(row.text)):
            for j, line in enumerate(_wrap(para, font, size, ans_w)):
                answer.append((line, para_gap if k and not j else 0.0))
        if y + max(len(labels), min(len(answer), 2), 1) * lead > limit:
            next_column()
        x = cols[col]
        for k, line in enumerate(labels):
            page.texts.append(_Text(x, y + k * lead, line, lsize, True))
        label_end = y + len(labels) * lead
        for line, gap in answer:
            y += gap
            if y > limit - size * 0.2:
                next_column()
                x = cols[col]
                label_end = y
            page.texts.append(_Text(x + label_w + ans_gap, y, line, size))
            y += lead
        y = max(y, label_end) + field_gap
    for n, page in enumerate(pages):
        start = (first_top if n == 0 else body_top) - size * 0.5
        for k in range(2):
            xr = cols[k] + col_w + gutter / 2
            foot = PAGE_H - 36 if rule_full else limit
            if rule_extent == "content":  # only as deep as the page's text (a last page's short columns)
                foot = max(t.top for t in page.texts) + size * 0.4
            page.rules.append((xr, 44.0 if rule_full and n else start, foot, rule_w))
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    furniture = {
        "office": office,
        "dnr": _dnr(spec, rng),
        "footer": rng.choice(("Sida {n} ({m})", "Sida {n} av {m}", "{n}/{m}", "- {n} -")),
        "margin": margin,
        "header_top": header_top,
        "word_by_word": rng.random() < 0.3,
        "filled_rules": rng.random() < 0.3,
    }
    return pages, furniture


def _rl_draw(spec: ReportSpec, pdf: Path, rng: random.Random, shy: bool, short: bool = False) -> None:
    sans = rng.choice(
        (("LiberationSans", "LiberationSans-Bold"), ("DejaVuSans", "DejaVuSans-Bold"), ("Helvetica", "Helvetica-Bold"))
    )
    if shy and sans[0] == "Helvetica":
        sans = ("LiberationSans", "LiberationSans-Bold")
    font = _font(sans[0], "Helvetica") if sans[0] != "Helvetica" else "Helvetica"
    bold = _font(sans[1], "Helvetica-Bold") if sans[1] != "Helvetica-Bold" else "Helvetica-Bold"
    pages, furn = _layout(spec, rng, font, bold, short)
    c = canvas.Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))

    def put(x: float, top: float, text: str, size: float, face: str) -> None:
        shown = _SHY_RE.sub("\u00ad", text) if shy else text
        if furn["word_by_word"]:
            for word in shown.split(" "):
                c.setFont(face, size)
                c.drawString(x, PAGE_H - top, word)
                x += _width(word + " ", face, size)
        else:
            c.setFont(face, size)
            c.drawString(x, PAGE_H - top, shown)

    for n, page in enumerate(pages, 1):
        put(furn["margin"], furn["header_top"], furn["office"], 8.0, font)
        dnr = furn["dnr"]
        put(PAGE_W - furn["margin"] - _width(dnr, font, 8.0), furn["header_top"], dnr, 8.0, font)
        foot = furn["footer"].format(n=n, m=len(pages))
        put((PAGE_W - _width(foot, font, 8.0)) / 2, PAGE_H - 24, foot, 8.0, font)
        for t in page.texts:
            put(t.x, t.top, t.text, t.size, bold if t.bold else font)
        for x, top, bottom, w in page.rules:
            if furn["filled_rules"]:
                c.rect(x - w / 2, PAGE_H - bottom, w, bottom - top, stroke=0, fill=1)
            else:
                c.setLineWidth(w)
                c.line(x, PAGE_H - top, x, PAGE_H - bottom)
        c.showPage()
    c.save()


_TEX_SPECIAL = {c: "\\" + c for c in "&%$#_{}"} | {
    "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}",
    "\\": "\\textbackslash{}",
    "<": "\\textless{}",
    ">": "\\textgreater{}",
    "•": "\\textbullet{}",
    "–": "--",
    "\u00a0": "~",
}


def _tex(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ipe_source(pages: list[_Page], furn: dict) -> str:
    out = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE ipe SYSTEM "ipe.dtd">',
        '<ipe version="70218" creator="ctext2_39">',
        "<preamble>\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}\\usepackage{lmodern}"
        "\\renewcommand{\\familydefault}{\\sfdefault}</preamble>",
        '<ipestyle name="c39">',
        f'<layout paper="{PAGE_W:.0f} {PAGE_H:.0f}" origin="0 0" frame="{PAGE_W:.0f} {PAGE_H:.0f}" crop="no"/>',
        "</ipestyle>",
    ]

    def text(x: float, top: float, s: str, size: float, bold: bool = False) -> None:
        body = f"\\fontsize{{{size:g}}}{{{size * 1.2:.1f}}}\\selectfont " + ("\\bfseries " if bold else "") + _tex(s)
        out.append(
            f'<text layer="alpha" pos="{x:.2f} {PAGE_H - top:.2f}" stroke="black" type="label" '
            f'valign="baseline">{_xml(body)}</text>'
        )

    for n, page in enumerate(pages, 1):
        out.append('<page><layer name="alpha"/>')
        text(furn["margin"], furn["header_top"], furn["office"], 8.0)
        text(PAGE_W - furn["margin"] - 90, furn["header_top"], furn["dnr"], 8.0)
        text(PAGE_W / 2 - 15, PAGE_H - 24, furn["footer"].format(n=n, m=len(pages)), 8.0)
        for t in page.texts:
            text(t.x, t.top, t.text, t.size, t.bold)
        for x, top, bottom, w in page.rules:
            out.append(
                f'<path layer="alpha" stroke="black" pen="{w:.2f}">{x:.2f} {PAGE_H - top:.2f} m '
                f"{x:.2f} {PAGE_H - bottom:.2f} l</path>"
            )
        out.append("</page>")
    out.append("</ipe>")
    return "\n".join(out)


def _ipe_draw(spec: ReportSpec, pdf: Path, rng: random.Random, short: bool = False) -> None:
    # Latin Modern Sans runs about 0.93 of Helvetica's width: measured with Helvetica the lines stay in their cells
    pages, furn = _layout(spec, rng, "Helvetica", "Helvetica-Bold", short)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.ipe"
        source.write_text(_ipe_source(pages, furn), encoding="utf-8")
        subprocess.run(
            ["ipetoipe", "-pdf", "-export", "form.ipe", "form.pdf"],
            cwd=tmp,
            capture_output=True,
            timeout=300,
            check=True,
        )
        shutil.copy(Path(tmp) / "form.pdf", pdf)


def _scribus_script(pages: list[_Page], furn: dict, pdf: Path) -> str:
    """A Scribus scripter program drawing the pages: each line a text frame of its own whose first baseline is the
    line's (no text distances, Liberation Sans's ascent 0.905 em over it), the rules Scribus lines."""
    out = [
        "import scribus",
        f"scribus.newDocument(({PAGE_W}, {PAGE_H}), (20, 20, 20, 20), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,"
        " scribus.PAGE_1, 0, 1)",
        "def t(x, base, text, size, bold):",
        "    # a frame wide enough for its line (Liberation Sans is Helvetica's widths) and a little more",
        "    f = scribus.createText(x, base - 0.905 * size, 0.62 * size * len(text) + 40, size * 1.6)",
        "    scribus.setTextDistances(0, 0, 0, 0, f)",
        "    scribus.setText(text, f)",
        "    scribus.setFont('Liberation Sans Bold' if bold else 'Liberation Sans Regular', f)",
        "    scribus.setFontSize(size, f)",
        "def r(x, top, bottom, w):",
        "    ln = scribus.createLine(x, top, x, bottom)",
        "    scribus.setLineWidth(w, ln)",
    ]
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append("scribus.newPage(-1)")
        out.append(f"scribus.gotoPage({n})")
        out.append(f"t({furn['margin']:.2f}, {furn['header_top']:.2f}, {furn['office']!r}, 8.0, False)")
        dnr_x = PAGE_W - furn["margin"] - _width(furn["dnr"], "Helvetica", 8.0)
        out.append(f"t({dnr_x:.2f}, {furn['header_top']:.2f}, {furn['dnr']!r}, 8.0, False)")
        out.append(
            f"t({PAGE_W / 2 - 12:.2f}, {PAGE_H - 24:.2f}, {furn['footer'].format(n=n, m=len(pages))!r}, 8.0, False)"
        )
        out.extend(f"t({x.x:.2f}, {x.top:.2f}, {x.text!r}, {x.size}, {x.bold})" for x in page.texts)
        out.extend(f"r({x:.2f}, {top:.2f}, {bottom:.2f}, {w:.2f})" for x, top, bottom, w in page.rules)
    out += ["pdf = scribus.PDFfile()", f"pdf.file = {str(pdf)!r}", "pdf.save()", "scribus.closeDoc()"]
    return "\n".join(out)


def _scribus_draw(spec: ReportSpec, pdf: Path, rng: random.Random) -> None:
    font, bold = _font("LiberationSans", "Helvetica"), _font("LiberationSans-Bold", "Helvetica-Bold")
    pages, furn = _layout(spec, rng, font, bold)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "form.py"
        script.write_text(_scribus_script(pages, furn, pdf.resolve()), encoding="utf-8")
        subprocess.run(
            ["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", str(script)],
            cwd=tmp,
            capture_output=True,
            timeout=300,
            check=True,
        )


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    varied(spec, rng)
    short = spec.variant.endswith("_short")
    if spec.variant.startswith("ipe_triples"):
        _ipe_draw(spec, pdf, rng, short)
    elif spec.variant == "scribus_triples":
        _scribus_draw(spec, pdf, rng)
    else:
        _rl_draw(spec, pdf, rng, spec.variant == "rl_triples_shy", short)


def build_ctext2_39_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the reportlab shapes in turn."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_39", "c39", "reportlab"), SHAPES, boxforms.BASES, _draw)


def build_ctext2_39_ipe(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` Ipe forms (with .truth.json) into out_dir; Ipe (`ipetoipe`) must be installed."""
    return draw_in_turn(out_dir, count, seed, ("ctext2_39", "c39i", "Ipe"), ("ipe_triples",), boxforms.BASES, _draw)


def build_ctext2_39_short(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` forms (with .truth.json) whose column rules go in one form of two only as deep as the page's
    text, reportlab and Ipe in turn (Ipe must be installed)."""
    names = ("ctext2_39", "c39r", "reportlab/Ipe")
    return draw_in_turn(out_dir, count, seed, names, ("rl_triples_short", "ipe_triples_short"), boxforms.BASES, _draw)


def build_ctext2_39_scribus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` Scribus forms (with .truth.json) into out_dir; Scribus and xvfb-run must be installed."""
    names = ("ctext2_39", "c39s", "Scribus")
    return draw_in_turn(out_dir, count, seed, names, ("scribus_triples",), boxforms.BASES, _draw)


__all__ = ["SHAPES", "build_ctext2_39_forms", "build_ctext2_39_ipe", "build_ctext2_39_scribus", "build_ctext2_39_short"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    builders = {"--ipe": build_ctext2_39_ipe, "--scribus": build_ctext2_39_scribus, "--short": build_ctext2_39_short}
    chosen = [flag for flag in builders if flag in sys.argv]
    for flag in chosen:
        sys.argv.remove(flag)
    build = builders[chosen[0]] if chosen else build_ctext2_39_forms
    corpus_command(build, 39, 9, "name the files that missed")
