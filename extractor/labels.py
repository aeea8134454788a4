"""Form labels -> canonical section keys, by meaning.

The known templates and keyword rules are data (templates.json); this module
only applies them. Unknown labels get a slug key so nothing is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilagor.extractor.text import edit_distance, fold, slug, without_abbreviation_stops

# A field's number: "7.", "1.1", or a sub-item's letter after it ("3 a", "3a", "3 b)"; a to h, not
# the one-letter words "i", "å", "ö"); a numbered table's row number may stand before the section's own
# ("9 1. Beskrivning", "10 1.1 Behovsanalys"); a printout's item number in brackets ("[3] Plats", "[4] 1.
# Beskrivning").
_NUMBERING = re.compile(r"^\s*(?:(?:\[\d+\]|\d+(?:\.\d+)*\.?(?:\s?[a-h]\)?(?=\s))?)\s+){1,2}")
_MAX_LABEL_WORDS = 16
# A dot leader closing a label ("PLATS ........ :", ". . . :"): a listing's padding to its colon, not wording.
_LEADER = re.compile(r"\s*(?:\.\s?){3,}\s*:?\s*$")


@dataclass(frozen=True)
class Rule:
    key: str
    all: tuple[re.Pattern, ...]
    any: tuple[re.Pattern, ...]
    kinds: tuple[str, ...] = ()

    def matches(self, folded: str, kind: str | None) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        return all(p.search(folded) for p in self.all) and any(p.search(folded) for p in self.any)


@dataclass(frozen=True)
class Vocabulary:
    exact: dict[str, str]  # folded template label -> key
    rules: tuple[Rule, ...]
    stage_markers: dict[str, str]  # folded marker -> stage
    kind_patterns: tuple[tuple[str, re.Pattern], ...]  # (form_kind, title pattern)
    kind_keys: tuple[tuple[str, frozenset[str]], ...]  # (form_kind, section keys only that kind has)
    never_keys: dict[str, frozenset[str]]  # form_kind -> keys its forms never have
    spellings: dict[str, str]  # folded template label or alias -> the label as the template writes it


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = json.loads(resources.files("bilagor.extractor").joinpath("templates.json").read_text("utf-8"))
    exact = {}
    spellings: dict[str, str] = {}
    kind_patterns = []
    kind_keys = []
    for template in data["templates"]:
        exact.update({_fold_label(label): key for label, key in template["labels"].items()})
    exact.update({_fold_label(label): key for label, key in data.get("aliases", {}).items()})
    for label in [label for t in data["templates"] for label in t["labels"]] + list(data.get("aliases", {})):
        spellings.setdefault(_fold_label(label), label)
    for template in data["templates"]:
        kind_patterns += [(template["form_kind"], re.compile(p)) for p in template["title_patterns"]]
        kind_keys.append((template["form_kind"], frozenset(template.get("section_keys", ()))))
    never_keys = {t["form_kind"]: frozenset(t.get("never_keys", ())) for t in data["templates"]}
    for other in data.get("other_kinds", []):
        kind_patterns += [(other["form_kind"], re.compile(p)) for p in other["title_patterns"]]
    rules = tuple(
        Rule(
            r["key"],
            tuple(map(re.compile, r.get("all", []))),
            tuple(map(re.compile, r["any"])),
            tuple(r.get("kinds", ())),
        )
        for r in data["rules"]
    )
    return Vocabulary(
        exact, rules, dict(data["stage_markers"]), tuple(kind_patterns), tuple(kind_keys), never_keys, spellings
    )


def without_leader(label: str) -> str:
    """`label` without the dot leader that pads it to its colon: "PLATS ...... :" -> "PLATS"."""
    return _LEADER.sub("", label)


def _fold_label(label: str) -> str:
    return fold(without_abbreviation_stops(_NUMBERING.sub("", without_leader(label)))).strip(" :")


@lru_cache(maxsize=4096)
def known_key(label: str, form_kind: str | None = None) -> str | None:
    """The canonical key a label means, or None when no template or rule knows it."""
    folded = _fold_label(label)
    if not folded:
        return None
    vocab = vocabulary()
    if folded in vocab.exact:
        return vocab.exact[folded]
    if len(folded.split()) > _MAX_LABEL_WORDS:
        return None
    by_rule = next((r.key for r in vocab.rules if r.matches(folded, form_kind)), None)
    return by_rule or _near_miss(folded, vocab.exact)


# A near miss is a known wording one edit (a letter misread, dropped or added) per this many letters away.
LETTERS_PER_EDIT = 6
# Shorter text is near a label only where a label stands (near_label: the start of an OCR'd line before its
# column gap): anywhere else too many words are a letter from a short label ("Plan", "plats." in prose).
MIN_NEAR_LETTERS = 6
_MAX_NEAR_WORDS = 8


def _near_miss(folded: str, exact: dict[str, str], *, short: bool = False) -> str | None:
    """The key of the known wording `folded` reads a letter or so off ('awvikelser', 'projektnarnn'; with
    `short`, under MIN_NEAR_LETTERS too: 'piats'), when all wordings that near mean one key."""
    wording = _near_wording(folded, exact, short=short)
    return exact[wording] if wording is not None else None


def _near_wording(
    folded: str, exact: dict[str, str], *, short: bool = False, expected: str | None = None
) -> str | None:
    """The nearest known wording within one edit per LETTERS_PER_EDIT letters of `folded` (one at least),
    or None when there is none or those near mean different keys (unless one of them is the `expected` key's:
    then the nearest wording of that key)."""
    if len(folded.split()) > _MAX_NEAR_WORDS or (len(folded) < MIN_NEAR_LETTERS and not short):
        return None
    allowed = max(1, len(folded) // LETTERS_PER_EDIT)
    near = sorted(
        (d, known)
        for known in _letters_within(folded, exact, allowed)
        if (d := _look_alike_distance(folded, known, allowed)) <= allowed
    )
    if expected is not None and any(exact[known] == expected for _, known in near):
        near = [(d, known) for d, known in near if exact[known] == expected]
    if not near or len({exact[known] for _, known in near}) != 1:
        return None
    return near[0][1]


class _Bags:
    """The known wordings' letter counts, plain and in look-alike form, one row a wording: each letter of the
    wordings a column, every other character one shared column (counts merged stay a lower bound)."""

    def __init__(self, exact: dict[str, str]):
        import numpy as np

        self.exact, self.size = exact, len(exact)
        self.known = list(exact)
        letters = sorted({c for known in self.known for form in (known, look_alike_form(known)) for c in form})
        self.column = {c: i for i, c in enumerate(letters)}
        self.plain = np.array([self.counts(known) for known in self.known], dtype=np.int32).reshape(self.size, -1)
        self.form = np.array([self.counts(look_alike_form(k)) for k in self.known], dtype=np.int32).reshape(
            self.size, -1
        )

    def counts(self, text: str) -> list[int]:
        row = [0] * (len(self.column) + 1)
        for c in text:
            row[self.column.get(c, len(self.column))] += 1
        return row

    def within(self, read: str, allowed: int) -> list[str]:
        """The wordings whose letter counts leave `read` (plain, or both in look-alike form) `allowed` edits
        or fewer away by the bound: an edit changes one letter's count on each side at most, so the larger
        side's surplus of letters never exceeds the edits."""
        import numpy as np

        def bound(rows, text: str):
            diff = rows - np.array(self.counts(text), dtype=np.int32)
            surplus = np.maximum(diff, 0).sum(axis=1)  # the wording's letters over the text's
            return np.maximum(surplus, surplus - diff.sum(axis=1))  # and the text's over the wording's

        keep = np.minimum(bound(self.plain, read), bound(self.form, look_alike_form(read))) <= allowed
        return [known for known, kept in zip(self.known, keep.tolist(), strict=True) if kept]


