"""Train the learned role model (bench/role_model.py, an experiment, not shipped) and evaluate it.

    .venv/bin/python bench/train_role_model.py            # train, print tuned figures, write the weights
    .venv/bin/python bench/train_role_model.py --check    # refit and compare with the written weights only
    .venv/bin/python bench/train_role_model.py --loso     # leave-one-set-out table of four variants

Multinomial logistic regression (L2) over the sparse features of `role_model.features` (plus, for
the stacked model whose weights it writes, the rules' role and role_source), fitted by full-batch
gradient descent from zero weights: deterministic, numpy only (at training; the run time is pure
Python).
Training data: every annotated amount of tests/data/roles (TRAIN_SPLITS) except values_heldout2,
held out for amount values. No variant is shipped: none won `--loso` on both rule versions of the
fifth round (docs/benchmarks.md); the weights written (bench/role_model.json) are not committed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from roles_scoring import UNCLEAR, load_split  # noqa: E402

from bilagor.extractor.entities import AMOUNT_FIELDS, CONTEXT_CHARS  # noqa: E402
from role_model import (  # noqa: E402
    WEIGHTS_PATH,
    features,
    most_likely,
    probabilities,
    stacked_features,
    weights_from_json,
)
from bilagor.extractor.record import AMOUNT_ROLES  # noqa: E402

# Every set trained on: the fifth round made every burned set tuning data; values_heldout2 stays
# out (held out for amount values).
TRAIN_SPLITS = (
    "tuning",
    "tuning2",
    "tuning3",
    "tuning4",
    "tuning5",
    "tuning6",
    "tuning7",
    "tuning8",
    "tuning9",
    "tuning10",
    "tuning11",
    "heldout",
    "heldout2",
    "public_sector",
    "tuning_values",
    "tuning_rolemodel",
    "tuning12",
    "tuning13",
    "tuning14",
    "tuning15",
    "tuning16",
    "values_heldout",
    "tuning_values2",
    "heldout3",
    "heldout3_public",
    "heldout4",
    "heldout4_public",
)
# `--loso` leaves out, one at a time, the five sets written by someone who did not change the rules.
LOSO_SETS = ("heldout3", "heldout3_public", "heldout4", "heldout4_public", "public_sector")
INNER_FOLDS = 5  # nested cross-validation of the override threshold: training sets dealt into folds
WEAK_OR_CONTEXT = ("section", "default", "context")
L2 = 0.003  # per-example weight decay
STEPS = 400
RATE = 2.0
MIN_COUNT = 2  # a feature seen once is noise
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
DIGITS = 4  # weights are stored rounded


@dataclass(frozen=True)
class Example:
    split: str
    item: str
    feats: tuple[str, ...]
    truth: str
    rules_role: str
    rules_source: str


def amount_examples(split: str) -> list[Example]:
    """Every annotated amount of a split with a clear role, as the extractor meets it:
    its sentence, span, the sentence's other amounts, section and context (as in
    bilagor.extractor.entities._amounts), with the rules' decision."""
    from bilagor.extractor.entities import _doc
    from bilagor.extractor.entities.pipeline import MONEY_SPANS
    from bilagor.extractor.entities.roles import decide

    out = []
    for item in load_split(split):
        section = item.get("section")
        doc = _doc(item["text"], section in AMOUNT_FIELDS)
        spans = list(doc.spans[MONEY_SPANS])
        pending = list(item["amounts"])
        for span in spans:
            match = span._.money
            truth = next((t for t in pending if (t["sek"], t.get("high")) == (match.sek, match.high)), None)
            if truth is None:
                continue
            pending.remove(truth)
            if truth["role"] == UNCLEAR or match.prior_year:
                continue
            sent, base = span.sent, span.sent.start_char
            in_sentence = [(s._.money.start - base, s._.money.end - base) for s in spans if s.sent.start == sent.start]
            own = (match.start - base, match.end - base)
            context = doc.text[max(0, base - CONTEXT_CHARS) : base]
            decision = decide(sent.text, own, in_sentence, section, False, context=context)
            feats = features(sent.text, own, in_sentence, section, context)
            out.append(Example(split, item["id"], tuple(feats), truth["role"], decision.role, decision.source))
    return out


