"""Swedish analyzers for the search index.

Two text analyzers share one tokenizer that keeps numbers whole ("2,6",
"1 650 000" -> "1650000"):
- ``stemmed_analyzer``: lowercase, Swedish stop words, then at index time
  only: compound parts beside the whole word, the forms the stemmer cannot
  relate ("torget" also as "torg", "tunneln" and "tunnlar" as "tunnel",
  "tunnel" as "tunnlar", "klottret" as "klotter" by the lemma table of
  lemmas.py) and an accent-folded twin of each word with å/ä/ö
  (so "kameraovervakningen" finds "kameraövervakningen"); then the Swedish
  Snowball stemmer.
- ``folded_analyzer``: lowercase, stop words, accents folded, no stemming and
  no compound parts: the words as written, for quoted phrases ("Sodermalm"
  finds "Södermalm", "kamera*" finds "kameror").
At index time both run as an ``IndexTermsAnalyzer``: every step after the
tokenizer acts on one token at a time, so the terms of each distinct token
text are worked out once and cached.
And ``keyword_analyzer`` for district and organisation names: the whole value
folded to one token ("Enskede-Årsta-Vantör" -> "enskede-arsta-vantor").

ANALYSIS_VERSION is part of the index's schema version: change it and every
archive rebuilds its index on the next open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.lang.snowball.swedish import SwedishStemmer
from whoosh.lang.stopwords import stoplists

from bilagor.extractor.text import fold as _fold_text
from bilagor.extractor.districts import name_key
from bilagor.index.search.compounds import LEXICON_VERSION, base_form, index_parts, syncopated_plural
from bilagor.index.search.lemmas import word_lemmas

ANALYSIS_VERSION = f"2.{LEXICON_VERSION}"

_SPACES = "\u0020\u00a0\u2009\u202f"
# Numbers first: grouped thousands ("1 650 000", any space kind, optional
# decimals), then decimals/ordinals ("2,6", "1.5.3"), then words ("S:t").
TOKEN_PATTERN = (
    rf"(?<![\d,.])\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?![\d])(?:,\d+)?"
    r"|\d+(?:[.,:]\d+)*"
    r"|[^\W\d_]+(?::[^\W\d_]+)?"
)
_NUMBER_SPACES = re.compile(rf"(?<=\d)[{_SPACES}](?=\d)")

# Words repeat across reports, and indexing folds each one several times.
fold = lru_cache(maxsize=200_000)(_fold_text)
_stem = lru_cache(maxsize=200_000)(SwedishStemmer().stem)

STOP_WORDS = frozenset(stoplists["sv"]) | frozenset(fold(w) for w in stoplists["sv"])


def squeeze_number(text: str) -> str:
    """'1 650 000' -> '1650000' (spaces between digits removed)."""
    return _NUMBER_SPACES.sub("", text)


class NumberFilter(Filter):
    """Drop the thousands spaces inside number tokens."""

    def __call__(self, tokens):
        for t in tokens:
            if t.text[:1].isdigit():
                t.text = squeeze_number(t.text)
            yield t


class _IndexVariantFilter(Filter):
    """At index time, add variants of a word at the same position and characters."""

    def variants(self, text: str) -> list[str]:
        raise NotImplementedError

    def weighted_variants(self, text: str) -> list[tuple[str, float]]:
        """The variants with their weight against the word's own (1.0)."""
        return [(variant, 1.0) for variant in self.variants(text)]

    def __call__(self, tokens):
        for t in tokens:
            original, boost = t.text, t.boost  # before yielding: later filters change t.text in place
            yield t
            if t.mode == "index" and not t.stopped:
                for variant, weight in self.weighted_variants(original):
                    t.text, t.boost = variant, boost * weight
                    yield t
                t.text, t.boost = original, boost


class CompoundFilter(_IndexVariantFilter):
    """A compound's parts and theirs: "trygghetsbelysning" also as "trygghet", "belysning"."""

    def variants(self, text: str) -> list[str]:
        return index_parts(text)


# The weight of a form's lemma from the table against the form itself, in the index.
LEMMA_WEIGHT = 0.5


class BaseFormFilter(_IndexVariantFilter):
    """Forms the stemmer cannot relate: "torget" also as "torg", "tunnlar" as "tunnel",
    and "tunnel" as "tunnlar" (whose stem a plural query looks for); and a form's lemma from
    the dictionary's table ("klottret" as "klotter", "säkrare" as "säker"), which a query
    looks up too."""

    def weighted_variants(self, text: str) -> list[tuple[str, float]]:
        base = base_form(text)
        plural = syncopated_plural(base or text)  # "tunneln" -> "tunnel" -> "tunnlar"
        forms = [(form, 1.0) for form in dict.fromkeys((base, plural)) if form and form != text]
        # A lemma weighs less than the word itself: a report with the word as typed ranks first, and
        # a lemma the dictionary's rules made too freely ("helgnätter" as "nät") counts little.
        # A lemma the stemmer makes the same term of adds nothing ("knivhuggen": "knivhugga").
        known = {form for form, _ in forms}
        own = _stem(text)
        return forms + [
            (lemma, LEMMA_WEIGHT)
            for lemma in word_lemmas(text)
            if lemma != text and lemma not in known and _stem(lemma) != own
        ]


