"""Issue #12, seventeenth round: the thirteenth held-out district and organisation pair (`*heldout17*`), aggregates only.

Written fresh by a helper who changes no rule and read no rule, gazetteer or earlier set (five lines of the
sixteenth pair for the format); committed and scored once before the round's rules changed, scored a last time by
the lead. The README beside the sets holds the annotation decisions; FLOORS are the first figures rounded down to
0.01. No test prints which case misses.

    .venv/bin/python tests/entities_heldout_scoring.py districts_heldout17.jsonl organisations_heldout17.jsonl
"""

from __future__ import annotations

from entities_heldout_checks import (
    FIELD_MINIMUMS,
    KIND_MINIMUMS,
    RANKING_MINIMUMS,
    counts_below,
    district_evidence_counts,
    figures_below,
    heldout_pair_problems,
    organisation_kind_counts,
    ranking_case_counts,
)
from entities_heldout_scoring import heldout_figures, load_rows

DISTRICT_CASES = load_rows("districts_heldout17.jsonl")
SENTENCES = load_rows("organisations_heldout17.jsonl")


def test_heldout17_pair_is_sound_and_every_committee_of_each_period_is_named():
    # A rule that loses one district in one period, or only on scans, shows in a part and not only in the total.
    assert heldout_pair_problems(DISTRICT_CASES, SENTENCES, "d17-", "o17-") == []


def test_heldout17_is_as_large_as_its_brief_asks():
    assert len(DISTRICT_CASES) >= 210
    assert len(SENTENCES) >= 160


def test_heldout17_district_cases_show_the_district_in_each_field():
    # The district is shown by the place field, the applicant field beside a partner committee, the body text alone
    # and a folder, each in a share, so the figures are not carried by one field.
    assert counts_below(district_evidence_counts(DISTRICT_CASES), FIELD_MINIMUMS) == {}


def test_heldout17_district_cases_name_partners_and_namesakes():
    # Cases where the applicant's committee is named beside another district's administration, and places written
    # "X, Y kommun" that name none, each take a share: the set tests the ranking of evidence, not only a gazetteer.
    assert counts_below(ranking_case_counts(DISTRICT_CASES), RANKING_MINIMUMS) == {}


def test_heldout17_organisation_sentences_span_the_kinds_the_issue_names():
    # Sentences naming two or more bodies, names broken over a line, committees as written (the city's
    # "X stadsdelsnämnd" in the truth), names as a hyphenated compound's first part, short forms that the truth
    # spells out and legal forms the truth drops each take a share, so precision and recall are not carried by one kind.
    assert counts_below(organisation_kind_counts(SENTENCES), KIND_MINIMUMS) == {}


def test_heldout17_holds_the_floors_of_its_first_score():
    figures = heldout_figures(DISTRICT_CASES, SENTENCES)
    print("\nheld-out 17: " + ", ".join(f"{name} {value:.3f}" for name, value in figures.items()))
    assert figures_below(figures, FLOORS) == {}


# Scored once on 2026-12-05, before this round's fixes, on main's code at 4f00d1b with the sets committed on top
# (16dd225); aggregates only. districts_heldout17: text layer 0.984 (180/183), scan-like 0.981 (51/52),
# no district 0.970 (32/33, 0.9697), all 0.983 (231/235). organisations_heldout17: P 0.969 (190/196), R 0.936 (190/203)
# (tp 190, fp 6, fn 13; 191 sentences). Scored a second and last time after the round (the lead, every branch merged,
# EXTRACTOR_VERSION 21): every figure unchanged (the round's entity rules did not reach this set). Halved at the
# round's end (`--half`): the dev halves are tuning data, the kept halves aggregate only. The floors are these figures
# rounded down:
FLOORS = {"text layer": 0.98, "scan-like": 0.98, "no district": 0.96, "all": 0.98, "precision": 0.96, "recall": 0.93}
