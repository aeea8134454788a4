"""Compound forms from the Swedish Hunspell dictionary: which first forms stand for which word, and
the parts of the compounds it lists whole.

The word-frequency lexicon (sv_lexicon.tsv) says how common a word is, not whether it may begin a
compound: the splitter refused a three-letter first part unless it was on a hand-made list ("jul",
"sim", "löv", "kyl" were not), took "kvinno-" for a word of its own, and left a compound with a
short, rare head ("liv" + "boj") whole. hunspell-sv says all three: a flag on the words that may
begin a compound (X), the forms that occur only inside one (Z, as entries or made by a suffix
rule), and many compounds listed whole. Two tables beside this file, built at development time
(``build_compound_tables``; hunspell-sv is no dependency), hold what the splitter needs:

- ``sv_modifiers.tsv``: a compound's first form -> the word(s) it stands for: compound-only forms
  ("kvinno" -> "kvinna", "källar" -> "källare", "skatte" -> "skatt"; not a bare linking -s-, which
  the splitter strips itself) and the three-letter nouns that begin compounds ("jul" -> "jul"),
  not adjectives, verbs or function words ("röd", "man");
- ``sv_compounds.tsv``: a compound the dictionary lists whole and the lexicon splitter leaves
  whole -> its modifier's word and its head ("livboj" -> "liv", "boj"; "kylskåp" -> "kyl", "skåp"),
  only when the head inflects as the compound does (a noun whose inflection flags the compound
  carries too: not "ram" + "lås" for "ramlås", whose plural differs) and is more frequent than the
  whole word ("bilaga" is no "bil" + "aga").

Both are sorted by their first column and looked up in place (the search path loads neither); both
are LGPL-3.0, as the dictionary they are derived from (LEMMAS_LICENSE.txt).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from bilagor.index.search.lemmas import _affix_rules, _dictionary_entries, _SortedFile, load_table, write_table

MODIFIERS_PATH = Path(__file__).with_name("sv_modifiers.tsv")
COMPOUNDS_PATH = Path(__file__).with_name("sv_compounds.tsv")

Lookup = Callable[[str], tuple[str, ...]]

# hunspell-sv's flags (sv_SE.aff): may begin a compound, may end one, occurs only inside one.
BEGINS_COMPOUNDS = "X"
ENDS_COMPOUNDS = "Y"
ONLY_IN_COMPOUNDS = "Z"
# Suffix flags of the dictionary's noun paradigms, and those of verbs and adjectives: a noun has one
# of the first and none of the second ("jul/AbDGX", not "röd/bOPQX" or "dum/KLMXY").
NOUN_FLAGS = frozenset("ABCDEFGHIJ")
OTHER_WORD_CLASS_FLAGS = frozenset("KLMNOPQ")
SHORT_MODIFIER = 3  # letters: the short first parts the splitter refuses unless a table says otherwise
COMMON_WORD_ZIPF = 4.0
MIN_MODIFIER_ZIPF = 2.3  # the lexicon's own floor: a three-letter modifier the lexicon knows at all
MIN_LISTED = 6  # letters of a listed compound worth a row
MIN_PART = 3


def dictionary_entries(dic_lines: Iterable[str], aff_lines: Iterable[str]) -> dict[str, set[str]]:
    """Word -> its flags, for the .dic entries and the compound-only forms the suffix rules make
    (flagged Z, as a .dic entry of that form would be); the form's word in its flag ".word"."""
    rules = _affix_rules(aff_lines)
    entries: dict[str, set[str]] = {}
    for word, written_flags in _dictionary_entries(dic_lines):
        entries.setdefault(word, set()).update(written_flags)
    forms: dict[str, set[str]] = {}
    for word, flags in entries.items():
        for flag in flags:
            for strip, add, continuation, condition in rules.get(flag, ()):
                if ONLY_IN_COMPOUNDS in continuation and word.endswith(strip) and condition.search(word):
                    form = word[: len(word) - len(strip)] + add
                    # Not a word of its own, nor a bare linking -s-, which the splitter strips itself.
                    if form not in entries and form != word + "s":
                        forms.setdefault(form, {ONLY_IN_COMPOUNDS}).add("." + word)
    return entries | forms


