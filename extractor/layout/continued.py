"""A label repeated over a page break: 'Beskrivning av slutresultat (forts.)'.

Forms that split a long answer over two pages repeat its label on the next
one with a continuation mark. The repeated block's answer belongs to the
block of the same label earlier in the document; a continuation of a label
not seen before stays a block of its own (there is nothing to continue).
"""

from __future__ import annotations

import re

from bilagor.extractor.layout.model import Block
from bilagor.extractor.text import fold

# 'X (forts.)', 'X forts.', 'X - fortsättning', 'X, forts', 'Forts. X', in any letter case, colon or not.
_AFTER = re.compile(
    r"^(?P<label>.+?)[\s,\-–—]*\(?\s*(?:forts|fortsättning|fortsatt|fortsätter)\s*\.?\s*\)?\s*:?$", re.I
)
_BEFORE = re.compile(r"^\(?\s*(?:forts\.?|fortsättning)\s*\)?[\s:\-–—]+(?P<label>.+)$", re.I)


def continued_label(label: str) -> str | None:
    """The label a continuation mark repeats ('Resultat (forts.)' -> 'Resultat'), else None."""
    text = " ".join(label.split())
    match = _AFTER.match(text) or _BEFORE.match(text)
    base = match.group("label").strip(" :()") if match else ""
    # A mark alone ('(forts.)' wrapped onto a line of its own) names no label.
    return base if sum(ch.isalpha() for ch in base) >= 2 else None


def _key(label: str) -> str:
    return fold(label).strip(" :")


def merge_continued(blocks: list[Block]) -> list[Block]:
    """Blocks with each repeated label's answer appended to its first block's."""
    out: list[Block] = []
    seen: dict[str, Block] = {}
    for block in blocks:
        base = continued_label(block.label) if block.label_lines else None
        earlier = seen.get(_key(base)) if base else None
        if earlier is not None:
            earlier.value_lines.extend(block.value_lines)
            continue
        out.append(block)
        seen.setdefault(_key(block.label), block)
    return out
