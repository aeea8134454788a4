"""One item's cost told in a follow-up's deviation answer: a pure rule over an amount's sentence.

"Blästringen kostade X extra", "Den nya pumpen kostade X och ingick inte i kalkylen", "Sprängningen kostade ensam
X", "En ny cirkulationspump, som inte fanns med i kalkylen, kostade X": the answer explains the deviation by one
item, and the item's price is neither the project's outcome nor the deviation itself, so `annat`; so is an item
said to cost so much alone in any answer ("pålning, vilket ensamt kostade X", "Resan kostade ensam X"). The whole told
the same way stays the outcome ("Projektet kostade X", "Totalt kostade åtgärden X"), and a cost told against the
plan stays a deviation ("kostade X mer än beräknat"), and an item's cost said to be charged to the project is part of
its outcome ("Personaltiden kostade X, som belastade projektet").
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_context import CHARGED_TO_PROJECT_RE
from bilagor.extractor.entities.role_context import WORD_CHAR as _W

DEVIATION_SECTION = "avvikelser"
_ALONE = r"ensamt?|enbart|själv|i\s+sig"
# "kostade" right before the amount, "alone" around it or not: "kostade ensam", "ensamt kostade", "enbart kostade"
_COST_VERB_RE = re.compile(rf"(?<!{_W})(?:(?P<a>{_ALONE})\s+)?kostade\s+(?:(?P<b>{_ALONE})\s+)?$", re.IGNORECASE)
# the whole project or its cost as the subject
_WHOLE_RE = re.compile(
    rf"(?<!{_W})(?:projekt{_W}*|åtgärd{_W}*|investering{_W}*|satsning{_W}*|insats{_W}*|arbetet|hela|helheten"
    rf"|totalt|sammanlagt|allt|alltihop|kostnad{_W}*|utfall{_W}*|slutsumm{_W}*)(?!{_W})",
    re.IGNORECASE,
)
# a pronoun alone as the subject: "Det kostade X", "Den kostade X" (which thing is not said)
_PRONOUN_RE = re.compile(r"(?:det|den|de|vi|allt)", re.IGNORECASE)
# told against the plan: "kostade X mer än beräknat", "X mindre"
_AGAINST_RE = re.compile(rf"\s*(?:mer|mindre|billigare|dyrare|över|under|lägre|högre|utöver)(?!{_W})", re.IGNORECASE)


def single_item_cost(text: str, span: tuple[int, int], section_key: str | None) -> bool:
    """The amount at `span` of `text` is one item's price: "X kostade Y" in a deviation answer, or "X kostade ensam
    Y" in any form's answer; X no whole project and Y not set against a plan."""
    verb = _COST_VERB_RE.search(text, 0, span[0])
    if verb is None or _AGAINST_RE.match(text, span[1]) or CHARGED_TO_PROJECT_RE.match(text, span[1]):
        return False
    if section_key != DEVIATION_SECTION and not (section_key is not None and (verb.group("a") or verb.group("b"))):
        return False
    subject = text[: verb.start()].strip()
    return bool(subject) and not _PRONOUN_RE.fullmatch(subject) and not _WHOLE_RE.search(subject)
