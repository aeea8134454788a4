"""The title: the preamble lines set in title type, and title lines read as blocks."""

from __future__ import annotations

from bilagor.extractor.layout.model import Block, Line


def title_lines(preamble: list[Line], body: float) -> list[Line]:
    """The preamble lines that make the title: those set in the largest type when
    the title stands out from the body text (a letterhead or date above it does
    not), else the whole preamble."""
    sized = [ln for ln in preamble if ln.size]
    if not body or not sized or max(ln.size for ln in sized) < body + 1:
        return preamble
    largest = max(ln.size for ln in sized)
    if any(w.fontname for ln in preamble for w in ln.words):
        return [ln for ln in preamble if ln.size >= max(largest - 0.5, body + 1)]
    # OCR sizes are line heights, rough by a couple of points: a title line
    # can measure as body type between two that measure large.
    large = [i for i, ln in enumerate(preamble) if ln.size >= max(largest - 3.0, body + 1)]
    end = large[-1] + 1
    # A first line measured far too large leaves the next title line out by the rule above:
    # a line right after the title still set clearly larger than the body continues it.
    while end < len(preamble) and preamble[end].page == preamble[end - 1].page and preamble[end].size >= body + 2:
        end += 1
    return preamble[large[0] : end]


def split_preamble(
    preamble: list[Line], blocks: list[Block], is_label, is_title_start
) -> tuple[list[Line], list[Block]]:
    """Blocks before the first known label, without an answer, are title lines.

    So is a block that opens like a title ("Bilaga 7 - Uppföljning") with what
    sits beside it: on a scan the title's tail can land in the answer column.
    """
    lead = []
    for block in blocks:
        if is_label(block.label) or block.page != 1:
            break
        if block.value_lines and not is_title_start(block.label):
            break
        lead.append(block)
    title_lines = preamble + [line for b in lead for line in b.label_lines + b.value_lines]
    title_lines.sort(key=lambda ln: (ln.page, ln.top))
    return title_lines, blocks[len(lead) :]
