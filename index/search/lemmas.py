"""A word's lemma and the verb a noun is made from, from a table built off the Swedish Hunspell dictionary.

The Swedish Snowball stemmer relates most forms of a word ("kameror",
"kameran" -> "kamer"), but not those whose stem changes: "klottret" /
"klotter", "fönstren" / "fönster", "säkrare" / "säker", "trakasseras" /
"trakasseri". Two tables beside this file, built at development time from
the dictionary of hunspell-sv (bench/table_builders.py), hold what the stemmer
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

from collections.abc import Callable
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
