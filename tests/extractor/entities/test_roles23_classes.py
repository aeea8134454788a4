"""Amount-role classes of the twenty-second round (issue #11, rules side): phrasings that failed on the
twenty-first sets' dev halves and on burned rounds, each written here in new sentences, with controls where the
rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = None if section is None else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 1. A supplement beside the new total it led to: more wordings of the supplement (an adjective naming the money
# added: "extra bidrag", "kompletterande anslag") and of the total (what the receiver has in all, with no plan noun).
def test_an_extra_grant_with_a_space_beside_the_new_total_grant_is_the_supplement() -> None:
    text = "Hyresgästföreningen fick ett extra bidrag på 4 000 kr i oktober. Det totala bidraget blev därmed 19 000 kr."
    assert roles(text) == [(4_000, "annat"), (19_000, "beviljat")]


def test_a_complementary_allocation_named_after_its_figure_beside_the_new_budget_is_the_supplement() -> None:
    text = "Kulturnämnden i Ekby tilldelades 2 mnkr i kompletterande anslag. Nämndens budget för året är nu 57 mnkr."
    assert roles(text, None) == [(2_000_000, "annat"), (57_000_000, "budget")]


def test_a_supplement_beside_what_the_receiver_gets_in_all_keeps_the_totals_own_plan() -> None:
    text = "Regionen beviljade en extra ram på 600 000 kronor till tolktjänsten. Därmed har tolktjänsten totalt 3,4 mnkr i år."
    assert roles(text, None) == [(600_000, "annat"), (3_400_000, "beviljat")]


def test_a_total_got_together_with_a_supplement_in_one_sentence_is_the_new_grant() -> None:
    text = "Tillsammans med extrabidraget på 3 500 kr fick vi 28 500 kr av stadsdelen. Vi använde 27 900 kr."
    assert roles(text) == [(3_500, "annat"), (28_500, "beviljat"), (27_900, "utfall")]


def test_a_raised_allocation_beside_its_total_with_a_decimal_comma() -> None:
    text = "Fritidsnämndens anslag höjs med 2,5 mnkr. Totalt blir anslaget 31,5 mnkr."
    assert roles(text, None) == [(2_500_000, "annat"), (31_500_000, "budget")]


def test_an_extra_grant_without_a_new_total_is_still_a_grant() -> None:
    assert roles("Vi fick ett extra bidrag på 5 000 kr från stadsdelsnämnden.") == [(5_000, "beviljat")]


# 2. Public text: a body's income set against the plan for that income is the revenue line's outcome (or its plan
# or forecast, as the words before it say); income beside a result, a rate or a form's sales stay `annat`.
def test_income_taken_in_beside_a_bare_budget_after_it_is_the_outcome() -> None:
    text = "Gatunämnden i Ekby tog in 8,4 mnkr i felparkeringsavgifter under året. Budgeten var 9 mnkr."
    assert roles(text, None) == [(8_400_000, "utfall"), (9_000_000, "budget")]


def test_income_compared_with_the_budget_in_its_own_sentence_is_the_outcome() -> None:
    text = "Simhallens entréintäkter landade på 2,3 mnkr, 0,4 mnkr högre än budgeterat."
    assert roles(text, None)[0] == (2_300_000, "utfall")


def test_income_counted_on_is_the_plan_and_income_expected_the_forecast() -> None:
    planned = "Nämnden hade räknat med intäkter på 5 mnkr från torghandeln. Intäkterna blev 4,6 mnkr."
    assert roles(planned, None) == [(5_000_000, "budget"), (4_600_000, "utfall")]
    expected = (
        "Förvaltningen bedömer att intäkterna från hamnavgifterna blir 7,7 mnkr i år. Budgeten för dem är 7 mnkr."
    )
    assert roles(expected, None)[0] == (7_700_000, "prognos")


def test_income_beside_a_result_and_a_budgeted_result_stays_income() -> None:
    text = (
        "Hyresintäkterna i det kommunala bolaget blev 210 mnkr. Årets resultat blev 12 mnkr. "
        "För nästa år budgeteras ett resultat på 15 mnkr."
    )
    assert roles(text, None)[0] == (210_000_000, "annat")


def test_last_years_income_beside_this_years_budgeted_sales_stays_income() -> None:
    text = "Hamnen fick i fjol 6 mnkr i intäkter från gästplatser. I år är uthyrningen budgeterad till 7 mnkr."
    assert roles(text, None)[0] == (6_000_000, "annat")


def test_a_forms_sales_beside_its_budget_stay_income() -> None:
    text = "Budgeten var 20 000 kr. Intäkterna från kaffeförsäljningen blev 3 100 kr."
    assert roles(text)[1] == (3_100, "annat")
