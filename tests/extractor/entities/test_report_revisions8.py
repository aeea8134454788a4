"""A budget (or grant) revised during the project: only the latest counts; the one it replaced, and an
increment that led to it, are not summed beside it (role_revisions, run by the report-level step). Seen
failing before the change; the controls (two budget lines, no revision) passed before and after."""

from __future__ import annotations

from bilagor.extractor.entities.checks import BUDGET_REVISED, figure_checks
from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.entities.role_revisions import revision_of
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, sentence: str, source: str = "cue") -> Amount:
    return Amount(text, sek, False, role, "ekonomiskt_utfall", 1, sentence, role_source=source)


def test_revision_words():
    s = "Ursprungligen budgeterades 750 000 kr men sedan justerades budgeten upp till 880 000 kr."
    assert revision_of(s, "750 000 kr") == "earlier"
    assert revision_of(s, "880 000 kr") == "revised"
    s = "Nämnden gav en tilläggsbudget på 120 000 kr, och den totala budgeten blev därmed 520 000 kr."
    assert revision_of(s, "120 000 kr") == "increment"
    assert revision_of("Efter översynen togs en ny kalkyl fram på 2,05 mnkr.", "2,05 mnkr") == "revised"
    assert revision_of("Budget 400 000 kr.", "400 000 kr") is None


def test_a_budget_revised_later_replaces_the_earlier_one():
    first = "Vid beslutet beräknades utgiften till 2,1 mnkr."
    second = "Efter upphandlingen reviderades budgeten till 2,4 mnkr. Utfall 2,38 mnkr."
    amounts = [
        amount("2,1 mnkr", 2_100_000, "budget", first, "clause"),
        amount("2,4 mnkr", 2_400_000, "budget", second),
        amount("2,38 mnkr", 2_380_000, "utfall", second),
    ]
    changed = consistent_roles(amounts)
    assert [(a.role, a.role_source) for a in changed] == [
        ("annat", CONSISTENCY),
        ("budget", "cue"),
        ("utfall", "cue"),
    ]


def test_an_increment_is_not_summed_beside_the_new_total():
    s = "Nämnden gav en tilläggsbudget på 120 000 kr, och den totala budgeten blev därmed 520 000 kr."
    amounts = [amount("120 000 kr", 120_000, "budget", s), amount("520 000 kr", 520_000, "budget", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["annat", "budget"]


def test_a_grant_raised_after_review_replaces_the_first_grant():
    s = "Vi beviljades 150 000 kr. Efter omprövning höjdes bidraget till 170 000 kr."
    amounts = [amount("150 000 kr", 150_000, "beviljat", s), amount("170 000 kr", 170_000, "beviljat", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["annat", "beviljat"]


def test_control_two_budget_lines_without_a_revision_are_both_summed():
    s = "Budget för belysning 300 000 kr och budget för bänkar 100 000 kr."
    amounts = [amount("300 000 kr", 300_000, "budget", s), amount("100 000 kr", 100_000, "budget", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["budget", "budget"]


def test_a_revised_budget_is_a_reason_to_look():
    s = "Ursprungligen budgeterades 750 000 kr men sedan justerades budgeten upp till 880 000 kr."
    amounts = consistent_roles([amount("750 000 kr", 750_000, "budget", s), amount("880 000 kr", 880_000, "budget", s)])
    checks = figure_checks(amounts)
    assert [(c.reason, c.amount.sek) for c in checks] == [(BUDGET_REVISED, 880_000)]


def test_control_a_single_budget_gives_no_revision_reason():
    s = "Budgeten var 880 000 kr och utfallet 861 000 kr."
    amounts = [amount("880 000 kr", 880_000, "budget", s), amount("861 000 kr", 861_000, "utfall", s)]
    assert figure_checks(consistent_roles(amounts)) == []


def test_control_an_increment_alone_is_the_grant():
    s = "Nämnden beslutade om ett tillskott på 500 000 kr. Föreningen sparar samtidigt 180 000 kr."
    amounts = [amount("500 000 kr", 500_000, "beviljat", s), amount("180 000 kr", 180_000, "beviljat", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["beviljat", "beviljat"]


def test_control_an_earlier_figure_alone_stays_the_budget():
    s = "Kalkylen i ansökan var 650 000 kr. Hittills har 410 000 kr upparbetats."
    amounts = [amount("650 000 kr", 650_000, "budget", s), amount("410 000 kr", 410_000, "utfall", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["budget", "utfall"]


def test_till_naming_a_receiver_is_no_revision():
    assert revision_of("Samtidigt minskas anslaget till fritidsgårdarna med 1,5 miljoner.", "1,5 miljoner") is None