_BAGS: dict[int, _Bags] = {}


def _letters_within(read: str, exact: dict[str, str], allowed: int) -> list[str]:
    """The wordings of `exact` that may lie within `allowed` edits of `read` (look-alikes counted as
    _look_alike_distance counts them): a bag-of-letters lower bound, so that the edit distances (pure Python,
    a long dense document's largest layout cost: h33, 64 s of a 64-page booklet's profile) are worked out only
    for the few wordings it leaves. Every wording within `allowed` is among them (the bound never exceeds the
    distance), so the nearest wordings are the same."""
    if not exact:
        return []
    bags = _BAGS.get(id(exact))
    if bags is None or bags.exact is not exact or bags.size != len(exact):
        if len(_BAGS) > 8:  # the vocabularies are a few cached dicts; a caller's own dict is kept a while
            _BAGS.clear()
        bags = _BAGS[id(exact)] = _Bags(exact)
    return bags.within(read, allowed)


# Glyphs a scan's reader or a lossy symbol coder (JBIG2's pattern matching: look-alikes share one bitmap) puts for
# one another: a bold "I" printed as "l", an "l" as "i" or "1", "m" read as "rn". Compared in their one form, such
# a letter costs no edit, so the budget of edits is left for the letters a scan truly lost.
_LOOK_ALIKE_PAIRS = (("rn", "m"), ("vv", "w"))
_LOOK_ALIKE_LETTERS = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "í": "i", "ì": "i"})


