"""The summing rules of `bilagor amounts`, as pure functions over plain rows (no archive)."""

import pytest

from bilagor.extractor.errors import UsageError
from bilagor.index.filters import resolve_district
from bilagor.index.reports.amounts import (
    BUDGET,
    NOT_SUMMED,
    OUTCOME,
    REPEATED,
    SUPERSEDED,
    AmountRow,
    ReportRow,
    project_key,
    report_figures,
    select,
    summarise,
    superseded_reports,
)


def amounts(*spec, report_id="r"):
    """spec items: (role, sek) or (role, sek, approx)."""
    return [AmountRow(report_id, item[1], item[0], *(item[2:]), ord=i) for i, item in enumerate(spec)]


# -- rule 1: which roles are summed ------------------------------------------


def test_budget_and_outcome_come_from_their_roles():
    f = report_figures(amounts(("budget", 5_000_000), ("utfall", 2_600_000)))
    assert (f.budget, f.outcome) == (5_000_000, 2_600_000)


@pytest.mark.parametrize("role", ["annat", "prognos", "avvikelse", "sokt"])
def test_other_roles_are_not_summed(role):
    f = report_figures(amounts(("budget", 1_000_000), ("utfall", 900_000), (role, 12_700_000)))
    assert (f.budget, f.outcome) == (1_000_000, 900_000)
    assert f.roles[role] == 12_700_000
    assert f.status[2] == NOT_SUMMED


def test_beviljat_stands_in_for_a_missing_budget():
    f = report_figures(amounts(("beviljat", 800_000), ("utfall", 850_000)))
    assert f.budget == 800_000 and f.has_budget
    assert f.status[0] == BUDGET


def test_beviljat_is_ignored_when_a_budget_exists():
    f = report_figures(amounts(("budget", 1_000_000), ("beviljat", 800_000)))
    assert f.budget == 1_000_000
    assert f.status[1] == NOT_SUMMED


def test_report_without_figures_has_none():
    f = report_figures(amounts(("sokt", 220_000)))
    assert (f.budget, f.outcome, f.has_budget, f.has_outcome) == (0, 0, False, False)


# -- rule 2: distinct values within a report ---------------------------------


def test_same_budget_in_two_sections_counts_once():
    f = report_figures(amounts(("budget", 5_000_000), ("budget", 5_000_000), ("utfall", 1)))
    assert f.budget == 5_000_000
    assert [f.status[i] for i in range(3)] == [BUDGET, REPEATED, OUTCOME]


def test_rows_without_ord_keep_their_given_order():
    rows = [AmountRow("r", 5, "budget"), AmountRow("r", 5, "budget"), AmountRow("r", 2, "utfall")]
    assert report_figures(rows).status == [BUDGET, REPEATED, OUTCOME]


def test_two_different_budget_figures_are_summed():
    f = report_figures(amounts(("budget", 300_000), ("budget", 250_000)))
    assert f.budget == 550_000


def test_repeated_outcome_counts_once():
    f = report_figures(amounts(("utfall", 400_000), ("utfall", 400_000), ("utfall", 100_000)))
    assert f.outcome == 500_000


# -- rule 5: approximate figures ---------------------------------------------


def test_hedged_summed_figure_marks_report_approx():
    assert report_figures(amounts(("utfall", 2_600_000, True))).approx
    assert not report_figures(amounts(("utfall", 2_600_000), ("annat", 1, True))).approx


def test_hedged_repeat_of_a_summed_value_still_marks_approx():
    assert report_figures(amounts(("budget", 5_000_000), ("budget", 5_000_000, True))).approx


# -- rule 3: one project, one set of figures ---------------------------------


def _r(rid, year, stage, project="Trygghetsbelysning", district_today="Farsta", form_kind="uppfoljning"):
    return ReportRow(rid, f"{rid}.pdf", year, district_today, district_today, project, stage, form_kind)


def test_project_key_ignores_case_accents_and_spacing():
    a = _r("a", 2019, "delredovisning", project="Trygghetsbelysning  Farsta strand.")
    b = _r("b", 2020, "slutredovisning", project="trygghetsbelysning farsta strand")
    assert project_key(a) == project_key(b)
    assert project_key(_r("c", 2020, None, project=None)) is None


def test_delredovisning_is_replaced_by_slutredovisning_of_a_later_year():
    assert superseded_reports([_r("del", 2019, "delredovisning"), _r("slut", 2020, "slutredovisning")]) == {
        "del": "slut"
    }


def test_delredovisning_is_replaced_by_slutredovisning_of_the_same_year():
    assert superseded_reports([_r("del", 2019, "delredovisning"), _r("slut", 2019, "slutredovisning")]) == {
        "del": "slut"
    }


