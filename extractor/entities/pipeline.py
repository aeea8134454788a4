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
from bilagor.extractor.entities.role_cues import FRAME, find_cues

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


# A total's own line or sentence right after its cost lines ("… projektledning 35 000 kr. Summa 340 000 kr."):
# read in one sentence with them, so the lines are seen as its parts (roles._parts_of_totals) and the total
# as the figure of the lines (roles.total_role).
_TOTAL_WORDS = frozenset({"summa", "totalt", "sammanlagt", "slutsumma"})
_LINE_TOKENS = 20  # a longer sentence is no cost line
_LINES = 8  # how many cost lines before a total are joined to it


@Language.component("bilagor_totals")
def total_component(doc: Doc) -> Doc:
    """Joins a sentence that opens with a total label to the cost lines right before it: sentences that
    hold money and no verb or frame of a role ("Vi fick 50 000 kr" is no line), short ones beyond the nearest."""
    money = [s.start_char for s in doc.spans[MONEY_SPANS]]
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        if i == 0 or sent[0].lower_ not in _TOTAL_WORDS:
            continue
        for back in range(i, max(0, i - _LINES), -1):
            line = sents[back - 1]
            if (
                not any(line.start_char <= m < line.end_char for m in money)
                or (back < i and len(line) > _LINE_TOKENS)
                or any(c.rank >= FRAME for c in find_cues(line.text))
            ):
                break
            sents[back][0].is_sent_start = False
    return doc


@Language.component("bilagor_districts")
def district_component(doc: Doc) -> Doc:
    """District committees by the grammar the metadata uses too (districts/committees.py), as ORG
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
# Abbreviated money labels ("Kostn. ca 28 tkr", "Bev. bel. 40 000 kr"): their dot ends no sentence either
# (role_abbreviations reads them as their words).
for _word in (
    "kostn.",
    "bud.",
    "budg.",
    "bev.",
    "bel.",
    "tot.",
    "utf.",
    "progn.",
    "avv.",
    "kalk.",
    "ber.",
    "förbr.",
    "återbet.",
):
    _SPECIAL_CASES[_word] = [{ORTH: _word}]
    _SPECIAL_CASES[_word.capitalize()] = [{ORTH: _word.capitalize()}]


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
    nlp.add_pipe("bilagor_totals")
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
