"""Words a user takes for the same thing in these reports: each finds the others.

Only true synonyms of the domain, few and listed by hand: a playground is
"lekplats" or "lekpark", camera surveillance "kameraövervakning" or
"kamerabevakning", a cycle path "cykelväg" or "cykelbana". Applied to the
query (the index is unchanged): a query word in any common inflection of one
of them ("lekparken", "cykelbanor") also searches the others' base words,
weighted below the word itself so that reports using the user's own word rank
first. No lexicon: the words are stemmed by the field's own analyzer.
"""

from __future__ import annotations

from collections.abc import Callable

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("lekplats", "lekpark"),
    ("kameraövervakning", "kamerabevakning"),
    ("cykelväg", "cykelbana"),
)
# The first letters every term of a group's words starts with (a word's stem keeps them):
# a query term that starts otherwise needs no look-up.
SYNONYM_PREFIXES = tuple(sorted({word[:5] for group in SYNONYM_GROUPS for word in group}))
# The weight of a synonym's term against the word's own (1.0).
SYNONYM_WEIGHT = 0.6
# Endings a query word may carry: definite, plural, both, genitive.
_ENDINGS = ("", "en", "et", "n", "ar", "er", "or", "arna", "erna", "orna", "na", "s", "ens", "ets", "ns")


def _forms(word: str) -> list[str]:
    """`word` in its common inflections ("cykelbana": "cykelbanan", "cykelbanor", "cykelbanorna")."""
    stems = [word, word[:-1]] if word.endswith(("a", "e")) else [word]
    return [stem + ending for stem in stems for ending in _ENDINGS]


def synonym_terms(stem: Callable[[str], str | None]) -> dict[str, list[str]]:
    """Query term -> the terms of its synonyms' base words, with `stem` the field's query analysis."""
    found: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS:
        bases = {word: stem(word) for word in group}
        for word in group:
            others = [t for w, t in bases.items() if w != word and t and t != bases[word]]
            for form in _forms(word):
                term = stem(form)
                if term and others:
                    found.setdefault(term, [])
                    found[term].extend(t for t in others if t not in found[term] and t != term)
    return found
