"""Text clean-up shared by the layout and metadata code: pure string functions."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Word's content-control placeholder: an unfilled field, i.e. empty.
PLACEHOLDERS = ("Klicka här för att ange text.", "Klicka eller tryck här för att ange text.")
_PLACEHOLDER_RE = re.compile(
    "|".join(r"\s*".join(re.escape(w) for w in p.split()) for p in PLACEHOLDERS), re.IGNORECASE
)

# \s covers no-break (U+00A0), thin (U+2009), narrow no-break (U+202F) and other spaces.
_SPACE_RE = re.compile(r"[\s\u200b\ufeff]+")

# Compounds whose hyphen is real even when a line break falls on it and the
# second part is lowercase. Names with capitals (Hägersten-Liljeholmen) are
# kept anyway because only a lowercase continuation is joined.
KNOWN_HYPHENATED = frozenset(
    {
        "e-post",
        "e-postadress",
        "e-tjänst",
        "e-tjänster",
        "t-bana",
        "t-banan",
        "t-banestation",
        "p-plats",
        "p-platser",
        "p-hus",
        "c-vitamin",
        "it-system",
        "it-stöd",
        "u-sväng",
    }
)


def normalise(text: str) -> str:
    """NFC, every whitespace run (no-break and thin spaces too) -> one space, trimmed; soft hyphens (U+00AD)
    dropped except one ending the text, which join_lines reads as a word broken at the line end."""
    spaced = _SPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return _SPACE_RE.sub(" ", _INNER_SOFT_HYPHEN_RE.sub("", spaced)).strip()


# A soft hyphen is never part of a word: shown only where a line breaks in a word, it is no character of it.
_INNER_SOFT_HYPHEN_RE = re.compile("\u00ad+(?!$)")


# Hyphen-like characters some producers set for the hyphen: the minus sign (U+2212: R's pdf() and other
# plotting devices write every "-" so), Unicode's hyphen and non-breaking hyphen (U+2010, U+2011), the small and
# full-width hyphen-minus. The en and em dashes are dashes of their own and stay.
_HYPHEN_LIKE = "\u2212\u2010\u2011\ufe63\uff0d"
# ... each read as "-" unless it is a minus sign: before a figure with no letter or figure before it
# ("−5 000", "(−12)", "+/−3"), where it may be an amount's sign and stays.
_SIGN_RE = re.compile(f"(?<![^\\W_])[{_HYPHEN_LIKE}](?=\\d)")


# A hyphen-like character between two letters ("E−post") is no minus sign: a page that has one sets its hyphens
# so, and every such character on it is read as a hyphen, a "−" before a figure too ("Dnr −260", "−5 000 kr"
# typed with a hyphen).
_LETTERS_HYPHENED_RE = re.compile(f"[^\\W\\d_][{_HYPHEN_LIKE}][^\\W\\d_]")


def hyphens_read_as_hyphens(words: list[str]) -> list[str]:
    """A page's words with their hyphen-like characters as "-" ("Hässelby−Vällingby", "1.5.3−260−2025",
    "E−post", a spaced "−" between words); a minus sign before a figure is kept unless the page sets a
    hyphen-like character between letters."""
    if not any(c in _HYPHEN_LIKE for w in words for c in w):
        return words
    every = any(_LETTERS_HYPHENED_RE.search(w) for w in words)
    return [_hyphens(w, every) for w in words]


def _hyphens(word: str, every: bool) -> str:
    if not any(c in _HYPHEN_LIKE for c in word):
        return word
    signs = set() if every else {m.start() for m in _SIGN_RE.finditer(word)}
    return "".join("-" if c in _HYPHEN_LIKE and i not in signs else c for i, c in enumerate(word))


def remove_placeholders(text: str, *, misread: bool = False) -> str:
    """`text` without Word's placeholder text; with `misread` (OCR'd text only) also without one read a letter
    or so off or without its full stop ("Klicka här för att ange text", "Klicka hår för att ange text.")."""
    kept = normalise(_PLACEHOLDER_RE.sub(" ", text))
    return _without_misread_placeholders(kept) if misread else kept


# A placeholder misread is the placeholder's words one edit per this many letters away (one at least).
PLACEHOLDER_LETTERS_PER_EDIT = 6


@lru_cache(maxsize=1)
def _placeholder_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(p.rstrip(".")).split()) for p in PLACEHOLDERS)


def _without_misread_placeholders(text: str) -> str:
    """`text` without each run of words that reads a placeholder a letter or so off, its full stop optional,
    when a sentence ends with it (the text's end, a full stop, or a capital after it): a sentence that only
    starts like it ("Klicka här för att ange text om projektet …") is an answer and stays."""
    words = text.split(" ")
    kept: list[str] = []
    i = 0
    while i < len(words):
        size = _placeholder_at(words, i)
        if size:
            i += size
            continue
        kept.append(words[i])
        i += 1
    return " ".join(kept)


def _placeholder_at(words: list[str], i: int) -> int:
    """The number of words from words[i] that read a placeholder (a letter or so off), or 0."""
    for placeholder in _placeholder_words():
        end = i + len(placeholder)
        if end > len(words):
            continue
        # folded word by word: a lone accent ("¨", "´": a glyph chart's) folds to a space, and split again it
        # was one word more than the placeholder's (an internal error, h28: pdf-lib's standard_fonts_demo)
        read = [fold(word) for word in words[i:end]]
        closed = read[-1].endswith(".")
        read[-1] = read[-1].rstrip(".")
        allowed = max(1, len(" ".join(placeholder)) // PLACEHOLDER_LETTERS_PER_EDIT)
        # Each word a letter or so off its own: a word read wholly else ("ange tid") is other text, no misread.
        limits = [max(1, len(word) // PLACEHOLDER_LETTERS_PER_EDIT) for word in placeholder]
        edits = [edit_distance(r, w, limit) for r, w, limit in zip(read, placeholder, limits, strict=True)]
        if any(e > limit for e, limit in zip(edits, limits)) or sum(edits) > allowed:
            continue
        if closed or end == len(words) or words[end][:1].isupper() or words[end][:1].isdigit():
            return len(placeholder)
    return 0


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one text, undoing line-end hyphenation.

    "beskriv-" + "ning" -> "beskrivning"; "Hägersten-" + "Liljeholmen" keeps
    its hyphen, as do "e-" + "post" (a known compound), "IT-" + "stöd" (an
    acronym) and "2018-" + "10-17"; "Behovsanalys/" + "problembeskrivning" is one
    term. Paragraphs are joined with one space like lines.
    """
    out = ""
    for raw in lines:
        line = normalise(raw)
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("\u00ad"):  # a soft hyphen marks a break inside a word
            out = out[:-1] + line
        elif len(out) >= 2 and out[-1] == "/" and out[-2].isalnum():
            out = out + line  # a break after a slash inside a term ("Behovsanalys/" / "problembeskrivning")
        elif _broken_address(out.rpartition(" ")[2], line.split(" ", 1)[0]):
            out = out + line  # an e-mail address broken in a narrow cell ("anna.berg@stock" / "holm.se")
        elif _ends_in_broken_word(out) and line.split(" ", 1)[0] in _COORDINATING:
            out = out + " " + line  # a compound left open before "och" ("gång-" / "och cykelvägen")
        elif _ends_in_broken_word(out):
            stem = out.rpartition(" ")[2]
            first = line.split(" ", 1)[0]
            word = stem[:-1].rpartition("/")[2].lstrip("(\"'«»")  # the word broken: "Behovsanalys/prob-"
            if line[0].islower() and word.isalpha() and not word.isupper() and not _is_known_hyphenated(stem + first):
                out = out[:-1] + line  # hyphenation at the break: drop the hyphen
            else:
                out = out + line  # a real hyphen (Hägersten-Liljeholmen, 2018-10-17, IT-stöd)
        else:
            out = out + " " + line
    return out.removesuffix("\u00ad")


# An e-mail address's head up to a domain with no dot yet, and a domain's tail ending in its top-level part.
_ADDRESS_HEAD = re.compile(r"^[\w.+-]+@[\w-]*$")
_DOMAIN_TAIL = re.compile(r"^[a-z0-9-]*(\.[a-z0-9-]+)*\.[a-z]{2,6}[.,;)]?$")


def _broken_address(last: str, first: str) -> bool:
    """Whether a line ending in `last` and the next starting with `first` break an e-mail address inside its
    domain: a cell too narrow for the address breaks it anywhere, with no hyphen."""
    return bool(_ADDRESS_HEAD.match(last)) and bool(_DOMAIN_TAIL.match(first))


# Words that join coordinated compounds whose shared part is left out ("gång- och cykelvägen",
# "el- eller gasdrivna"): a line-end hyphen before one of them is the compound's, not hyphenation.
_COORDINATING = frozenset({"och", "eller", "samt", "resp.", "respektive"})


def _ends_in_broken_word(text: str) -> bool:
    # "ord-" but not a free-standing dash ("kostnader -") or "-" alone.
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalnum()


def _is_known_hyphenated(word: str) -> bool:
    word = word.strip(".,;:()\"'").lower()
    return word in KNOWN_HYPHENATED


def slug(text: str) -> str:
    """Lowercase ASCII key: å/ä -> a, ö -> o, other non-alphanumerics -> '_'."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


# An abbreviation's full stop inside a label: a stop ending a word of at most four letters, or a run of such
# words ("Ev.", "Tel.", "T.ex."), with more text after it. A sentence's stop ends a longer word or the text.
_ABBREVIATION_STOP = re.compile(r"\b((?:[^\W\d_]{1,4}\.)+)(?=\s+\S)")


def without_abbreviation_stops(text: str) -> str:
    """`text` with the full stops of its abbreviations left out: "Ev. samverkan" -> "Ev samverkan"."""
    return _ABBREVIATION_STOP.sub(lambda m: m.group(1).replace(".", ""), text)


def fold(text: str) -> str:
    """Lowercase without diacritics, whitespace-normalised: for keyword matching."""
    decomposed = unicodedata.normalize("NFKD", normalise(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Letters that scans and plain-ASCII file names write without their accents.
_ACCENT_CLASSES = {"a": "aåäàá", "o": "oöó", "e": "eéè", "u": "uü"}


def loose_pattern(phrase: str) -> str:
    """A regex for `phrase` as scans and careless typing write it: accents
    optional ("Sodermalm"), any run of spaces, a dash of any kind. A capital
    in `phrase` must be a capital (so "Husby" is a name, not a word); other
    letters match in either case."""
    parts = []
    for char in normalise(phrase):
        if char == " ":
            parts.append(r"\s+")
        elif char in "-–":
            parts.append(r"\s*[-–]\s*")
        elif char.isalpha():
            parts.append(f"[{loose_letters(char)}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


@lru_cache(maxsize=None)
def loose_letters(char: str) -> str:
    """The characters loose_pattern lets stand for the letter `char` (its character class): its accented
    and plain forms, in either case unless `char` is a capital. Cached: the gazetteer's patterns ask for
    some 60 000 letters, of a few dozen kinds."""
    base = fold(char)
    letters = _ACCENT_CLASSES.get(base, base if char == base or char.isupper() else base + char)
    return letters.upper() if char.isupper() else letters + letters.upper()


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 once it is certainly over limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
