"""A figure named as the total: pure rules over one report's amounts.

"Sammanlagt 85 000 kr", "Summa kostnader: 240 000 kr", "hela projektet landade på 412 000 kr", "totalt har
598 000 kr upparbetats": the report's figure of its role. A smaller figure of that role before it in its
section is a part ("Belysningen kostade 164 000 kr"), whether or not the parts named add up to it: summed
beside the total it counts twice (the README's convention makes parts beside their total `annat`). A total
no word gave a role whose parts add up to it exactly, in an outcome section of a report with no outcome, is
the outcome ("Material 62 300 kr | Arbete 140 000 kr | Summa 202 300 kr").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_revisions import clause_before

_TOTAL_RE = re.compile(
    r"(?<![\wåäö])(?:totalt|sammanlagt|sammantaget|summa(?:n)?|slutsumma(?:n)?|totalsumma(?:n)?|totalbelopp(?:et)?"
    r"|totalkostnad(?:en|erna)?|totala\s+kostnad(?:en|erna)?|total\s+kostnad|allt\s+som\s+allt|i\s+sin\s+helhet"
    r"|hela\s+(?:projektet|insatsen|satsningen|arbetet|kostnaden|åtgärden))(?![\wåäö])",
    re.IGNORECASE,
)
_OUTCOME_SECTION_RE = re.compile(r"utfall|slutresultat|ekonomisk", re.IGNORECASE)


def named_total(sentence: str, text: str) -> bool:
    """Whether a word of the amount's clause, before it, names it the total."""
    head = clause_before(sentence, text)
    return bool(head and _TOTAL_RE.search(head))


def outcome_section(section: str | None) -> bool:
    return bool(section and _OUTCOME_SECTION_RE.search(section))


def parts_before(values: Sequence[int | None], total: int) -> list[int]:
    """The indices of the first set of two or more of `values` that add up to `total` exactly, or []."""
    from bilagor.extractor.entities.role_parts import subset_summing

    usable = [i for i, v in enumerate(values) if v is not None and 0 < v < total]
    hit = subset_summing([values[i] or 0 for i in usable], total)
    return [usable[i] for i in hit] if hit else []
