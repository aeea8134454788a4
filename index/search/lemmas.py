"""A word's lemma and the verb a noun is made from, from a table built off the Swedish Hunspell dictionary.

The Swedish Snowball stemmer relates most forms of a word ("kameror",
"kameran" -> "kamer"), but not those whose stem changes: "klottret" /
"klotter", "fönstren" / "fönster", "säkrare" / "säker", "trakasseras" /
"trakasseri". Two tables beside this file, built at development time from
the dictionary of hunspell-sv (``build_tables``), hold what the stemmer
cannot relate:

- ``sv_forms.tsv``: inflected form -> its lemma(s), only where the form's
  stem differs from the lemma's, and only for lemmas the word-frequency
  lexicon knows (sv_lexicon.tsv); a genitive -s of a listed form is left out
  (looked up without its -s);
- ``sv_derived.tsv``: a noun's stem -> the verb it is made from, where the
  dictionary has both ("städning" -> "städa", "trakasseri" -> "trakassera",
  "reparation" -> "reparera"), for verbs the lexicon knows; and the other way
  round, a verb's stem -> the nouns made from it ("städ" -> "städning").

Both are sorted by their first column (UTF-8 bytes), so a query looks a
word up in place by binary search (``file_lookup``): the search path loads
neither table. Indexing loads them whole (``load_table``); both lookups give
the same answers.

The dictionary is LGPL-3.0 (Göran Andersson, hunspell-sv); the two tables
derived from it are under the same licence (see LEMMAS_LICENSE.txt beside them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

FORMS_PATH = Path(__file__).with_name("sv_forms.tsv")
DERIVED_PATH = Path(__file__).with_name("sv_derived.tsv")
STRONG_PATH = Path(__file__).with_name("sv_strong.tsv")

Lookup = Callable[[str], tuple[str, ...]]


@lru_cache(maxsize=4)
def load_table(path: Path) -> dict[str, tuple[str, ...]]:
    """A whole table: first column -> the comma-separated second (indexing only)."""
    table: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, _, values = line.rstrip("\n").partition("\t")
            table[key] = tuple(values.split(","))
    return table


def _table_lookup(path: Path) -> Lookup:
    table = load_table(path)
    return lambda key: table.get(key, ())


class _SortedFile:
    """Binary search for a key in a file of sorted "key<TAB>values" lines, without reading it whole."""

    # A query's words are looked up several times; a long-running `bilagor serve` sees ever new words, so the
    # memo is emptied when it grows past this many keys rather than growing with every query.
    MAX_REMEMBERED = 4096

    def __init__(self, path: Path):
        self.path = path
        self.size = path.stat().st_size
        self.found: dict[str, tuple[str, ...]] = {}

    def __call__(self, key: str) -> tuple[str, ...]:
        if key not in self.found:
            if len(self.found) >= self.MAX_REMEMBERED:
                self.found.clear()
            self.found[key] = self._search(key)
        return self.found[key]

    def _search(self, key: str) -> tuple[str, ...]:
        wanted = key.encode("utf-8")
        with open(self.path, "rb") as handle:

            def line_after(offset: int) -> bytes:
                """The first whole line that starts after `offset` (the first line for 0)."""
                handle.seek(offset)
                if offset:
                    handle.readline()
                return handle.readline()

            # The smallest offset whose next line has a key >= wanted (the lines are sorted).
            low, high = 0, self.size
            while low < high:
                middle = (low + high) // 2
                line = line_after(middle)
                if not line or line.partition(b"\t")[0] >= wanted:
                    high = middle
                else:
                    low = middle + 1
            found, _, values = line_after(low).rstrip(b"\n").partition(b"\t")
        return tuple(values.decode("utf-8").split(",")) if found == wanted else ()


Lookups = tuple[Lookup, Lookup, Lookup]  # forms, derived, strong


@lru_cache(maxsize=1)
def file_lookup() -> Lookups:
    """(forms, derived, strong) looked up in place: for the search path."""
    return _SortedFile(FORMS_PATH), _SortedFile(DERIVED_PATH), _SortedFile(STRONG_PATH)


@lru_cache(maxsize=1)
def loaded_lookup() -> Lookups:
    """(forms, derived, strong) loaded whole: for indexing."""
    return _table_lookup(FORMS_PATH), _table_lookup(DERIVED_PATH), _table_lookup(STRONG_PATH)


@lru_cache(maxsize=1)
def _stem() -> Callable[[str], str]:
    from whoosh.lang.snowball.swedish import SwedishStemmer

    return SwedishStemmer().stem


# Verb particles that begin a word made from a particle verb ("sönderslagen", "uppbrutna"), which a
# report writes apart after the verb ("slogs sönder"); longest first. Not "över", "under", "in",
# "till": mostly fixed prefixes ("översättare", "inledning").
VERB_PARTICLES = ("tillbaka", "sönder", "bort", "fram", "upp", "ned", "ner", "om", "ut", "av")
# A word ending in a strong verb's form: the form at least this long (not "log" in "dialog"), the
# first part at least this long ("be-" in "bestulen").
MIN_TAIL_FORM = 4
MIN_FIRST_PART = 2


def word_lemmas(word: str, lookup: Lookups | None = None) -> tuple[str, ...]:
    """The lemmas of `word` the stemmer cannot relate to it ("klottret" -> ("klotter",)); () when none.

    A genitive -s is looked up without it ("fönstrets" as "fönstret"). A word that ends in a strong
    verb's form (sv_strong.tsv) has that verb too, with its first part kept ("knivhöggs" ->
    "knivhugga") or, when that is a verb particle, which a report writes apart, left out
    ("sönderslagen" -> "slå": "slogs sönder"), beside the word's own row, which may be the
    dictionary's entry for another form of the same compound ("knivskars": "knivskar", its past)."""
    forms, _, strong = lookup or loaded_lookup()
    found = list(_own_lemmas(word, forms))
    if not word.isalpha():
        return tuple(found)
    for cut in range(MIN_FIRST_PART, len(word) - MIN_TAIL_FORM + 1):
        verbs = strong(word[cut:])
        if verbs:  # the longest strong form that ends the word
            first = word[:cut]
            found += verbs if first in VERB_PARTICLES else (first + verb for verb in verbs)
            break
    return tuple(dict.fromkeys(found))


