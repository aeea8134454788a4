"""Tuning set of issue #12's text-column class: the project's forms with their body set in two or three
text columns (a web page printed with CSS `columns:`), printed by headless Chromium.

Content and truth come from fixturegen (`random_spec`, `truth`) and the web forms' markup (html.py); only
the body's flow differs. Each document draws: two or three columns; a column rule or none; fields kept
whole (`break-inside: avoid`) or free to break, so a label may stand at a column's foot with its answer at
the next column's head; numbered headings spanning the columns (`column-span: all`) or flowing with them;
labels above their answers (stacked, plain), beside them (a narrow grid per row) or inline ("Label:
answer"). The title and letterhead span the page above the columns.

A second producer, pdflatex, sets the same forms with the `twocolumn` class option or the `multicol`
package (two or three columns, a column rule or none), labels bold above their answers or run in, the
title across the page.

    build_text_columns(out_dir, count, seed) -> list[Path]
    build_tex_columns(out_dir, count, seed) -> list[Path]
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .content import random_spec
from .html import BASE_VARIANTS, BODIES, HtmlStyle, print_corpus, random_style, section_pages, to_html
from .spec import FIELD, MARKER, ReportSpec, normalise, truth

BODY_FAMILIES = ("stacked", "plain", "inline", "beside")
PRODUCER = "chromium"


@dataclass
class ColumnStyle(HtmlStyle):
    columns: int = 2
    column_gap: float = 8.0  # mm
    column_rule: bool = False
    keep_fields_whole: bool = True
    span_headings: bool = False


def column_spec(index: int, seed: int) -> tuple[ReportSpec, ColumnStyle]:
    """Spec and style of file `index`: body families and templates round-robin, the rest drawn."""
    family = BODY_FAMILIES[index % len(BODY_FAMILIES)]
    base = BASE_VARIANTS[(index // len(BODY_FAMILIES)) % len(BASE_VARIANTS)]
    rng = random.Random(f"textcolumns-{seed}-{index}")
    spec = random_spec(rng, base, PRODUCER)
    spec.variant = f"cols_{family}"
    spec.name = f"cols-{index:04d}-{family}-{base}"
    base_style = random_style(rng, family)
    style = ColumnStyle(**vars(base_style))
    style.columns = 3 if rng.random() < 0.3 else 2
    style.size = min(style.size, 10.5 if style.columns == 2 else 9.5)
    style.label_width = round(rng.uniform(22, 30), 1)  # beside: a label cell a narrow column can hold
    style.column_gap = round(rng.uniform(5, 12), 1)
    style.column_rule = rng.random() < 0.4
    style.keep_fields_whole = rng.random() < 0.5
    style.span_headings = rng.random() < 0.5
    style.browser_header = rng.random() < 0.2
    return spec, style


def _columns_css(style: ColumnStyle) -> str:
    rule = "1px solid #999" if style.column_rule else "none"
    keep = "avoid" if style.keep_fields_whole else "auto"
    span = "all" if style.span_headings else "none"
    return (
        f".cols {{ columns: {style.columns}; column-gap: {style.column_gap}mm; column-rule: {rule}; }}"
        f" .cols .field, .cols .plain, .cols .row, .cols p {{ break-inside: {keep}; }}"
        f" .cols h3 {{ column-span: {span}; }}"
    )


def columns_html(spec: ReportSpec, style: ColumnStyle) -> str:
    """The web form's page with its body wrapped in a CSS multi-column box."""
    page = to_html(spec, style)
    body = BODIES[style.family](spec, style, random.Random(f"html-body-{spec.name}"))
    page = page.replace(body, f'<div class="cols">{body}</div>', 1)
    return page.replace("</style>", _columns_css(style) + "</style>", 1)


