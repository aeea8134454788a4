"""pdfTeX forms: LaTeX source written from a `Form` and compiled with pdflatex (texlive).

`tex_table`: a longtable of label | answer rows (rules or none, label bold or not), an application's header
fields two pairs a row, Swedish hyphenation, fancyhdr header and "Sida x (y)" footer, a logo now and then.
`tex_headings`: one column, each label a bold heading above its answer, a description list or "Label: answer"
run-in paragraphs; landscape pages now and then; answers break over pages where they fall.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from h11_content import Form, Row

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import tex_finds  # noqa: E402

FONTS = {
    "times": r"\usepackage{mathptmx}",
    "helvetica": r"\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}",
    "palatino": r"\usepackage{mathpazo}",
    "charter": r"\usepackage{charter}",
}
SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
           "\u00a0": "~", "•": r"\textbullet{}", "–": "--"}  # fmt: skip


def available() -> bool:
    """pdflatex with babel's Swedish and every package the forms load (a TeX without texlive-lang-european or
    texlive-latex-extra cannot typeset them)."""
    packages = ("swedish.ldf", "glyphtounicode.tex", "geometry.sty", "longtable.sty", "tabularx.sty", "fancyhdr.sty")
    return shutil.which("pdflatex") is not None and tex_finds(*packages, "lastpage.sty", "enumitem.sty")


def esc(text: str) -> str:
    return "".join(SPECIAL.get(c, c) for c in text)


def answer(row: Row) -> str:
    """Paragraphs parted by \\par, bullet lines each on a line of its own."""
    return r"\par ".join(r"\newline ".join(esc(line) for line in p.split("\n")) for p in row.paragraphs)


def preamble(form: Form, rng: random.Random, landscape: bool) -> str:
    font = rng.choice(sorted(FONTS))
    margin = rng.choice(["2cm", "2.5cm", "1.8cm", "3cm"])
    size = rng.choice(["10pt", "11pt", "12pt"])
    page = rng.choice(["a4paper", "a4paper", "letterpaper"])
    footer = rng.choice([r"Sida \thepage\ (\pageref{LastPage})", r"Sida \thepage\ av \pageref{LastPage}", r"\thepage"])
    return rf"""\documentclass[{size}]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage[swedish]{{babel}}
{FONTS[font]}
\input{{glyphtounicode}}\pdfgentounicode=1
\usepackage[{page},margin={margin}{",landscape" if landscape else ""}]{{geometry}}
\usepackage{{array,longtable,tabularx,fancyhdr,lastpage,enumitem,graphicx}}
\pagestyle{{fancy}}\renewcommand{{\headrulewidth}}{{{rng.choice(["0pt", "0.4pt"])}}}
\fancyhf{{}}\fancyhead[L]{{{esc(form.header[0])}}}\fancyhead[R]{{{esc(form.header[1])}}}
\fancyfoot[{rng.choice("LCR")}]{{{footer}}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{{rng.choice(["4pt", "6pt", "0pt"])}}}
\begin{{document}}
"""


def title(form: Form, logo: Path | None) -> str:
    head = rf"\includegraphics[height=1.1cm]{{{logo}}}\par\medskip" + "\n" if logo else ""
    return head + rf"{{\Large\bfseries {esc(form.title)}\par}}\bigskip" + "\n"


def table_body(form: Form, rng: random.Random) -> str:
    ruled = rng.random() < 0.5
    bold = rng.random() < 0.5
    label_w = rng.choice([3.6, 4.2, 5.0])
    bar = "|" if ruled else ""
    hline = r"\hline" if ruled else ""
    lab = (lambda s: rf"\textbf{{{esc(s)}}}") if bold else esc
    out = [
        rf"\begin{{longtable}}{{{bar}p{{{label_w}cm}}{bar}p{{\dimexpr\linewidth-{label_w}cm-4\tabcolsep\relax}}{bar}}}{hline}"
    ]
    rows = form.rows
    grid = form.form_kind == "ansokan" and rng.random() < 0.6
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.kind == "heading":
            break
        if (
            grid
            and i + 1 < len(rows)
            and rows[i + 1].kind == "field"
            and row.key in ("kontaktperson", "insats", "sokande_namnd")
        ):
            # two pairs a row: the pair's second half inside the answer cell as a nested table
            nxt = rows[i + 1]
            out.append(
                rf"{lab(row.label)} & \begin{{tabularx}}{{\linewidth}}[t]{{@{{}}X p{{2.6cm}} X@{{}}}}{answer(row)} & {lab(nxt.label)} & {answer(nxt)}\end{{tabularx}} \\ {hline}"
            )
            i += 2
            continue
        if row.kind == "marker":
            out.append(rf" & {esc(row.text)} \\ {hline}")
        else:
            out.append(rf"{lab(row.label)} & {answer(row)} \\ {hline}")
        i += 1
    out.append(r"\end{longtable}")
    for row in rows[i:]:
        out.append(rf"\subsection*{{{esc(row.label)}}}" + "\n" + answer(row).replace(r"\par ", "\n\n") + "\n")
    return "\n".join(out)


def headings_body(form: Form, rng: random.Random) -> str:
    style = rng.choice(["heading", "description", "runin"])
    out = []
    if style == "description":
        out.append(r"\begin{description}[style=nextline,leftmargin=1.2cm,font=\normalfont\bfseries]")
    for row in form.rows:
        if row.kind == "marker":
            out.append(("\\item[] " if style == "description" else "") + rf"{{\bfseries {esc(row.text)}}}" + "\n")
        elif style == "description" and row.kind == "field":
            out.append(rf"\item[{esc(row.label)}] " + answer(row).replace(r"\par ", "\n\n") + "\n")
        elif style == "runin" and row.kind == "field":
            out.append(rf"\textbf{{{esc(row.label)}:}} " + answer(row).replace(r"\par ", "\n\n") + "\n\n\\medskip\n")
        else:
            if style == "description":
                out.append(r"\end{description}")
                style = "heading"
            out.append(
                rf"{{\large\bfseries {esc(row.label)}\par}}\smallskip"
                + "\n"
                + answer(row).replace(r"\par ", "\n\n")
                + "\n\n\\medskip\n"
            )
    if style == "description":
        out.append(r"\end{description}")
    return "\n".join(out)


def render(form: Form, rng: random.Random, out: Path, family: str, logo: Path) -> int:
    """Writes out (a PDF); returns its page count."""
    landscape = family == "tex_headings" and rng.random() < 0.3
    body = table_body(form, rng) if family == "tex_table" else headings_body(form, rng)
    src = (
        preamble(form, rng, landscape)
        + title(form, logo if rng.random() < 0.4 else None)
        + body
        + "\n\\end{document}\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        tex = Path(tmp) / "form.tex"
        tex.write_text(src, encoding="utf-8")
        for _ in range(2):  # the second run resolves \pageref{LastPage}
            run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "form.tex"], cwd=tmp,
                                 capture_output=True, encoding="latin-1", timeout=120)  # fmt: skip
            if run.returncode != 0:
                raise RuntimeError(f"pdflatex failed for {out.name}: {run.stdout[-800:]}")
        shutil.copy(Path(tmp) / "form.pdf", out)
        log = (Path(tmp) / "form.log").read_text(encoding="latin-1")
    pages = int(log.rsplit("Output written on form.pdf (", 1)[1].split(" page", 1)[0])
    return pages
