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

import pytest

from bilagor.extractor.entities import find_amounts, find_organisations
from factories import DATA

CORPUS_DIR = DATA / "entities"


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


@dataclass
class Score:
    amounts: Counts = field(default_factory=Counts)
    organisations: Counts = field(default_factory=Counts)
    role_right: int = 0
    approx_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def role_accuracy(self) -> float:
        return ratio(self.role_right, self.amounts.tp)

    @property
    def approx_accuracy(self) -> float:
        return ratio(self.approx_right, self.amounts.tp)

    def summary(self, name: str) -> str:
        return (
            f"{name}: amounts {self.amounts}; roles {self.role_accuracy:.3f}; "
            f"approx {self.approx_accuracy:.3f}; organisations {self.organisations}"
        )

    def check(self) -> None:
        assert self.amounts.precision >= 0.97
        assert self.amounts.recall >= 0.97
        assert self.role_accuracy >= 0.90
        assert self.organisations.precision >= 0.90
        assert self.organisations.recall >= 0.90


def score_text(
    score: Score, label: str, found_amounts, truth_amounts: list[dict], found_orgs: set[str], truth_orgs: set[str]
) -> None:
    """Add one text's comparison to `score`: amounts matched by value, in order."""
    pending = list(truth_amounts)
    for amount in found_amounts:
        match = next((t for t in pending if t["sek"] == amount.sek), None)
        if match is None:
            score.amounts.fp += 1
            score.misses.append(f"{label}: extra amount {amount.text!r}={amount.sek}")
            continue
        pending.remove(match)
        score.amounts.tp += 1
        score.approx_right += amount.approx == match["approx"]
        if amount.role == match["role"]:
            score.role_right += 1
        else:
            score.misses.append(f"{label}: role of {amount.text!r} is {amount.role}, truth {match['role']}")
    score.amounts.fn += len(pending)
    score.misses += [f"{label}: missed amount {t['sek']}" for t in pending]
    score.organisations.tp += len(found_orgs & truth_orgs)
    score.organisations.fp += len(found_orgs - truth_orgs)
    score.organisations.fn += len(truth_orgs - found_orgs)
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
    assert (score.amounts, score.role_right) == (Counts(1, 1, 1), 0)
    assert score.organisations == Counts(1, 1, 1)
    assert (score.amounts.precision, score.organisations.recall) == (0.5, 0.5)


def test_corpus_precision_recall():
    rows = load_corpus()
    score = score_corpus(rows)
    print()
    print(score.summary(f"annotated corpus ({len(rows)} texts)"))
    for name in sorted({r["file"] for r in rows}):
        # heldout.jsonl was written after the rules and scored once before any change.
        print("  " + score_corpus([r for r in rows if r["file"] == name]).summary(name))
    for miss in score.misses:
        print("  ", miss)
    score.check()


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
    score.check()
