"""Precision/recall of the entity extractor on an annotated corpus.

tests/data/entities/*.jsonl: one text per line with its section key and the
truth (amount values, approx, roles; canonical organisation names). When the
fixture generator (tests/fixturegen) is present, the section texts of ~50
generated reports are scored as well against their truth sidecars.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bilagor.extractor.entities import find_amounts, find_organisations

CORPUS_DIR = Path(__file__).parent / "data" / "entities"


@dataclass
class Score:
    amount_tp: int = 0
    amount_fp: int = 0
    amount_fn: int = 0
    role_right: int = 0
    approx_right: int = 0
    org_tp: int = 0
    org_fp: int = 0
    org_fn: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def amount_precision(self) -> float:
        return self.ratio(self.amount_tp, self.amount_tp + self.amount_fp)

    @property
    def amount_recall(self) -> float:
        return self.ratio(self.amount_tp, self.amount_tp + self.amount_fn)

    @property
    def role_accuracy(self) -> float:
        return self.ratio(self.role_right, self.amount_tp)

    @property
    def approx_accuracy(self) -> float:
        return self.ratio(self.approx_right, self.amount_tp)

    @property
    def org_precision(self) -> float:
        return self.ratio(self.org_tp, self.org_tp + self.org_fp)

    @property
    def org_recall(self) -> float:
        return self.ratio(self.org_tp, self.org_tp + self.org_fn)

    def summary(self, name: str) -> str:
        return (
            f"{name}: amounts P={self.amount_precision:.3f} R={self.amount_recall:.3f} "
            f"(tp={self.amount_tp} fp={self.amount_fp} fn={self.amount_fn}); "
            f"roles {self.role_accuracy:.3f}; approx {self.approx_accuracy:.3f}; "
            f"organisations P={self.org_precision:.3f} R={self.org_recall:.3f} "
            f"(tp={self.org_tp} fp={self.org_fp} fn={self.org_fn})"
        )


def score_text(score: Score, label: str, found_amounts, truth_amounts: list[dict],
               found_orgs: set[str], truth_orgs: set[str]) -> None:
    """Add one text's comparison to `score`: amounts matched by value, in order."""
    pending = list(truth_amounts)
    for amount in found_amounts:
        match = next((t for t in pending if t["sek"] == amount.sek), None)
        if match is None:
            score.amount_fp += 1
            score.misses.append(f"{label}: extra amount {amount.text!r}={amount.sek}")
            continue
        pending.remove(match)
        score.amount_tp += 1
        score.approx_right += amount.approx == match["approx"]
        if amount.role == match["role"]:
            score.role_right += 1
        else:
            score.misses.append(f"{label}: role of {amount.text!r} is {amount.role}, truth {match['role']}")
    score.amount_fn += len(pending)
    score.misses += [f"{label}: missed amount {t['sek']}" for t in pending]
    score.org_tp += len(found_orgs & truth_orgs)
    score.org_fp += len(found_orgs - truth_orgs)
    score.org_fn += len(truth_orgs - found_orgs)
    score.misses += [f"{label}: extra organisation {o!r}" for o in sorted(found_orgs - truth_orgs)]
    score.misses += [f"{label}: missed organisation {o!r}" for o in sorted(truth_orgs - found_orgs)]


def load_corpus() -> list[dict]:
    rows = []
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rows.append({"file": path.name, "line": number, **json.loads(line)})
    return rows


def score_corpus(rows: list[dict]) -> Score:
    score = Score()
    for row in rows:
        amounts = find_amounts(row["text"], row.get("section"))
        orgs = {o.name for o in find_organisations(row["text"], year=row.get("year"))}
        score_text(score, f"{row['file']}:{row['line']}", amounts, row["amounts"], orgs, set(row["organisations"]))
    return score


def test_corpus_is_large_and_covers_every_role():
    rows = load_corpus()
    assert len(rows) >= 150
    roles = Counter(a["role"] for r in rows for a in r["amounts"])
    assert set(roles) == {"budget", "utfall", "beviljat", "sokt", "prognos", "avvikelse", "annat"}
    assert sum(1 for r in rows if not r["amounts"]) >= 30  # distractor-only texts


def test_scoring_counts_misses():
    from bilagor.extractor.record import Amount

    score = Score()
    found = [Amount("1 kr", 1, False, "budget", None, None, ""), Amount("2 kr", 2, False, "annat", None, None, "")]
    truth = [{"sek": 1, "approx": False, "role": "utfall"}, {"sek": 3, "approx": False, "role": "annat"}]
    score_text(score, "t", found, truth, {"A", "B"}, {"A", "C"})
    assert (score.amount_tp, score.amount_fp, score.amount_fn, score.role_right) == (1, 1, 1, 0)
    assert (score.org_tp, score.org_fp, score.org_fn) == (1, 1, 1)


def test_corpus_precision_recall():
    score = score_corpus(load_corpus())
    print()
    print(score.summary("annotated corpus"))
    for miss in score.misses:
        print("  ", miss)
    assert score.amount_precision >= 0.97
    assert score.amount_recall >= 0.97
    assert score.role_accuracy >= 0.90
    assert score.org_precision >= 0.90
    assert score.org_recall >= 0.90


def _generated_truths(count: int) -> list[dict]:
    """Truth dicts of `count` generated reports (no PDF rendered: section texts
    come straight from the spec), or skip if the generator is absent."""
    try:
        from fixturegen import corpus_spec
        from fixturegen.spec import truth
    except ImportError:
        pytest.skip("tests/fixturegen is not available")
    truths = []
    for index in range(count):
        spec = corpus_spec(index)
        sections = [r for r in spec.rows if r.key is not None]
        truths.append(truth(spec, [1] * len(sections), 1))
    return truths


def test_generated_reports_precision_recall():
    score = Score()
    for number, truth in enumerate(_generated_truths(50)):
        amounts = []
        for section in truth["sections"]:
            amounts += find_amounts(section["text"], section["key"], section["page"])
        texts = [s["text"] for s in truth["sections"]]
        orgs = {o.name for o in find_organisations(texts, year=truth.get("year"))}
        score_text(score, f"report {number}", amounts, truth["amounts"], orgs, set(truth["organisations"]))
    print()
    print(score.summary("generated reports"))
    for miss in score.misses[:40]:
        print("  ", miss)
    assert score.amount_precision >= 0.97
    assert score.amount_recall >= 0.97
    assert score.role_accuracy >= 0.90
    assert score.org_precision >= 0.90
    assert score.org_recall >= 0.90
