"""A learned second opinion on amount roles: an experiment kept with its training script (bench/),
NOT part of the installed package and not hooked into the extractor.

A multinomial logistic regression over readable sparse features of an amount (the words around
it, the words of its clause, the cue words the rules know, the section, the sentence before); the
stacked variant also sees the rules' role and role_source. `bench/train_role_model.py --loso`
compares four ways of combining it with the rules by leave-one-set-out (docs/benchmarks.md,
"Amount roles", fifth round): the stacked variant won on main's rules by two amounts of 990 and
lost by two on the rules of the fifth round's role branch, so none is shipped. Hooking one in
would be one call of `reconsider` after `decide` in extractor/entities/__init__.py, "model" in
record.ROLE_SOURCES, the JSON Schema and index/reports/words.SOURCE_WORDS, and the weights as
package data. Pure Python at run time, deterministic, offline.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.roles import Decision, _mask

WEIGHTS_PATH = Path(__file__).with_name("role_model.json")  # written by train_role_model.py, not committed
MODEL_SOURCE = "model"  # the role_source of a role the model gave against the rules

_WORD_RE = re.compile(r"[\wåäöÅÄÖ]+|#+")
_CLAUSE_END_RE = re.compile(r"[,;:()]|\s[–-]\s")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?:])\s+|\n+")
WINDOW = 4  # words on each side of the amount read as its neighbours
STEM = 5  # a word's first letters, a crude lemma for inflected and compound forms


def _words(text: str) -> list[str]:
    out = []
    for m in _WORD_RE.finditer(text.lower()):
        word = m.group()
        out.append("<amt>" if word.startswith("#") else "<num>" if word.isdigit() else word)
    return out


def _with_stems(prefix: str, words: list[str]) -> list[str]:
    feats = [f"{prefix}:{w}" for w in words]
    feats += [f"{prefix}5:{w[:STEM]}" for w in words if len(w) > STEM and not w.startswith("<")]
    return feats


def features(
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    context: str | None = None,
) -> list[str]:
    """The amount's context features, sorted and without repeats (their names say what they are)."""
    start, end = span
    others = [s for s in (spans or []) if s != span]
    text = _mask(sentence, others)
    before, after = _words(text[:start]), _words(text[end:])
    clause_start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    following = _CLAUSE_END_RE.search(text, end)
    clause_end = following.start() if following else len(text)
    feats = ["bias"]
    feats += [f"b1:{w}" for w in before[-1:]] + [f"b2:{w}" for w in before[-2:-1]]
    feats += [f"a1:{w}" for w in after[:1]] + [f"a2:{w}" for w in after[1:2]]
    feats += _with_stems("wb", before[-WINDOW:]) + _with_stems("wa", after[:WINDOW])
    feats += _with_stems("c", _words(text[clause_start:start]) + _words(text[end:clause_end]))
    feats += _with_stems("s", before + after)
    # The words since the amount before ("2,6 mnkr jämfört med 3 mnkr"): how the two relate.
    previous_end = max((e for s, e in others if e <= start), default=None)
    if previous_end is not None:
        feats += [f"since:{w}" for w in _words(text[previous_end:start])]
    for cue in find_cues(text):
        side = "b" if cue.end <= start else "a"
        in_clause = clause_start <= cue.start < clause_end
        feats += [f"cue:{cue.role}", f"cue:{cue.role}:{side}"] + ([f"cuec:{cue.role}:{cue.rank}"] if in_clause else [])
    feats.append(f"sec:{section_key or '-'}")
    feats.append("pos:first" if not any(s < start for s, _ in others) else "pos:later")
    feats.append("n:one" if not others else "n:more")
    amount_words = sentence[start:end].lower()
    feats += [f"unit:{w}" for w in _words(amount_words) if not w.startswith("<")][-1:]
    earlier = [s for s in _SENTENCE_END_RE.split(context or "") if s.strip()]
    if earlier:
        last = earlier[-1]
        feats += _with_stems("x", _words(last))
        feats += [f"xcue:{c.role}" for c in find_cues(last)]
    return sorted(set(feats))


def rules_features(role: str, source: str) -> list[str]:
    """The rules' decision as features: what the stacked model is trained to weigh."""
    return [f"rule:{role}", f"rsrc:{source}", f"rule:{role}:{source}"]


def stacked_features(feats: list[str], role: str, source: str) -> list[str]:
    return sorted(set(feats) | set(rules_features(role, source)))


@dataclass(frozen=True)
class Weights:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    table: dict[str, tuple[float, ...]]


def weights_from_json(data: dict) -> Weights:
    return Weights(
        tuple(data["classes"]),
        tuple(data["bias"]),
        {name: tuple(row) for name, row in data["weights"].items()},
    )


@lru_cache(maxsize=1)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    return weights_from_json(json.loads(path.read_text(encoding="utf-8")))


def probabilities(feats: list[str], weights: Weights) -> dict[str, float]:
    """Each role's probability: softmax over the summed weights of the features present."""
    scores = list(weights.bias)
    for name in feats:
        row = weights.table.get(name)
        if row:
            scores = [s + w for s, w in zip(scores, row)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {role: e / total for role, e in zip(weights.classes, exps)}


def most_likely(probs: dict[str, float]) -> str:
    """The role with the highest probability (ties broken by name, so the answer is stable)."""
    return max(probs, key=lambda r: (probs[r], r))


def reconsider(
    decision: Decision,
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    context: str | None = None,
    prior_year: bool = False,
    weights: Weights | None = None,
) -> Decision:
    """The rules' decision, or the model's role (source "model") where the model, seeing the
    amount's context and the rules' decision, finds another role more likely. A bracketed
    prior-year figure stays the rules' (it is annat by rule and never in the training data)."""
    if prior_year:
        return decision
    feats = stacked_features(features(sentence, span, spans, section_key, context), decision.role, decision.source)
    role = most_likely(probabilities(feats, weights or load_weights()))
    return Decision(role, MODEL_SOURCE) if role != decision.role else decision
