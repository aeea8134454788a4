"""The learned role decision: a second opinion on the rules' role of an amount (`roles.decide`).

A multinomial logistic regression over readable sparse features of the amount (`role_model_features`:
the words of its clause, stemmed, its verb forms, the cue words the rules know, the section, the
sentence before; since the twelfth round also its whole answer: the rules' roles of the answer's other
amounts, what the answer lacks, its size against them, the form kind; since the thirteenth the same of the
report's other answers, `report_features`) and the rules' own role and
role_source ("stacked"). Its probabilities also drive the decision per follow-up report
(role_model_report), after the report-level rules. Where it finds another role
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

from bilagor.extractor.entities.role_model_features import (
    FEATURE_SETS,
    Neighbour,
    context_features,
    funder_features,
    heading_features,
    part_features,
    report_features,
    structure_features,
    breakdown_features,
)
from bilagor.extractor.entities.role_model_lists import receipt_features, sibling_features
from bilagor.extractor.entities.role_model_shares import Share, share_features
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
    context: bool = False  # with the features over the amount's whole answer (context_features)
    joint_threshold: float = 1.01  # role_model_report's least probability (above 1: no decision per report)
    report: bool = False  # with the features over the amount's whole report (report_features)
    annat_threshold: float | None = None  # the least probability at which its `annat` overrides (None: threshold)
    structure: bool = False  # with the clause's structure and the report's sums of parts (structure_features)
    heading: bool = False  # with the roles a heading or table header above the amount names (heading_features)
    funder: bool = False  # with who gives the money beside the amount, the city or another (funder_features)
    prune_threshold: float = 1.01  # role_model_report.prune_candidates' least probability (above 1: no pruning)
    siblings: bool = False  # with the answer's run of same-kind amounts and receiving verbs (role_model_lists)
    agree_tolerance: float | None = None  # role_model_report.agree_parts' tolerance (None: none)
    whole_tolerance: float | None = None  # role_model_totals.whole_and_details' tolerance (None: no such step)
    lines_least: int | None = None  # role_model_report.lines_given_back's least count of kind-mates (None: no step)
    product_over: float | None = None  # role_model_totals.products_read's least excess allowed (None: no such step)
    shares: bool = False  # with the amount's share of its answer's figures and running totals (role_model_shares)
    parts_tolerance: float | None = None  # role_model_totals.outcome_parts_read's tolerance (None: no such step)
    deviation_lines: bool = False  # role_model_report.deviation_lines: a line fitted to the stated deviation
    report_cues: bool = False  # role_model_cues.report_cues_read: unbilled figures, co-funders, stated cost changes
    breakdown: bool = False  # with the words that open a breakdown of a figure into parts (breakdown_features)


def weight_table(data: dict) -> dict[str, tuple[float, ...]]:
    """The features' weights: stored as whole multiples of 1/`weight_scale` where the file names a scale (since the
    thirty-sixth round: integers take about half the bytes of the same weights written as decimals), else as given."""
    scale = data.get("weight_scale")
    if scale is None:
        return {name: tuple(row) for name, row in data["weights"].items()}
    unit = scale.__rtruediv__  # units -> units / scale, mapped over each row: the quickest of the ways measured
    return {name: tuple(map(unit, row)) for name, row in data["weights"].items()}


def weights_from_json(data: dict) -> Weights:
    settings = data.get("settings", {})
    return Weights(
        tuple(data["classes"]),
        tuple(data["bias"]),
        weight_table(data),
        float(data.get("threshold", 0.0)),
        settings.get("features", "clause"),
        bool(settings.get("context", False)),
        float(data.get("joint_threshold", 1.01)),
        bool(settings.get("report", False)),
        data.get("annat_threshold"),
        bool(settings.get("structure", False)),
        bool(settings.get("heading", False)),
        bool(settings.get("funder", False)),
        float(data.get("prune_threshold", 1.01)),
        bool(settings.get("siblings", False)),
        data.get("agree_tolerance"),
        data.get("whole_tolerance"),
        data.get("lines_least"),
        data.get("product_over"),
        bool(settings.get("shares", False)),
        data.get("parts_tolerance"),
        bool(data.get("deviation_lines", False)),
        bool(data.get("report_cues", False)),
        bool(settings.get("breakdown", False)),
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


def least_probability(role: str, weights: Weights) -> float:
    """The probability at which the model's `role` overrides the rules' (an override to annat may need more:
    it leaves a clear role unsummed)."""
    if role == "annat" and weights.annat_threshold is not None:
        return weights.annat_threshold
    return weights.threshold


def most_likely(probs: dict[str, float]) -> str:
    """The role with the highest probability (ties broken by name, so the answer is stable)."""
    return max(probs, key=lambda r: (probs[r], r))


@dataclass(frozen=True)
class AnswerAmount:
    """What the model reads of one amount of an answer: its sentence, span and the sentence's amount spans,
    the section key the rules read, the text before the sentence, whether it is a bracketed prior-year
    figure, its value, and the rules' decision."""

    sentence: str
    span: tuple[int, int]
    spans: list[tuple[int, int]]
    section_key: str | None
    context: str | None
    prior_year: bool
    sek: int
    rules: Decision