def _own_lemmas(word: str, forms: Lookup) -> tuple[str, ...]:
    found = forms(word)
    if not found and word.endswith("s") and len(word) > 3:
        found = forms(word[:-1])
    return found


def word_derived(word: str, lookup: Lookups | None = None) -> tuple[str, ...]:
    """The verb a noun is made from, or the nouns made from a verb, of `word` or its lemmas:
    "trakasserier" -> ("trakassera",), "städningen" -> ("städa",), "städade" -> ("städning",)."""
    lookup = lookup or loaded_lookup()
    _, derived, _ = lookup
    stem = _stem()
    own = stem(word)
    found = [other for base in (word, *word_lemmas(word, lookup)) for other in derived(stem(base))]
    return tuple(w for w in dict.fromkeys(found) if stem(w) != own)


def word_family(word: str, lookup: Lookups | None = None) -> tuple[str, ...]:
    """The lemmas of `word` and the words derived from or into it (see word_derived)."""
    return tuple(dict.fromkeys([*word_lemmas(word, lookup), *word_derived(word, lookup)]))


# --- development time: building the tables from hunspell-sv -----------------------------------

_WORD = re.compile(r"[a-zåäöé]+")
# Hunspell flags of the Swedish dictionary that make verb forms (present, past, passive): an
# entry ending in -a with one of them is a verb.
_VERB_FLAGS = frozenset("KLMN")
_ONLY_IN_COMPOUNDS = "Z"
# Flags that derive other words rather than inflect ("satir" -> "satirisk"): no lemma of theirs.
_DERIVING_FLAGS = frozenset("T")
# A noun made from a verb, by its ending -> what the verb has in its place; the first verb the
# dictionary has wins ("räkning" -> "räkna" before "räka"; "städning" -> "städa").
NOUN_OF_VERB = (
    # "tömning" -> "tömma", "stämning" -> "stämma": a verb's -mm- is written single before -ning.
    *(("mning", "mma"), ("ning", "na"), ("ning", "a"), ("ing", "a"), ("ation", "era"), ("ans", "era"), ("ens", "era")),
    *(("eri", "era"), ("else", "a"), ("are", "a"), ("nad", "a"), ("an", "a")),
)
LEMMA_MIN_ZIPF = 2.3  # the lexicon's own floor: every lemma it holds
# Adjectives and participles by their ending ("flyttbar", "halkig", "nedfallen", "aktiv"): kept even
# when the lexicon lacks them, since the stemmer cannot relate their forms ("flyttbart", "nedfallna")
# and such words are made freely, so a frequency list misses most of them.
_ADJECTIVE_LEMMA = re.compile(r"\w{2,}(?:bar|lig|ig|isk|sam|iv|ös|ell|en)")


def _affix_rules(lines: Iterable[str]) -> dict[str, list[tuple[str, str, str, re.Pattern]]]:
    """Suffix rules of a .aff file: flag -> [(strip, add, continuation flags, condition)]."""
    rules: dict[str, list[tuple[str, str, str, re.Pattern]]] = {}
    for line in lines:
        fields = line.split()
        if len(fields) >= 5 and fields[0] == "SFX":
            flag, strip, add, condition = fields[1:5]
            add, _, continuation = add.partition("/")
            rules.setdefault(flag, []).append(
                (
                    "" if strip == "0" else strip,
                    "" if add == "0" else add,
                    continuation,
                    re.compile(f"(?:{condition})$"),
                )
            )
    return rules


