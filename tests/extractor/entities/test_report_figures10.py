"""The tenth round's report-level classes (issue #11, f-report): a basis (moms) named before the amount, a budget
revised in a clause or answer after the figure it replaced, a bracket named by the noun phrase before it, a
forecast total that is the outcome so far plus the costs still expected, parts of an outcome before its named total
in another answer, money set aside for a coming year beside this year's budget, "översteg … med X", and a bracket
labelled with another year. Written before the change and seen failing; the controls passed before too."""

from __future__ import annotations

from roles_scoring import summed_figures

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.checks import FORECAST_TOTAL, OTHER_YEAR, figure_checks
from bilagor.extractor.entities.role_bases import basis_of
from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.entities.role_revisions import revision_of
from bilagor.extractor.record import Amount

FOLLOW_UP = "ekonomiskt_utfall"


def report(*answers: tuple[str, str]) -> list[Amount]:
    """A report's amounts through the report-level step, as the record holds them."""
    return consistent_roles(
        [a for section, text in answers for a in find_amounts(text, section, role_decision="rules")]
    )


def figures(*answers: tuple[str, str]) -> tuple[int | None, int | None]:
    return summed_figures(report(*answers))


def roles(text: str, role_decision: str | None = None) -> list[tuple[int | None, str]]:
    found = (
        find_amounts(text, FOLLOW_UP)
        if role_decision is None
        else find_amounts(text, FOLLOW_UP, role_decision=role_decision)
    )
    return [(a.sek, a.role) for a in found]


# A. The basis named before the amount in its clause ("Exklusive moms kostade …", "och utan moms X").
def test_a_basis_named_before_the_amount():
    s = "Utan moms landade kostnaden på 84 000 kr, med moms på 105 000 kr."
    assert basis_of(s, "84 000 kr") == "exkl"
    assert basis_of(s, "105 000 kr") == "inkl"


def test_an_outcome_with_and_without_moms_named_before_counts_once_on_the_budgets_basis():
    text = (
        "Inklusive moms blev notan för solcellerna 362 500 kr och exklusive moms 290 000 kr. "
        "Budgeten på 300 000 kr gällde kostnaden utan moms."
    )
    assert figures((FOLLOW_UP, text)) == (300_000, 290_000)


def test_control_med_that_is_no_moms_names_no_basis():
    assert basis_of("Med hjälp av volontärer kostade det 40 000 kr.", "40 000 kr") is None


# B. A budget revised in a clause or an answer after the figure it replaced.
def test_a_budget_subject_revised_then_landing_on_a_figure():
    assert (
        revision_of("Kalkylen reviderades efter anbudet i mars och hamnade på 812 000 kr.", "812 000 kr") == "revised"
    )
    assert revision_of("Budgeten räknades om i maj och låg sedan på 95 000 kr.", "95 000 kr") == "revised"


def test_a_budget_revised_in_a_later_answer_replaces_the_first():
    assert figures(
        (FOLLOW_UP, "Budget: 700 000 kr. Utfall: 795 000 kr."),
        ("avvikelser", "Budgeten justerades i augusti när markarbetena blev dyrare och låg därefter på 800 000 kr."),
    ) == (800_000, 795_000)


def test_control_no_revision_of_the_budget():
    assert revision_of("Tidplanen reviderades, men budgeten låg kvar på 75 000 kr.", "75 000 kr") is None
    assert revision_of("Budgeten ändrades inte och låg kvar på 75 000 kr.", "75 000 kr") is None


# C. A bracket named by the noun phrase before it ("ramen för insatsen (X)").
def test_a_bracket_after_a_noun_phrase_is_the_figure_of_its_head():
    assert roles("Kostnaderna blev 61 000 kr, strax under ramen för insatsen (65 000 kr).") == [
        (61_000, "utfall"),
        (65_000, "budget"),
    ]
    assert roles("Vi redovisar 44 000 kr i kostnader mot bidraget från stadsdelsnämnden (45 000 kr).")[1] == (
        45_000,
        "beviljat",
    )