def report_neighbours(answers: list[list[AnswerAmount]]) -> list[Neighbour]:
    """A report's amounts (its answers' in order) as `report_features` reads them: value, the rules' role,
    which answer, its section key."""
    return [Neighbour(a.sek, a.rules.role, j, a.section_key) for j, answer in enumerate(answers) for a in answer]


def reconsider_answer(
    amounts: list[AnswerAmount],
    form_kind: str | None = None,
    weights: Weights | None = None,
    report: tuple[list[Neighbour], int] | None = None,
) -> tuple[list[Decision], list[dict[str, float] | None]]:
    """Each amount's decision (the rules', or the model's where it overrides them: a ModelDecision, source
    "model") and the model's probabilities of every role (None for a bracketed prior-year figure, which
    stays the rules': annat by rule, never trained on). The model sees the amount's context and the rules'
    decision and, when the weights say so, the rules' roles of the answer's other amounts and the form kind,
    and those of the report's other answers (`report`: the report's amounts, `report_neighbours`, and the
    index of this answer's first amount among them; None: the answer is a report of its own)."""
    weights = weights or load_weights()
    neighbours = [Neighbour(a.sek, a.rules.role) for a in amounts]
    shares = [Share(a.sek, a.rules.role, a.sentence, a.span, a.prior_year) for a in amounts]
    whole, first = report or (report_neighbours([amounts]), 0)
    decisions: list[Decision] = []
    all_probs: list[dict[str, float] | None] = []
    for index, a in enumerate(amounts):
        if a.prior_year:
            decisions.append(a.rules)
            all_probs.append(None)
            continue
        feats = FEATURE_SETS[weights.features](a.sentence, a.span, a.spans, a.section_key, a.context)
        if weights.context:
            feats = feats + context_features(index, neighbours, form_kind)
        if weights.report:
            feats = feats + report_features(first + index, whole)
        if weights.structure:
            feats = feats + structure_features(a.sentence, a.span, a.spans, a.context)
            feats = feats + part_features(first + index, whole)
        if weights.heading:
            feats = feats + heading_features(a.sentence, a.span, a.context)
        if weights.funder:
            feats = feats + funder_features(a.sentence, a.span, a.spans)
        if weights.siblings:
            feats = feats + sibling_features(first + index, whole)
            feats = feats + receipt_features(a.sentence, a.span, a.spans, a.rules.role)
        if weights.shares:
            feats = feats + share_features(index, shares)
        if weights.breakdown:
            feats = feats + breakdown_features(a.sentence, a.span, a.spans)
        probs = probabilities(stacked_features(feats, a.rules.role, a.rules.source), weights)
        role = most_likely(probs)
        if role != a.rules.role and probs[role] >= least_probability(role, weights):
            decisions.append(ModelDecision(role, MODEL_SOURCE, round(probs[role], 3)))
        else:
            decisions.append(a.rules)
        all_probs.append(probs)
    return decisions, all_probs


def reconsider(
    decision: Decision,
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    context: str | None = None,
    prior_year: bool = False,
    weights: Weights | None = None,
    form_kind: str | None = None,
) -> Decision:
    """`reconsider_answer` for the amount at `span`, its sentence read as its answer: the sentence's other
    amounts (`spans`) with the rules' roles and their values, as the extractor gives the model an answer's
    amounts (`roles.decide(role_decision="model")`, the library's call for one sentence)."""
    from bilagor.extractor.entities.money import find_money
    from bilagor.extractor.entities.roles import decide

    spans = sorted(set(spans or []) | {span})
    matches = {(m.start, m.end): m for m in find_money(sentence)}
    answer = []
    for other in spans:
        match = matches.get(other)
        before = prior_year if other == span else bool(match and match.prior_year)
        rules = decision if other == span else decide(sentence, other, spans, section_key, before, context)
        sek = match.sek if match else 0
        answer.append(AnswerAmount(sentence, other, spans, section_key, context, before, sek, rules))
    return reconsider_answer(answer, form_kind, weights)[0][spans.index(span)]
