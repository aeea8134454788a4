"""`css_areas_dl`: a city e-service's receipt printed by headless Chromium, in CSS constructions no earlier
generator used: the header fields placed by `grid-template-areas` (named areas, label above value in each cell,
short values in read-only `<input>`s), and the sections as a definition list `<dl>`, either with each `<dt>`
floated left and right-aligned beside its `<dd>` or with the `<dt>` above its `<dd>` (a left border on the
answer). "Bilaga N" and the Dnr are in a `<header>` on the first page, no footer.
"""

from __future__ import annotations

import html
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h15_chromium import print_to_pdf  # noqa: E402
from h17_content import PLACEHOLDER, Form, Section, pair_rows  # noqa: E402

STYLES = ("float_dt", "above_dt")
CSS = """
@page { size: A4; margin: 18mm 19mm 20mm 21mm; }
body { font-family: '%(font)s', sans-serif; font-size: %(size)spt; line-height: 1.35; color: #161616; }
header { display: flex; justify-content: space-between; font-size: 8pt; border-bottom: 1px solid #999;
  padding-bottom: 2pt; margin-bottom: 8mm; }
h1 { font-size: %(title)spt; margin: 0 0 6mm 0; }
.areas { display: grid; gap: 4pt 8mm; margin-bottom: 6mm; grid-template-columns: 1fr 1fr;
  grid-template-areas: %(areas)s; }
.cell .k { font-weight: bold; font-size: 0.9em; display: block; }
.cell input { font: inherit; width: 100%%; border: 0; border-bottom: 1px dotted #666; padding: 1pt 0;
  background: transparent; color: inherit; }
.cell .v { border-bottom: 1px dotted #666; }
dl { margin: 0; }
dt { font-weight: bold; }
dd p { margin: 0 0 4pt 0; }
.float_dt dt { float: left; clear: left; width: %(label)smm; text-align: right; }
.float_dt dd { margin: 0 0 6pt %(margin)smm; min-height: 1.3em; }
.above_dt dt { margin-top: 6pt; }
.above_dt dd { margin: 2pt 0 4pt 3mm; padding-left: 3mm; border-left: 2px solid #bbb; min-height: 1.2em; }
.empty { color: #888; }
.stage { font-weight: bold; }
"""


def available() -> bool:
    return shutil.which("chromium") is not None


def answer_html(section: Section) -> str:
    if not section.blocks:
        return f'<p class="empty">{PLACEHOLDER}</p>' if section.placeholder else ""
    return "".join(f"<p>{html.escape(line)}</p>" for line in section.lines())


def wide(section: Section) -> bool:
    return max((len(w) for w in section.text.split()), default=0) > 18 or len(section.text) > 40


def areas(sections: list[Section]) -> tuple[str, str]:
    """The header cells in named grid areas, two a row; a value with a long word (an e-mail address) spans both
    columns. The areas come in the template's order; the cells are written in reverse, placed by name."""
    names = {f"a{n}": s for n, s in enumerate(sections)}
    key = {id(s): name for name, s in names.items()}
    rows = [[key[id(s)] for s in row] for row in pair_rows(sections, wide)]
    template = " ".join(f'"{row[0]} {row[-1] if len(row) == 2 or wide(names[row[0]]) else "."}"' for row in rows)
    cells = []
    for name, s in reversed(names.items()):
        text = " ".join(s.lines())
        short = len(s.lines()) <= 1 and len(text) < 45
        value = (
            f'<input readonly value="{html.escape(text)}">'
            if short and s.blocks
            else f'<input readonly placeholder="{PLACEHOLDER}">'
            if short and s.placeholder
            else f'<div class="v">{html.escape(text)}&nbsp;</div>'
        )
        cells.append(
            f'<div class="cell" style="grid-area: {name}"><span class="k">{html.escape(s.label)}</span>{value}</div>'
        )
    return template, "".join(cells)


def page_html(form: Form, rng: random.Random, style: str) -> str:
    size = rng.choice((9.5, 10, 10.5, 11))
    label = rng.randint(46, 54)  # wide enough for a bold "problembeskrivning" in DejaVu Sans
    template, cells = areas(form.header) if form.header else ("none", "")
    css = CSS % {
        "font": rng.choice(("DejaVu Sans", "Liberation Sans", "Liberation Serif", "DejaVu Serif")),
        "size": size,
        "title": size + 4,
        "areas": template,
        "label": label,
        "margin": label + 5,
    }
    items = []
    for s in form.sections:
        if s in form.header:
            continue
        label = html.escape(s.label).replace("/", "/<wbr>")  # a narrow floated <dt> may break after a slash
        items.append(f"<dt>{label}</dt><dd>{answer_html(s)}</dd>")
        if s.key == form.stage_after and form.stage_marker:
            items.append(f'<dt></dt><dd><p class="stage">{form.stage_marker}</p></dd>')
    grid = f'<div class="areas">{cells}</div>' if cells else ""
    top = f"<header><span>{html.escape(form.running_header)}</span><span>{html.escape(form.dnr)}</span></header>"
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>{css}</style></head><body>'
        f'{top}<h1>{html.escape(form.title)}</h1>{grid}<dl class="{style}">{"".join(items)}</dl></body></html>'
    )


def render(form: Form, rng: random.Random, path: Path) -> None:
    print_to_pdf(page_html(form, rng, rng.choice(STYLES)), path)