def fit(examples: list[Example]) -> dict:
    """Weights (as stored in role_model.json) fitted on the examples."""
    counts: dict[str, int] = {}
    for ex in examples:
        for f in ex.feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    classes = list(AMOUNT_ROLES)
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for f in ex.feats:
            if f in index:
                rows.append(r)
                cols.append(index[f])
    # Sparse products by sorted segments: every example has the bias feature and every
    # vocabulary feature occurs, so no segment is empty.
    rows_a, cols_a = np.array(rows), np.array(cols)
    row_starts = np.flatnonzero(np.r_[True, rows_a[1:] != rows_a[:-1]])
    by_col = np.argsort(cols_a, kind="stable")
    col_rows, col_sorted = rows_a[by_col], cols_a[by_col]
    col_starts = np.flatnonzero(np.r_[True, col_sorted[1:] != col_sorted[:-1]])
    n, d, k = len(examples), len(vocab), len(classes)
    y = np.zeros((n, k))
    y[np.arange(n), [classes.index(ex.truth) for ex in examples]] = 1.0
    w = np.zeros((d, k))
    b = np.zeros(k)
    for _ in range(STEPS):
        scores = np.add.reduceat(w[cols_a], row_starts) + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - y) / n
        grad = np.add.reduceat(err[col_rows], col_starts)
        w -= RATE * (grad + L2 * w)
        b -= RATE * err.sum(axis=0)
    table = {f: [round(float(v), DIGITS) for v in w[i]] for i, f in enumerate(vocab)}
    table = {f: row for f, row in table.items() if any(row)}
    return {"classes": classes, "bias": [round(float(v), DIGITS) for v in b], "weights": table}


def accuracy(examples: list[Example], roles: list[str]) -> tuple[int, int]:
    return sum(r == ex.truth for r, ex in zip(roles, examples)), len(examples)


def fit_all(by_split: dict[str, list[Example]] | None = None) -> dict:
    """The weights written (bench/role_model.json): the stacked model, one fit on every training set."""
    by_split = by_split or {name: amount_examples(name) for name in TRAIN_SPLITS}
    data = fit([stacked(ex) for exs in by_split.values() for ex in exs])
    data["trained_on"] = list(TRAIN_SPLITS)
    data["settings"] = {"l2": L2, "steps": STEPS, "rate": RATE, "min_count": MIN_COUNT, "variant": "stacked"}
    return data


