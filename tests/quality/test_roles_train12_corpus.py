"""Twelfth round of amount roles: the training corpus train12 for the learned role decision.

train12 (form answers, grouped into pseudo-reports by a `report` key) and train12_public (public-sector
passages) were written fresh for training, not held out (tests/data/roles/README.md, "Twelfth round: training
corpus train12"). Their figures say nothing about the tool, so the tool is not scored here: these tests hold
the shape and the annotations' form only, so that a typo or a missing role does not teach the model wrong.
"""

from __future__ import annotations

from collections import Counter

from roles_scoring import (
    HELDOUT_SPLITS,
    ROLES,
    UNCLEAR,
    annotated_amounts,
    assert_amounts_in_their_text,
    assert_follow_ups_give_budget_and_outcome,
    assert_held_out_annotations,
    assert_held_out_sets_shape,
    load_split,
)

FORM_KEYS = {"id", "report", "text", "section", "amounts"}
PUBLIC_KEYS = {"id", "text", "amounts"}
AMOUNT_KEYS = {"sek", "role", "approx"}


def _sets() -> tuple[list[dict], list[dict]]:
    return load_split("train12"), load_split("train12_public")


def test_train12_is_training_data_not_held_out():
    assert not {"train12", "train12_public"} & set(HELDOUT_SPLITS)


def test_train12_sets_are_large_and_shaped_like_the_held_out_sets():
    forms, public = _sets()
    assert_held_out_sets_shape(forms, public, "t12-", "t12p-")
    assert len(forms) >= 320 and len(public) >= 180
    reports = {item["report"] for item in forms}
    assert len(reports) >= 150
    assert sum(1 for r in reports if r.startswith("u")) >= 110
    assert all(r[0] in "ua" for r in reports)
    without_money = sum(1 for item in forms if not item["amounts"])
    assert 0.15 <= without_money / len(forms) <= 0.25


def test_train12_ids_are_numbered_in_order_and_texts_are_not_repeated():
    forms, public = _sets()
    assert [item["id"] for item in forms] == [f"t12-{n:03d}" for n in range(1, len(forms) + 1)]
    assert [item["id"] for item in public] == [f"t12p-{n:03d}" for n in range(1, len(public) + 1)]
    texts = [item["text"] for item in forms + public]
    assert len(set(texts)) == len(texts)


def test_train12_records_have_exactly_the_corpus_keys():
    forms, public = _sets()
    assert all(set(item) == FORM_KEYS for item in forms)
    assert all(set(item) == PUBLIC_KEYS for item in public)
    for amount in annotated_amounts(forms + public):
        assert AMOUNT_KEYS <= set(amount) <= AMOUNT_KEYS | {"high"}, amount


def test_train12_annotations_are_well_formed():
    """Whole kronor of at least 1, ranges with high > sek, every role in both sets, `unclear` (5-15 %) only in
    public text."""
    forms, public = _sets()
    assert_held_out_annotations(forms, public, min_sek=1)


def test_train12_ranges_are_estimates():
    forms, public = _sets()
    ranges = [a for a in annotated_amounts(forms + public) if "high" in a]
    assert ranges and all(a["high"] > a["sek"] and a["approx"] for a in ranges)


def test_train12_every_role_occurs_at_least_25_times():
    forms, public = _sets()
    for items, roles in ((forms, ROLES), (public, ROLES | {UNCLEAR})):
        counts = Counter(a["role"] for a in annotated_amounts(items))
        assert set(counts) == roles
        assert min(counts[role] for role in ROLES) >= 25, counts


def test_train12_annotated_amounts_are_in_their_text():
    """A typo in `sek` or `high` would not pass (the amounts spelled in words aside)."""
    forms, public = _sets()
    assert_amounts_in_their_text(forms + public, upper_bounds=True)


def test_train12_follow_ups_state_a_budget_and_an_outcome():
    forms, _ = _sets()
    assert_follow_ups_give_budget_and_outcome(forms)


def test_train12_applications_state_a_sought_sum():
    """Every application pseudo-report says what it seeks, so `sokt` is learned from applications."""
    forms, _ = _sets()
    for key in {item["report"] for item in forms if item["report"].startswith("a")}:
        roles = {a["role"] for item in forms if item["report"] == key for a in item["amounts"]}
        assert "sokt" in roles, key
