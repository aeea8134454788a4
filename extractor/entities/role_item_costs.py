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


# "Av detta gick X till …", "Av utgifterna gick X till A, Y till B och Z till C", "Av de # kr gick X till …":
# a sum named before (its noun, a pronoun or its figure) and what went to each thing out of it
_OUT_OF_SUM_RE = re.compile(
    r"(?:^|[.!?:;\n]\s*)av\s+(?:(?P<cost>utgifterna|kostnaderna|kostnaden)|dessa|detta|det|dem|de\s+#+)"
    r"\s+(?:har\s+)?(?:gick|gått|går)\s+(?:det\s+)?(?P<list>[^.!?;:\n]*)$",
    re.IGNORECASE,
)
# the amounts before this one in the same list, each sent somewhere: "# till lokalhyra, # till priser och "
_SENT_LIST_RE = re.compile(r"(?:#+\s+till\s+[^#]*?(?:,\s*|\s+och\s+))*", re.IGNORECASE)
_SENT_TO_RE = re.compile(r"\s+till(?![\wåäö])", re.IGNORECASE)
# the sum a pronoun points back to is a cost: "Projektet kostade X. Av detta gick …", "blev dyrare: X. Av detta"
_COST_WORD_RE = re.compile(
    rf"(?<!{_W})(?:kostade|kostat|kostnad{_W}*|utgift{_W}*|utfall{_W}*|dyrare|billigare|använde|använt|användes"
    rf"|förbruka{_W}*|slutsumm{_W}*)(?!{_W})",
    re.IGNORECASE,
)


def part_sent_out_of_sum(text: str, span: tuple[int, int], previous: str = "") -> bool:
    """The amount at `span` of `text` is what went to one thing out of a cost named before it ("Av utgifterna gick X
    till lokalhyra, Y till priser", "Projektet kostade Z. Av detta gick X till ny el"): a part of that cost, not the
    outcome itself. Out of a grant ("Vi fick Z. Av det gick X till …") what went to each thing is what was spent
    (the seventeenth round's convention): a pronoun or a figure counts only where a cost word comes before it, in
    the sentence or the one before (`previous`)."""
    opener = _OUT_OF_SUM_RE.search(text, 0, span[0])
    if opener is None or _SENT_TO_RE.match(text, span[1]) is None:
        return False
    if _SENT_LIST_RE.fullmatch(opener.group("list")) is None:
        return False
    return bool(opener.group("cost") or _COST_WORD_RE.search(previous + " " + text[: opener.start()]))