def test_control_a_bracket_after_a_phrase_naming_no_figure_stays_the_prior_years():
    assert roles("Kostnaden blev 96 000 kr för hela hösten (88 000 kr).") == [(96_000, "utfall"), (88_000, "annat")]


# D. A forecast total: the outcome so far plus the costs still expected.
_SO_FAR = "Hittills har 412 000 kr bokförts."
_EXPECTED = "Återstående fakturor på ca 35 000 kr väntas, och det slutliga utfallet blir då ca 447 000 kr."


def _forecast_report(total_source: str = "clause") -> list[Amount]:
    return [
        Amount("412 000 kr", 412_000, False, "utfall", FOLLOW_UP, 1, _SO_FAR, "clause"),
        Amount("ca 35 000 kr", 35_000, True, "prognos", FOLLOW_UP, 1, _EXPECTED, "clause"),
        Amount("ca 447 000 kr", 447_000, True, "utfall", FOLLOW_UP, 1, _EXPECTED, total_source),
        Amount("450 000 kr", 450_000, False, "budget", FOLLOW_UP, 1, "Budget 450 000 kr.", "cue"),
    ]


def test_the_outcome_so_far_plus_the_expected_costs_is_a_forecast():
    found = consistent_roles(_forecast_report())
    assert [(a.role, a.role_source) for a in found][2] == ("prognos", CONSISTENCY)
    assert summed_figures(found) == (450_000, 412_000)
    assert FORECAST_TOTAL in {c.reason for c in figure_checks(found)}


def test_control_a_total_a_cue_names_the_outcome_stays():
    found = consistent_roles(_forecast_report("cue"))
    assert found[2].role == "utfall"
    assert FORECAST_TOTAL not in {c.reason for c in figure_checks(found)}


# E. Parts of the outcome in one answer, their named total in another.
def test_parts_before_a_named_total_in_a_later_answer_count_once():
    assert figures(
        (
            FOLLOW_UP,
            "Bidraget på 60 000 kr användes så här: 35 000 kr gick till hyra av lokal och 25 000 kr till ledare.",
        ),
        ("slutresultat", "Totalt användes 60 000 kr."),
    ) == (60_000, 60_000)


def test_control_costs_in_two_answers_with_no_named_total_are_summed():
    assert figures(
        (FOLLOW_UP, "Hyran kostade 35 000 kr och ledarna 25 000 kr. Budgeten var 100 000 kr."),
        ("slutresultat", "Materialet kostade 40 000 kr."),
    ) == (100_000, 100_000)


# F. Money set aside for a coming year beside this year's budget and outcome.
def test_a_budget_for_a_coming_year_is_not_this_years():
    assert figures(
        (
            FOLLOW_UP,
            "Budgeten för året var 180 000 kr och utfallet 176 500 kr. För kommande år har nämnden avsatt 200 000 kr.",
        )
    ) == (180_000, 176_500)


def test_control_the_only_budget_stays_whatever_year_it_names():
    found = report((FOLLOW_UP, "Inför nästa år har nämnden avsatt 200 000 kr. Hittills har 12 000 kr använts."))
    assert [a.role for a in found] == ["budget", "utfall"]


# G. "översteg … med X": the deviation, not the figure it exceeded.
def test_exceeded_by_is_the_deviation():
    assert roles("Kostnaderna översteg den beviljade summan med 4 200 kr.") == [(4_200, "avvikelse")]
    assert roles("Utgifterna överskred kalkylen med drygt 9 000 kr.")[0][1] == "avvikelse"


# H. A bracket labelled with another year ("(kostnad 2023: X)").
def test_a_bracket_labelled_with_a_year_is_that_years():
    assert roles("Kostnad i år: 81 000 kr (kostnad 2023: 74 500 kr).") == [(81_000, "utfall"), (74_500, "annat")]


# I. A part of a city pot handed to the report's own project is its grant.
def test_a_share_of_a_pot_going_to_the_project_is_its_grant():
    assert roles("Av nämndens föreningsmedel går 85 000 kr till projektet.") == [(85_000, "beviljat")]


