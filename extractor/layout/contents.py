"""Contents pages: a list of the form's fields, each with a dot leader and a page number.

A contents page before the form ('Innehåll', then '1. Projektnamn . . . . . 2') names the known
labels, so read as text it became one block holding them all, or a block a line. It is page
furniture: two or more lines in a row on a page that end in a dot leader and a page number (a
long entry may wrap onto a line of its own between them), and the short heading right above them
that reads as no label, are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import label_form

# Text, a leader of three or more dots (spaced or not), then only a page number.
_ENTRY = re.compile(r"^\S.*?\s*(\.\s?){3,}\s*\d{1,3}$")


def _entry(line: Line) -> bool:
    return bool(_ENTRY.match(line.text.strip()))


def _heading(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    text = line.text.strip()
    return label_form(text) and len(text.split()) <= s.contents_heading_max_words and not is_label(text)


def strip_contents(
    page_lines: list[list[Line]], is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[list[Line]], list[str]]:
    """Each page's lines without its contents list (see the module's docstring), and the lines dropped."""
    out, removed = [], []
    for lines in page_lines:
        entries = [i for i, line in enumerate(lines) if _entry(line)]
        drop: set[int] = set()
        run: list[int] = []
        for i in [*entries, None]:
            if i is not None and run and i - run[-1] <= 2:
                run.append(i)
                continue
            if len(run) >= 2:
                drop |= set(range(run[0], run[-1] + 1))
                if run[0] > 0 and _heading(lines[run[0] - 1], is_label, s):
                    drop.add(run[0] - 1)
            run = [i] if i is not None else []
        out.append([line for i, line in enumerate(lines) if i not in drop])
        removed += [lines[i].text for i in sorted(drop)]
    return out, removed
