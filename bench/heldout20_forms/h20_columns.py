"""`css_columns`: headless Chromium printing a web form whose body flows in two CSS columns (`columns: 2`), the
title and header spanning both; a section may break from the foot of one column to the head of the next.

Even turns run each label in with a colon ("Label: answer" in one paragraph); odd turns set the label in bold
on its own line above the answer, a hairline under it. The running header and Dnr are a line
above the title (first page only: Chromium prints no running furniture of its own here).
"""

from __future__ import annotations

import html
import random
import shutil
import sys
from pathlib import Path

from h20_content import Form, Section

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h15_chromium import print_to_pdf  # noqa: E402


def available() -> bool:
    return shutil.which("chromium") is not None


def _section(section: Section, run_in: bool) -> str:
    lines = [html.escape(line) for line in section.lines()]
    label = html.escape(section.label)
    if run_in:
        first = f"<p><b>{label}:</b> {lines[0] if lines else ''}</p>"
        return f'<div class="s">{first}{"".join(f"<p>{line}</p>" for line in lines[1:])}</div>'
    answer = "".join(f"<p>{line}</p>" for line in lines)
    return f'<div class="s"><div class="l">{label}</div>{answer}</div>'


def page_html(form: Form, rng: random.Random, turn: int) -> str:
    run_in = turn % 2 == 0
    size = rng.choice((9.5, 10, 10.5))
    gap = rng.randint(14, 26)
    css = (
        f"@page {{ size: A4; margin: 18mm 16mm 20mm 16mm; }}"
        f"body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: {size}pt; line-height: 1.3;"
        f" columns: 2; column-gap: {gap}pt; column-rule: 0.5pt solid #999; hyphens: manual; }}"
        "header, h1 { column-span: all; }"
        "header { display: flex; justify-content: space-between; font-size: 8pt; color: #333; }"
        f"h1 {{ font-size: {size + 4}pt; margin: 6pt 0 12pt 0; }}"
        "p { margin: 0 0 3pt 0; } .s { margin-bottom: 9pt; }"
        ".l { font-weight: bold; border-bottom: 0.4pt solid #666; margin-bottom: 3pt; }"
        ".stage { font-weight: bold; margin-bottom: 9pt; }"
    )
    parts = []
    for section in form.sections:
        parts.append(_section(section, run_in))
        if section.key == form.stage_after and form.stage_marker:
            parts.append(f'<div class="stage">{html.escape(form.stage_marker)}</div>')
    header = f"<header><span>{html.escape(form.running_header)}</span><span>{html.escape(form.dnr)}</span></header>"
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
        f"{header}<h1>{html.escape(form.title)}</h1>{''.join(parts)}</body></html>"
    )


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    print_to_pdf(page_html(form, rng, turn), path)
