"""The text-layer families: five producers none of the earlier generators used.

`lilypond_smallcaps` (GNU LilyPond 2.24's markup, no music: a book of \\markup blocks and \\markuplist paragraphs that
LilyPond breaks into pages itself, made PDF through its own PostScript and Ghostscript, TeX Gyre Schola / C059; each
label in bold small capitals above its answer, so the text layer reads the labels in upper case, a hairline under
every answer; the short fields two columns a row; a follow-up's stage two tick boxes ☒ / ☐); `emacs_asciitable`
(the form typed as a plain-text table ruled with "+", "-" and "|", the label's cell left and the answer's right, both
wrapped inside their cells, printed by Emacs' ps-print in Courier with its header (running header, Dnr, page number)
and made PDF by ps2pdf); `abc_runin` (abcm2ps, the ABC music typesetter, used for its text blocks only: each label
a bold run-in head ending in a colon at the start of its justified answer paragraph in Times, the title centred,
its own page header and footer; PostScript made PDF by ps2pdf); `dia_legend` (the Dia diagram editor: one .dia
drawing a page written by this generator, its text objects and lines placed by h28_layout's `legend_frames`, exported
by Dia's cairo PDF exporter and joined by qpdf); `gle_guided` (GLE, the Graphics Layout Engine: one script a page
placing h28_layout's `guided_rows` in PostScript Helvetica, the help text under each label in Helvetica-Oblique,
made PDF by GLE through Ghostscript and joined by qpdf).
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h28_content import Form, Section
from h28_layout import A4, Hint, Page, lines_of, stage_boxes, text_width
from h28_layout import layout as place

from h15_layout import wrap_measured  # on the path once h28_layout is imported


def _run(command: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> None:
    done = subprocess.run(command, capture_output=True, input=stdin, timeout=300, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stderr or done.stdout).decode(errors='replace')[-800:]}")


def _joined(parts: list[Path], out: Path) -> None:
    _run(["qpdf", str(parts[0]), "--pages", *map(str, parts), "--", str(out)])  # the first part's information


def lilypond_available() -> bool:
    return shutil.which("lilypond") is not None


def emacs_available() -> bool:
    return shutil.which("emacs") is not None and shutil.which("ps2pdf") is not None


def abc_available() -> bool:
    return shutil.which("abcm2ps") is not None and shutil.which("ps2pdf") is not None


def dia_available() -> bool:
    return shutil.which("dia") is not None and shutil.which("qpdf") is not None


def gle_available() -> bool:
    return shutil.which("gle") is not None and shutil.which("qpdf") is not None


def _grid(form: Form) -> list[Section]:
    return form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]


# --- LilyPond ---------------------------------------------------------------------------------------------------


def _ly(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ly_words(text: str) -> str:
    return " ".join(_ly(w) for w in text.split())


def lilypond_source(form: Form, rng: random.Random) -> str:
    size = rng.choice((0, 0.5, -0.5))
    rule = "\\markup \\override #'(span-factor . 1) \\draw-hline"
    out = [
        '\\version "2.24.0"',
        "\\paper {",
        '  #(set-paper-size "a4")',
        "  tagline = ##f print-page-number = ##f",
        f"  left-margin = {rng.uniform(18, 24):.1f}\\mm right-margin = {rng.uniform(18, 24):.1f}\\mm",
        "  markup-markup-spacing.padding = #1.2",
        f"  oddHeaderMarkup = \\markup \\fontsize #-2 \\fill-line {{ {_ly(form.running_header)} {_ly(form.dnr)} }}",
        "  evenHeaderMarkup = \\oddHeaderMarkup",
        '  oddFooterMarkup = \\markup \\fontsize #-2 \\fill-line { "" \\concat { "Sida " '
        "\\fromproperty #'page:page-number-string } }",
        "  evenFooterMarkup = \\oddFooterMarkup",
        "}",
        f"#(set-global-staff-size {20 + 2 * size:.1f})",
        f"\\markup \\bold \\fontsize #3 \\override #'(line-width . 80) \\wordwrap {{ {_ly_words(form.title)} }}",
    ]

    def label(section: Section, width: float = 88) -> str:
        words = " ".join(f"\\bold \\smallCaps {_ly(w)}" for w in section.label.split())
        return f"\\override #'(line-width . {width:.0f}) \\wordwrap {{ {words} }}"  # a long label wraps

    def column(section: Section, width: float) -> str:
        body = " ".join(
            f"\\override #'(line-width . {width:.0f}) \\wordwrap {{ {_ly_words(line)} }}" for line in section.lines()
        )
        return "\\column { " + label(section, width) + " " + (body or '" "') + " }"

    grid = _grid(form)
    for start in range(0, len(grid), 2):
        row = grid[start : start + 2]
        if len(row) == 2:
            first = f"\\pad-to-box #'(0 . 50) #'(0 . 0) {column(row[0], 44)}"
            out.append(f"\\markup \\line {{ {first} {column(row[1], 44)} }}")
        else:
            out.append(f"\\markup {column(row[0], 88)}")
    out.append(rule)
    for section in form.sections:
        if section in grid:
            continue
        out.append(f"\\markup {label(section)}")
        for line in section.lines() or [" "]:
            out.append(f"\\markuplist \\wordwrap-lines {{ {_ly_words(line) or _ly(' ')} }}")
        out.append(rule)
        boxes = stage_boxes(form) if section.key == form.stage_after else []
        if boxes:
            ticks = " \\hspace #4 ".join(
                f"{_ly(('☒' if crossed else '☐') + ' ' + option)}" for option, crossed in boxes
            )
            out.append(f"\\markup \\line {{ {ticks} }}")
    return "\n".join(out) + "\n"


def lilypond(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h28-ly-") as tmp:
        source = Path(tmp) / "blankett.ly"
        source.write_text(lilypond_source(form, rng), "utf-8")
        _run(["lilypond", "-s", "-o", "blankett", "blankett.ly"], cwd=Path(tmp))
        shutil.move(Path(tmp) / "blankett.pdf", out)


# --- Emacs ps-print -----------------------------------------------------------------------------------------------


def _cell_lines(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` characters, a word too long for the cell broken after its slash."""
    return wrap_measured(text, len, width) if text else [""]