class FoldVariantFilter(_IndexVariantFilter):
    """The accent-folded form of words with å/ä/ö/é."""

    def variants(self, text: str) -> list[str]:
        folded = fold(text)
        return [folded] if folded != text else []


class FoldFilter(Filter):
    """Replace each token by its accent-folded form."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class WholeValueFolder(Filter):
    """One token per value: folded, spaces and dashes as single '-'."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = keyword_value(t.text)
            if t.text:
                yield t


def _words():
    """The steps both text analyzers share: tokens, numbers, case, stop words."""
    return (
        RegexTokenizer(TOKEN_PATTERN) | NumberFilter() | LowercaseFilter() | StopFilter(stoplist=STOP_WORDS, minsize=1)
    )


def stemmed_analyzer():
    return _words() | CompoundFilter() | BaseFormFilter() | FoldVariantFilter() | StemFilter(lang="sv")


def folded_analyzer():
    # No compound parts: a quoted phrase must match the words as written, so "ny belysning"
    # is not found in "ny trygghetsbelysning" (the stemmed fields still find the parts).
    return _words() | FoldFilter()


# Distinct token texts whose index terms are kept per analyzer: most of a
# report's words recur, and the cap keeps a long import's memory flat.
INDEX_TERMS_CACHE = 50_000
# One cache per chain: each index writer unpickles its own copy of the
# schema's analyzers, and they should not start cold.
_TERM_CACHES: dict[tuple[str, int], Callable[[str], tuple]] = {}


def chain_key(chain) -> str:
    """Names every step of a chain with its settings, the same for equal copies."""

    def setting(value):
        return sorted(value) if isinstance(value, (set, frozenset)) else value

    return repr(
        [
            (type(step).__qualname__, sorted((k, setting(v)) for k, v in vars(step).items() if not k.startswith("_")))
            for step in chain.items
        ]
    )


class IndexTermsAnalyzer(Analyzer):
    """A tokenizer-and-filters chain, run once per distinct token text at index time.

    Every filter in the chains above looks at one token at a time, so the
    terms a token gives depend only on its text; the tokens come out as the
    chain's would (same texts, same positions). Any other call (queries,
    character offsets, stop words kept) goes to the chain itself.
    """

    def __init__(self, chain, cache_size: int = INDEX_TERMS_CACHE):
        tokenizer = chain.items[0]
        if not isinstance(tokenizer, RegexTokenizer) or tokenizer.gaps:
            raise ValueError("IndexTermsAnalyzer needs a chain that starts with a matching RegexTokenizer")
        self.chain = chain
        self.cache_size = cache_size
        self._make_cache()

    def _make_cache(self) -> None:
        key = (chain_key(self.chain), self.cache_size)
        if key not in _TERM_CACHES:
            _TERM_CACHES[key] = lru_cache(maxsize=self.cache_size)(self._chain_terms)
        self.token_terms = _TERM_CACHES[key]

    # The schema (with its analyzers) is pickled into the index: not the cache.
    def __getstate__(self):
        return {"chain": self.chain, "cache_size": self.cache_size}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._make_cache()

    def __eq__(self, other):
        return type(other) is type(self) and other.chain == self.chain

    def __repr__(self):
        return f"IndexTermsAnalyzer({self.chain!r})"

    def has_morph(self):
        return self.chain.has_morph()

    def _chain_terms(self, text: str) -> tuple[tuple[str, float], ...]:
        """The index terms of one token text with their weights, by the chain's filters; () for a stop word."""
        token = Token(positions=True, mode="index")
        token.text, token.pos, token.boost, token.stopped = text, 0, 1.0, False
        tokens = iter([token])
        for step in self.chain.items[1:]:
            tokens = step(tokens)
        return tuple((t.text, t.boost) for t in tokens)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        if mode != "index" or chars or keeporiginal or not removestops or not tokenize or kwargs.get("no_morph"):
            return self.chain(
                value,
                positions=positions,
                chars=chars,
                keeporiginal=keeporiginal,
                removestops=removestops,
                start_pos=start_pos,
                start_char=start_char,
                tokenize=tokenize,
                mode=mode,
                **kwargs,
            )
        return self._index_tokens(value, positions, start_pos, kwargs)

    def _index_tokens(self, value, positions, start_pos, kwargs):
        token = Token(positions, False, removestops=True, mode="index", **kwargs)
        token.boost, token.stopped = 1.0, False
        token_terms = self.token_terms
        pos = None
        for number, match in enumerate(self.chain.items[0].expression.finditer(value)):
            terms = token_terms(match.group())
            if not terms:
                continue  # a stop word: dropped, and (like StopFilter) it takes no position
            if positions:
                pos = start_pos + number if pos is None else pos + 1
                token.pos = pos
            for text, boost in terms:
                token.text, token.boost = text, boost
                yield token


def keyword_analyzer():
    """Values separated by newlines, each kept whole and folded."""
    return RegexTokenizer(r"[^\n]+") | WholeValueFolder()


def keyword_value(text: str) -> str:
    """The token keyword_analyzer makes of one value."""
    return name_key(text)