@lru_cache(maxsize=8192)
def look_alike_form(folded: str) -> str:
    """`folded` with look-alike glyphs in one form ("projektets narnn" -> "projektets namn", "pial" -> "piai")."""
    for pair, one in _LOOK_ALIKE_PAIRS:
        folded = folded.replace(pair, one)
    return folded.translate(_LOOK_ALIKE_LETTERS)


def _look_alike_distance(read: str, known: str, limit: int) -> int:
    """The edits between `read` and `known` (capped as edit_distance caps them), look-alike glyphs costing none."""
    plain = edit_distance(read, known, limit)
    read_form, known_form = look_alike_form(read), look_alike_form(known)
    if plain == 0 or (read_form == read and known_form == known):  # no look-alike glyph: the same distance again
        return plain
    return min(plain, edit_distance(read_form, known_form, limit))


# A scan's cell border or speck read before a label's first letter ("[Gscgrafisk plats", "|Plats", "IProjektnamn"):
# no label starts with a bracket or a bar, nor with a capital I before another capital.
_STRAY_LEAD = re.compile(r"^(?:[\[\]|¦(){}]+\s*|I(?=[A-ZÅÄÖ][a-zåäö]))")


def without_stray_lead(text: str) -> str:
    """`text` without the stray bracket, bar or capital I a scan's border puts before a label's first letter."""
    return _STRAY_LEAD.sub("", text.lstrip())


def near_label(text: str, expected: str | None = None) -> str | None:
    """The label as its template writes it that `text` reads a letter or so off, short labels included
    ("piats" -> "Plats"; a stray bracket or bar before it ignored: "[Gscgrafisk plats"), or None. Only for
    text standing where labels stand (the start of an OCR'd line before its column gap); text that is a known
    wording itself gives None (nothing to mend). `expected`: the key of the label the form's order puts next;
    a near wording of it is taken even where wordings of other keys are as near."""
    folded = _fold_label(without_stray_lead(text))
    keys, spellings = _label_starts()
    if not folded or (folded in keys and folded == _fold_label(text)):
        return None
    if folded in keys:  # a known wording behind a stray mark: the mark is what to mend
        return spellings[folded]
    wording = _near_wording(folded, keys, short=True, expected=expected)
    if wording is None or keys[wording] == _AMBIGUOUS:
        return None
    if wording not in vocabulary().exact and not _word_for_word_near(folded, wording):
        return None  # an answer's short line may start as a label does ("Projektets mål var"): each word must be near
    return spellings[wording]


