"""Amount-role classes of the twenty-seventh round (issue #11, rules side): the classes grouped from the twenty-sixth
dev halves' misses where the settled annotation conventions (tests/data/roles/README.md, "Settled conventions") say
which role is right, each written here in new sentences (none a dev case's or a tuning file's), with controls where
the rule must not fire; and the pure functions behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.role_abbreviations import expand_abbreviations
from bilagor.extractor.entities.role_attached import attached_role
from bilagor.extractor.entities.role_clauses import _mask
from bilagor.extractor.entities.role_periods import future_level_role
from bilagor.extractor.entities.role_stage import insurance_money, tender_price

FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = "kostnadsberakning"


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    kind = None if section is None else "ansokan" if section == APPLICATION else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


def masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans = [(m.start, m.end) for m in find_money(text)]
    return _mask(text, spans), spans


# 1. A budget that holds a planned result ("I budgeten fanns ett överskott på X", "Budgeten förutsatte …", "Det
# budgeterade resultatet var ett plus på X"): the budget, not a deviation.
def test_a_budgeted_result_held_by_the_budget_is_the_budget() -> None:
    text, spans = masked("I budgeten för året fanns ett plusresultat på 35 mnkr.")
    assert attached_role(text, *spans[0]) == "budget"
    text, spans = masked("Budgeten pekade mot ett underskott på 6 mnkr.")
    assert attached_role(text, *spans[0]) == "budget"
    assert roles("Det budgeterade resultatet var ett överskott på 70 miljoner kronor.") == [(70_000_000, "budget")]
    # control: a surplus measured against the budget is still the deviation
    text, spans = masked("Nämnden gick med ett överskott på 4 mnkr mot budget.")
    assert attached_role(text, *spans[0]) == "avvikelse"


# 2. A gap against a tender or an offer ("X mer än anbudet", "X billigare än offerten"): no deviation of the
# project's budget, `annat`; a tender's own gap against the calculation ("anbudet … ligger X över förvaltningens
# kalkyl") is the forecast deviation, as the burned sets have it, a genitive before the plan too.
def test_a_gap_against_a_tender_is_no_budget_deviation() -> None:
    assert roles("Rivningen kostade 2,1 mnkr, 150 000 kronor mer än det vinnande anbudet.") == [
        (2_100_000, "utfall"),
        (150_000, "annat"),
    ]
    text, spans = masked("Pumpen blev 3 200 kr billigare än offerten.")
    assert attached_role(text, *spans[0]) == "annat"
    # control: the project's own gap against its calculation is the deviation
    text, spans = masked("Ombyggnaden blev 600 000 kr dyrare än kalkylen.")
    assert attached_role(text, *spans[0]) == "avvikelse"


def test_a_gap_against_a_plan_named_with_a_genitive_is_the_deviation() -> None:
    text, spans = masked("Det billigaste anbudet hamnade 600 000 kr över nämndens kalkyl.")
    assert attached_role(text, *spans[0]) == "avvikelse"
    text, spans = masked("Slutnotan landade 45 000 kr under stadsdelens budget.")
    assert attached_role(text, *spans[0]) == "avvikelse"
    # control: "under" a genitive that names no plan is a time or a place
    text, spans = masked("Korven såldes under helgens marknad för 3 000 kr.")
    assert attached_role(text, *spans[0]) != "avvikelse"


def test_a_change_since_last_year_told_as_dearer_is_no_deviation() -> None:
    text, spans = masked("Snöröjningen blev 1,4 mnkr dyrare än i fjol.")
    assert attached_role(text, *spans[0]) == "annat"


# 3. An estimate verb, active or passive ("uppskattar att det kostar X", "har uppskattats till X"): a forecast.
def test_an_estimate_verb_gives_a_forecast() -> None:
    assert roles("Fastighetskontoret uppskattar att en ny ishall skulle kosta 90 miljoner kronor.") == [
        (90_000_000, "prognos")
    ]
    assert roles("Saneringen av tomten har i en utredning uppskattats till 4,5 mnkr.") == [(4_500_000, "prognos")]
    assert roles("En byggkonsult har uppskattat att det kostar 700 000 kronor att byta taket.") == [
        (700_000, "prognos")
    ]
    # control: an estimate told in the past perfect is the plan it was
    assert roles("Vi hade uppskattat att lägret skulle kosta 18 000 kr.", FOLLOW_UP) == [(18_000, "budget")]


# 4. A shortfall someone covered is the overrun ("Det som inte räckte, X, betalade …"), as "de X kr som saknades".
def test_what_did_not_suffice_is_the_shortfall() -> None:
    text = "Hyran blev 5 400 kr och bidraget 5 000 kr. Det som inte räckte, 400 kr, lade föreningen till."
    assert roles(text, FOLLOW_UP)[-1] == (400, "avvikelse")


# 5. A level changed for a coming year: the old level `annat`, the new one the coming year's budget, or `annat`
# where it is income the body gets.
def test_a_level_changed_for_a_coming_year() -> None:
    assert roles("Anslaget till parkskötseln sänks från 2,2 mnkr till 1,9 mnkr nästa år.") == [
        (2_200_000, "annat"),
        (1_900_000, "budget"),
    ]
    assert roles("Från 2028 minskar statsbidraget till kommunens sfi från 9 mnkr till 6 mnkr.") == [
        (9_000_000, "annat"),
        (6_000_000, "annat"),
    ]
    text, spans = masked("Ramen för underhåll höjs 2028 från 12 mnkr till 15 mnkr.")
    assert [future_level_role(text, s) for s in spans] == ["annat", "budget"]
    # control: a change told in the past names no coming year's level
    text, spans = masked("Ramen för underhåll höjdes från 12 mnkr till 15 mnkr.")
    assert [future_level_role(text, s) for s in spans] == [None, None]


# 6. A cap on what one applicant may get ("kan söka högst X", "Som mest beviljas X per projekt", "högst X per
# förening"): no grant, application or cost of the text's project.
def test_a_cap_per_applicant_is_no_figure_of_the_project() -> None:
    assert roles("En förening kan få högst 12 000 kronor i lovbidrag.") == [(12_000, "annat")]
    text, spans = masked("Som mest beviljas 75 000 kr per insats.")
    assert attached_role(text, *spans[0]) == "annat"
    text, spans = masked("Stödet ges med halva kostnaden, dock högst 40 000 kr per förening.")
    assert attached_role(text, *spans[0]) == "annat"
    # control: a grant decided, hedged with "högst", is still the grant
    assert roles("Nämnden beviljade föreningen 40 000 kr.") == [(40_000, "beviljat")]


# 7. In an application, an offer named as the figure's noun ("Offerten … lyder på X", "Elfirmans offert: X"): the
# budget, as "kostar enligt offert X" already was.
def test_an_offer_in_an_application_is_its_budget() -> None:
    assert roles("Offerten från plåtslageriet lyder på 27 000 kr.", APPLICATION) == [(27_000, "budget")]
    assert roles("Elfirmans offert: 54 000 kr för sex stolpar.", APPLICATION) == [(54_000, "budget")]
    assert tender_price("Offert från Gatubygg AB: X")
    # control: several offers leave the choice to the text
    assert not tender_price("Vi har tagit in tre offerter: X, Y och Z.")
    # control: in a follow-up the offer beside the final cost stays `annat`
    assert roles("Offerten låg på 30 000 kr men det slutade på 33 000 kr.", FOLLOW_UP) == [
        (30_000, "annat"),
        (33_000, "utfall"),
    ]


# 8. Abbreviated labels of money spent and handed back ("Förbr. X / Återbet. Y"): read as their words, and their dot
# ends no sentence.
def test_abbreviated_spent_and_handed_back_labels() -> None:
    text = "Bev. 20 tkr / Förbr. 18,5 tkr / Återbet. 1,5 tkr"
    assert roles(text, FOLLOW_UP) == [(20_000, "beviljat"), (18_500, "utfall"), (1_500, "annat")]
    assert expand_abbreviations("Förbr. X / Återbet. Y", [])[0] == "Förbrukat X / Återbetalas Y"


# 9. Money left over named before it in apposition ("Det blev pengar över, X, som …"): `annat`, not the outcome
# its "blev" would make it.
def test_money_left_over_in_apposition_is_no_outcome() -> None:
    text, spans = masked("Det blev alltså lite pengar över, 650 kr, som vi lämnar tillbaka.")
    assert attached_role(text, *spans[0]) == "annat"
    # control: what something came to
    assert roles("Det blev 6 500 kr.", FOLLOW_UP) == [(6_500, "utfall")]


# 10. Money from an insurer ("fått X från försäkringsbolaget", "Försäkringen ersatte X"): a compensation, `annat`, and
# no funding that makes the repair's calculation a budget; a roof ("taket på klubbstugan") is no cost cap.
def test_insurance_money_is_no_grant_and_funds_no_budget() -> None:
    text = "Föreningen har fått 45 000 kr från försäkringsbolaget efter vattenskadan. Golvet beräknas kosta 70 000 kr."
    assert roles(text) == [(45_000, "annat"), (70_000, "prognos")]
    assert insurance_money("Försäkringen ersatte X.")
    # control: Försäkringskassan is an agency, and a grant before a calculation funds it in an application's
    # own section (in public text the calculation stays a forecast: the twenty-eighth round's settled row)
    assert not insurance_money("Kommunen har fått X från Försäkringskassan.")
    text = "Föreningen har fått 45 000 kr från stadsdelsnämnden. Golvet beräknas kosta 70 000 kr."
    assert roles(text) == [(45_000, "beviljat"), (70_000, "prognos")]


def test_a_roof_is_no_cost_cap() -> None:
    assert roles("Taket på förrådet kostade 31 000 kr.") == [(31_000, "utfall")]
    # control: a cap with its figure right after it
    assert roles("Kostnadstaket för bygget är 2 mnkr.") == [(2_000_000, "budget")]
