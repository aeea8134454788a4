"""Amount-role classes of the twenty-sixth round (issue #11, rules side): the report-level shapes the learned
decision kept wrong (a rate beside a total, another body's share of a grant, a contract's price beside the final
cost, a label under an outcome heading) and issue #11's classes, each written here in new sentences (none a dev
case's or a tuning file's), with controls where the rule must not fire; and the pure functions behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.role_attached import attached_role
from bilagor.extractor.entities.role_clauses import _mask, split_clauses
from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.role_follow_up import running_cost_paid_once
from bilagor.extractor.entities.role_funders import funder_role
from bilagor.extractor.entities.role_own_money import own_money

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = None if section is None else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


def masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans = [(m.start, m.end) for m in find_money(text)]
    return _mask(text, spans), spans


# 1. A rate named by its noun ("timlön", "dagsersättning", "styckpriset") or a sum each person paid ("X kr var"): a
# unit figure, `annat`, not more of the grant the sentence before named.
def test_a_rate_named_by_its_noun_is_no_figure_of_the_project() -> None:
    text = "Vi beviljades 30 000 kr. Cirkusledaren hade ett dagsarvode på 2 400 kr."
    assert roles(text) == [(30_000, "beviljat"), (2_400, "annat")]
    text, spans = masked("Styckpriset var 85 kr.")
    assert attached_role(text, *spans[0]) == "annat"


def test_a_sum_each_person_paid_is_a_unit_figure() -> None:
    text, spans = masked("Ungdomarna fick 300 kr vardera i fickpengar.")
    assert attached_role(text, *spans[0]) == "annat"
    text, spans = masked("Medlemmarna lade in 200 kr var.")
    assert attached_role(text, *spans[0]) == "annat"
    # control: "var" as the copula after the amount
    text, spans = masked("Kostnaden på 4 000 kr var rimlig.")
    assert attached_role(text, *spans[0]) != "annat"


# 2. The participants as the payer of the amount's clause: their fees are a source of the cost, `annat`, the total
# of a fee per person too; a grant they paid with is not theirs.
def test_what_the_participants_paid_is_no_outcome() -> None:
    text = "Familjerna betalade 150 kr per person, alltså 4 500 kr. Bidraget på 20 000 kr räckte till resten."
    assert roles(text) == [(150, "annat"), (4_500, "annat"), (20_000, "beviljat")]
    text, spans = masked("Varje elev betalade en avgift på 60 kr, totalt 1 800 kr.")
    assert own_money(text, spans[1])
    text, spans = masked("Eleverna betalade bussen med bidraget på 3 000 kr.")
    assert not own_money(text, spans[0])


# 3. A contract's or procurement's price beside the final cost: what was agreed, `annat`; it is no running cost's
# thing paid once ("avtal" in "avtalspriset").
def test_a_contract_price_is_no_outcome() -> None:
    text = "Beviljat belopp 90 000 kr. Avtalspriset med byggfirman blev 84 000 kr, och slutnotan landade på 88 500 kr."
    assert roles(text) == [(90_000, "beviljat"), (84_000, "annat"), (88_500, "utfall")]
    text, spans = masked("Det upphandlade priset blev 52 000 kr.")
    assert not running_cost_paid_once(text, spans[0])
    # control: a service contract paid once is still a cost paid
    text, spans = masked("Serviceavtalet för hela året betalades med 6 000 kr.")
    assert running_cost_paid_once(text, spans[0])


# 4. A label line under a heading ("Ekonomiskt utfall\nBeviljat: X"): the label's own word names its amount, the
# heading only carries down to label lines without one.
def test_a_label_under_an_outcome_heading_keeps_its_own_word() -> None:
    text = "Ekonomisk redovisning, utfall\nTilldelade medel: 35 tkr\nAnvänt: 33,2 tkr"
    assert roles(text) == [(35_000, "beviljat"), (33_200, "utfall")]
    masked_text, _ = masked("Utfall\nBeviljat: 8 000 kr")
    assert len(split_clauses(masked_text, find_cues(masked_text))) == 2


def test_a_heading_still_carries_down_to_bare_labels() -> None:
    text = "Så delades pengarna ut:\nBromma: 200 000 kr\nSpånga: 150 000 kr"
    assert roles(text, None) == [(200_000, "beviljat"), (150_000, "beviljat")]


# 5. Another body's share of a grant in one sentence: a second funder in a row, named by a name the register does
# not know or by its kind ("ett företag", "hyresvärden"), its verb left out; or the city as the source put first.
def test_a_second_funder_in_a_row_is_co_funding() -> None:
    text = "Stadsdelsnämnden gav 14 000 kr och Hägerstens Företagargrupp 5 000 kr. Allt kostade 18 700 kr."
    assert roles(text) == [(14_000, "beviljat"), (5_000, "annat"), (18_700, "utfall")]
    text = "Bidrag från stadsdelsförvaltningen 12 000 kr och från hyresvärden 3 000 kr."
    assert roles(text) == [(12_000, "beviljat"), (3_000, "annat")]
    text = "Bidrag: 7 000 kr från SDF, 2 000 kr från en butik i centrum."
    assert roles(text)[1] == (2_000, "annat")


def test_the_city_as_the_source_put_first_is_the_grant() -> None:
    text, spans = masked("Från kulturförvaltningen kom 25 000 kr.")
    assert funder_role(text, spans[0], spans, application=False) == "beviljat"
    # control: no city money beside an unknown name leaves it to the other rules
    text, spans = masked("Vi fick 6 000 kr och Rotary 2 000 kr.")
    assert funder_role(text, spans[1], spans, application=False) is None


# 6. A forecast frame holding a second verb joined by "och" ("beräknas ta två år och kosta X"): a forecast.
def test_a_forecast_frame_holds_its_joined_verb() -> None:
    assert roles("Upprustningen bedöms pågå hela hösten och kosta omkring 2 mnkr.", None) == [(2_000_000, "prognos")]


# Phase B: classes of phrasing grouped from the twenty-fifth sets' dev halves, each in new sentences.


# 7. A plan, budget or decision as the source of what something "skulle kosta": the plan, not a forecast.
def test_a_plan_as_the_source_of_what_it_would_cost_is_the_budget() -> None:
    text = "Enligt styrelsens kalkyl skulle kursen kosta 18 000 kr. Den kostade 17 400 kr."
    assert roles(text) == [(18_000, "budget"), (17_400, "utfall")]
    assert roles("Gångbron skulle enligt inriktningsbeslutet kosta 6 mnkr.", None) == [(6_000_000, "budget")]
    # control: a forecast as the source stays a forecast
    assert roles("Enligt prognosen skulle bygget kosta 6 mnkr.", None) == [(6_000_000, "prognos")]


# 8. A count named by its noun times a unit figure ("12 elever x 5 pass x 200 kr"): the unit figure is no total.
def test_a_count_named_by_its_noun_times_a_unit_figure() -> None:
    text, spans = masked("12 elever x 5 pass x 200 kr = 12 000 kr")
    assert attached_role(text, *spans[0]) == "annat"
    assert attached_role(text, *spans[1]) != "annat"


# 9. A running cost's rate in a follow-up ("hyran var X per kväll", "X i veckan") is no cost paid once, and its
# product over the project is the rent paid.
def test_a_running_costs_rate_and_its_product() -> None:
    text = "Lokalhyran var 750 kr per kväll och vi hyrde åtta kvällar, alltså 6 000 kr. Vi fick 7 000 kr."
    assert roles(text) == [(750, "annat"), (6_000, "utfall"), (7_000, "beviljat")]
    assert roles("Hyrbilen kostade 2 100 kr i veckan i hyra.") == [(2_100, "annat")]


# 10. The part over the budget or grant ("Det som översteg bidraget, X") is the overrun.
def test_the_part_over_the_grant_is_the_overrun() -> None:
    assert roles("Det som översteg stödet, 2 750 kr, lade styrelsen till.", "avvikelser") == [(2_750, "avvikelse")]


# 11. Planning and needing: "hade tänkt oss en kostnad på X" the plan; "det räckte med X" what it came to.
def test_what_one_had_meant_to_spend_and_what_sufficed() -> None:
    text = "Vi hade tänkt oss att lägga 8 000 kr på dekor, men det räckte med 6 900 kr."
    assert roles(text) == [(8_000, "budget"), (6_900, "utfall")]


# 12. Giving and receiving in public text: "beslutade i dag att ge X", "har fått en tilläggsbudget på X" the grant;
# "hade budgeterat ett överskott på X" the budget.
def test_giving_receiving_and_a_budgeted_result() -> None:
    assert roles("Fritidsnämnden beslutade i dag att ge 75 000 kronor till kolonin.", None) == [(75_000, "beviljat")]
    assert roles("Kulturnämnden har fått en tilläggsbudget på 6 mnkr.", None) == [(6_000_000, "beviljat")]
    assert roles("Nämnden hade budgeterat ett underskott på 1,5 mnkr.", None) == [(1_500_000, "budget")]
    # control: "för att ge" gives no money
    assert roles("Vi använde 4 000 kr för att ge barnen en utflykt.")[0] != (4_000, "beviljat")


# 13. A hedge between "ska … för" and its price ("ska rustas upp för högst X"): the plan.
def test_a_hedged_price_of_work_to_be_done_is_planned() -> None:
    assert roles("Simhallen ska renoveras för högst 30 mnkr.", None) == [(30_000_000, "budget")]


# 14. A part of a whole named before, after "Av det/detta": no figure of its own.
def test_a_part_after_av_det_is_no_figure() -> None:
    text = "Nämndens underskott blev 3 mnkr. Av detta avser 2 mnkr ökade hyror."
    assert roles(text, None) == [(3_000_000, "avvikelse"), (2_000_000, "annat")]


# 15. A limit ("upphandlingsgränsen på X", "ett tak på X"): no money spent or given.
def test_a_limit_is_no_figure() -> None:
    text, spans = masked("Beloppsgränsen på 120 000 kr gäller alla köp.")
    assert attached_role(text, *spans[0]) == "annat"
