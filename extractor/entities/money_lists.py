"""Bare figures whose unit is written once after them: pure text, no values.

"Budget: arvoden 45 000, lokalhyra 18 000, totalt 75 000 kr", "Material 8 000 + arvoden 12 000 = 20 000 kr":
the parts listed before their total take the total's unit. "Snickare 46 000, material 22 000. Beloppen är i
kronor.": a sentence that declares the unit of the amounts before it. money.py reads the values and keeps every
other sign of non-money."""

from __future__ import annotations

import re
from decimal import Decimal

from bilagor.extractor.entities.money_words import COUNT_CONTEXT_RE

_GROUPED = r"[-−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?"
_PLAIN = r"[-−–]?\d+(?:,\d+)?"
_WORD = r"[^\W\d_][\wåäö-]*"
# One part of a list: up to four words of label, then its figure ("lokalhyra 18 000", "Vi betalade målaren 31 000").
_PART_RE = {
    grouped: re.compile(rf"(?:(?P<label>{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}})[ \u00a0]+)?(?P<fig>{fig})")
    for grouped, fig in ((True, _GROUPED), (False, _PLAIN))
}
# What separates the parts, and a part from the total.
_JOIN_RE = re.compile(r"[ \u00a0]*(?:[,;][ \u00a0]+|[ \u00a0]+(?:och|samt|\+|=)[ \u00a0]+|\+|=)[ \u00a0]*")
# The words that make the amount a total of the parts before it ("summa", "totalt", "alltså", or "=" alone).
_TOTAL_TAIL_RE = re.compile(
    r"(?i)(?:(?:summa|totalt|sammanlagt|tillsammans|alltså|dvs\.?|totalsumma|sammantaget|i[ \u00a0]+allt"
    r"|allt[ \u00a0]+som[ \u00a0]+allt|totalkostnad(?:en)?|summan)[ \u00a0]*:?[ \u00a0]*)?$"
)
# A list starts its sentence or follows its label's colon ("Utgifter: ljud 9 000, …"); a colon before the
# total ("Prognos i tertial 2: 3 950 tkr") ends any list before it.
_SENTENCE_START_RE = re.compile(r"[.!?:][ \u00a0]+|\n")
MAX_PARTS = 8


def parts_before_total(text: str, total_start: int, grouped: bool) -> list[tuple[int, int]]:
    """The figures listed right before an amount that sums them, last first. `grouped`: only figures in
    groups of three count (the amount is in kronor, where a plain "12" is a count)."""
    window = max(0, total_start - 400)  # a list of parts is rarely longer
    begin = max((m.end() for m in _SENTENCE_START_RE.finditer(text, window, total_start)), default=window)
    words = _TOTAL_TAIL_RE.search(text, max(begin, total_start - 30), total_start)  # the words end at the total
    at = total_start - (len(words.group()) if words else 0)
    parts: list[tuple[int, int]] = []
    while len(parts) < MAX_PARTS:
        join = next((m for m in _JOIN_RE.finditer(text, max(begin, at - 12), at) if m.end() == at), None)
        if join is None:
            break
        # the part fills the text from the join before it (or the sentence's start) to this join
        start = max([begin, *(m.end() for m in _JOIN_RE.finditer(text, begin, join.start()))])
        part = _PART_RE[grouped].fullmatch(text, start, join.start())
        if part is None or (part.group("label") and COUNT_CONTEXT_RE.search(part.group("label"))):
            break
        parts.append(part.span("fig"))
        at = start
    return parts