def test_earlier_delredovisning_is_replaced_by_a_later_one():
    assert superseded_reports([_r("d1", 2018, "delredovisning"), _r("d2", 2019, "delredovisning")]) == {"d1": "d2"}


def test_slutredovisningar_and_stageless_reports_always_count():
    reports = [_r("s1", 2018, "slutredovisning"), _r("s2", 2020, "slutredovisning"), _r("x", 2021, None)]
    assert superseded_reports(reports) == {}


def test_later_delredovisning_is_not_replaced_by_an_earlier_slutredovisning():
    assert superseded_reports([_r("slut", 2018, "slutredovisning"), _r("del", 2019, "delredovisning")]) == {}


@pytest.mark.parametrize(
    "other",
    [
        dict(project="Kameraövervakning"),
        dict(district_today="Bromma"),
        dict(form_kind="okand"),
        dict(project=None),
    ],
)
def test_different_projects_are_not_merged(other):
    reports = [_r("del", 2019, "delredovisning", **other), _r("slut", 2020, "slutredovisning")]
    assert superseded_reports(reports) == {}


# -- rule 3: an application and its follow-up are one project --------------


def _application(rid, year, **other):
    return _r(rid, year, None, form_kind="ansokan", **other)


@pytest.mark.parametrize("year", [2017, 2019, None])  # before or in the follow-up's year, or no year known
@pytest.mark.parametrize("stage", ["delredovisning", "slutredovisning"])
def test_an_application_is_replaced_by_a_follow_up_of_its_project(year, stage):
    reports = [_application("ans", year, project="TRYGGHETSBELYSNING!"), _r("upp", 2019, stage)]
    assert superseded_reports(reports) == {"ans": "upp"}


@pytest.mark.parametrize("stage", ["delredovisning", "slutredovisning"])
def test_a_follow_up_older_than_an_application_does_not_replace_it(stage):
    # A plan years after a project's slutredovisning is a new round at the same place: its budget counts.
    reports = [_application("ans", 2023), _r("upp", 2015, stage)]
    assert superseded_reports(reports) == {}


def test_an_application_is_replaced_only_by_the_follow_ups_of_its_year_or_later():
    reports = [_application("ans", 2020), _r("old", 2015, "slutredovisning"), _r("new", 2021, "delredovisning")]
    assert superseded_reports(reports) == {"ans": "new"}


def test_an_application_is_replaced_by_the_report_that_supplies_its_projects_figures():
    reports = [_application("ans", 2018), _r("del", 2019, "delredovisning"), _r("slut", 2020, "slutredovisning")]
    assert superseded_reports(reports) == {"ans": "slut", "del": "slut"}


@pytest.mark.parametrize(
    "other", [dict(project="Kameraövervakning"), dict(district_today="Bromma"), dict(project=None)]
)
def test_an_application_of_another_project_is_not_replaced(other):
    assert superseded_reports([_application("ans", 2018, **other), _r("slut", 2019, "slutredovisning")]) == {}


def test_applications_without_a_follow_up_count_and_their_groups_say_how_many():
    reports = [
        _application("ans", 2018, project="Kameraövervakning"),
        _application("ans2", 2018),
        _r("slut", 2019, "slutredovisning"),
        _r("other", 2018, "slutredovisning", project="Belysning Farsta strand"),
    ]
    rows = (
        amounts(("budget", 500_000), report_id="ans")
        + amounts(("budget", 2_000_000), report_id="ans2")
        + amounts(("budget", 1_000_000), ("utfall", 900_000), report_id="slut")
        + amounts(("beviljat", 300_000), ("utfall", 300_000), report_id="other")
    )
    summary = summarise(reports, rows, by="year")
    # The follow-up's budget replaces its project's application's: 1,0 mnkr once, not 3,0 mnkr.
    assert [(g.group, g.reports, g.applications, g.budget) for g in summary.groups] == [
        ("2018", 2, 1, 800_000),
        ("2019", 1, 0, 1_000_000),
    ]
    assert (summary.total.reports, summary.total.applications, summary.total.budget) == (3, 1, 1_800_000)
    assert summary.superseded == {"ans2": "slut"}
    by_role = summarise(reports, rows, by="role")
    assert {g.group: g.applications for g in by_role.groups} == {"budget": 1, "beviljat": 0, "utfall": 0}


def test_an_application_is_left_out_before_the_selection():
    reports = [_application("ans", 2018), _r("slut", 2019, "slutredovisning")]
    rows = amounts(("budget", 2_000_000), report_id="ans") + amounts(("budget", 1_000_000), report_id="slut")
    summary = summarise(reports, rows, selected={"ans"}, detail=True)
    assert summary.groups == [] and summary.total.budget == 0
    assert [d.status for d in summary.detail] == [SUPERSEDED]


