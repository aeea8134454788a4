"""Swedish numbers written in words, one to nine hundred ninety-nine ("tre", "tjugofem",
"tvåhundrafemtio"): the pattern that finds one and its value. Money amounts written out
("två miljoner", "femtiotusen kronor") are built on it in money.py."""

from __future__ import annotations

_UNIT_WORDS = ("en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
_TEENS = ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton")
_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")

NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
}

_TENS_RE = f"(?:{'|'.join(_TENS)})(?:{'|'.join(_UNIT_WORDS)})?"
_BELOW_HUNDRED_RE = f"{_TENS_RE}|{'|'.join(_TEENS)}|{'|'.join(_UNIT_WORDS)}"
# One written number (a regex fragment): "tjugofem", "sextiotvå", "trehundra", "tvåhundrafemtio".
# "en" never counts hundreds ("enhundra" is not written).
NUMBER_WORD = f"(?:(?:{'|'.join(_UNIT_WORDS[1:])})?hundra)(?:{_BELOW_HUNDRED_RE})?|{_BELOW_HUNDRED_RE}"


def number_word_value(word: str) -> int:
    """The value of one lowercased written number matched by NUMBER_WORD ("tvåhundrafemtio" = 250)."""
    hundreds, _, rest = word.rpartition("hundra") if "hundra" in word else ("", "", word)
    value = (NUMBER_WORDS[hundreds] if hundreds else 1) * 100 if "hundra" in word else 0
    if rest in NUMBER_WORDS:
        return value + NUMBER_WORDS[rest]
    if rest:
        ten = next(t for t in _TENS if rest.startswith(t))
        value += NUMBER_WORDS[ten] + NUMBER_WORDS[rest[len(ten) :]]
    return value
