"""Ruled header tables: rows of boxed cells, two or more label/value pairs a row (#12).

'NAMN PÅ INSATS | Solcellsanläggning vid / Humlegården | SÖKT BELOPP | 1 200 000 kr', each value
wrapping in its narrow cell and the small label centred on it: read line by line, a value's first
line stands above its label and its second beside the next row's, and the right-hand labels run
into the left-hand answers. Where the rules close every cell, the cell is the unit: a row band
between two horizontal rules that vertical rules cut into four or more cells, the even ones
reading as labels (label form, one a known label), is handed on pair by pair, each label cell as
a label line (`Line.cell == "label"`) and the value cell beside it as its value lines, like the
cell grids of `cells`. A table of one pair a row is left to the column finder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.columns import cluster
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _edges(rules: list[Box], top: float, bottom: float, s: LayoutSettings) -> list[float]:
    """The x of the vertical rules that run the whole band from top to bottom."""
    xs = [r[0] for r in rules if r[2] - r[0] <= s.rule_max_width and r[1] <= top + 1.0 and r[3] >= bottom - 1.0]
    return sorted(x for x, _ in cluster(xs, s.min_align_tolerance))


def _lines(page: Page, words: list[Word], s: LayoutSettings) -> list[Line]:
    return group_lines(replace(page, words=words), s) if words else []


def _pairs(
    page: Page, words: list[Word], edges: list[float], is_label: Callable[[str], bool], s: LayoutSettings
) -> list[Line] | None:
    """The band's cells as label and value lines, pair by pair, or None when the even cells are no labels."""
    cells: list[list[Word]] = [[] for _ in edges[1:]]
    for w in words:
        k = next((k for k, (a, b) in enumerate(zip(edges, edges[1:])) if a <= (w.x0 + w.x1) / 2 < b), None)
        if k is None:
            return None  # text outside the table beside the row
        cells[k].append(w)
    labels = [" ".join(ln.text for ln in _lines(page, cell, s)) for cell in cells[::2]]
    if not all(not t or label_form(t) for t in labels) or not any(t and is_label(t.rstrip(":")) for t in labels):
        return None
    if _header_band(page, cells, s):
        return None
    out: list[Line] = []
    x = edges[0]
    for label_words, value_words in zip(cells[::2], cells[1::2]):
        if not label_words:
            if value_words:
                return None
            continue
        dx = x - min(w.x0 for w in label_words)
        shifted = [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in label_words]
        label_lines = _lines(page, shifted, s)
        out.append(Line(page.number, [w for ln in label_lines for w in ln.words], in_grid=True, cell="label"))
        shifted = [replace(w, x0=w.x0 + dx, x1=w.x1 + dx) for w in value_words]
        out += [replace(ln, in_grid=True, cell="value") for ln in _lines(page, shifted, s)]
    return out


def _header_band(page: Page, cells: list[list[Word]], s: LayoutSettings) -> bool:
    """Whether the band is a header row of labels side by side, no pairs: every cell in label form and every word
    bold ("Namn på insats | Sökt belopp | Sökande nämnd | Ev medsökande nämnd" in bold over their answers in the
    row under), where a pair's value is set in the answers' type."""
    words = [w for cell in cells for w in cell]
    texts = [" ".join(ln.text for ln in _lines(page, cell, s)) for cell in cells if cell]
    return all(w.bold for w in words) and all(label_form(t) for t in texts) and any(cells[1::2])


def _page_rows(page: Page, is_label: Callable[[str], bool], s: LayoutSettings) -> list[tuple[float, float, list[Line]]]:
    """(top, bottom, its cells' lines) of every row of label/value pairs on the page."""
    ys = [r[1] for r in page.rules if r[3] - r[1] <= s.rule_max_width and r[2] - r[0] >= s.rule_min_length]
    tops = sorted(y for y, _ in cluster(ys, s.min_align_tolerance))
    rows = []
    for top, bottom in zip(tops, tops[1:]):
        edges = _edges(page.rules, top, bottom, s)
        if len(edges) < 5 or (len(edges) - 1) % 2:
            continue
        words = [w for w in page.words if top < (w.top + w.bottom) / 2 < bottom]
        if not words:
            continue
        lines = _pairs(page, words, edges, is_label, s)
        if lines:
            rows.append((top, bottom, lines))
    return rows


def unfold_ruled_pairs(
    pages: list[Page],
    page_lines: list[list[Line]],
    is_label: Callable[[str], bool],
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> list[list[Line]]:
    """Each page's lines with every ruled row of label/value pairs read pair by pair."""
    out = []
    for page, lines in zip(pages, page_lines, strict=True):
        rows = _page_rows(page, is_label, s) if page.rules else []
        if not rows:
            out.append(lines)
            continue
        kept: list[Line] = []
        done: set[int] = set()
        for line in lines:
            mid = (line.top + line.bottom) / 2
            k = next((k for k, (top, bottom, _) in enumerate(rows) if top < mid < bottom), None)
            if k is None:
                kept.append(line)
            elif k not in done:
                kept += rows[k][2]
                done.add(k)
        out.append(kept)
    return out
