"""Amount-role classes of the twenty-fifth round (issue #11, rules side): ways Swedish states a role that failed on
burned rounds (heldout3 … heldout23) and on the twenty-fourth sets' dev halves, each written here in new sentences
(none a dev case's or a tuning file's), with controls where the rule must not fire; and the pure functions behind
them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_attached import attached_role
from bilagor.extractor.entities.role_clauses import _mask
from bilagor.extractor.entities.role_follow_up import computed_product
from bilagor.extractor.entities.role_funders import funder_role, named_funder
from bilagor.extractor.entities.role_own_money import own_money
from bilagor.extractor.entities.money import find_money

FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = "kostnadsberakning"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = None if section is None else ("ansokan" if section == APPLICATION else "uppfoljning")
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


def masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans = [(m.start, m.end) for m in find_money(text)]
    return _mask(text, spans), spans


# 1. A count times a unit figure ("12 × 900 kr", "3 x 1 500 kr"): the unit figure is no total, `annat`; the product
# after it ("= X", ", alltså X", ", totalt X") is its line's own figure: in a follow-up's answer on the outcome a
# cost paid, in an application's cost estimate the budget, not more of a grant the sentence before named.
def test_a_count_times_a_unit_figure_is_no_total() -> None:
    text = "Stadsdelsnämnden beviljade oss 9 000 kr. Vi bokade tre föreställningar, 3 x 2 800 kr."
    assert roles(text) == [(9_000, "beviljat"), (2_800, "annat")]


def test_the_product_of_a_line_under_a_grant_is_a_cost_paid() -> None:
    text = "Beviljat bidrag 16 000 kr.\nKanoter 5 × 1 700 kr = 8 500 kr\nFlytvästar 10 × 690 kr = 6 900 kr"
    assert roles(text) == [(16_000, "beviljat"), (1_700, "annat"), (8_500, "utfall"), (690, "annat"), (6_900, "utfall")]


def test_the_product_in_an_application_is_the_budget() -> None:
    text = "Vi har fått en offert. Musiker 4 × 3 000 kr = 12 000 kr."
    assert roles(text, APPLICATION) == [(3_000, "annat"), (12_000, "budget")]


def test_a_count_that_times_something_else_is_no_factor() -> None:
    # the count times hours, not the amount: the hall's cost is the outcome
    text = "Hyran för 2 × 3 timmar i sporthallen blev 1 400 kr."
    assert roles(text) == [(1_400, "utfall")]
    text, spans = masked("Hyran för 2 × 3 timmar blev 1 400 kr")
    assert attached_role(text, *spans[0]) != "annat"


def test_computed_product_needs_a_unit_figure_on_its_line() -> None:
    text, spans = masked("Lampor 6 × 1 200 kr = 7 200 kr")
    assert computed_product(text, spans[1], spans)
    text, spans = masked("Ledaren tog 400 kr per timme, alltså 6 400 kr")
    assert computed_product(text, spans[1], spans)
    text, spans = masked("Bidrag 7 000 kr, alltså 7 000 kr")  # no unit figure before it
    assert not computed_product(text, spans[1], spans)
    text, spans = masked("Lampor 6 × 1 200 kr.\nSumma = 7 200 kr")  # another line
    assert not computed_product(text, spans[1], spans)


# 2. Paying out: a body that paid out grants or aid ("har betalat ut X i bidrag/stöd") states what its grant money came
# to, the outcome; in a follow-up the city committee or office paying the project is its grant.
def test_grants_a_body_paid_out_are_the_outcome_in_public_text() -> None:
    text = "Kulturnämnden i Sundsvall har under året betalat ut 2,4 mnkr i bidrag till studieförbund. Budgeten var 2,6 mnkr."
    assert roles(text, None) == [(2_400_000, "utfall"), (2_600_000, "budget")]


def test_a_grant_received_in_public_text_stays_a_grant() -> None:
    text = "Föreningen Hemgården har fått 300 000 kr i bidrag från kommunen för sommarlovet."
    assert roles(text, None) == [(300_000, "beviljat")]


def test_the_city_paying_out_money_in_a_follow_up_is_the_grant() -> None:
    text = "Stadsdelsförvaltningen betalade under våren ut 14 000 kr till oss. Kursen kostade 13 900 kr."
    assert roles(text) == [(14_000, "beviljat"), (13_900, "utfall")]


def test_funder_role_reads_a_city_body_paying_out() -> None:
    text, spans = masked("Kulturförvaltningen har betalat ut 5 000 kr")
    assert funder_role(text, spans[0], spans, application=False) == "beviljat"
    text, spans = masked("Föreningen har betalat ut 5 000 kr")  # the applicant itself paying is no grant
    assert funder_role(text, spans[0], spans, application=False) is None


def test_attached_role_reads_paid_out_grants_as_the_outcome() -> None:
    text, spans = masked("Regionen betalade i fjol ut 3 mnkr i stöd")
    assert attached_role(text, *spans[0]) == "utfall"
    text, spans = masked("Regionen gav i fjol 3 mnkr i stöd")
    assert attached_role(text, *spans[0]) == "beviljat"


# 3. The project's own money and what its members paid themselves ("Egen insats: X", "X ur föreningens egen kassa",
# "föräldrarna betalade själva X"): a source of the cost beside the grant, no summed role, `annat`.
def test_own_money_beside_the_grant_is_no_outcome() -> None:
    text = "Stadsdelsnämnden beviljade 14 000 kr. Resan kostade 15 250 kr, och 1 250 kr tog vi ur klubbens egen kassa."
    assert roles(text) == [(14_000, "beviljat"), (15_250, "utfall"), (1_250, "annat")]


def test_an_own_contribution_line_is_no_grant_or_cost() -> None:
    text = "Beviljat: 9 000 kr\nEgeninsats: 1 200 kr\nRedovisade kostnader: 10 100 kr"
    assert roles(text) == [(9_000, "beviljat"), (1_200, "annat"), (10_100, "utfall")]
    text = "Kostnaden blev 10 100 kr. Vår egenfinansiering blev 1 100 kr."
    assert roles(text) == [(10_100, "utfall"), (1_100, "annat")]


def test_what_members_paid_themselves_is_no_outcome() -> None:
    text = "Vi fick 6 000 kr av stadsdelsnämnden. Eleverna betalade själva 900 kr för bussen."
    assert roles(text) == [(6_000, "beviljat"), (900, "annat")]


def test_a_sum_asked_for_beside_an_own_share_stays_asked_for() -> None:
    text = "Vi söker 30 000 kr och står själva för 5 000 kr."
    assert roles(text, APPLICATION) == [(30_000, "sokt"), (5_000, "annat")]


def test_own_money_reads_the_pot_the_name_and_the_self_payer() -> None:
    def own(sentence: str, index: int = 0) -> bool:
        text, spans = masked(sentence)
        return own_money(text, spans[index])

    assert own("Vi lade till 700 kr ur föreningskassan")
    assert own("Föreningens egna medel, 2 000 kr")
    assert own("3 000 kr betalade vi själva")
    assert own("Klubben stod själv för 4 500 kr")
    assert not own("Vi betalade 4 500 kr för bussen")  # a cost paid, no own pot
    assert not own("Vi byggde själva scenen och köpte virke för 4 500 kr")  # "själva" of the work, no payer
    assert not own("Vi köpte 4 500 kr av material")  # no own pot after "av"
    assert not own("Vi söker 6 000 kr och betalar själva resten", 0)  # "själva" in the next clause


def test_an_overrun_named_as_such_keeps_its_role_however_it_was_paid() -> None:
    text = "Bidraget var 8 000 kr och kostnaden 8 750 kr. Differensen på 750 kr tog klubben ur egen kassa."
    assert roles(text) == [(8_000, "beviljat"), (8_750, "utfall"), (750, "avvikelse")]
    text = "Det som saknades, 600 kr, betalade vi ur klubbkassan."
    assert roles(text, "avvikelser") == [(600, "avvikelse")]


def test_a_committees_own_budget_and_another_bodys_cash_are_no_own_money() -> None:
    text = "Trygghetsutskottet gav 90 000 kr och stadsdelsnämnden 30 000 kr ur sin egen budget."
    assert (30_000, "annat") not in roles(text)
    text, spans = masked("Förbundet fick 2 mnkr från Försäkringskassan")
    assert not own_money(text, spans[0])
    text, spans = masked("Projektets budget inklusive egen insats: 95 000 kr")
    assert not own_money(text, spans[0])


# 4. An outside payer named after a comma or after its money in a follow-up ("Svenska kyrkan betalade resten, X",
# "Resten, X, betalade Familjebostäder", "… betalades av ABF, X") beside the city's grant: co-funding, `annat`.
def test_an_outside_payer_before_a_comma_beside_the_citys_grant_is_co_funding() -> None:
    text = "Stadsdelsnämnden bidrog med 30 000 kr och Stockholmshem betalade resten, 8 000 kr."
    assert roles(text) == [(30_000, "beviljat"), (8_000, "annat")]


def test_an_outside_payer_after_its_money_in_the_next_sentence_is_co_funding() -> None:
    text = "Stadsdelsnämnden beviljade 25 000 kr. Resten, 3 000 kr, betalade Familjebostäder."
    assert roles(text) == [(25_000, "beviljat"), (3_000, "annat")]


def test_named_funder_reads_the_payer_around_the_amount() -> None:
    text, spans = masked("Bussen betalades av Svenska Bostäder, 3 000 kr")
    assert named_funder(text, spans[0]) == "outside"
    text, spans = masked("Vi betalade resten, 3 000 kr")  # the project itself is no funder
    assert named_funder(text, spans[0]) is None