def ascii_table(form: Form, rng: random.Random) -> str:
    """The form as a plain-text table ruled with +, - and |: the label's cell and the answer's, wrapped in them."""
    left = rng.randint(20, 26)
    right = 84 - left
    rule = "+" + "-" * (left + 2) + "+" + "-" * (right + 2) + "+"
    out = [line for line in _cell_lines(form.title, 88)]
    out += ["", rule]
    for section in form.sections:
        labels = _cell_lines(section.label, left)
        answers: list[str] = []
        for k, para in enumerate(section.lines()):
            if k and not (para.startswith("•") and section.lines()[k - 1].startswith("•")):
                answers.append("")
            answers += _cell_lines(para.replace("•", "*"), right)
        answers = answers or [""]
        for j in range(max(len(labels), len(answers))):
            a = labels[j] if j < len(labels) else ""
            b = answers[j] if j < len(answers) else ""
            out.append(f"| {a:<{left}} | {b:<{right}} |")
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"| {'':<{left}} | {'':<{right}} |")
            out.append(f"| {'':<{left}} | {form.stage_marker.upper():<{right}} |")
        out.append(rule)
    return "\n".join(out) + "\n"


def _ps_string(text: str) -> str:
    return '"(' + text.replace("\\", "\\\\\\\\").replace("(", "\\\\(").replace(")", "\\\\)") + ')"'


def emacs(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h28-emacs-") as tmp:
        text, ps = Path(tmp) / "blankett.txt", Path(tmp) / "blankett.ps"
        text.write_text(ascii_table(form, rng), "latin-1")
        size = rng.choice((8.0, 8.5))
        lisp = (
            "(progn (setq ps-paper-type 'a4 ps-print-header t ps-print-color-p nil ps-header-lines 2"
            f" ps-print-header-frame {rng.choice(('t', 'nil'))} ps-font-size {size}"
            f" ps-left-header (list {_ps_string(form.running_header)} {_ps_string(form.dnr)})"
            ' ps-right-header (list "/pagenumberstring load"))'
            f' (let ((coding-system-for-read (quote latin-1))) (find-file "{text}"))'
            f' (ps-print-buffer "{ps}"))'
        )
        _run(["emacs", "--batch", "-Q", "--eval", lisp])
        _run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(out)])


# --- abcm2ps ------------------------------------------------------------------------------------------------------


def _abc(text: str) -> str:
    return text.replace("$", "\\$")


