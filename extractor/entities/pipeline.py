"""The spaCy pipeline, built once per process.

spacy.blank("sv") + sentencizer + an EntityRuler for organisations + a money
component that marks MONEY spans (value on Span._.money). Importing this
module imports spaCy, so only the entity functions import it, lazily.
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from typing import cast

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from bilagor.extractor.districts import committee_mentions, plural_committee_mentions
from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.organisations import DISTRICT_ID, ruler_patterns

MODEL_ENV = "BILAGOR_SPACY_MODEL"
MONEY_SPANS = "money"
BARE_NUMBERS_KEY = "bilagor_bare_numbers"  # Doc.user_data flag: the text is an amount field

if not Span.has_extension("money"):
    Span.set_extension("money", default=None)  # the MoneyMatch behind a MONEY span


@Language.component("bilagor_money")
def money_component(doc: Doc) -> Doc:
    spans = []
    for match in find_money(doc.text, bare=bool(doc.user_data.get(BARE_NUMBERS_KEY))):
        span = doc.char_span(match.start, match.end, label="MONEY", alignment_mode="expand")
        if span is not None:
            span._.money = match
            spans.append(span)
    doc.spans[MONEY_SPANS] = spans
    return doc


@Language.component("bilagor_districts")
def district_component(doc: Doc) -> Doc:
    """District committees by the grammar the metadata uses too (districts.py), as ORG
    entities; the EntityRuler after it leaves their spans alone."""
    spans: list[Span] = []
    named = sorted(committee_mentions(doc.text) + plural_committee_mentions(doc.text), key=lambda m: (m.start, -m.end))
    for mention in named:
        span = doc.char_span(
            mention.start, mention.end, label="ORG", alignment_mode="expand", span_id=DISTRICT_ID + mention.district
        )
        if span is not None and not (spans and span.start < spans[-1].end):
            spans.append(span)
    doc.ents = spans
    return doc


# Abbreviations whose dot must not end a sentence, and "kr." whose dot must.
_SPECIAL_CASES = {
    "ca.": [{ORTH: "ca."}],
    "Ca.": [{ORTH: "Ca."}],
    "c:a": [{ORTH: "c:a"}],
    "milj.": [{ORTH: "milj."}],
    "inkl.": [{ORTH: "inkl."}],
    "exkl.": [{ORTH: "exkl."}],
    "kr.": [{ORTH: "kr"}, {ORTH: "."}],
    "resp.": [{ORTH: "resp."}],
    "tel.": [{ORTH: "tel."}],
}


@lru_cache(maxsize=4)
def build_pipeline(model: str | None = None) -> Language:
    """The rule pipeline. Cached: every call with the same model returns one object."""
    nlp = spacy.blank("sv")
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for text, tokens in _SPECIAL_CASES.items():
        tokenizer.add_special_case(text, tokens)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("bilagor_districts")
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False}))
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("bilagor_money")
    return nlp


def model_name(model: str | None = None) -> str | None:
    """The optional trained model asked for by argument or BILAGOR_SPACY_MODEL."""
    return model or os.environ.get(MODEL_ENV) or None


@lru_cache(maxsize=4)
def load_model(name: str) -> Language | None:
    """A trained spaCy model for extra ORG candidates; None (with a warning) if missing."""
    try:
        return spacy.load(name, exclude=["lemmatizer"])
    except (OSError, ImportError) as exc:
        warnings.warn(
            f"spaCy-modellen {name!r} är inte installerad ({exc.__class__.__name__}); "
            "organisationer hittas bara med registret och reglerna",
            stacklevel=2,
        )
        return None
