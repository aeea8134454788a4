"""A learned second opinion on amount roles: an experiment kept with its training script (bench/),
NOT part of the installed package and not hooked into the extractor.

A multinomial logistic regression over readable sparse features of an amount (the words around
it, the words of its clause, the cue words the rules know, the section, the sentence before); the
stacked variant also sees the rules' role and role_source. `bench/train_role_model.py --loro`
compares ways of combining it with the rules by leaving one round of held-out sets out at a time
(docs/benchmarks.md, "Amount roles", tenth round: the stacked model with a threshold won the mean and
the ninth kept halves but lost two rounds, so none is shipped). The features are in
`role_model_features`. Hooking one in would be one call of `reconsider` after `decide`, "model" in
record.ROLE_SOURCES, the JSON Schema and index/reports/words.SOURCE_WORDS, and the weights as
package data. Pure Python at run time, deterministic, offline.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.entities.roles import Decision
from role_model_features import features

WEIGHTS_PATH = Path(__file__).with_name("role_model.json")  # written by train_role_model.py, not committed
MODEL_SOURCE = "model"  # the role_source of a role the model gave against the rules


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
    threshold: float = 0.0,
    featurise: Callable[..., list[str]] = features,
) -> Decision:
    """The rules' decision, or the model's role (source "model") where the model, seeing the
    amount's context and the rules' decision, finds another role more likely, with at least
    `threshold` probability (variant e of `--loro`; `featurise` is `clause_features` there). A
    bracketed prior-year figure stays the rules' (it is annat by rule and never in the training data)."""
    if prior_year:
        return decision
    feats = stacked_features(featurise(sentence, span, spans, section_key, context), decision.role, decision.source)
    probs = probabilities(feats, weights or load_weights())
    role = most_likely(probs)
    return Decision(role, MODEL_SOURCE) if role != decision.role and probs[role] >= threshold else decision
