"""An invoice still to come: a pure rule over one amount's sentence.

"Fakturan för scenen, omkring X, har inte kommit än", "Den sista fakturan på X väntas i januari", "Fakturan för
dem väntas bli X": the figure of a bill not yet received is neither what is paid so far nor the final cost, and
summed as either it counts twice (the README's convention: `annat`, the sum paid `utfall`, an expected total
`prognos`). An invoice that came ("En faktura på X kom senare") and invoices still missing from an outcome range
("mellan X och Y, då några fakturor ännu inte kommit") are other figures: the bill must be the amount's own noun,
before it in its sentence with no other amount between, and its sentence must say it has not come.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_context import WORD_CHAR as _W

# the bill named before its figure: "Fakturan för installationen, omkring", "Den sista fakturan på", "en räkning om"
_BILL_BEFORE_RE = re.compile(
    rf"(?<!{_W})(?:{_W}*faktura{_W}*|räkning(?:en|ar|arna)?)(?:\s+(?:för|från|på|om)\s+(?:{_W}+\s+){{0,4}}?{_W}+)?"
    rf"(?:\s*,\s*|\s+(?:på|om|väntas\s+bli|beräknas\s+till|blir\s+troligen)\s+)(?:(?:ca|cirka|omkring|ungefär|drygt|knappt)\s+)?$",
    re.IGNORECASE,
)
# the bill has not come: "väntas (i januari)", "har inte kommit (än)", "kommer först i", "saknas ännu"
_NOT_COME_RE = re.compile(
    rf"(?<!{_W})(?:väntas|förväntas|(?:har|hade)\s+(?:ännu\s+)?inte\s+(?:{_W}+\s+)?kommit|inte\s+har\s+kommit"
    rf"|ej\s+(?:har\s+)?kommit|kommer\s+(?:först|senare|i|efter)|saknas\s+(?:ännu|fortfarande))(?!{_W})",
    re.IGNORECASE,
)


def invoice_to_come(sentence: str, span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    """The amount at `span` is the figure of a bill its sentence says has not come yet."""
    start = max((s[1] for s in spans if s[1] <= span[0]), default=0)
    if not _BILL_BEFORE_RE.search(sentence, start, span[0]):
        return False
    return bool(_NOT_COME_RE.search(sentence, start))
