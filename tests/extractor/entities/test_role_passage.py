"""The passage step of the amount roles (role_passage, issue #11, seventeenth round): classes of phrasing that
failed on the dev halves of the burned sixteenth sets where a sentence after an amount's says what it is, each in
other words than the corpus texts, with controls where the rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_passage import PassageAmount, passage_roles

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = "uppfoljning" if section else None
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# E. A passage read as a whole (role_passage): a sentence after an amount's can say what it is.
def test_an_interim_figure_beside_a_whole_year_forecast_is_annat() -> None:
    text = "Under årets första fyra månader kostade färdtjänsten 31 mnkr. Helårsprognosen landar på 96 mnkr."
    assert roles(text, None) == [(31_000_000, "annat"), (96_000_000, "prognos")]


def test_a_projects_cost_so_far_beside_its_final_cost_stays_the_outcome() -> None:
    text = "Bygget av ishallen har hittills kostat 52 mnkr. Slutkostnaden väntas bli 70 mnkr."
    assert roles(text, None) == [(52_000_000, "utfall"), (70_000_000, "prognos")]


def test_an_earlier_stages_estimate_beside_a_later_plan_is_annat() -> None:
    text = "Upprustningen av kajen beräknades i förstudien till 14 mnkr. Tekniska nämnden fattade genomförandebeslut på 17 mnkr."
    assert roles(text, None) == [(14_000_000, "annat"), (17_000_000, "budget")]
    follow_up = "Kursen beräknades i ansökan till 9 000 kr. Vi beviljades 8 000 kr och kursen kostade 7 900 kr."
    assert roles(follow_up) == [(9000, "annat"), (8000, "beviljat"), (7900, "utfall")]


def test_the_first_plan_beside_an_outcome_alone_is_still_the_plan() -> None:
    text = "Den ursprungliga budgeten för lekplatsen var 2 mnkr. Lekplatsen kostade till slut 2,3 mnkr."
    assert roles(text, None) == [(2_000_000, "budget"), (2_300_000, "utfall")]


def test_an_earlier_periods_figure_before_the_current_one_is_annat() -> None:
    text = "Skolan fick 3 mnkr i statsbidrag för läxhjälp i fjol. I år har skolan fått 3,4 mnkr."
    assert roles(text, None)[0] == (3_000_000, "annat")


def test_passage_roles_is_pure_over_plain_data() -> None:
    first = "Efter tredje tertialet hade 4 mnkr använts."
    second = "Prognosen för helåret är 9 mnkr."
    amounts = [
        PassageAmount(0, first, (28, 34), ((28, 34),), "utfall", "clause"),
        PassageAmount(1, second, (25, 31), ((25, 31),), "prognos", "cue"),
    ]
    assert passage_roles(amounts, None) == ["annat", "prognos"]
    assert passage_roles(amounts, FOLLOW_UP) == ["utfall", "prognos"]  # in a follow-up the cost so far stands


def test_a_decided_first_plan_beside_a_forecast_is_what_the_forecast_is_set_against() -> None:
    text = "Kalkylen höjs igen. Nu bedöms slutkostnaden bli 31 mnkr, mot den ursprungliga budgeten på 24 mnkr."
    assert roles(text, None)[-1] == (24_000_000, "budget")


def test_an_earlier_grant_before_this_years_application_is_the_only_grant() -> None:
    text = "Klubben fick 60 000 kronor i bidrag förra året. I år söker klubben 90 000 kronor."
    assert roles(text, None) == [(60000, "beviljat"), (90000, "sokt")]