def abc_source(form: Form, rng: random.Random) -> str:
    size = rng.choice((10, 10.5, 11))
    out = [
        "%abc-2.1",
        "%%pagewidth 21cm",
        "%%pageheight 29.7cm",
        "%%scale 1.0",
        "%%topspace 1.2cm",
        "%%parskipfac 0.3",
        f"%%leftmargin {rng.uniform(1.8, 2.4):.2f}cm",
        f"%%rightmargin {rng.uniform(1.8, 2.4):.2f}cm",
        f"%%textfont Times-Roman {size}",
        f"%%setfont-1 Times-Bold {size}",
        f"%%setfont-2 Times-Bold {size + 4}",
        "%%headerfont Times-Roman 9",
        "%%footerfont Times-Roman 9",
        f'%%header "{_abc(form.running_header)}\t\t{_abc(form.dnr)}"',
        '%%footer "\t\tSida $P"',
        f"%%center $2{_abc(form.title)}",
        "%%vskip 14",
    ]
    for section in form.sections:
        paras = section.lines()
        head = f"$1{_abc(section.label)}:$0"
        out.append("%%begintext justify")
        if not paras:
            out.append(f"%%{head}")
        for k, para in enumerate(paras):
            text = _abc(para)
            if para.startswith("•"):
                out += ["%%endtext", f"%%text     -{text[1:]}", "%%begintext justify"]  # no bullet in its Latin-1
                continue
            out.append(f"%%{head} {text}" if k == 0 else f"%%{text}")
            out.append("%%")  # a blank line: the paragraph ends
        out.append("%%endtext")
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"%%text $1{form.stage_marker}$0")
        out.append("%%vskip 6")
    return "\n".join(line for line in out if line != "%%begintext justify\n%%endtext") + "\n"


def abc(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h28-abc-") as tmp:
        source, ps = Path(tmp) / "blankett.abc", Path(tmp) / "blankett.ps"
        source.write_text(abc_source(form, rng), "utf-8")
        _run(["abcm2ps", "-O", str(ps), str(source)])
        _run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(out)])


# --- Dia ----------------------------------------------------------------------------------------------------------

CM = 2.54 / 72  # centimetres a point
DIA_EM = 0.8  # Dia sets a text's glyphs at this share of its "height"
DIA_ASCENT = 0.905  # Dia places a text by the top of its first line: Liberation Sans' ascent above the baseline


def _dia_real(name: str, value: float) -> str:
    return f'<dia:attribute name="{name}"><dia:real val="{value}"/></dia:attribute>'


# A4 without margins, the drawing fitted to one page (Dia would tile a drawing larger than its printable area).
DIA_PAPER = (
    '<dia:diagramdata><dia:attribute name="paper"><dia:composite type="paper">'
    '<dia:attribute name="name"><dia:string>#A4#</dia:string></dia:attribute>'
    + "".join(_dia_real(m, 0) for m in ("tmargin", "bmargin", "lmargin", "rmargin"))
    + '<dia:attribute name="is_portrait"><dia:boolean val="true"/></dia:attribute>'
    + _dia_real("scaling", 1)
    + '<dia:attribute name="fitto"><dia:boolean val="true"/></dia:attribute>'
    '<dia:attribute name="fitwidth"><dia:int val="1"/></dia:attribute>'
    '<dia:attribute name="fitheight"><dia:int val="1"/></dia:attribute>'
    "</dia:composite></dia:attribute></dia:diagramdata>"
)


def _dia_text(x: float, y: float, text: str, size: float, bold: bool, grey: float) -> str:
    y -= DIA_ASCENT * size
    level = round(255 * grey * 0.8)
    colour = f"#{level:02x}{level:02x}{level:02x}"
    return (
        '<dia:object type="Standard - Text" version="1"><dia:attribute name="obj_pos">'
        f'<dia:point val="{x * CM:.3f},{y * CM:.3f}"/></dia:attribute><dia:attribute name="text">'
        '<dia:composite type="text"><dia:attribute name="string">'
        f"<dia:string>#{html.escape(text, quote=False)}#</dia:string></dia:attribute>"
        f'<dia:attribute name="font"><dia:font family="Liberation Sans" style="{80 if bold else 0}" '
        f'name="{"Helvetica-Bold" if bold else "Helvetica"}"/></dia:attribute>'
        f'<dia:attribute name="height"><dia:real val="{size * CM / DIA_EM:.3f}"/></dia:attribute>'
        f'<dia:attribute name="pos"><dia:point val="{x * CM:.3f},{y * CM:.3f}"/></dia:attribute>'
        f'<dia:attribute name="color"><dia:color val="{colour}"/></dia:attribute>'
        '<dia:attribute name="alignment"><dia:enum val="0"/></dia:attribute></dia:composite></dia:attribute>'
        "</dia:object>"
    )


def _dia_line(x0: float, y0: float, x1: float, y1: float) -> str:
    return (
        '<dia:object type="Standard - Line" version="0"><dia:attribute name="conn_endpoints">'
        f'<dia:point val="{x0 * CM:.3f},{y0 * CM:.3f}"/><dia:point val="{x1 * CM:.3f},{y1 * CM:.3f}"/>'
        '</dia:attribute><dia:attribute name="line_width"><dia:real val="0.02"/></dia:attribute></dia:object>'
    )


