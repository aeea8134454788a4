"""The training corpora of the learned role decision after the twelfth: train13 (thirteenth round) and train14
(fourteenth round), each written fresh by a writer other than the earlier ones, not held out
(tests/data/roles/README.md, "Thirteenth round: training corpus train13", "Fourteenth round: training corpus
train14"). Their figures say nothing about the tool, so the tool is not scored here: these tests hold the shape and
the annotations' form only, so that a typo, a missing role or a follow-up without a budget does not teach the
model wrong. One set of checks, parametrized over the corpora; the files are loaded by path.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

import pytest
from roles_scoring import (
    CORPUS_DIR,
    HELDOUT_SPLITS,
    ROLES,
    UNCLEAR,
    annotated_amounts,
    assert_amounts_in_their_text,
    assert_follow_ups_give_budget_and_outcome,
    assert_held_out_annotations,
    assert_held_out_sets_shape,
    summed_figures,
)

FORM_KEYS = {"id", "report", "text", "section", "amounts"}
PUBLIC_KEYS = {"id", "text", "amounts"}
AMOUNT_KEYS = {"sek", "role", "approx"}


@dataclass(frozen=True)
class Corpus:
    name: str  # the form answers' file; its passages are in NAME_public
    prefix: str  # "t14": ids t14-001 and t14p-001
    min_forms: int
    earlier: tuple[str, ...]  # the earlier training corpora it was written apart from

    @property
    def splits(self) -> tuple[str, str]:
        return self.name, f"{self.name}_public"


CORPORA = [
    Corpus("train13", "t13", 320, ("train12",)),
    Corpus("train14", "t14", 340, ("train12", "train13")),
]
corpora = pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])


def _load(name: str) -> list[dict]:
    path = CORPUS_DIR / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sets(corpus: Corpus) -> tuple[list[dict], list[dict]]:
    forms, public = corpus.splits
    return _load(forms), _load(public)


@corpora
def test_training_corpus_is_not_held_out(corpus):
    assert not set(corpus.splits) & set(HELDOUT_SPLITS)


@corpora
def test_training_corpus_is_large_and_shaped_like_the_held_out_sets(corpus):
    forms, public = _sets(corpus)
    assert_held_out_sets_shape(forms, public, f"{corpus.prefix}-", f"{corpus.prefix}p-")
    assert len(forms) >= corpus.min_forms and len(public) >= 180
    reports = {item["report"] for item in forms}
    assert len(reports) >= 150
    assert sum(1 for r in reports if r.startswith("u")) >= 110
    assert all(r[0] in "ua" for r in reports)
    without_money = sum(1 for item in forms if not item["amounts"])
    assert 0.15 <= without_money / len(forms) <= 0.25


@corpora
def test_most_follow_ups_have_several_answers(corpus):
    """A real follow-up form has several sections; the other answers of a report are there to learn from."""
    forms, _ = _sets(corpus)
    sizes = Counter(item["report"] for item in forms if item["report"].startswith("u"))
    assert sum(1 for n in sizes.values() if 2 <= n <= 4) / len(sizes) > 0.5


@corpora
def test_ids_are_numbered_in_order_and_texts_are_not_repeated(corpus):
    forms, public = _sets(corpus)
    assert [item["id"] for item in forms] == [f"{corpus.prefix}-{n:03d}" for n in range(1, len(forms) + 1)]
    assert [item["id"] for item in public] == [f"{corpus.prefix}p-{n:03d}" for n in range(1, len(public) + 1)]
    texts = [item["text"] for item in forms + public]
    assert len(set(texts)) == len(texts)


@corpora
def test_no_text_of_an_earlier_training_corpus_is_taken_over(corpus):
    earlier = {item["text"] for base in corpus.earlier for name in (base, f"{base}_public") for item in _load(name)}
    forms, public = _sets(corpus)
    assert not {item["text"] for item in forms + public} & earlier


@corpora
def test_records_have_exactly_the_corpus_keys(corpus):
    forms, public = _sets(corpus)
    assert all(set(item) == FORM_KEYS for item in forms)
    assert all(set(item) == PUBLIC_KEYS for item in public)
    for amount in annotated_amounts(forms + public):
        assert AMOUNT_KEYS <= set(amount) <= AMOUNT_KEYS | {"high"}, amount


@corpora
def test_annotations_are_well_formed(corpus):
    """Whole kronor, ranges with high > sek, every role in both sets, `unclear` (5-15 %) only in public text."""
    forms, public = _sets(corpus)
    assert_held_out_annotations(forms, public, min_sek=0)


@corpora
def test_ranges_are_estimates(corpus):
    forms, public = _sets(corpus)
    ranges = [a for a in annotated_amounts(forms + public) if "high" in a]
    assert len(ranges) >= 5 and all(a["high"] > a["sek"] and a["approx"] for a in ranges)


@corpora
def test_every_role_occurs_at_least_25_times(corpus):
    forms, public = _sets(corpus)
    for items, roles in ((forms, ROLES), (public, ROLES | {UNCLEAR})):
        counts = Counter(a["role"] for a in annotated_amounts(items))
        assert set(counts) == roles
        assert min(counts[role] for role in ROLES) >= 25, counts


@corpora
def test_annotated_amounts_are_in_their_text(corpus):
    """A typo in `sek` or `high` would not pass (the amounts spelled in words aside)."""
    forms, public = _sets(corpus)
    assert_amounts_in_their_text(forms + public, upper_bounds=True)


@corpora
def test_follow_ups_state_a_budget_and_an_outcome(corpus):
    forms, _ = _sets(corpus)
    assert_follow_ups_give_budget_and_outcome(forms)
    reports: dict[str, list[dict]] = {}
    for item in forms:
        reports.setdefault(item["report"], []).extend(item["amounts"])
    for key, amounts in reports.items():
        if key.startswith("u"):
            budget, outcome = summed_figures(amounts)
            assert budget and outcome, key


@corpora
def test_applications_state_a_sought_sum(corpus):
    """Every application pseudo-report says what it seeks, so `sokt` is learned from applications."""
    forms, _ = _sets(corpus)
    for key in {item["report"] for item in forms if item["report"].startswith("a")}:
        roles = {a["role"] for item in forms if item["report"] == key for a in item["amounts"]}
        assert "sokt" in roles, key
