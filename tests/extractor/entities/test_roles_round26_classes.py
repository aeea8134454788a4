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
