"""Forms typeset by LuaLaTeX with fontspec and a system OpenType/TrueType font (another PDF writer than pdfTeX).

Layouts per form: labels as headings above their answers (bold or small capitals), labels beside their answers
as a hanging list (the label ragged in a box of its own), or short fields run in "Label: answer"; an
application's header as a list of run-in pairs; fancyhdr header "Bilaga N" / Dnr and footer "Sida x (y)" from
lastpage (two runs); landscape now and then.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from h14_content import PLACEHOLDER, Form, Section

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import tex_finds  # noqa: E402

FONTS = ("DejaVu Serif", "Liberation Serif", "Liberation Sans", "DejaVu Sans")
SPECIAL = {
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\^{}",
    "\\": r"\textbackslash{}",
}


def available() -> bool:
    """lualatex with luaotfload, fontspec and the packages the forms load (a LuaTeX without them cannot load the
    system fonts the forms use)."""
    packages = ("luaotfload-main.lua", "fontspec.sty", "geometry.sty", "xcolor.sty", "enumitem.sty", "fancyhdr.sty")
    return shutil.which("lualatex") is not None and tex_finds(*packages, "lastpage.sty")


def tex(text: str) -> str:
    return "".join(SPECIAL.get(c, c) for c in text)


def _answer(section: Section) -> str:
    if not section.blocks:
        return r"{\color{gray}" + tex(PLACEHOLDER) + "}" if section.placeholder else r"\mbox{}"
    parts = []
    for block in section.blocks:
        if isinstance(block, list):
            items = "".join(r"\item " + tex(item) + "\n" for item in block)
            parts.append(r"\begin{itemize}[nosep,leftmargin=1.2em,label=\textbullet]" + "\n" + items + r"\end{itemize}")
        else:
            parts.append(tex(block))
    return "\n\n".join(parts)


def form_tex(form: Form, rng: random.Random) -> str:
    layout = rng.choice(("above", "beside", "beside", "runin"))
    landscape = ",landscape" if rng.random() < 0.2 else ""
    font = rng.choice(FONTS)
    size = rng.choice(("10pt", "11pt", "12pt"))
    label_w = rng.choice((3.6, 4.2, 4.8))
    caps = rng.random() < 0.4
    lines = []
    for s in form.sections:
        label = tex(s.label)
        if layout == "above" or (layout == "runin" and len(s.text) > 90):
            head = r"\textsc{" + label + "}" if caps else r"\textbf{" + label + "}"
            lines.append(
                r"\par\medskip\noindent " + head + r"\par\nopagebreak\smallskip\noindent " + _answer(s) + r"\par"
            )
        elif layout == "runin":
            lines.append(r"\par\smallskip\noindent\textbf{" + label + r":} " + _answer(s) + r"\par")
        else:
            lines.append(r"\item[\lab{" + label + "}] " + _answer(s))
        if form.stage_after == s.key and form.stage:
            stage = form.stage.capitalize()
            lines.append(
                r"\item[{}] " + stage
                if layout == "beside"
                else r"\par\smallskip\noindent\hspace*{5cm}" + stage + r"\par"
            )
    body = "\n".join(lines)
    if layout == "beside":
        body = (
            r"\begin{list}{}{\setlength{\labelwidth}{"
            + f"{label_w}cm"
            + r"}\setlength{\leftmargin}{"
            + f"{label_w + 0.5}cm"
            + r"}\setlength{\labelsep}{0.5cm}\setlength{\itemsep}{0.8ex}}"
            + "\n"
            + body
            + "\n"
            + r"\end{list}"
        )
    head = f"Bilaga {form.appendix}" if form.appendix else "Trafikkontoret"
    footer = rng.choice((r"Sida \thepage\ (\pageref{LastPage})", r"Sida \thepage\ av \pageref{LastPage}"))
    return rf"""\documentclass[{size},a4paper{landscape}]{{article}}
\usepackage[margin=2.2cm,headheight=14pt]{{geometry}}
\usepackage{{fontspec}}
\setmainfont{{{font}}}
\usepackage{{xcolor,enumitem,fancyhdr,lastpage}}
\pagestyle{{fancy}}\fancyhf{{}}\renewcommand{{\headrulewidth}}{{0pt}}
\fancyhead[L]{{\small {tex(head)}}}\fancyhead[R]{{\small {tex(form.dnr)}}}
\fancyfoot[R]{{\small {footer}}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\setlength{{\parindent}}{{0pt}}
\newcommand{{\lab}}[1]{{\parbox[t]{{\labelwidth}}{{\raggedright\bfseries #1\par}}}}
\begin{{document}}
{{\Large\bfseries {tex(form.title)}\par}}\bigskip
{body}
\end{{document}}
"""


def render(form: Form, rng: random.Random, out: Path) -> None:
    source = form_tex(form, rng)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "form.tex").write_text(source, encoding="utf-8")
        for _ in range(2):  # lastpage needs the second run
            subprocess.run(
                ["lualatex", "-interaction=nonstopmode", "-halt-on-error", "form.tex"],
                cwd=tmp,
                check=True,
                capture_output=True,
                timeout=300,
            )
        shutil.copyfile(Path(tmp) / "form.pdf", out)