def serialise(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def report(data: dict, splits: dict[str, list[Example]]) -> list[str]:
    """Per set, the rules against the written model (tuning figures: it was trained on them)."""
    weights = weights_from_json(data)
    lines = []
    for name, exs in splits.items():
        rules = accuracy(exs, [ex.rules_role for ex in exs])
        model = accuracy(exs, [most_likely(probabilities(list(stacked(ex).feats), weights)) for ex in exs])
        lines.append(f"{name}: rules {rules[0]}/{rules[1]}; rules + stacked model {model[0]}/{model[1]}")
    return lines


def stacked(ex: Example) -> Example:
    """The example with the rules' role and role_source as features too (variant d, the one written)."""
    feats = tuple(stacked_features(list(ex.feats), ex.rules_role, ex.rules_source))
    return Example(ex.split, ex.item, feats, ex.truth, ex.rules_role, ex.rules_source)


def _top(probs: dict[str, float]) -> tuple[str, float]:
    """The most likely role and its probability."""
    best = most_likely(probs)
    return best, probs[best]


def nested_threshold(by_split: dict[str, list[Example]]) -> float:
    """The override threshold (variant c) chosen on the training sets alone: they are dealt into
    INNER_FOLDS folds, each scored by a model fitted on the others; the threshold right most often."""
    names = sorted(by_split)
    folds = [names[i::INNER_FOLDS] for i in range(INNER_FOLDS)]
    preds: list[tuple[Example, str, float]] = []
    for fold in folds:
        rest = [ex for name in names if name not in fold for ex in by_split[name]]
        w = weights_from_json(fit(rest))
        preds += [(ex, *_top(probabilities(list(ex.feats), w))) for name in fold for ex in by_split[name]]
    best, best_right = 1.01, sum(ex.rules_role == ex.truth for ex, _, _ in preds)
    for t in THRESHOLDS:
        right = sum((role if p >= t else ex.rules_role) == ex.truth for ex, role, p in preds)
        if right > best_right:
            best, best_right = t, right
    return best


def loso(splits: tuple[str, ...] = LOSO_SETS) -> list[str]:
    """Leave-one-set-out over `splits`: for each, train on every other set of TRAIN_SPLITS and
    compare on it (a) the rules, (b) the model where the rules end in section/default/context,
    (c) the model overriding the rules at a threshold chosen by nested CV, (d) a stacked model
    that also sees the rules' role and role_source. One line per set, then the means."""
    by_split = {name: amount_examples(name) for name in TRAIN_SPLITS}
    rows = []
    lines = ["set | amounts | (a) rules | (b) weak-role fallback | (c) override (threshold) | (d) stacked"]
    for held in splits:
        train = {name: exs for name, exs in by_split.items() if name != held}
        test = by_split[held]
        plain = weights_from_json(fit([ex for exs in train.values() for ex in exs]))
        stack = weights_from_json(fit([stacked(ex) for exs in train.values() for ex in exs]))
        threshold = nested_threshold(train)
        a = 0
        variants = {"b": [0, 0, 0], "c": [0, 0, 0], "d": [0, 0, 0]}  # right, gained, lost against the rules
        for ex in test:
            role, p = _top(probabilities(list(ex.feats), plain))
            rules_right = ex.rules_role == ex.truth
            a += rules_right
            final = {
                "b": role if ex.rules_source in WEAK_OR_CONTEXT else ex.rules_role,
                "c": role if p >= threshold else ex.rules_role,
                "d": _top(probabilities(list(stacked(ex).feats), stack))[0],
            }
            for key, chosen in final.items():
                right = chosen == ex.truth
                variants[key][0] += right
                variants[key][1] += right and not rules_right
                variants[key][2] += rules_right and not right
        n = max(len(test), 1)
        b, c, d = (variants[k][0] for k in "bcd")
        rows.append((a / n, b / n, c / n, d / n))
        cells = {k: f"{v[0] / n:.3f} ({v[0]}; +{v[1]} -{v[2]})" for k, v in variants.items()}
        lines.append(
            f"{held} | {len(test)} | {a / n:.3f} ({a}) | {cells['b']} | {cells['c']}, t={threshold:.2f} | {cells['d']}"
        )
    means = [sum(col) / len(rows) for col in zip(*rows)]
    lines.append("mean | | " + " | ".join(f"{m:.3f}" for m in means))
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the written weights, write nothing")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument(
        "--loso", action="store_true", help="leave-one-set-out table of the four variants, write nothing"
    )
    args = parser.parse_args(argv)
    if args.loso:
        print("\n".join(loso()))
        return 0
    if args.check:
        written = args.out.read_text(encoding="utf-8")
        same = serialise(fit_all()) == written
        print("written weights reproduced" if same else "written weights differ from a fresh training run")
        return 0 if same else 1
    by_split = {name: amount_examples(name) for name in TRAIN_SPLITS}
    data = fit_all(by_split)
    print(f"features: {len(data['weights'])}; trained on (tuning figures):")
    print("\n".join("  " + line for line in report(data, by_split)))
    args.out.write_text(serialise(data), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
