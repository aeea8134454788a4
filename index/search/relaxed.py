"""Which of a relaxed search's matches the headline counts.

When no report holds every word, the search matches reports holding any of
them; counting them all is dishonest: for "nya övervakningskameror" five
camera reports and fifty-two that only say "nya" read as "57 träffar". As a
search engine's "Missing: nya" does, the tool says which words the hits hold:
the headline counts the reports holding the query's key word, the rest
are shown after them as "also" with their own count.

The key word is the rarest (most informative, as BM25's idf) of the words the
best reports hold, those holding the most of the words: a rare word held by
a report with one word does not outrank three common words held together
("fontän" against "bänkar papperskorgar torget"), but of words equally many
the rarer one decides ("övervakningskameror" over "nya").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RelaxedSplit:
    key_word: int  # index of the key word in the query's plain words
    headline: frozenset[int]  # doc numbers holding the key word: what the headline and facets count
    words_held: Counter  # doc number -> how many of the words it holds


def split_relaxed(word_docs: Sequence[set[int]]) -> RelaxedSplit | None:
    """The key word and the reports holding it, from each plain word's matching doc numbers
    (in the order typed); None when no word matches anything."""
    held: Counter = Counter()
    for docs in word_docs:
        held.update(docs)
    if not held:
        return None
    most = max(held.values())
    best = {docnum for docnum, count in held.items() if count == most}
    candidates = [i for i, docs in enumerate(word_docs) if docs & best]
    # The rarest; of equally rare words, the one typed first.
    key_word = min(candidates, key=lambda i: (len(word_docs[i]), i))
    return RelaxedSplit(key_word, frozenset(word_docs[key_word]), held)