def test_control_a_pots_share_going_to_a_named_other_stays_apart():
    assert roles("Av nämndens föreningsmedel går 85 000 kr till Rinkeby-Kista.") == [(85_000, "beviljat")]


# J. Money the text says is not charged to the project or not in its accounts.
def test_money_not_charged_to_the_project_is_not_its_outcome():
    assert figures(
        (FOLLOW_UP, "Budget 120 000 kr. Utfall 118 500 kr."),
        (
            "avvikelser",
            "Dessutom lade fritidsgården ner personaltid värd omkring 25 000 kr, som inte belastade projektet.",
        ),
    ) == (120_000, 118_500)


def test_control_money_charged_to_the_project_stays():
    assert (
        figures(
            (FOLLOW_UP, "Budget 120 000 kr."),
            ("avvikelser", "Fritidsgårdens personaltid kostade 25 000 kr, som belastade projektet."),
        )[1]
        == 25_000
    )


# K. Compensation taken off a net outcome ("efter att försäkringsersättningen på X dragits av").
def test_compensation_deducted_from_a_net_outcome_is_neither_figure():
    assert figures(
        (
            FOLLOW_UP,
            "Netto kostade lagningen av staketet 41 000 kr, sedan ersättningen från försäkringen på 9 000 kr räknats av.",
        ),
        ("finansiering", "Budget netto: 45 000 kr."),
    ) == (45_000, 41_000)


def test_control_a_cost_left_out_of_the_figure_says_nothing_of_the_figure():
    assert figures((FOLLOW_UP, "Utfallet blev 64 000 kr, men lokalhyran ingår inte. Budgeten var 70 000 kr.")) == (
        70_000,
        64_000,
    )


# L. A rounded figure restated exactly in brackets ("1,2 mnkr (1 204 300 kr)"): one figure, the exact one.
def test_a_rounded_figure_restated_exactly_in_brackets_counts_once_exactly():
    assert figures((FOLLOW_UP, "Insatsen kostade 0,8 mnkr (812 450 kr) mot en budget på 0,9 mnkr.")) == (
        900_000,
        812_450,
    )


def test_control_a_bracket_far_from_the_figure_before_is_the_prior_years():
    assert figures((FOLLOW_UP, "Insatsen kostade 0,8 mnkr (1,1 mnkr) mot en budget på 0,9 mnkr.")) == (
        900_000,
        800_000,
    )


def test_control_two_years_figures_of_one_precision_are_no_restatement():
    assert figures((FOLLOW_UP, "Kostnaden blev 600 tkr (550 tkr) och budgeten var 650 tkr.")) == (650_000, 600_000)


# M. In a follow-up, money from another funder beside the city's grant named by its owner ("stadens bidrag på X").
def test_another_funders_money_beside_the_citys_named_grant_is_no_grant():
    # The rules' class. Since the nineteenth round's retrain the learned decision overrides the 40 000 to `beviljat`
    # (probability 0.46): a known disagreement, pinned to the rules here as the other class tests are.
    assert roles(
        "Förutom stadsdelsnämndens bidrag på 90 000 kr fick föreningen 40 000 kr från Svenska Postkodstiftelsen.",
        role_decision="rules",
    ) == [
        (90_000, "beviljat"),
        (40_000, "annat"),
    ]


def test_control_another_funders_money_alone_stays_the_grant():
    assert roles("Föreningen fick 40 000 kr från Svenska Postkodstiftelsen.") == [(40_000, "beviljat")]


# N. A bracket after an amount that names its figure inside ("(90 000 kr enligt kalkylen)"): that figure, not the
# prior year's.
def test_a_bracket_naming_its_figure_inside_is_that_figure():
    assert roles("Summa kostnader 96 000 kr (90 000 kr enligt kalkylen).") == [(96_000, "utfall"), (90_000, "budget")]
    assert figures((FOLLOW_UP, "Kostnaderna blev 1 340 tkr (1 290 tkr enligt ansökan).")) == (1_290_000, 1_340_000)


def test_control_a_bare_bracket_after_an_amount_stays_the_prior_years():
    assert roles("Summa kostnader 96 000 kr (90 000 kr).") == [(96_000, "utfall"), (90_000, "annat")]