def dia_page(page: Page) -> str:
    """One page as a Dia drawing: a white sheet the size of A4 (so the export is A4), its rules, its texts."""
    sheet = (
        '<dia:object type="Standard - Box" version="0"><dia:attribute name="elem_corner"><dia:point val="0,0"/>'
        f'</dia:attribute><dia:attribute name="elem_width"><dia:real val="{A4[0] * CM:.3f}"/></dia:attribute>'
        f'<dia:attribute name="elem_height"><dia:real val="{A4[1] * CM:.3f}"/></dia:attribute>'
        '<dia:attribute name="border_width"><dia:real val="0"/></dia:attribute>'
        '<dia:attribute name="border_color"><dia:color val="#ffffff"/></dia:attribute>'
        '<dia:attribute name="show_background"><dia:boolean val="true"/></dia:attribute></dia:object>'
    )
    objects = [sheet]
    for b in page.boxes:
        if abs(b.y1 - b.y0) < 0.1 or abs(b.x1 - b.x0) < 0.1:
            objects.append(_dia_line(b.x0, b.y0, b.x1, b.y1))
        else:
            objects += [_dia_line(b.x0, b.y0, b.x1, b.y0), _dia_line(b.x1, b.y0, b.x1, b.y1),
                        _dia_line(b.x1, b.y1, b.x0, b.y1), _dia_line(b.x0, b.y1, b.x0, b.y0)]  # fmt: skip
    objects += [_dia_text(t.x, t.y, t.text, t.size, t.bold, t.grey) for t in page.texts if t.text.strip()]
    body = "".join(o.replace("<dia:object ", f'<dia:object id="O{n}" ', 1) for n, o in enumerate(objects))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/">'
        + DIA_PAPER
        + '<dia:layer name="Blankett" visible="true" active="true">'
        + body
        + "</dia:layer></dia:diagram>\n"
    )


def dia(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "legend_frames")
    with tempfile.TemporaryDirectory(prefix="h28-dia-") as tmp:
        parts = []
        for n, page in enumerate(pages, 1):
            source, part = Path(tmp) / f"sida{n}.dia", Path(tmp) / f"sida{n}.pdf"
            source.write_text(dia_page(page), "utf-8")
            _run(["dia", "-n", "-e", str(part), "-t", "cairo-pdf", str(source)])
            parts.append(part)
        _joined(parts, out)
    return len(pages)


# --- GLE ----------------------------------------------------------------------------------------------------------


def _gle_string(text: str) -> str:
    """`text` as a GLE string; GLE reads TeX-like markup in it, which this generator's Swedish never holds."""
    if set(text) & set("\\^_{}$"):
        raise ValueError(f"GLE markup in {text!r}")
    return '"' + text.replace('"', "''") + '"'


def gle_page(page: Page) -> str:
    """One page as a GLE script, centimetres up from the bottom left corner."""
    height = A4[1] * CM
    out = [f"size {A4[0] * CM:.2f} {height:.2f}", "set lwidth 0.015", "set just left"]
    for b in page.boxes:
        x0, y0, x1, y1 = b.x0 * CM, height - b.y0 * CM, b.x1 * CM, height - b.y1 * CM
        out += [f"amove {x0:.3f} {y0:.3f}", f"aline {x1:.3f} {y0:.3f}"]
        if abs(b.y1 - b.y0) > 0.1 and abs(b.x1 - b.x0) > 0.1:
            out += [f"aline {x1:.3f} {y1:.3f}", f"aline {x0:.3f} {y1:.3f}", f"aline {x0:.3f} {y0:.3f}"]
    for t in page.texts:
        if not t.text.strip():
            continue
        font = "psho" if isinstance(t, Hint) else ("pshb" if t.bold else "psh")
        grey = "gray50" if t.grey else "black"
        out += [
            f"set font {font} hei {t.size * CM:.3f} color {grey}",
            f"amove {t.x * CM:.3f} {height - t.y * CM:.3f}",
            f"write {_gle_string(t.text)}",
        ]
    return "\n".join(out) + "\n"


def gle(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "guided_rows")
    with tempfile.TemporaryDirectory(prefix="h28-gle-") as tmp:
        parts = []
        for n, page in enumerate(pages, 1):
            source = Path(tmp) / f"sida{n}.gle"
            source.write_text(gle_page(page), "utf-8")
            _run(["gle", "-d", "pdf", source.name], cwd=Path(tmp))
            parts.append(Path(tmp) / f"sida{n}.pdf")
        _joined(parts, out)
    return len(pages)


__all__ = ["abc", "ascii_table", "dia", "emacs", "gle", "lilypond", "lines_of", "text_width"]