def test_superseded_report_adds_nothing_and_the_latest_counts_for_its_year():
    reports = [_r("del", 2019, "delredovisning"), _r("slut", 2020, "slutredovisning")]
    rows = amounts(("budget", 1_200_000), ("utfall", 400_000), report_id="del") + amounts(
        ("budget", 1_200_000), ("utfall", 1_150_000), report_id="slut"
    )
    summary = summarise(reports, rows, by="year", detail=True)
    assert [(g.group, g.reports, g.budget, g.outcome) for g in summary.groups] == [("2020", 1, 1_200_000, 1_150_000)]
    assert summary.superseded == {"del": "slut"}
    assert {d.status for d in summary.detail if d.report_id == "del"} == {SUPERSEDED}


def test_supersession_is_decided_before_the_selection():
    reports = [_r("del", 2019, "delredovisning"), _r("slut", 2020, "slutredovisning")]
    rows = amounts(("budget", 1), report_id="del") + amounts(("budget", 2), report_id="slut")
    summary = summarise(reports, rows, selected={"del"})
    assert summary.groups == [] and summary.total.budget == 0


# -- rule 4: deviation over comparable reports -------------------------------


def test_deviation_uses_only_reports_with_budget_and_outcome():
    reports = [_r("a", 2018, "slutredovisning", project="A"), _r("b", 2018, "delredovisning", project="B")]
    rows = amounts(("budget", 5_000_000), ("utfall", 2_600_000), report_id="a") + amounts(
        ("budget", 2_000_000), report_id="b"
    )
    group = summarise(reports, rows).groups[0]
    assert (group.budget, group.outcome) == (7_000_000, 2_600_000)
    assert group.deviation == -2_400_000
    assert group.deviation_pct == -48.0


def test_no_comparable_report_means_no_deviation():
    group = summarise([_r("b", 2018, None)], amounts(("budget", 2_000_000), report_id="b")).groups[0]
    assert group.deviation is None and group.deviation_pct is None


# -- grouping ----------------------------------------------------------------


def test_by_org_counts_a_report_in_each_group_and_once_in_the_total():
    reports = [
        ReportRow("a", year=2018, organisations=("Polisen", "Stokab")),
        ReportRow("b", year=2018, organisations=("Polisen",)),
        ReportRow("c", year=2018),
    ]
    rows = (
        amounts(("budget", 100), report_id="a")
        + amounts(("budget", 10), report_id="b")
        + amounts(("budget", 1), report_id="c")
    )
    summary = summarise(reports, rows, by="org")
    got = {g.group: (g.reports, g.budget) for g in summary.groups}
    assert got == {"Polisen": (2, 110), "Stokab": (1, 100), "(ingen organisation)": (1, 1)}
    assert (summary.total.reports, summary.total.budget) == (3, 111)


def test_by_role_lists_distinct_sums_per_role():
    reports = [ReportRow("a", year=2018), ReportRow("b", year=2019)]
    rows = amounts(("budget", 5), ("budget", 5), ("annat", 7), report_id="a") + amounts(("budget", 3), report_id="b")
    summary = summarise(reports, rows, by="role")
    assert [(g.group, g.reports, g.roles[g.group]) for g in summary.groups] == [("budget", 2, 8), ("annat", 1, 7)]
    assert [g.group for g in summarise(reports, rows, by="role", role="annat").groups] == ["annat"]


def test_years_sort_numerically_with_unknown_last():
    reports = [ReportRow("a", year=2020), ReportRow("b", year=None), ReportRow("c", year=2009)]
    assert [g.group for g in summarise(reports, []).groups] == ["2009", "2020", "(okänt)"]


def test_unknown_grouping_is_a_usage_error():
    with pytest.raises(UsageError):
        summarise([], [], by="colour")


# -- filters -----------------------------------------------------------------


def test_merged_district_includes_its_predecessors():
    assert resolve_district("Norra innerstaden") == {"Norra innerstaden", "Norrmalm", "Östermalm"}
    assert resolve_district("norrmalms stadsdelsnämnd") == {"Norrmalm"}
    with pytest.raises(UsageError):
        resolve_district("Gotham")


def test_select_by_year_district_and_role():
    reports = [
        ReportRow("a", year=2018, district="Norrmalm"),
        ReportRow("b", year=2019, district="Östermalm"),
        ReportRow("c", year=2019, district="Farsta"),
    ]
    assert select(reports, years=(2019, 2019)) == {"b", "c"}
    assert select(reports, districts=resolve_district("Norra innerstaden")) == {"a", "b"}
    rows = amounts(("beviljat", 1), report_id="c")
    assert select(reports, roles={"beviljat"}, amounts=rows) == {"c"}
