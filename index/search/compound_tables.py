"""Compound forms from the Swedish Hunspell dictionary: which first forms stand for which word, and
the parts of the compounds it lists whole.

The word-frequency lexicon (sv_lexicon.tsv) says how common a word is, not whether it may begin a
compound: the splitter refused a three-letter first part unless it was on a hand-made list ("jul",
"sim", "löv", "kyl" were not), took "kvinno-" for a word of its own, and left a compound with a
short, rare head ("liv" + "boj") whole. hunspell-sv says all three: a flag on the words that may
begin a compound (X), the forms that occur only inside one (Z, as entries or made by a suffix
rule), and many compounds listed whole. Two tables beside this file, built at development time
(bench/table_builders.py; hunspell-sv is no dependency), hold what the splitter needs:

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
are LGPL-3.0, as the dictionary they are derived from (LEMMAS_LICENSE.txt). The builders live in
bench/table_builders.py: the runtime only reads the tables.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from bilagor.index.search.lemmas import _SortedFile, load_table

MODIFIERS_PATH = Path(__file__).with_name("sv_modifiers.tsv")
COMPOUNDS_PATH = Path(__file__).with_name("sv_compounds.tsv")

Lookup = Callable[[str], tuple[str, ...]]


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