def test_control_a_bracket_naming_another_period_inside_stays_the_prior_years():
    assert roles("Summa kostnader 96 000 kr (90 000 kr året innan).") == [(96_000, "utfall"), (90_000, "annat")]
    assert roles("Summa kostnader 96 000 kr (90 000 kr 2023).") == [(96_000, "utfall"), (90_000, "annat")]


# O. Parts taken out of a total named before them ("Av utfallet avser A … och B …"): parts, not summed beside it.
def test_parts_taken_out_of_a_total_before_them_count_once():
    assert figures(
        (
            FOLLOW_UP,
            "Kostnaden för upprustningen blev 540 tkr. Av den gick 310 tkr till gungor och 230 tkr till staket.",
        ),
        ("avvikelser", "Budgeten var 560 tkr."),
    ) == (560_000, 540_000)


def test_control_figures_after_a_total_that_do_not_add_up_to_it_stay():
    assert figures(
        (FOLLOW_UP, "Kostnaden för etapp ett blev 540 tkr. Etapp två kostade 310 tkr. Budgeten var 900 tkr."),
    ) == (900_000, 850_000)


def test_control_a_budget_spent_and_left_over_keeps_its_outcome():
    assert figures(
        (FOLLOW_UP, "Budgeten var 300 tkr. Av dessa har 288 tkr använts, och de 12 tkr som blev över betalas tillbaka.")
    ) == (
        300_000,
        288_000,
    )


# P. An outcome of an earlier year told beside this year's, as a comparison ("samma", "det", in brackets).
def test_an_earlier_years_outcome_beside_this_years_is_not_summed():
    assert figures(
        (FOLLOW_UP, "Läxhjälpen kostade 182 000 kr. Under 2022 kostade samma verksamhet 171 000 kr."),
        ("avvikelser", "Budget: 190 000 kr."),
    ) == (190_000, 182_000)
    assert figures(
        (FOLLOW_UP, "Utfallet för kollot blev 64 000 kr för 2024 (budget 65 000 kr, 2023 kostade det 58 500 kr)."),
    ) == (65_000, 64_000)


def test_control_two_years_of_one_project_are_both_its_outcome():
    assert figures(
        (FOLLOW_UP, "År 2023 kostade första etappen 120 000 kr och 2024 kostade andra etappen 95 000 kr."),
        ("avvikelser", "Budgeten för båda etapperna var 220 000 kr."),
    ) == (220_000, 215_000)


def test_control_two_years_told_with_det_are_both_the_outcome():
    assert figures(
        (
            FOLLOW_UP,
            "2023 kostade det 120 000 kr och 2024 kostade det 95 000 kr. Budgeten för båda åren var 220 000 kr.",
        ),
    ) == (220_000, 215_000)


def test_a_figure_left_out_as_another_years_is_flagged():
    found = report(
        (FOLLOW_UP, "Läxhjälpen kostade 182 000 kr. Under 2022 kostade samma verksamhet 171 000 kr."),
        ("avvikelser", "Budget: 190 000 kr."),
    )
    assert [(c.reason, c.amount.sek) for c in figure_checks(found)] == [(OTHER_YEAR, 171_000)]
    found = report((FOLLOW_UP, "Budget 80 000 kr, utfall 78 000 kr. För nästa år har nämnden avsatt 85 000 kr."))
    assert [(c.reason, c.amount.sek) for c in figure_checks(found)] == [(OTHER_YEAR, 85_000)]


def test_control_a_plain_report_is_not_flagged():
    assert figure_checks(report((FOLLOW_UP, "Budget 80 000 kr, utfall 78 000 kr under 2024."))) == []


# Q. A budget labelled with the outcome's own year is this year's budget, whatever other year is named beside them.
def test_a_budget_labelled_with_the_outcomes_year_is_the_budget():
    assert figures((FOLLOW_UP, "Utfall 2024: 318 000 kr (utfall 2023: 297 000 kr). Budget 2024: 325 000 kr.")) == (
        325_000,
        318_000,
    )