def build_text_columns(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` PDFs (with their .html and .truth.json) into out_dir; deterministic per seed."""
    specs = [column_spec(index, seed) for index in range(count)]
    return print_corpus(Path(out_dir), specs, columns_html, lambda style: style)


# ---------------------------------------------------------------- LaTeX (pdflatex): twocolumn and multicol

TEX_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
               "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
               "\u00a0": "~", "•": r"\textbullet{}", "–": "--"}  # fmt: skip
TEX_FONTS = (
    r"\usepackage{mathptmx}",
    r"\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}",
    r"\usepackage{charter}",
)
TEX_PRODUCER = "pdflatex"


def _tex(text: str) -> str:
    return "".join(TEX_SPECIAL.get(c, c) for c in text)


def _tex_answer(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()] or [""]
    return "\n\n".join(r"\newline ".join(_tex(line) for line in p.split("\n")) for p in paras)


def tex_spec(index: int, seed: int) -> tuple[ReportSpec, dict]:
    """Spec and options of LaTeX file `index`: `twocolumn` class option or `multicol` with 2 or 3 columns,
    a column rule or none, labels bold above their answers or run in ("Label: answer")."""
    base = BASE_VARIANTS[index % len(BASE_VARIANTS)]
    rng = random.Random(f"textcolumns-tex-{seed}-{index}")
    spec = random_spec(rng, base, TEX_PRODUCER)
    how = rng.choice(("twocolumn", "multicol"))
    spec.variant = f"cols_tex_{how}"
    spec.name = f"cols-tex-{index:04d}-{how}-{base}"
    options = {
        "how": how,
        "columns": 3 if how == "multicol" and rng.random() < 0.4 else 2,
        "rule": rng.random() < 0.4,
        "runin": rng.random() < 0.4,
        "font": rng.choice(TEX_FONTS),
        "size": rng.choice(("10pt", "11pt")),
        "margin": rng.choice(("2cm", "2.5cm")),
    }
    return spec, options


def tex_source(spec: ReportSpec, options: dict) -> str:
    """The form as LaTeX: the title across the page, the fields flowing in the columns."""
    rows = []
    for row in spec.rows:
        if row.style == MARKER:
            rows.append(rf"\textbf{{{_tex(row.text)}}}" + "\n")
        elif options["runin"] and row.style == FIELD:
            rows.append(rf"\textbf{{{_tex(normalise(row.label))}:}} " + _tex_answer(row.text) + "\n")
        else:
            rows.append(rf"\textbf{{{_tex(normalise(row.label))}}}\par " + _tex_answer(row.text) + "\n")
    title = rf"{{\Large\bfseries {' '.join(_tex(x) for x in spec.title.split(chr(10)))}\par}}\bigskip"
    rule = r"\setlength{\columnseprule}{0.4pt}" if options["rule"] else ""
    body = "\n\\medskip\n".join(rows)
    if options["how"] == "twocolumn":
        doc = rf"\twocolumn[{title}]" + "\n" + body
    else:
        doc = title + "\n" + rf"\begin{{multicols}}{{{options['columns']}}}" + "\n" + body + "\n\\end{multicols}"
    two = ",twocolumn" if options["how"] == "twocolumn" else ""
    return rf"""\documentclass[{options["size"]}{two}]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
{options["font"]}
\input{{glyphtounicode}}\pdfgentounicode=1
\usepackage[a4paper,margin={options["margin"]}]{{geometry}}
\usepackage{{multicol}}
\pagestyle{{empty}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{3pt}}
\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
{rule}
\begin{{document}}
{doc}
\end{{document}}
"""


def build_tex_columns(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` LaTeX two- and three-column forms (PDF and .truth.json) into out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        spec, options = tex_spec(index, seed)
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "form.tex").write_text(tex_source(spec, options), encoding="utf-8")
            for _ in range(2):
                subprocess.run(
                    ["pdflatex", "-interaction=batchmode", "form.tex"],
                    cwd=tmp,
                    check=False,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=120,
                )
            pdf = out / f"{spec.name}.pdf"
            shutil.copy(Path(tmp) / "form.pdf", pdf)
        pages, total = section_pages(pdf, spec)
        result = truth(spec, pages, total)
        result["layout"] = options
        (out / f"{spec.name}.truth.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
        paths.append(pdf)
    return paths


__all__ = ["build_tex_columns", "build_text_columns", "column_spec", "columns_html", "tex_source", "tex_spec"]
