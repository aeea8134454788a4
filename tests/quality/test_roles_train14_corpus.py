"""Fourteenth round of amount roles: the third training corpus train14 for the learned role decision.

train14 (form answers, grouped into pseudo-reports by a `report` key) and train14_public (public-sector
passages) were written fresh for training by a writer other than train12's and train13's, not held out
(tests/data/roles/README.md, "Fourteenth round: training corpus train14"). Their figures say nothing about
the tool, so the tool is not scored here: these tests hold the shape and the annotations' form only, so that
a typo, a missing role or a follow-up without a budget does not teach the model wrong. The files are loaded
by path (they are not in tests/roles_scoring.py's SPLITS, which others change this round).
"""

from __future__ import annotations

import json
from collections import Counter

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


def _load(name: str) -> list[dict]:
    path = CORPUS_DIR / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sets() -> tuple[list[dict], list[dict]]:
    return _load("train14"), _load("train14_public")


def test_train14_is_training_data_not_held_out():
    assert not {"train14", "train14_public"} & set(HELDOUT_SPLITS)


def test_train14_sets_are_large_and_shaped_like_the_held_out_sets():
    forms, public = _sets()
    assert_held_out_sets_shape(forms, public, "t14-", "t14p-")
    assert len(forms) >= 340 and len(public) >= 180
    reports = {item["report"] for item in forms}
    assert len(reports) >= 150
    assert sum(1 for r in reports if r.startswith("u")) >= 110
    assert all(r[0] in "ua" for r in reports)
    without_money = sum(1 for item in forms if not item["amounts"])
    assert 0.15 <= without_money / len(forms) <= 0.25


def test_train14_most_follow_ups_have_several_answers():
    """A real follow-up form has several sections; the other answers of a report are there to learn from."""
    forms, _ = _sets()
    sizes = Counter(item["report"] for item in forms if item["report"].startswith("u"))
    assert sum(1 for n in sizes.values() if 2 <= n <= 4) / len(sizes) > 0.5


def test_train14_ids_are_numbered_in_order_and_texts_are_not_repeated():
    forms, public = _sets()
    assert [item["id"] for item in forms] == [f"t14-{n:03d}" for n in range(1, len(forms) + 1)]
    assert [item["id"] for item in public] == [f"t14p-{n:03d}" for n in range(1, len(public) + 1)]
    texts = [item["text"] for item in forms + public]
    assert len(set(texts)) == len(texts)


def test_train14_does_not_repeat_earlier_training_texts():
    """Written independently of train12 and train13: no text of them is taken over."""
    earlier = {
        item["text"] for name in ("train12", "train12_public", "train13", "train13_public") for item in _load(name)
    }
    forms, public = _sets()
    assert not {item["text"] for item in forms + public} & earlier


def test_train14_records_have_exactly_the_corpus_keys():
    forms, public = _sets()
    assert all(set(item) == FORM_KEYS for item in forms)
    assert all(set(item) == PUBLIC_KEYS for item in public)
    for amount in annotated_amounts(forms + public):
        assert AMOUNT_KEYS <= set(amount) <= AMOUNT_KEYS | {"high"}, amount


def test_train14_annotations_are_well_formed():
    """Whole kronor, ranges with high > sek, every role in both sets, `unclear` (5-15 %) only in public text."""
    forms, public = _sets()
    assert_held_out_annotations(forms, public, min_sek=0)


def test_train14_ranges_are_estimates():
    forms, public = _sets()
    ranges = [a for a in annotated_amounts(forms + public) if "high" in a]
    assert len(ranges) >= 5 and all(a["high"] > a["sek"] and a["approx"] for a in ranges)


def test_train14_every_role_occurs_at_least_25_times():
    forms, public = _sets()
    for items, roles in ((forms, ROLES), (public, ROLES | {UNCLEAR})):
        counts = Counter(a["role"] for a in annotated_amounts(items))
        assert set(counts) == roles
        assert min(counts[role] for role in ROLES) >= 25, counts


def test_train14_annotated_amounts_are_in_their_text():
    """A typo in `sek` or `high` would not pass (the amounts spelled in words aside)."""
    forms, public = _sets()
    assert_amounts_in_their_text(forms + public, upper_bounds=True)


def test_train14_follow_ups_state_a_budget_and_an_outcome():
    forms, _ = _sets()
    assert_follow_ups_give_budget_and_outcome(forms)
    reports: dict[str, list[dict]] = {}
    for item in forms:
        reports.setdefault(item["report"], []).extend(item["amounts"])
    for key, amounts in reports.items():
        if key.startswith("u"):
            budget, outcome = summed_figures(amounts)
            assert budget and outcome, key


def test_train14_applications_state_a_sought_sum():
    """Every application pseudo-report says what it seeks, so `sokt` is learned from applications."""
    forms, _ = _sets()
    for key in {item["report"] for item in forms if item["report"].startswith("a")}:
        roles = {a["role"] for item in forms if item["report"] == key for a in item["amounts"]}
        assert "sokt" in roles, key
