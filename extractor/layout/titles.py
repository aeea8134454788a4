"""The title: the preamble lines set in title type, and title lines read as blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.columns import segments
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import CONNECTOR_END

# A letterhead's reference or date run: "Dnr 3.4-213-2024", "Diarienr SDN 2018/12", "Utskrift 2024-02-18",
# "Datum: 12 mars 2024", a date alone.
_REFERENCE_RUN = re.compile(
    r"^(?:(?:dnr|diarienr|diarienummer|ärendenr)\b.*\d"
    r"|(?:[^\W\d_]+:?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[^\W\d_]+\s+\d{4}|\d{1,2}/\d{1,2}\s+\d{4}))$",
    re.IGNORECASE,
)


def is_reference(text: str) -> bool:
    """Whether `text` is a file reference or a date alone ("Dnr 3.4-213-2024", "Datum: 12 mars 2024")."""
    return bool(_REFERENCE_RUN.match(text.strip()))


def title_lines(preamble: list[Line], body: float, is_title_start: Callable[[str], bool] | None = None) -> list[Line]:
    """The preamble lines that make the title: those set in the largest type when
    the title stands out from the body text (a letterhead or date above it does
    not), else the line that opens a title ('Bilaga 5 - ...') and the lines that
    continue it, else the whole preamble."""
    sized = [ln for ln in preamble if ln.size]
    if not body or not sized or max(ln.size for ln in sized) < body + 1:
        # All in one type: a letterhead line (a print's running header) is told by its reference or date.
        lines = [ln for ln in preamble if not letterhead(ln)] or preamble
        return _opened(lines, is_title_start) or lines
    largest = max(ln.size for ln in sized)
    if any(w.fontname for ln in preamble for w in ln.words):
        return [ln for ln in preamble if ln.size >= max(largest - 0.5, body + 1)]
    # OCR sizes are line heights, rough by a couple of points: a title line
    # can measure as body type between two that measure large. A scan's running header spans the page, so a
    # skew left after straightening makes its line tall (12 pt for 8 pt type on a copy): it is told by its runs.
    tall = [i for i, ln in enumerate(preamble) if ln.size >= max(largest - 3.0, body + 1)]
    large = [i for i in tall if not letterhead(preamble[i])] or tall
    end = large[-1] + 1
    # A first line measured far too large leaves the next title line out by the rule above:
    # a line right after the title still set clearly larger than the body continues it.
    while end < len(preamble) and preamble[end].page == preamble[end - 1].page and preamble[end].size >= body + 2:
        end += 1
    return preamble[large[0] : end]


def letterhead(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether `line` is a letterhead or a print's running header: runs parted by column gaps, one a file
    reference or a date, the others a short sender's name ("Bilaga 5   Dnr 3.4-213-2024   Utskrift
    2024-02-18"). A title with its reference beside it has a long run and is no letterhead."""
    runs = [" ".join(w.text for w in run) for run in segments(line)]
    references = [run for run in runs if _REFERENCE_RUN.match(run)]
    rest = [run for run in runs if not _REFERENCE_RUN.match(run)]
    return (
        len(runs) >= 2 and bool(references) and all(len(run.split()) <= s.title_letterhead_name_words for run in rest)
    )


def _opened(preamble: list[Line], is_title_start: Callable[[str], bool] | None) -> list[Line]:
    """A title in body type (a form pasted into an e-mail, all in one type): from the line that
    opens it, with the lines that continue it (lowercase, or after a connector or a hyphen); the
    mail header above it and the committee's name below it are not the title."""
    start = next((i for i, ln in enumerate(preamble) if is_title_start and is_title_start(ln.text)), None)
    if start is None:
        return []
    title = [preamble[start]]
    for line in preamble[start + 1 :]:
        prev = title[-1]
        # 'Bilaga 5' alone on its line names no form yet: the next line goes on with it.
        bare = len(title) == 1 and len(prev.text.split()) <= 2
        if line.page != prev.page or not (bare or line.text[:1].islower() or CONNECTOR_END.search(prev.text)):
            break
        title.append(line)
    return title


def split_preamble(
    preamble: list[Line],
    blocks: list[Block],
    is_label,
    is_title_start,
    is_title_block: Callable[[Block, Block], bool] | None = None,
) -> tuple[list[Line], list[Block]]:
    """Blocks before the first known label, without an answer, are title lines.

    So is a block that opens like a title ("Bilaga 7 - Uppföljning") with what
    sits beside it: on a scan the title's tail can land in the answer column.
    And so is every block above such a block: a letterhead line above the title
    ("Stockholms stad  Dnr ...") that a value column parted is no field.
    `is_title_block(block, after)`: the first block in title type before the first known label is the title with
    the form's instruction under it (titlefield.title_over_instruction).
    """
    opening = []  # the blocks before the first known label (on page 1)
    for block in blocks:
        if is_label(block.label) or block.page != 1:
            break
        opening.append(block)
    titled = [i for i, b in enumerate(opening) if is_title_start(b.label)]
    if not titled and is_title_block is not None:
        titled = [i for i, b in enumerate(opening) if i + 1 < len(blocks) and is_title_block(b, blocks[i + 1])][:1]
    lead = opening[: titled[0] + 1] if titled else []
    for block in opening[len(lead) :]:
        if block.value_lines and not is_title_start(block.label):
            break
        if block.label_lines and block.label_lines[0].cell == "label" and not block.value_lines:
            break  # a field told by its place (a cell's or a caption's label) left empty: no title line
        lead.append(block)
    title_lines = preamble + [line for b in lead for line in b.label_lines + b.value_lines]
    title_lines.sort(key=lambda ln: (ln.page, ln.top))
    return title_lines, blocks[len(lead) :]