def _dictionary_entries(lines: Iterable[str]) -> Iterable[tuple[str, str]]:
    """(word, flags) of a .dic file: lowercase words only (no names, abbreviations or forbidden words)."""
    lines = iter(lines)
    next(lines, None)  # the entry count
    for line in lines:
        word, _, flags = line.strip().partition("/")
        if _WORD.fullmatch(word) and "%" not in flags:
            yield word, flags


def expand(dic_lines: Iterable[str], aff_lines: Iterable[str]):
    """(form -> lemmas, verbs, entries) of a Hunspell dictionary, by its suffix rules."""
    rules = _affix_rules(aff_lines)
    forms: dict[str, set[str]] = {}
    verbs: set[str] = set()
    entries: set[str] = set()
    for word, flags in _dictionary_entries(dic_lines):
        entries.add(word)
        if word.endswith("a") and _VERB_FLAGS & set(flags):
            verbs.add(word)
        for flag in set(flags) - _DERIVING_FLAGS:
            for strip, add, continuation, condition in rules.get(flag, ()):
                if _ONLY_IN_COMPOUNDS in continuation or not word.endswith(strip) or not condition.search(word):
                    continue
                form = word[: len(word) - len(strip)] + add
                if form != word:
                    forms.setdefault(form, set()).add(word)
    return forms, verbs, entries


def form_rows(forms: dict[str, set[str]], lexicon: dict[str, float], stem) -> dict[str, tuple[str, ...]]:
    """The rows of sv_forms.tsv: a form's lemmas whose stem differs from its own, known to the lexicon."""
    rows: dict[str, tuple[str, ...]] = {}
    for form, lemmas in forms.items():
        own = stem(form)
        kept = tuple(
            sorted(
                w
                for w in lemmas
                if (lexicon.get(w, 0.0) >= LEMMA_MIN_ZIPF or _ADJECTIVE_LEMMA.fullmatch(w)) and stem(w) != own
            )
        )
        if kept:
            rows[form] = kept
    # A genitive -s of a listed form with the same lemmas is looked up without its -s.
    return {f: ls for f, ls in rows.items() if not (f.endswith("s") and len(f) > 3 and rows.get(f[:-1]) == ls)}


def derived_rows(entries: set[str], verbs: set[str], lexicon: dict[str, float], stem) -> dict[str, tuple[str, ...]]:
    """The rows of sv_derived.tsv: a noun's stem -> the verb it is made from, and a verb's stem -> the nouns
    made from it. A verb the lexicon knows first ("bokning" -> "boka", not the rare "bokna"); else, for a noun
    the lexicon knows, a verb it lacks or the participle the dictionary lists in its place ("nedskräpning" ->
    "nedskräpad": no "nedskräpa")."""
    rows: dict[str, tuple[str, ...]] = {}

    def verb_of(noun: str, known_verb: bool) -> str | None:
        for ending, verb_ending in NOUN_OF_VERB:
            if noun.endswith(ending) and len(noun) - len(ending) >= 2:
                verb = noun[: -len(ending)] + verb_ending
                if not known_verb and verb not in verbs and verb_ending == "a" and verb[:-1] + "ad" in entries:
                    verb = verb[:-1] + "ad"
                elif verb not in verbs:
                    continue
                if lexicon.get(verb if known_verb else noun, 0.0) >= LEMMA_MIN_ZIPF:
                    return verb
        return None

    for noun in sorted(entries - verbs):
        verb = verb_of(noun, known_verb=True) or verb_of(noun, known_verb=False)
        if verb and stem(verb) != stem(noun):
            rows[stem(noun)] = (*rows.get(stem(noun), ()), verb)
            rows[stem(verb)] = (*rows.get(stem(verb), ()), noun)
    return {key: tuple(dict.fromkeys(words)) for key, words in rows.items()}


def write_table(path: Path, rows: dict[str, tuple[str, ...]]) -> None:
    """Sorted by the key's UTF-8 bytes, as the in-place lookup searches it."""
    keys = sorted(rows, key=lambda key: key.encode("utf-8"))
    path.write_text("".join(f"{key}\t{','.join(rows[key])}\n" for key in keys), encoding="utf-8")


def build_tables(dic_path: Path, aff_path: Path) -> tuple[int, int]:
    """Write sv_forms.tsv and sv_derived.tsv from hunspell-sv's sv_SE.dic and sv_SE.aff (development time:
    `pip download hunspell-sv` and unpack the wheel; see bench/build_lemma_tables.py)."""
    from bilagor.index.search.compounds import load_lexicon

    with open(dic_path, encoding="utf-8") as dic, open(aff_path, encoding="utf-8") as aff:
        forms, verbs, entries = expand(dic, aff)
    lexicon = load_lexicon()
    stem = _stem()
    inflected = form_rows(forms, lexicon, stem)
    derived = derived_rows(entries, verbs, lexicon, stem)
    write_table(FORMS_PATH, inflected)
    write_table(DERIVED_PATH, derived)
    return len(inflected), len(derived)
