"""Swedish analyzers for the search index.

Two text analyzers share one tokenizer that keeps numbers whole ("2,6",
"1 650 000" -> "1650000"):
- ``stemmed_analyzer``: lowercase, Swedish stop words, then at index time
  only: compound parts beside the whole word, the base of definite forms the
  stemmer misses ("torget" also as "torg", "tunneln" as "tunnel") and an
  accent-folded twin of each word with å/ä/ö (so "kameraovervakningen" finds
  "kameraövervakningen"); then the Swedish Snowball stemmer.
- ``folded_analyzer``: lowercase, stop words, compound parts, accents folded,
  no stemming ("Sodermalm" finds "Södermalm", "kamera*" finds "kameror").
And ``keyword_analyzer`` for district and organisation names: the whole value
folded to one token ("Enskede-Årsta-Vantör" -> "enskede-arsta-vantor").

ANALYSIS_VERSION is part of the index's schema version: change it and every
archive rebuilds its index on the next open.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.stopwords import stoplists

from bilagor.extractor.districts import fold as _fold_text
from bilagor.index.compounds import LEXICON_VERSION, indefinite_form, split_compound

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

    def __call__(self, tokens):
        for t in tokens:
            original = t.text  # before yielding: later filters change t.text in place
            yield t
            if t.mode == "index" and not t.stopped:
                for variant in self.variants(original):
                    t.text = variant
                    yield t
                t.text = original


class CompoundFilter(_IndexVariantFilter):
    """A compound's parts: "trygghetsbelysning" also as "trygghet", "belysning"."""

    def variants(self, text: str) -> list[str]:
        return split_compound(text)


class IndefiniteFilter(_IndexVariantFilter):
    """The base of definite forms the stemmer misses: "torget" also as "torg"."""

    def variants(self, text: str) -> list[str]:
        base = indefinite_form(text)
        return [base] if base else []


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
            t.text = re.sub(r"[\s\-–]+", "-", fold(t.text).strip())
            if t.text:
                yield t


def _words():
    """The steps both text analyzers share: tokens, numbers, case, stop words, compound parts."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | NumberFilter()
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | CompoundFilter()
    )


def stemmed_analyzer():
    return _words() | IndefiniteFilter() | FoldVariantFilter() | StemFilter(lang="sv")


def folded_analyzer():
    return _words() | FoldFilter()


def keyword_analyzer():
    """Values separated by newlines, each kept whole and folded."""
    return RegexTokenizer(r"[^\n]+") | WholeValueFolder()


def keyword_value(text: str) -> str:
    """The token keyword_analyzer makes of one value."""
    return re.sub(r"[\s\-–]+", "-", fold(text).strip())
