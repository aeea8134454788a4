"""Words a user takes for the same thing in these reports: each finds the others.

Only true synonyms of the domain, few and listed by hand: a playground is
"lekplats" or "lekpark", camera surveillance "kameraövervakning" or
"kamerabevakning", a cycle path "cykelväg" or "cykelbana", damage done on
purpose "skadegörelse" or "vandalisering". Applied to the query (the index is
unchanged): a query word in any inflection of one of them ("lekparken",
"cykelbanor"; the query finds the base form) also searches the others' base
words, weighted below the word itself so that reports using the user's own
word rank first. No lexicon: the words are stemmed by the field's own analyzer.
"""

from __future__ import annotations

from collections.abc import Callable

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("lekplats", "lekpark"),
    ("kameraövervakning", "kamerabevakning"),
    ("cykelväg", "cykelbana"),
    ("skadegörelse", "vandalisering"),
)
# The first letters every term of a group's words starts with (a word's stem keeps them):
# a query term that starts otherwise needs no look-up.
SYNONYM_PREFIXES = tuple(sorted({word[:5] for group in SYNONYM_GROUPS for word in group}))
# The weight of a synonym's term against the word's own (1.0).
SYNONYM_WEIGHT = 0.6


def synonym_terms(stem: Callable[[str], str | None]) -> dict[str, list[str]]:
    """The term of each group word -> the terms of the others, with `stem` the field's query analysis.

    Only the base words: the query finds a word's base form before it looks here."""
    found: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS:
        terms = {word: stem(word) for word in group}
        for word, term in terms.items():
            if term:
                found[term] = [t for w, t in terms.items() if w != word and t and t != term]
    return found
