"""Tuning set of issue #12's text-column class: the project's forms with their body set in two or three
text columns (a web page printed with CSS `columns:`), printed by headless Chromium.

Content and truth come from fixturegen (`random_spec`, `truth`) and the web forms' markup (html.py); only
the body's flow differs. Each document draws: two or three columns; a column rule or none; fields kept
whole (`break-inside: avoid`) or free to break, so a label may stand at a column's foot with its answer at
the next column's head; numbered headings spanning the columns (`column-span: all`) or flowing with them;
labels above their answers (stacked, plain), beside them (a narrow grid per row) or inline ("Label:
answer"). The title and letterhead span the page above the columns.

    build_text_columns(out_dir, count, seed) -> list[Path]
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from .content import random_spec
from .html import BASE_VARIANTS, BODIES, HtmlStyle, print_corpus, random_style, to_html
from .spec import ReportSpec

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


__all__ = ["build_text_columns", "column_spec", "columns_html"]
