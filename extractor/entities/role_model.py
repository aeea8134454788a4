"""The learned role decision: a second opinion on the rules' role of an amount (`roles.decide`).

A multinomial logistic regression over readable sparse features of the amount (`role_model_features`:
the words of its clause, stemmed, its verb forms, the cue words the rules know, the section, the
sentence before) and the rules' own role and role_source ("stacked"). Where it finds another role
more likely than the rules' with at least the threshold stored in its weights, its role wins and the
amount's role_source is "model", with the model's probability kept beside it. Behind a switch:
`ExtractOptions.role_decision` ("rules" | "model"). Trained at development time
(bench/train_role_model.py, which says on what) and shipped as package data (`role_model.json`);
pure Python at run time, deterministic, offline. The weights are read once per process, when first used.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bilagor.extractor.entities.role_model_features import FEATURE_SETS
from bilagor.extractor.entities.roles import Decision

WEIGHTS_PATH = Path(__file__).with_name("role_model.json")  # written by bench/train_role_model.py --write
MODEL_SOURCE = "model"  # the role_source of a role the model gave against the rules


@dataclass(frozen=True)
class ModelDecision(Decision):
    """A role the model gave against the rules, with the model's probability of it."""

    probability: float


@dataclass(frozen=True)
class Weights:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    table: dict[str, tuple[float, ...]]
    threshold: float = 0.0  # the least probability at which the model overrides the rules
    features: str = "clause"  # the name of the feature set (role_model_features.FEATURE_SETS)


def weights_from_json(data: dict) -> Weights:
    settings = data.get("settings", {})
    return Weights(
        tuple(data["classes"]),
        tuple(data["bias"]),
        {name: tuple(row) for name, row in data["weights"].items()},
        float(data.get("threshold", 0.0)),
        settings.get("features", "clause"),
    )


@lru_cache(maxsize=1)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    return weights_from_json(json.loads(path.read_text(encoding="utf-8")))


def rules_features(role: str, source: str) -> list[str]:
    """The rules' decision as features: what the stacked model is trained to weigh."""
    return [f"rule:{role}", f"rsrc:{source}", f"rule:{role}:{source}"]


def stacked_features(feats: list[str], role: str, source: str) -> list[str]:
    return sorted(set(feats) | set(rules_features(role, source)))


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
    """The rules' decision, or the model's role (a ModelDecision, source "model") where the model, seeing
    the amount's context and the rules' decision, finds another role more likely, with at least the
    weights' threshold. A bracketed prior-year figure stays the rules' (annat by rule, never trained on)."""
    if prior_year:
        return decision
    weights = weights or load_weights()
    feats = FEATURE_SETS[weights.features](sentence, span, spans, section_key, context)
    probs = probabilities(stacked_features(feats, decision.role, decision.source), weights)
    role = most_likely(probs)
    if role != decision.role and probs[role] >= weights.threshold:
        return ModelDecision(role, MODEL_SOURCE, round(probs[role], 3))
    return decision
