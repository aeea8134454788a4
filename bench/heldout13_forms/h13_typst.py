"""Typst markup for a form (Typst's own layout engine and font embedding), in two layouts:

`grid_source`: a table of label | answer rows (ruled all round, rules between rows only, or none; labels bold,
shaded or plain), an application's header fields two pairs a row, a drawn logo, running header and footer,
rows breaking over pages with the label cell left empty; `stacked_source`: one column (or two newspaper
columns) with labels as headings above their answers, beside them right-aligned, or run in ("Label: answer").
"""

from __future__ import annotations

import random
from pathlib import Path

from h13_content import PLACEHOLDER, Form, Section

FONTS = ("Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Serif", "Liberation Sans Narrow")
FONT_DIRS = ["/usr/share/fonts/truetype"]


def lit(text: str) -> str:
    """`text` as a Typst string expression in markup (nothing in it is read as markup)."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def answer(section: Section) -> str:
    """The answer's content: paragraphs, then a bullet list; Word's placeholder in grey."""
    if section.placeholder:
        return f"#text(fill: luma(110))[{lit(PLACEHOLDER)}]"
    parts = [lit(p) for p in section.paragraphs]
    if section.bullets:
        parts.append("#list(" + ", ".join(f"[{lit(b)}]" for b in section.bullets) + ")")
    return "#parbreak()".join(parts)


def page_setup(form: Form, rng: random.Random, landscape: bool) -> str:
    appendix = form.title.split(" ")[1] if form.title.startswith("Bilaga") else "Trafikkontoret"
    footer = rng.choice(
        (
            "Sida #counter(page).display() (#counter(page).final().first())",
            "Sida #counter(page).display() av #counter(page).final().first()",
            "#counter(page).display()/#counter(page).final().first()",
        )
    )
    align = rng.choice(("#h(1fr)", ""))
    header = (
        f"[#text(size: 8pt)[{lit('Bilaga ' + appendix if appendix[0].isdigit() else appendix)} #h(1fr) "
        f"{lit(form.dnr)}]]"
    )
    font = rng.choice(FONTS)
    size = rng.choice((9.5, 10, 10.5, 11))
    justify = "true" if rng.random() < 0.4 else "false"
    return (
        f'#set page(paper: "a4", flipped: {"true" if landscape else "false"}, '
        f"margin: (x: {rng.uniform(1.6, 2.6):.2f}cm, top: 2.4cm, bottom: 2.2cm), "
        f"header: {header if rng.random() < 0.85 else 'none'}, "
        f"footer: context [#text(size: 8pt)[{align}{footer}]])\n"
        f'#set text(font: "{font}", size: {size}pt, lang: "sv", hyphenate: false)\n'
        f"#set par(justify: {justify})\n"
    )


def logo(rng: random.Random) -> str:
    """A drawn crest (shapes only), sometimes with the city's name beside it."""
    crest = "#box(polygon(fill: rgb(0, 60, 130), (0pt, 0pt), (22pt, 0pt), (22pt, 16pt), (11pt, 26pt), (0pt, 16pt)))"
    name = f' #h(6pt) #box(baseline: -10pt, text(size: 9pt, weight: "bold")[{lit("Stockholms stad")}])'
    return crest + (name if rng.random() < 0.5 else "") + "\n#v(6pt)\n"


def title(form: Form, rng: random.Random) -> str:
    size = rng.choice((13, 14, 16))
    return f'#text(size: {size}pt, weight: "bold")[{lit(form.title)}]\n#v(8pt)\n'


def stage_word(form: Form) -> str:
    return (form.stage or "").capitalize()


