"""`dvips_latex`: LaTeX run to DVI (not pdfTeX's PDF), turned into PostScript by `dvips` and into PDF by
Ghostscript's `ps2pdf`: the fonts reach the PDF as Type 1 programs through dvips's font map (Times by mathptmx, or
Helvetica by helvet), T1-encoded.

Even turns hang each label in a bold column of its own to the left of its answer (a `list` whose item labels are
ragged-right boxes); odd turns set each label as a bold line above its answer. Bullets are `itemize`'s. The running
header is fancyhdr's ("Bilaga N" left, the Dnr right), the page number its footer. Hyphenation is off and
ligatures are turned off, so every word stays whole and "fi" stays two letters.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from h14_lua import SPECIAL
from h21_content import Form, Section

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import tex_finds  # noqa: E402

# LaTeX's special characters (the ninth generator's table), a hard space, and a hyphen never read as part of "--"
SPECIALS = SPECIAL | {"\u00a0": "~", "-": "-{}"}

# Every package a form loads (both fonts' turns), for the probe.
PACKAGES = (
    "fontenc.sty",
    "inputenc.sty",
    "mathptmx.sty",
    "helvet.sty",
    "geometry.sty",
    "fancyhdr.sty",
    "microtype.sty",
)


def available() -> bool:
    """latex, dvips and ps2pdf, and the LaTeX packages the forms load (texlive-base alone lacks most of them)."""
    return all(shutil.which(p) for p in ("latex", "dvips", "ps2pdf")) and tex_finds(*PACKAGES)


def _tex(text: str) -> str:
    return "".join(SPECIALS.get(c, c) for c in text)


def _answer(section: Section) -> str:
    if not section.blocks:
        return _tex(section.lines()[0]) if section.placeholder else r"\mbox{}"
    out = []
    for block in section.blocks:
        if isinstance(block, list):
            items = "\n".join(r"\item " + _tex(i) for i in block)
            out.append(r"\begin{itemize}\setlength\itemsep{0pt}" + "\n" + items + "\n" + r"\end{itemize}")
        else:
            out.append(_tex(block))
    return "\n\n".join(out)


def _section(section: Section, beside: bool) -> str:
    label = _tex(section.label)
    if beside:
        return (
            r"\begin{list}{}{\setlength\labelwidth{\lw}\setlength\leftmargin{\dimexpr\lw+1.2em}"
            r"\setlength\labelsep{1.2em}\setlength\parsep{4pt}}" + "\n"
            r"\item[{\parbox[t]{\lw}{\raggedright\bfseries " + label + "}}]" + _answer(section) + "\n"
            r"\end{list}" + "\n"
        )
    return r"\par\medskip\noindent{\bfseries " + label + r"}\par\nopagebreak\smallskip" + "\n" + _answer(section) + "\n"


def source(form: Form, rng: random.Random, turn: int) -> str:
    beside = turn % 2 == 0
    font = rng.choice(
        (r"\usepackage{mathptmx}", r"\usepackage[scaled=0.92]{helvet}\renewcommand\familydefault{\sfdefault}")
    )
    size = rng.choice(("10pt", "11pt"))
    head = rf"""\documentclass[{size},a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
{font}
\usepackage[a4paper,margin=2.3cm,top=2.8cm]{{geometry}}
\usepackage{{fancyhdr}}
\usepackage{{microtype}}
\DisableLigatures{{encoding = *, family = *}}
\pagestyle{{fancy}}\fancyhf{{}}
\lhead{{\footnotesize {_tex(form.running_header)}}}\rhead{{\footnotesize {_tex(form.dnr)}}}
\cfoot{{\footnotesize Sida \thepage}}
\renewcommand\headrulewidth{{0pt}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength\parindent{{0pt}}\setlength\parskip{{4pt}}
\newlength\lw\setlength\lw{{{rng.uniform(3.6, 4.8):.2f}cm}}
\begin{{document}}
\raggedright
{{\Large\bfseries {_tex(form.title)}\par}}\bigskip
"""
    body = []
    for section in form.sections:
        body.append(_section(section, beside))
        if section.key == form.stage_after and form.stage_marker:
            body.append(r"\par\medskip\noindent{\bfseries " + _tex(form.stage_marker) + r"}\par")
    return head + "\n".join(body) + "\n\\end{document}\n"


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "form.tex").write_text(source(form, rng, turn), "utf-8")
        for command in (
            ["latex", "-interaction=batchmode", "-halt-on-error", "form.tex"],
            ["dvips", "-q", "-t", "a4", "form.dvi", "-o", "form.ps"],
            ["ps2pdf", "-sPAPERSIZE=a4", "form.ps", "form.pdf"],
        ):
            subprocess.run(command, cwd=work, capture_output=True, check=True, timeout=300)
        shutil.move(work / "form.pdf", path)
