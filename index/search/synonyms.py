"""Near-terms of the domain: words a user takes for the same thing in these reports, each finds the others.

The groups are a curated, documented thesaurus file (``sv_thesaurus.txt`` beside this module,
base forms, one group a line): a playground is "lekplats" or "lekpark", graffiti "graffiti" or
"klotter", girls "tjejer" or "flickor". Applied to the query (the index is unchanged): a query
word in any inflection of one of them ("lekparken", "cykelbanor", "klottret"; the query finds
the base form) also searches the others' base words, weighted below the word itself so that
reports using the user's own word rank first. No lexicon: the words are stemmed by the field's
own analyzer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

THESAURUS_PATH = Path(__file__).with_name("sv_thesaurus.txt")
# The weight of a synonym's term against the word's own (1.0).
SYNONYM_WEIGHT = 0.6


@lru_cache(maxsize=1)
def synonym_groups(path: Path = THESAURUS_PATH) -> tuple[tuple[str, ...], ...]:
    """The thesaurus file's groups: one a line, words separated by spaces; '#' starts a comment."""
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = tuple(dict.fromkeys(line.partition("#")[0].lower().split()))
        if len(words) > 1:
            groups.append(words)
    return tuple(groups)


SYNONYM_GROUPS = synonym_groups()
# The first letters every term of a group's words starts with (a word's stem keeps them):
# a query term that starts otherwise needs no look-up.
SYNONYM_PREFIXES = tuple(sorted({word[:4] for group in SYNONYM_GROUPS for word in group}))


def synonym_terms(stem: Callable[[str], str | None]) -> dict[str, list[str]]:
    """The term of each group word -> the terms of the others, with `stem` the field's query analysis.

    Only the base words: the query finds a word's base form before it looks here. A word in two
    groups finds the others of both."""
    found: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS:
        terms = {word: stem(word) for word in group}
        for word, term in terms.items():
            if term:
                others = [t for w, t in terms.items() if w != word and t and t != term]
                found[term] = list(dict.fromkeys([*found.get(term, []), *others]))
    return found
