"""The shares a held-out entity pair is held to (tests/entities_heldout_checks.py), counted on made-up rows."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from entities_heldout_checks import (  # noqa: E402
    brief_shortfalls,
    counts_below,
    district_evidence_counts,
    floors_missed,
    organisation_kind_counts,
    ranking_case_counts,
    round_problems,
)


def _case(district, plats="", sokande="", text="", path=""):
    return {"district": district, "plats": plats, "sokande": sokande, "text": text, "path": path}


def test_district_evidence_counts_each_field_and_the_text_only_where_it_stands_alone():
    cases = [
        _case("Farsta", plats="Farsta centrum", text="Lamporna är bytta."),
        _case("Bromma", sokande="Bromma stadsdelsnämnd"),
        _case("Skarpnäck", text="Vid Kärrtorps IP har ljuset bytts."),
        _case("Södermalm", path="sodermalm/2019/bilaga5.pdf"),
        _case(None, plats="Solna centrum"),
    ]
    assert district_evidence_counts(cases) == {"plats": 1, "sokande": 1, "text alone": 1, "path": 1}


def test_organisation_kinds_are_counted_only_where_the_truth_names_a_body():
    rows = [
        {"text": "IVO-tillsynen och Brå-rapporten.", "organisations": ["Inspektionen för vård och omsorg"]},
        {"text": "Peab AB och SDN Farsta.", "organisations": ["Peab", "Farsta stadsdelsnämnd"]},
        {"text": "Stockholms-\nhem har bytt lampor.", "organisations": ["Stockholmshem"]},
        {"text": "SL-kortet och AB-bolaget, utan namn.", "organisations": []},
        {"text": "Stockholms Stadshus AB har inte deltagit.", "organisations": ["Stockholms Stadshus AB"]},
    ]
    assert organisation_kind_counts(rows) == {
        "two or more": 1,
        "broken over a line": 1,
        "district committee": 1,
        "name compound": 1,
        "short form spelled out": 2,
        "legal form dropped": 1,
    }


def test_counts_below_lists_only_the_counts_under_their_minimum():
    assert counts_below({"plats": 3, "path": 9}, {"plats": 5, "path": 9}) == {"plats": 3}
    assert counts_below({"plats": 5}, {"plats": 5}) == {}


def test_brief_shortfalls_names_each_size_and_share_under_its_minimum():
    cases = [_case("Farsta", plats="Farsta centrum")]
    rows = [{"text": "Peab AB har byggt.", "organisations": ["Peab"]}]
    shortfalls = brief_shortfalls(cases, rows, {"district cases": 1, "organisation sentences": 2})
    # One case meets its size but not the shares; one sentence falls short of its size and of every kind but one.
    assert shortfalls["organisation sentences"] == 1 and "district cases" not in shortfalls
    assert shortfalls["plats"] == 1 and shortfalls["partner committee"] == 0
    assert "legal form dropped" in shortfalls and shortfalls["two or more"] == 0


def test_ranking_cases_are_a_partner_beside_the_applicant_and_a_namesake_in_another_municipality():
    cases = [
        _case("Farsta", sokande="Farsta stadsdelsnämnd", text="Skarpnäcks stadsdelsförvaltning lånade ut en mätare."),
        _case("Farsta", text="Skarpnäcks stadsdelsförvaltning lånade ut en mätare."),
        _case(None, plats="Alby centrum, Botkyrka kommun"),
        _case(None, plats="Botkyrka kommun, Alby centrum"),
        _case("Farsta", plats="Farstavägen, Tyresö kommun"),
    ]
    assert ranking_case_counts(cases) == {"partner committee": 1, "namesake elsewhere": 1}


def test_floors_missed_lists_the_figures_under_their_floor():
    # No sentence found and none expected: precision and recall are 0 (no extractor is run for an empty set).
    assert floors_missed([], [], {"precision": 0.5, "recall": 0.0}, "empty") == {"precision": 0.0}


def test_round_problems_names_each_part_that_fails_with_the_round_s_ids_and_halves():
    case = {**_case("Farsta", plats="Farsta centrum"), "id": "d9-001", "year": 2019, "scan": False}
    rows = [{"id": "o9-001", "text": "Polisen var där.", "organisations": ["Polisen"]}]
    problems = round_problems([case], rows, 9, {"district cases": 1, "organisation sentences": 1})
    assert set(problems) == {"form and periods", "dev half", "keep half", "brief"}
    assert "0-2019: cases 1 < 30" in problems["dev half"]  # an odd id is the dev half's
    assert "0-2019: cases 0 < 30" in problems["keep half"]
    assert not any(f"{i}:" in line for line in problems["form and periods"] for i in ("d9-001", "o9-001"))
    assert "district cases" not in problems["brief"] and "organisation sentences" not in problems["brief"]
    assert "d9-001: not d8-" in round_problems([case], rows, 8, {})["form and periods"]