def _is_noun(flags: set[str]) -> bool:
    return bool(flags & NOUN_FLAGS) and not flags & OTHER_WORD_CLASS_FLAGS


def _base_of_form(form: str, flags: set[str], entries: dict[str, set[str]], lexicon: dict[str, float]) -> str | None:
    """The word a compound-only form stands for: the one its suffix rule made it from, else the entry
    its ending points to ("kvinno" -> "kvinna", "källar" -> "källare", "skatte" -> "skatt"), the most
    frequent of several."""
    made_from = [f[1:] for f in flags if f.startswith(".")]
    by_ending = (
        form + "a",
        form + "e",
        form[:-1] + "a" if form[-1] in "eou" else "",
        form[:-1] if form[-1] == "e" else "",
    )
    candidates = [*made_from, *(b for b in by_ending if b in entries and ONLY_IN_COMPOUNDS not in entries[b])]
    return max(candidates, key=lambda base: (lexicon.get(base, 0.0), -len(base)), default=None)


def modifier_rows(entries: dict[str, set[str]], lexicon: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """The rows of sv_modifiers.tsv: a compound-only form -> its word; a three-letter noun that
    begins compounds (and the lexicon knows) -> itself."""
    from bilagor.index.search.compounds import _FUNCTION_WORDS, SHORT_NOT_PARTS

    rows: dict[str, tuple[str, ...]] = {}
    for word, flags in entries.items():
        if word in _FUNCTION_WORDS or word in SHORT_NOT_PARTS:
            continue  # "mot" is no form of "mota"
        if ONLY_IN_COMPOUNDS in flags and len(word) >= MIN_PART:
            if word.endswith("s") or flags & (NOUN_FLAGS | OTHER_WORD_CLASS_FLAGS):
                continue  # a linking -s- ("tings", "hyres"), or a word of its own too ("tanke", "färsk")
            base = _base_of_form(word, flags, entries, lexicon)
            # Not a common word of its own that a suffix rule happens to make too ("tanke", "allmän").
            if base and not lexicon.get(word, 0.0) >= max(COMMON_WORD_ZIPF, lexicon.get(base, 0.0)):
                rows[word] = (base,)
        elif (
            BEGINS_COMPOUNDS in flags
            and len(word) == SHORT_MODIFIER
            and _is_noun(flags)
            and word not in SHORT_NOT_PARTS
            and lexicon.get(word, 0.0) >= MIN_MODIFIER_ZIPF
        ):
            rows[word] = (word,)
    return rows


def _noun_flags(flags: set[str]) -> set[str]:
    return flags & NOUN_FLAGS


def listed_rows(
    entries: dict[str, set[str]],
    lexicon: dict[str, float],
    modifiers: dict[str, tuple[str, ...]],
    split: Callable[[str], list[str]],
) -> dict[str, tuple[str, ...]]:
    """The rows of sv_compounds.tsv: a noun the dictionary lists whole, which `split` (the lexicon
    splitter) leaves whole -> (its modifier's word, its head). The modifier: a form of the modifier
    table, or a word of 4+ letters that begins compounds (a linking -s- aside); the head: a noun
    entry (or one that ends compounds) whose inflection flags the compound has too, more frequent
    than the compound. Of several, the longest head."""
    from bilagor.index.search.compounds import NOT_PARTS, SHORT_NOT_PARTS

    def modifier_word(written: str) -> str | None:
        if written in modifiers:
            return modifiers[written][0]
        for form in (written, written[:-1] if written.endswith("s") else ""):
            if len(form) > SHORT_MODIFIER and BEGINS_COMPOUNDS in entries.get(form, ()):
                return form
        return None

    rows: dict[str, tuple[str, ...]] = {}
    for word, flags in entries.items():
        if len(word) < MIN_LISTED or ONLY_IN_COMPOUNDS in flags or not flags & NOUN_FLAGS:
            continue
        whole = lexicon.get(word, 0.0)
        best: tuple[int, tuple[str, str]] | None = None
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head = word[cut:]
            head_flags = entries.get(head)
            if not head_flags or head in NOT_PARTS or head in SHORT_NOT_PARTS or ONLY_IN_COMPOUNDS in head_flags:
                continue
            if head_flags & OTHER_WORD_CLASS_FLAGS or not (head_flags & NOUN_FLAGS or ENDS_COMPOUNDS in head_flags):
                continue
            if not _noun_flags(head_flags) <= _noun_flags(flags) or (whole and whole >= lexicon.get(head, 0.0)):
                continue
            modifier = modifier_word(word[:cut])
            if modifier and (best is None or len(head) > best[0]):
                best = (len(head), (modifier, head))
        if best and not split(word):
            rows[word] = best[1]
    return rows


def build_compound_tables(dic_path: Path, aff_path: Path) -> tuple[int, int]:
    """Write sv_modifiers.tsv, then sv_compounds.tsv against the splitter that reads it (development
    time: see bench/build_lemma_tables.py)."""
    from bilagor.index.search import compounds

    with open(dic_path, encoding="utf-8") as dic, open(aff_path, encoding="utf-8") as aff:
        entries = dictionary_entries(dic, aff)
    lexicon = compounds.load_lexicon()
    modifiers = modifier_rows(entries, lexicon)
    write_table(MODIFIERS_PATH, modifiers)
    load_table.cache_clear()
    file_lookup.cache_clear()
    loaded_modifiers.cache_clear()
    compounds.clear_caches()
    listed = listed_rows(entries, lexicon, modifiers, split=lambda word: compounds.split_compound(word, lexicon))
    write_table(COMPOUNDS_PATH, listed)
    load_table.cache_clear()
    loaded_compounds.cache_clear()
    return len(modifiers), len(listed)


# --- lookups -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def file_lookup() -> tuple[Lookup, Lookup]:
    """(modifiers, compounds) looked up in place: for the search path."""
    return _SortedFile(MODIFIERS_PATH), _SortedFile(COMPOUNDS_PATH)


@lru_cache(maxsize=1)
def loaded_modifiers() -> dict[str, tuple[str, ...]]:
    """The modifier table whole (a few thousand rows): for indexing."""
    return load_table(MODIFIERS_PATH) if MODIFIERS_PATH.exists() else {}


@lru_cache(maxsize=1)
def loaded_compounds() -> dict[str, tuple[str, ...]]:
    """The listed compounds whole (some 125 kB): for indexing."""
    return load_table(COMPOUNDS_PATH) if COMPOUNDS_PATH.exists() else {}


def modifier_words(written: str, lookup: Lookup | None = None) -> tuple[str, ...]:
    """The word(s) a compound's first form stands for by the dictionary ("kvinno" -> ("kvinna",),
    "jul" -> ("jul",)); () when the dictionary says nothing of it."""
    if lookup is not None:
        return lookup(written)
    return loaded_modifiers().get(written, ())


def listed_parts(word: str, lookup: Lookup | None = None) -> tuple[str, ...]:
    """The parts of a compound the dictionary lists whole, in any of its forms ("livbojarna" ->
    ("liv", "boj")): the word or a base its ending points to; () when none."""
    from bilagor.index.search.compounds import inflection_bases

    if lookup is None:
        table = loaded_compounds()
        lookup = lambda key: table.get(key, ())  # noqa: E731
    for form in (word, *inflection_bases(word, heads=True)):
        found = lookup(form)
        if found:
            return found
    return ()
