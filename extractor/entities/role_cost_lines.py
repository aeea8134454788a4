"""A cost line: a thing bought and its price with no role word ("T-shirts 5 640 kr", "2 tält för 4 500 kr"): a
pure function over a (masked) sentence.

Where a follow-up states its outcome such lines are what the money paid for, so the outcome (the README's
convention: cost lines with no total are `utfall` in a follow-up). Only the line's shape counts: a label of a few
words before the amount, or "… för" a thing bought, and nothing after the amount in its line; an amount after a
word that relates it to another figure ("61 200 kr av 80 000 kr", "238 000 kr mot 219 000 kr") or values work
("värderas till") is no cost line.
"""

from __future__ import annotations

import re

# The piece of text an amount's line starts with: after a line break, comma, semicolon or a joining word.
_LINE_START_RE = re.compile(r"(?:\n|[,;:]|(?<![\wåäö])(?:och|samt)(?![\wåäö]))\s*", re.IGNORECASE)
_LABEL_WORDS = 3  # a longer run of words before the amount is a sentence, not a label
_WORD_RE = re.compile(r"[\wåäö/&-]+", re.IGNORECASE)
# Words that relate the amount to another figure or value it otherwise: no thing bought.
_NOT_A_THING = frozenset(
    "av mot än till på med om varav totalt sammanlagt summa hela allt resten ca cirka drygt knappt runt ungefär "
    "plus under värderas värderat värderad blev blir var är återbetalt återstår kvar över från fr bidr "
    # a subject and its verb make a sentence, not a label ("Vi hade X", "Nämnden stod själv för X")
    "vi jag ni de den det man hade har fick får stod står tillkom själv".split()
)
# a funder named before the amount ("Bidr. fr SDN X", "Stiftelsen X"): money given, not a thing bought
_FUNDER_RE = re.compile(r"nämnd|förvaltning|sdn|stiftelse|förening|kommun|staden|region", re.IGNORECASE)
# After the amount: its line ends (a full stop, a line break, a comma or a joining word).
_LINE_END_RE = re.compile(r"\s*(?:$|[\n.,;]|(?:och|samt)(?![\wåäö]))", re.IGNORECASE)


def cost_line(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` closes a short line that names a thing bought: "T-shirts 5 640 kr", "lampor för
    640 kr". A bare figure ("Hyra 12 000") is left to a table's header or the section (`with_unit`)."""
    start, end = span
    if not _LINE_END_RE.match(text, end):
        return False
    line_start = max((m.end() for m in _LINE_START_RE.finditer(text, 0, start)), default=0)
    words = [w.lower() for w in _WORD_RE.findall(text[line_start:start])]
    if words and words[-1] == "för":
        words = words[:-1]  # "2 terrarier för X": the thing bought for the price
    if not 1 <= len(words) <= _LABEL_WORDS or "#" in text[line_start:start]:
        return False
    # "2 × 14 000 kr": a count before a unit price names no thing
    return not words[-1].isdigit() and not any(w in _NOT_A_THING or _FUNDER_RE.search(w) for w in words)


def with_unit(amount_text: str) -> bool:
    """The amount is written with its unit ("5 640 kr", "14 tkr"), not a bare figure."""
    return bool(re.search(r"[^\W\d_]", amount_text))
