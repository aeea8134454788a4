"""The fourteenth round's tuning batch (issue #12, classes 8 and 9), written by the helper who then changed
the rules, committed and scored once before any change (afacbc1), then tuned on: tuning figures, not
held-out ones.

tests/data/entities_heldout/tuning_districts14.jsonl (12 cases: a committee's name read as a misread place,
a place field or folder against a committee in the body that only lent a hand, controls where the committee
ran the work or agrees, one outside the city) and tuning_organisations14.jsonl (20 sentences: clubs' genitives,
openers before a municipality, federations in -förbundet, -förvaltningen as managing, controls).

    .venv/bin/python tests/entities_heldout_scoring.py tests/data/entities_heldout/tuning_districts14.jsonl \\
        tests/data/entities_heldout/tuning_organisations14.jsonl
"""

from __future__ import annotations

from entities_heldout_scoring import district_rates, load_rows, organisation_counts, precision_recall

# Before: districts all 0.417 (5/12); organisations P 0.625 / R 0.769. After: 1.000 (12/12); P 1.000 / R 1.000.
DISTRICT_FLOORS = {"all": 1.00, "no district": 1.00}
ORGANISATION_FLOORS = (1.00, 1.00)


def test_tuning14_districts_hold_their_floors():
    rates = district_rates(load_rows("tuning_districts14.jsonl"))
    assert {p: rates[p] for p in DISTRICT_FLOORS if rates[p] < DISTRICT_FLOORS[p]} == {}, rates


def test_tuning14_organisations_hold_their_floors():
    precision, recall = precision_recall(*organisation_counts(load_rows("tuning_organisations14.jsonl")))
    assert precision >= ORGANISATION_FLOORS[0] and recall >= ORGANISATION_FLOORS[1], (precision, recall)