# "Alla belopp i kronor.", "Beloppen är i kronor inklusive moms.", "Siffrorna avser kronor", "Beloppen 5 000 och
# 7 500 avser kronor": a sentence about "the amounts" that names their unit.
_DECLARING_VERB_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:(?:är|anges|redovisas|avser|ges|uttrycks)[ \u00a0]+(?:angivna[ \u00a0]+)?(?:i[ \u00a0]+)?|i[ \u00a0]+)"
    r"(?P<unit>kronor|kr|tkr|tusentals[ \u00a0]+kronor|mnkr|miljoner[ \u00a0]+kronor)(?![\wåäö])"
)
_AMOUNTS_NOUN_RE = re.compile(
    r"(?i)(?:(?:alla|samtliga)[ \u00a0]+)?(?:belopp(?:en)?|summor(?:na)?|siffror(?:na)?)(?![\wåäö])"
)
_SENTENCE_END_RE = re.compile(r"[.!?][ \u00a0]+|\n")
_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")
_FIGURE_RE = re.compile(rf"(?<![\w.,:/])(?<!\d[-–−])(?:{_GROUPED}|{_PLAIN})(?![\d])")


def declared_after(text: str) -> list[tuple[int, int, str]]:
    """The figures before a sentence about "the amounts" that names their unit ("… Alla belopp i kronor.",
    "Beloppen 5 000 och 7 500 avser kronor."), in it and back to a blank line or the text's start:
    (start, end, unit)."""
    found = []
    for decl in _DECLARING_VERB_RE.finditer(text):
        begin = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, decl.start())), default=0)
        if not _AMOUNTS_NOUN_RE.match(text, begin):
            continue
        unit = decl.group("unit").lower()
        blank = [m.end() for m in _BLANK_LINE_RE.finditer(text, 0, decl.start())]
        for m in _FIGURE_RE.finditer(text, blank[-1] if blank else 0, decl.start()):
            if unit in ("kronor", "kr") and not re.fullmatch(_GROUPED, m.group()):
                continue  # a plain figure beside kronor is a count or a number
            found.append((m.start(), m.end(), unit))
    return found


# A figure of the list before a total, grouped ("18 000") or plain ("980", "4,5"): the exact sum decides.
_LIST_FIGURE_RE = re.compile(rf"(?<![\w.,:/])(?<!\d[-–−])(?:{_GROUPED}|{_PLAIN})(?![\d])")
_YEAR_FIGURE_RE = re.compile(r"(?:19|20)\d\d")
_LABEL_BEFORE_RE = re.compile(rf"({_WORD}(?:[ \u00a0]+{_WORD}){{0,3}})[ \u00a0:]*$")
MIN_SUMMED_PARTS = 2


def parts_summing_to(text: str, total_start: int, total: Decimal) -> list[tuple[int, int]]:
    """The figures listed right before a figure that is their sum, over sentence and line breaks and up to a
    blank line ("Hyra 12 000, ljud 7 500. Summa 19 500 kronor.", "Löner 214 000\\nLokal 36 000\\n250 000"):
    the last two to MAX_PARTS figures before `total_start` (years left out) whose values add up exactly to
    `total`, first first; [] when none do or a part's label counts. The exact sum is what makes them parts of
    the total (and so in its unit), wherever the list's own sentence ends."""
    blank = [m.end() for m in _BLANK_LINE_RE.finditer(text, 0, total_start)]
    begin = max([max(0, total_start - 400), *blank])
    figures = list(_LIST_FIGURE_RE.finditer(text, begin, total_start))
    figures = [m for m in figures if not _YEAR_FIGURE_RE.fullmatch(m.group())]
    running = Decimal(0)
    for k, m in enumerate(reversed(figures[-MAX_PARTS:]), start=1):
        running += _decimal(m.group())
        if k >= MIN_SUMMED_PARTS and running == total:
            parts = figures[-k:]
            labels = [_LABEL_BEFORE_RE.search(text, max(begin, p.start() - 40), p.start()) for p in parts]
            if any(label and COUNT_CONTEXT_RE.search(label.group(1)) for label in labels):
                return []
            return [p.span() for p in parts]
        if running > total:
            break
    return []


def _decimal(figure: str) -> Decimal:
    return Decimal(re.sub(r"[ \u00a0]", "", figure).replace(",", ".").replace("−", "-").replace("–", "-"))
