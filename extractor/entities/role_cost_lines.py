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
_LABEL_WORDS = 4  # a longer run of words before the amount is a sentence, not a label ("Entréer för 30 barn")
_WORD_RE = re.compile(r"[\wåäö/&-]+", re.IGNORECASE)
# Words that relate the amount to another figure when they stand right before it ("61 200 kr av 80 000 kr",
# "höjdes till X"); inside a label they join its nouns ("Hyra av lokal", "Buss till lägret").
_RELATING = frozenset("av mot än till på med om".split())
# Words that value the amount otherwise or make a sentence of the label, wherever they stand.
_NOT_A_THING = frozenset(
    "varav totalt sammanlagt summa hela allt resten ca cirka drygt knappt runt ungefär "
    "plus under värderas värderat värderad blev blir var är återbetalt återstår kvar över från fr bidr "
    # a subject and its verb make a sentence, not a label ("Vi hade X", "Nämnden stod själv för X")
    "vi jag ni de den det man hade har fick får stod står tillkom själv".split()
)
# a funder named before the amount ("Bidr. fr SDN X", "Stiftelsen X"): money given, not a thing bought
# ("staden" only as a word of its own: "verkstaden", "kuststaden" are things and places)
_FUNDER_RE = re.compile(r"nämnd|förvaltning|sdn|stiftelse|förening|kommun|^stadens?$|region", re.IGNORECASE)
# A label that names a figure of the project, not a thing bought ("Beslutad ram:", "Tidigare redovisat:",
# "Investeringsbeslut:", "Upparbetat hittills:"), money on top of it ("Egen insats", "Tillkommande arbeten"), or
# no thing at all ("Övrigt:").
_FIGURE_LABEL_RE = re.compile(
    r"beslut|redovis|upparbet|ackumuler|insats|^tillkomm|^egen$|^ram(?:en)?$|^tidigare$|^hittills$|^övrig",
    re.IGNORECASE,
)
# After the amount: its line ends (a full stop, a line break, a comma or a joining word).
_LINE_END_RE = re.compile(r"\s*(?:$|[\n.,;]|(?:och|samt)(?![\wåäö]))", re.IGNORECASE)
# "Färg, tyg och penslar till verkstaden: X": a label of things bought, ended by a colon, opening its line.
_COLON_LABEL_RE = re.compile(r"(?:^|\n|[.;]\s)\s*(?P<label>[^\n.;:#]+?)\s*:\s*$")
_COLON_LABEL_WORDS = 8
# "Lokalhyra för hela vårterminen X", "Licens, för hela projektåret X": the time a rent or licence was paid for, the
# whole of a term, season or the project's time, paid once (the README: such a line among cost lines is the outcome)
WHOLE_PERIOD_RE = re.compile(
    r"(?:,\s*)?(?<![\wåäö])för\s+hela\s+[\wåäö]*(?:termin|år|period|säsong|tid|sommar|vår|höst|vinter|kurs)[\wåäö]*\s*$",
    re.IGNORECASE,
)
# "musiker 6 × # = X": a product after its count and unit price, as the line before the count names it.
_PRODUCT_RE = re.compile(r"\s*\d+\s*(?:st\s*)?[×x*]\s*#+\s*=\s*$", re.IGNORECASE)


def _names_a_thing(words: list[str]) -> bool:
    """Label words that name a thing bought: no word that makes a sentence, a funder or a relation of figures."""
    return (
        bool(words)
        and not words[-1].isdigit()
        and words[-1] not in _RELATING
        and not any(w in _NOT_A_THING or _FUNDER_RE.search(w) or _FIGURE_LABEL_RE.search(w) for w in words)
    )


# Where a line of its own starts: a line break or the end of a sentence.
_HARD_LINE_START_RE = re.compile(r"(?:\n|[.;:])\s*")


def _label_start(text: str, start: int) -> int:
    """Where the label of the amount at `start` begins: its line's start, or, when one comma sets the amount (and
    at most a word describing the thing) off from a line's words ("Hyra av båt, 8 400 kr", "Datorer, begagnade
    14 400 kr"), the line's own start."""
    last = next(reversed(list(_LINE_START_RE.finditer(text, 0, start))), None)
    if last is None:
        return 0
    hard_start = max((m.end() for m in _HARD_LINE_START_RE.finditer(text, 0, start)), default=0)
    # (a comma after an amount ends the line before: "virke X, verktyg Y" are two lines)
    set_off = last.group().startswith(",") and "#" not in text[hard_start : last.start()]
    if set_off and len(_WORD_RE.findall(text[last.end() : start])) <= 1:
        return hard_start
    return last.end()


def cost_line(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` closes a short line that names a thing bought: "T-shirts 5 640 kr", "lampor för
    640 kr", "Penslar och färg: 3 480 kr", or is its product ("kör 4 × 900 kr = 3 600 kr"). A bare figure
    ("Hyra 12 000") is left to a table's header or the section (`with_unit`)."""
    start, end = span
    if not _LINE_END_RE.match(text, end):
        return False
    product = _PRODUCT_RE.search(text, 0, start) or WHOLE_PERIOD_RE.search(text, 0, start)
    if product:
        start = product.start()  # the thing is named before its product or the period it was paid for
    colon = _COLON_LABEL_RE.search(text, 0, start)
    if colon:
        words = [w.lower() for w in _WORD_RE.findall(colon.group("label"))]
        return len(words) <= _COLON_LABEL_WORDS and _names_a_thing(words)
    line_start = _label_start(text, start)
    words = [w.lower() for w in _WORD_RE.findall(text[line_start:start])]
    if words[-2:] in (["för", "totalt"], ["för", "sammanlagt"]):
        words = words[:-1]  # "15 föreställningar för sammanlagt X": the things bought, all of them, for the price
    if words and words[-1] == "för":
        words = words[:-1]  # "2 terrarier för X": the thing bought for the price
    # "2 × 14 000 kr": a count before a unit price names no thing
    return len(words) <= _LABEL_WORDS and "#" not in text[line_start:start] and _names_a_thing(words)


def with_unit(amount_text: str) -> bool:
    """The amount is written with its unit ("5 640 kr", "14 tkr"), not a bare figure."""
    return bool(re.search(r"[^\W\d_]", amount_text))
