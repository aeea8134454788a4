"""An e-service's step furniture in its summary print: the step bar and the step headings. Pure: no I/O.

An e-service prints its summary with the bar of its steps at the head ("1 Sökande › 2 Insatsen › 3 Skicka") and
each part under a step heading ("Steg 2 av 3: Syfte"). Neither is a label nor an answer: the bar was read as a
label (or the title's), and a heading as an empty section, or as the label of the part's first row when its name
reads as one ("Syfte"). Both are told by their wording, the page's own navigation: a bar is three or more short
steps, numbered 1, 2, 3 … in turn, parted by an arrow-like mark ("›", "»", ">", "→") or by their numbers alone; a
step heading opens with "Steg k av n" (or "Steg k/n"). Such lines are furniture, as a running header is.
"""

from __future__ import annotations

import re

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings

_ARROWS = "›»>→⟩"
_STEP_HEADING = re.compile(r"^steg\s+(\d+)\s*(?:av|/)\s*(\d+)\b", re.IGNORECASE)
_NUMBERED_STEP = re.compile(r"^(\d{1,2})\.?\s+(\S.*)$")


def is_step_heading(text: str) -> bool:
    """'Steg 2 av 3: Syfte': a step's heading (k no larger than n)."""
    match = _STEP_HEADING.match(text.strip())
    return match is not None and 0 < int(match.group(1)) <= int(match.group(2))


def _steps(text: str) -> list[str]:
    """`text` cut into its steps: at arrow marks, or else before each number."""
    if any(a in text for a in _ARROWS):
        return [part.strip() for part in re.split(f"[{_ARROWS}]", text)]
    return [part.strip() for part in re.split(r"\s+(?=\d{1,2}\.?\s+\D)", text.strip())]


def is_step_bar(text: str, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """'1 Sökande › 2 Insatsen › 3 Skicka': three or more short steps numbered 1, 2, 3 … in turn (a step cut
    off at the line's end, its mark last, still counts)."""
    steps = [step for step in _steps(text) if step]
    if len(steps) < s.step_bar_min_steps:
        return False
    for number, step in enumerate(steps, 1):
        match = _NUMBERED_STEP.match(step)
        if not match or int(match.group(1)) != number or len(match.group(2).split()) > s.step_bar_max_step_words:
            return False
        if not match.group(2)[:1].isalpha():
            return False
    return True


def strip_step_lines(
    page_lines: list[list[Line]], s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[list[Line]], list[str]]:
    """The pages' lines without a step bar's and the step headings' (see above), and those lines' texts."""
    kept: list[list[Line]] = []
    removed: list[str] = []
    for lines in page_lines:
        keep = []
        for line in lines:
            text = line.text
            if is_step_bar(text, s) or is_step_heading(text):
                removed.append(text)
            else:
                keep.append(line)
        kept.append(keep)
    return kept, removed
