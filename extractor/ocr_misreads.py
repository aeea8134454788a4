"""Mend OCR's single-letter misreads of the forms' own words.

Tesseract reads "Slutredovisning" as "Slutredovisnring" or "Genomförande" as
"Genomfôrande" here and there; a misread label or stage marker is then not
taken as one. A word read from a scan is put back to the form word it
nearly is: the same word but for one letter (two in a long word), with its
first two and last two letters right (in a word of 12 letters or more, its
last letter; l, i and 1 count as one at the first two). A word that differs only in its ending ("redovisningen",
"slutredovisnings", "projektens") is another word, not a misread, and is
kept. Only OCR'd words go through here: text layers are never changed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.text import edit_distance, fold

MIN_LENGTH = 8  # shorter words have too many real neighbours a letter away
LETTERS_PER_EDIT = 10  # one edit allowed per this many letters (at least one)
LONG_WORD = 12  # from this length an inflection near the end changes more than a letter: only the last must match
# The words of the reports' titles (domain.md), which the form labels do not hold.
TITLE_WORDS = (
    "trygghetsinvestering",
    "trygghetsinvesteringar",
    "klimatinvestering",
    "klimatinvesteringar",
    "investeringsmedel",
    "uppföljning",
    "slutrapport",
    "åtgärder",
)
_WORD = re.compile(r"^(?P<lead>\W*)(?P<core>\w+)(?P<trail>\W*)$")
# Strokes Tesseract confuses most (l, i, 1, I): the same at the first two letters ("Siutredovisning").
_STROKES = str.maketrans("i1|", "lll")


@lru_cache(maxsize=1)
def form_words() -> dict[str, str]:
    """Folded form word -> its spelling, from every template label, alias and stage marker."""
    from bilagor.extractor.labels import vocabulary

    vocab = vocabulary()
    labels = list(vocab.spellings.values()) + list(vocab.stage_markers) + list(TITLE_WORDS)
    words: dict[str, str] = {}
    for label in labels:
        for word in re.findall(r"[^\W\d_]+", label):
            if len(word) >= MIN_LENGTH:
                words.setdefault(fold(word), word.lower())
    return words


def mend_misread(text: str) -> str:
    """`text` (one OCR'd word) as the form word it is a letter or two off, else unchanged. A word that is
    itself Swedish ("inventering" beside the form's "investering") was read right and is kept."""
    match = _WORD.match(text)
    if not match or len(match.group("core")) < MIN_LENGTH:
        return text
    core = match.group("core")
    if core.lower() in form_neighbours():
        return text
    mended = near_form_word(core)
    if mended is None:
        return text
    if core[:1].isupper():
        mended = mended.upper() if core.isupper() else mended[:1].upper() + mended[1:]
    return f"{match.group('lead')}{mended}{match.group('trail')}"


def near_form_word(core: str) -> str | None:
    """The one form word (its spelling, lowercase) a word of letters is a misread of, or None: none near,
    two alike, or the word is that form word already."""
    folded = fold(core)
    words = form_words()
    if folded in words and core.lower() == words[folded]:
        return None
    allowed = max(1, len(folded) // LETTERS_PER_EDIT)
    tail = 1 if len(folded) >= LONG_WORD else 2
    near = [
        w
        for w in words
        if w[:2].translate(_STROKES) == folded[:2].translate(_STROKES)
        and w[-tail:] == folded[-tail:]
        and (len(w) == len(folded) or not (w.startswith(folded) or folded.startswith(w)))
        and abs(len(w) - len(folded)) <= allowed
        and edit_distance(folded, w, allowed) <= allowed
    ]
    if len(near) != 1:
        return None  # none, or two form words alike: not ours to choose
    return words[near[0]]


# Swedish words the mender would take for a form word's misread (bench/table_builders.py builds the list from
# the search's word-frequency lexicon, index/search/sv_lexicon.tsv, which the extractor may not import).
FORM_NEIGHBOURS_PATH = Path(__file__).with_name("sv_form_neighbours.txt")


@lru_cache(maxsize=1)
def form_neighbours() -> frozenset[str]:
    """Lowercase Swedish words a letter or two off a form word ("inventering" / "investering"): left as read."""
    return frozenset(FORM_NEIGHBOURS_PATH.read_text(encoding="utf-8").split())


def mend_lone_capital_i(texts: list[str], line_starts: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """An OCR'd page's words in reading order (over its line breaks: a word's neighbours may stand
    on the lines around it) with a lone "I" (or "1" between lowercase words) before a lowercase word read as the preposition "i"
    ("möte I medborgarkontoret", "Trygghetskameror I samverkan"): Swedish writes a capital I alone
    only at a sentence's start (or as a numeral beside a capital or a number, which stays).

    The word before may be capitalised only when the "I" is on its line (`line_starts`: the indices
    of the words that begin a line): a line starting "I området" under a heading starts a sentence.
    A word in capitals before it ("BILAGA I"), or a numeral after it ("Etapp I och II"), keeps it."""
    out = list(texts)
    for k in range(1, len(texts) - 1):
        before, after = texts[k - 1], texts[k + 1]
        if texts[k] == "1":
            if (
                _ONE_FOR_I_BEFORE.match(before)
                and _ONE_FOR_I_AFTER.match(after)
                and after not in _COUNTED
                and before not in _NUMBERED
            ):
                out[k] = "i"  # "tas 1 drift": a count would be written out ("en") or have a unit
            continue
        if texts[k] != "I" or not (after[:1].isalpha() and after[:1].islower()):
            continue
        if not before[:1].isalpha() or before.endswith((".", "!", "?", ":")):
            continue
        lower_before = before[:1].islower()
        capitalised_before = (
            k not in line_starts
            and before[:1].isupper()
            and before[1:].isalpha()
            and before[1:].islower()
            and not _numeral_near(texts, k)
        )
        if lower_before or capitalised_before:
            out[k] = "i"
    return out


# A lone "1" between two lowercase words is the preposition "i" ("fritidsgårdar 1 närheten"), unless a unit
# or a counted thing follows it ("1 st", "1 kamera" is written "en kamera" in the forms' prose).
_ONE_FOR_I_BEFORE = re.compile(r"^[a-zåäö]{2,}$")
_ONE_FOR_I_AFTER = re.compile(r"^[a-zåäö]{2,}[.,]?$")
_COUNTED = frozenset({"st", "st.", "kr", "tkr", "mnkr", "km", "meter", "timme", "år", "procent", "gång", "person"})
_NUMBERED = frozenset({"punkt", "etapp", "steg", "bilaga", "sida", "fas", "del", "avsnitt", "nummer", "nr", "kapitel"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def _numeral_near(texts: list[str], k: int) -> bool:
    """Whether another roman numeral stands two words on ("Etapp I och II"): then the I counts too."""
    return k + 2 < len(texts) and texts[k + 2].rstrip(".,;:") in _ROMAN


# District names are a closed list: a piece of a capitalised word a letter off one ("Ernskede-Årsta-Vantörs",
# "Kungsholrnen") is that name, when it is the only one that close and its first letter is right.
DISTRICT_PIECE_MIN_LETTERS = 6  # shorter pieces ("Årsta", "Järva") are a letter from too many words


@lru_cache(maxsize=1)
def _district_pieces() -> dict[str, str]:
    """Folded piece of a district name (its genitive too) -> its spelling: "enskede" -> "Enskede"."""
    from bilagor.extractor.districts import DISTRICTS

    pieces: dict[str, str] = {}
    for district in DISTRICTS:
        for form in (district.name, district.genitive, district.name + "s"):
            for piece in re.findall(r"[^\W\d_]+", form):
                if len(piece) >= DISTRICT_PIECE_MIN_LETTERS:
                    pieces.setdefault(fold(piece), piece)
    return pieces


def mend_district_name(text: str) -> str:
    """`text` (one OCR'd word) with each hyphen-joined capitalised piece a letter off a district name's
    piece, or the piece without a ring or dots OCR lost, put back to it ("Ernskede-Årsta-Vantörs" ->
    "Enskede-Årsta-Vantörs", "Hägersten-Alvsjö" -> "Hägersten-Älvsjö"); a dash run between two of its pieces
    (a minus sign's hyphen read "—" or "—-") made the name's hyphen; else unchanged."""
    if not any(c.isupper() for c in text):
        return text
    pieces = _district_pieces()
    parts = re.split(r"([-–—]+)", text)
    for i, part in enumerate(parts):
        match = _WORD.match(part)
        if not match or not match.group("core")[:1].isupper() or len(match.group("core")) < DISTRICT_PIECE_MIN_LETTERS:
            continue
        core, folded = match.group("core"), fold(match.group("core"))
        if folded in pieces:
            spelled = pieces[folded]
            if core[1:].islower() and core != spelled:  # its ring or dots lost ("Alvsjö" at a fax's 98 dpi)
                parts[i] = f"{match.group('lead')}{spelled}{match.group('trail')}"
            continue
        readings = {folded, folded.replace("rn", "m")}  # "rn" is OCR's commonest misread of "m"
        distances = {p: min(edit_distance(r, p, 1) for r in readings) for p in pieces if p[0] == folded[0]}
        best = min(distances.values(), default=2)
        near = [p for p, d in distances.items() if d == best]
        if best <= 1 and len(near) == 1:  # the one name closest ("Kungsholmen", not also "Kungsholmens")
            parts[i] = f"{match.group('lead')}{pieces[near[0]]}{match.group('trail')}"
    mended = "".join(parts)
    if len(parts) > 1:
        # A district's name whose hyphens were read as dashes (a minus sign's hyphen read "—" or "—-").
        hyphened = re.sub(r"[-–—]+", "-", mended)
        core = _WORD.match(hyphened.replace("-", "_"))
        if core and fold(core.group("core").replace("_", "-")) in _hyphened_districts():
            return hyphened
    return mended


@lru_cache(maxsize=1)
def _hyphened_districts() -> frozenset[str]:
    """Folded names of the districts written with hyphens, and their genitives ("hagersten-alvsjo")."""
    from bilagor.extractor.districts import DISTRICTS

    forms = (form for d in DISTRICTS for form in (d.name, d.genitive, d.name + "s"))
    return frozenset(fold(form) for form in forms if "-" in form)


# A lone "i" whose dot a fax or a photo lost is read as a bar ("Fastighetsägarna | området") and dropped
# as a mark; "|" is no Swedish word, and between two words of a sentence it is the preposition. A bar with a
# wider gap beside it is a piece of a cell border, not a word.
_BAR = frozenset({"|", "¦"})
_LOWER_START = re.compile(r"^[a-zåäöé]")
_LOWER_END = re.compile(r"[a-zåäöé],?$")
BAR_MAX_GAP_HEIGHTS = 0.8  # a word space beside the bar, in line heights (measured 0.45)


def bars_read_for_i(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """One OCR line's (text, box) words with a lone bar a word space after a word ending in lowercase and
    before a lowercase word made "i"."""
    if len(words) < 3:
        return words
    height = max(box[3] for _, box in words) - min(box[1] for _, box in words)
    result = list(words)
    for i in range(1, len(words) - 1):
        (before, left), (text, box), (after, right) = words[i - 1], words[i], words[i + 1]
        spaced = max(box[0] - left[2], right[0] - box[2]) <= BAR_MAX_GAP_HEIGHTS * height
        if text in _BAR and spaced and _LOWER_END.search(before) and _LOWER_START.match(after):
            result[i] = ("i", box)
    return result


# A short label misread by a letter ("piats" for "Plats", "Telefom"): mend_misread leaves words under
# MIN_LENGTH letters alone (too many real words a letter away). At the start of an OCR line and followed by a
# column gap (or nothing), the words stand where labels stand, and there labels.near_label (the layout's own
# near-miss rule, short labels included) says which label they are.
COLUMN_GAP_HEIGHTS = 1.5  # a gap after the label this many line heights wide is the column gap, no word space
_MAX_LABEL_WORDS = 4


def mend_label_start(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """One OCR line's (text, box) words with the first words of each of its columns (the line's start, and
    after each column gap: a grid's second label), when a column gap (or the line's end) follows them and
    they read a few letters off one known label (a stray bracket or bar before it left out), spelled as that
    label. A label the template puts after the line's last label is preferred ("Projektnamn ⇥ …
    ⇥ [Gscgrafisk plats": the place's label, whatever else is as near)."""
    from bilagor.extractor.labels import next_key

    if not words:
        return words
    height = max(box[3] for _, box in words) - min(box[1] for _, box in words)
    starts = [0] + [n for n in range(1, len(words)) if _column_gap(words, n, height)]
    mended: list[tuple[str, list[int]]] = []
    previous: str | None = None
    for start, end in zip(starts, [*starts[1:], len(words)]):
        column = _mended_column_start(words[start:end], height, next_key(previous))
        mended += column
        previous = _column_key(column, height) or previous  # an answer's column keeps the last label's place
    return mended


def _label_length(words: list[tuple[str, list[int]]], height: float) -> int | None:
    """How many of a column's first words stand before its first column gap (or its end), when few enough
    to be a label; else None."""
    return next(
        (
            n
            for n in range(1, min(_MAX_LABEL_WORDS, len(words)) + 1)
            if n == len(words) or _column_gap(words, n, height)
        ),
        None,
    )


def _column_key(words: list[tuple[str, list[int]]], height: float) -> str | None:
    """The key of the known label a column's first words are (before a column gap or its end), or None."""
    from bilagor.extractor.labels import known_key

    n = _label_length(words, height)
    return known_key(" ".join(text for text, _ in words[:n])) if n else None


def _column_gap(words: list[tuple[str, list[int]]], n: int, height: float) -> bool:
    """Whether a column gap lies before words[n] (wider than a word space by far)."""
    return words[n][1][0] - words[n - 1][1][2] >= COLUMN_GAP_HEIGHTS * height


def _mended_column_start(
    words: list[tuple[str, list[int]]], height: float, expected: str | None
) -> list[tuple[str, list[int]]]:
    """A column's words with its first ones (before its first gap) spelled as the label they read a letter or so
    off, a stray mark before them left out; else as they are."""
    from bilagor.extractor.labels import near_label, without_stray_lead

    n = _label_length(words, height)
    if n is None:
        return words
    texts = [text for text, _ in words[:n]]
    label = near_label(" ".join(texts).rstrip(".,;:"), expected)
    if label is None:
        return words
    spelled = label.split()
    boxes = [box for _, box in words[:n]]
    if len(spelled) == n - 1 and not without_stray_lead(texts[0]):  # a stray mark as a word of its own
        boxes = [[boxes[0][0], *boxes[1][1:]], *boxes[2:]]
    if len(spelled) != len(boxes):
        return words
    if texts[-1].endswith(":"):
        spelled[-1] += ":"
    return list(zip(spelled, boxes)) + words[n:]


# Tesseract reads the four strokes of "vv" as "vwv", "wv" or "vw" ("Avwvikelsen", "Awvikelsen" for
# "Avvikelsen"). Swedish writes "w" only in names and borrowed words, and none of those the forms use
# has a "w" beside a "v".
_DOUBLE_V_READ = re.compile(r"(?i)vwv|wv|vw")


def mend_double_v(text: str) -> str:
    """One OCR'd word with "vv" misread as "vwv", "wv" or "vw" put back ("Avwvikelsen" -> "Avvikelsen")."""
    if not _DOUBLE_V_READ.search(text):
        return text
    return re.sub(r"(?i)(v)wv|(v)w|w(v)", lambda m: (m.group(1) or m.group(2) or m.group(3)) * 2, text)


# A label's colon with no space after it ("Syfte:Att minska …", "kalkylerade utgifter:Budgeten"): Tesseract
# reads the label's last word and the answer's first as one word, so the layout never sees the colon close the
# label. Letters, a colon, then a capital or a digit is no Swedish word (a time "10:30", "S:t Erik" and an
# address "http://" are not this: digits or a lowercase letter round the colon).
_GLUED_COLON = re.compile(r"^(?P<label>[^\W\d_]{2,}:)(?P<answer>[A-ZÅÄÖÉ0-9]\S*)$")


def split_glued_colons(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """One OCR line's (text, box) words with a word glued at a colon ("utgifter:Budgeten") made two words,
    "utgifter:" and "Budgeten", the box cut where the colon ends (by the letters' share of the word)."""
    result = []
    for text, box in words:
        match = _GLUED_COLON.match(text)
        if match is None:
            result.append((text, box))
            continue
        x0, top, x1, bottom = box[:4]
        cut = x0 + round((x1 - x0) * len(match.group("label")) / len(text))
        result += [(match.group("label"), [x0, top, cut, bottom]), (match.group("answer"), [cut, top, x1, bottom])]
    return result