def grid_source(form: Form, rng: random.Random, landscape: bool) -> str:
    rules = rng.choice(("all", "rows", "none"))
    stroke = {"all": "0.5pt", "rows": "(x, y) => (bottom: 0.5pt)", "none": "none"}[rules]
    label_style = rng.choice(("bold", "plain", "shaded"))
    width = rng.uniform(3.6, 5.6)
    body_width = max(width, 6.4) if form.header else width  # "Behovsanalys/problembeskrivning" has no break
    fill = "luma(225)" if label_style == "shaded" else "none"

    def label(text: str) -> str:
        return f"[*{lit(text)}*]" if label_style == "bold" else f"[{lit(text)}]"

    out = [page_setup(form, rng, landscape)]
    if rng.random() < 0.7:
        out.append(logo(rng))
    out.append(title(form, rng))
    if form.header:
        pairs = rng.random() < 0.6
        # Two pairs a row in a smaller type, the e-mail address's column the wider (it does not wrap).
        cols = "(3.4cm, 1.5fr, 3.4cm, 1fr)" if pairs else f"({width:.2f}cm, 1fr)"
        cells = [f"{label(s.label)}, [{answer(s)}]" for s in form.header]
        fills = f"(x, y) => if calc.rem(x, 2) == 0 {{ {fill} }}" if pairs else f"(x, y) => if x == 0 {{ {fill} }}"
        table = (
            f"#table(columns: {cols}, stroke: {stroke if rules != 'none' else '0.5pt'}, inset: 5pt, "
            f"fill: {fills}, {', '.join(cells)})"
        )
        out.append(f"#text(size: 9pt)[{table}]\n#v(10pt)\n" if pairs else f"{table}\n#v(10pt)\n")
    rows = []
    for i, s in enumerate(form.sections):
        if i == form.stage_after():
            rows.append(f"[], [*{lit(stage_word(form))}*]")
        rows.append(f"{label(s.label)}, [{answer(s)}]")
    out.append(
        f"#table(columns: ({body_width:.2f}cm, 1fr), stroke: {stroke}, inset: (x: 5pt, y: 6pt), "
        f"fill: (x, y) => if x == 0 {{ {fill} }}, {', '.join(rows)})\n"
    )
    return "".join(out)


def stacked_source(form: Form, rng: random.Random, landscape: bool) -> str:
    mode = rng.choice(("above", "above", "side", "runin"))
    columns = mode == "above" and not landscape and rng.random() < 0.3
    size = rng.choice((10.5, 11, 12))
    out = [page_setup(form, rng, landscape)]
    if columns:
        out.append("#set page(columns: 2)\n")
    if rng.random() < 0.5:
        out.append(logo(rng))
    out.append(title(form, rng))
    sections = list(form.all_sections())
    stage_at = form.stage_after() + len(form.header) if form.stage_after() >= 0 else -1
    width = rng.uniform(6.6, 7.4) if form.header else rng.uniform(3.8, 5.2)
    for i, s in enumerate(sections):
        if i == stage_at:
            out.append(
                f"{lit(stage_word(form))}\n\n"
                if mode != "side"
                else f"#grid(columns: ({width:.2f}cm, 1fr), column-gutter: 10pt, [], [{lit(stage_word(form))}])\n#v(4pt)\n"
            )
        runin = mode == "runin" or (mode == "above" and s in form.header and s.short and not s.placeholder)
        if runin and s.short:
            out.append(f"*{lit(s.label + ':')}* {answer(s)}\n\n")
        elif mode == "side":
            out.append(
                f"#grid(columns: ({width:.2f}cm, 1fr), column-gutter: 10pt, "
                f"align(right)[*{lit(s.label)}*], [{answer(s)}])\n#v(5pt)\n"
            )
        else:
            out.append(
                f'#block(sticky: true)[#text(size: {size}pt, weight: "bold")[{lit(s.label)}]]\n{answer(s)}\n#v(4pt)\n\n'
            )
    return "".join(out)


def compile_pdf(source: str, workdir: Path, pdf: Path) -> None:
    import typst

    src = workdir / (pdf.stem + ".typ")
    src.write_text(source, encoding="utf-8")
    typst.compile(str(src), output=str(pdf), font_paths=FONT_DIRS)