def _word_for_word_near(folded: str, wording: str) -> bool:
    """Whether each word of `folded` is a letter or so off its word of `wording` (one edit per LETTERS_PER_EDIT
    letters, rounded up): a word read wholly else is another word, not a misread."""
    read, words = folded.split(), wording.split()
    if len(read) != len(words):
        return False
    limits = [-(-len(word) // LETTERS_PER_EDIT) for word in words]
    return all(_look_alike_distance(r, w, limit) <= limit for r, w, limit in zip(read, words, limits, strict=True))


_AMBIGUOUS = ""  # the key of a label's start that starts labels of different keys


@lru_cache(maxsize=1)
def _label_starts() -> tuple[dict[str, str], dict[str, str]]:
    """Every known wording and every start of one of two words or more ("geografisk plats" of "Geografisk plats
    för investering": a label wrapped in its cell gives its first line alone), folded -> key (_AMBIGUOUS when
    starts of different keys agree), and folded -> its spelling as the template writes it."""
    vocab = vocabulary()
    keys, spellings = dict(vocab.exact), dict(vocab.spellings)
    for folded, spelled in vocab.spellings.items():
        words = spelled.split()
        for n in range(2, len(words)):
            start = _fold_label(" ".join(words[:n]))
            if start in vocab.exact:
                continue
            keys[start] = (
                vocab.exact[folded] if keys.get(start, vocab.exact[folded]) == vocab.exact[folded] else _AMBIGUOUS
            )
            spellings.setdefault(start, " ".join(words[:n]))
    return keys, spellings


@lru_cache(maxsize=1)
def _next_keys() -> dict[str, str]:
    """Key of a template's label -> the key of the label after it in that template (the form's order)."""
    data = json.loads(resources.files("bilagor.extractor").joinpath("templates.json").read_text("utf-8"))
    following: dict[str, str] = {}
    for template in data["templates"]:
        keys = list(dict.fromkeys(template["labels"].values()))
        following.update({key: after for key, after in zip(keys, keys[1:]) if key not in following})
    return following


def next_key(key: str | None) -> str | None:
    """The key of the label a template puts after the label with `key` ("projektnamn" -> "plats"), or None."""
    return _next_keys().get(key) if key else None


_MAX_KEY_LENGTH = 40


def section_key(label: str, form_kind: str | None = None) -> str:
    """Canonical key, else a short slug of the label ("Övrigt" -> "ovrigt").

    A form never gets a key its kind never has (a follow-up's "Behov" is not
    the application's needs analysis); an unknown label's key is at most 40
    characters, cut at a word (the section keeps the full label)."""
    key = known_key(label, form_kind)
    if key and key in vocabulary().never_keys.get(form_kind or "", frozenset()):
        key = None
    # The numbering ('7. Ansvarig enhet') is the field's place, not its meaning.
    return key or _short_slug(_NUMBERING.sub("", label)) or _short_slug(label) or "okand_rubrik"


def _short_slug(label: str) -> str:
    words = slug(label).split("_")
    key = ""
    for word in words:
        longer = f"{key}_{word}" if key else word
        if len(longer) > _MAX_KEY_LENGTH:
            break
        key = longer
    return key or slug(label)[:_MAX_KEY_LENGTH]


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    vocab = vocabulary()
    return frozenset(word for label in vocab.exact for word in re.findall(r"\w+", label))


def is_label_word(word: str) -> bool:
    """Whether a word is one of the known labels' words ('kontaktperson', 'slutresultat')."""
    return _fold_label(word) in _label_words()


def is_known_wording(text: str) -> bool:
    """Whether a label is word for word a template label or a known alias, in any letter case
    ('Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter'): the
    layout takes such a line as a label however long it is."""
    folded = _fold_label(text)
    return bool(folded) and folded in vocabulary().exact


_BULLETS = ("•", "◦", "▪", "●")


def is_label(text: str) -> bool:
    """Whether a line reads as a form label (not a sentence of an answer)."""
    stripped = text.strip()
    if not stripped or stripped.endswith((".", ";")) or len(stripped.split()) > _MAX_LABEL_WORDS:
        return False
    if stripped.startswith(_BULLETS):  # a list's item ("• Målet är att …"), however it begins
        return False
    if re.search(r"[^\W\d]{3}[.!?]\s+[A-ZÅÄÖ]", stripped):  # two sentences: answer text, however it wraps
        return False
    return known_key(stripped) is not None


_TITLE_START_RE = re.compile(r"bilaga\s+\d+\s*[a-z]?\b", re.IGNORECASE)


def is_title_start(text: str) -> bool:
    """'Bilaga 7 - Uppföljning': a line that opens an appendix's title, never a label."""
    return bool(_TITLE_START_RE.match(text.strip()))


_OPTION_MARKS = re.compile(r"[☐☒☑]")


def _ticked_option(text: str) -> str:
    """Of a row of options with exactly one ticked ("☐ Delredovisning ☒ Slutredovisning"), the
    ticked one's caption; any other text as it is."""
    parts = _OPTION_MARKS.split(text)
    marks = _OPTION_MARKS.findall(text)
    ticked = [caption for mark, caption in zip(marks, parts[1:]) if mark != "☐"]
    if len(marks) < 2 or len(ticked) != 1 or parts[0].strip():
        return text
    return ticked[0].strip()


_MARKER_RE = re.compile(r"^(?:[^:]{1,40}:\s*)?[^\w]*(?P<word>\w+)(?:\s+(?:\d{4}(?:-\d{2}-\d{2})?))?[\s.:]*$")


def stage_of(text: str) -> str | None:
    """'Slutredovisning' -> 'slutredovisning' when the text is only a stage marker.

    Also "Slutredovisning 2018", "☒ Delredovisning", "Typ av redovisning:
    Slutredovisning" and a row of options with one ticked ("☐ Delredovisning
    ☒ Slutredovisning"); never a sentence that merely contains the word.
    """
    match = _MARKER_RE.match(fold(_ticked_option(text)))
    return vocabulary().stage_markers.get(match.group("word")) if match else None


def kind_from_keys(keys: list[str]) -> str | None:
    """The form kind whose typical sections dominate, when a title does not say."""
    counts = [(len(set(keys) & typical), kind) for kind, typical in vocabulary().kind_keys]
    best = max(counts, default=(0, None))
    return best[1] if best[0] >= 2 and sum(c == best[0] for c, _ in counts) == 1 else None


def canonical_keys() -> frozenset[str]:
    """Every key a template label, alias or rule can give: the closed set of section keys."""
    vocab = vocabulary()
    return frozenset(vocab.exact.values()) | {rule.key for rule in vocab.rules}
