"""Amount-role classes of the thirtieth round (issue #11, rules side): structures counted over every burned round's
misses (a class in at least three rounds' sets by different writers), each written here in new sentences (none a
held-out case's or a tuning file's), with controls where the rule must not fire; and the pure functions behind them."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_follow_up import not_yet_paid
from bilagor.extractor.entities.role_running import saving_not_deviation
from bilagor.extractor.entities.role_still_to_come import rest_beside_whole

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    kind = None if section is None else "ansokan" if section == "kostnadsberakning" else "uppfoljning"
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


def _span(text: str, amount: str) -> tuple[int, int]:
    start = text.rindex(amount)
    return start, start + len(amount)


# 1. A saving that is no deviation from the project's plan: a measure's yearly saving ("Beräknad årlig besparing: X",
# "Den årliga besparingen beräknas till X", "en årlig besparing på X"), a body's cut ("har beslutat om besparingar
# på X", "har sparat X på …") is `annat`; the saving word made it a deviation (burned rounds 5, 8 … 12, 18 … 26,
# 28 dev, 29 dev).
def test_a_yearly_saving_or_a_bodys_cut_is_no_deviation() -> None:
    text = "Slutlig kostnad: 512 000 kr\nBeräknad årlig besparing: 29 500 kr"
    assert roles(text, FOLLOW_UP) == [(512_000, "utfall"), (29_500, "annat")]
    text = "Pelletspannan kostar 340 000 kr. Den ger en årlig besparing på omkring 22 000 kr."
    assert roles(text, "kostnadsberakning") == [(340_000, "budget"), (22_000, "annat")]
    text = "Tekniska nämnden i Ludvika ska genomföra besparingar på 18 mnkr nästa år."
    assert roles(text) == [(18_000_000, "annat")]


def test_a_saving_against_the_plan_stays_a_deviation() -> None:
    # set against the budget in its sentence, the saving its subject (burned rounds 20, 21, 22 public: read `budget`)
    assert roles("Besparingen mot budget blev 1,4 mnkr för miljöförvaltningen.") == [(1_400_000, "avvikelse")]
    # the difference of the budget and the outcome before it
    text = "Vi budgeterade 31 000 kr och använde 28 600 kr. Besparingen på 2 400 kr beror på gratis lokal."
    assert roles(text, FOLLOW_UP) == [(31_000, "budget"), (28_600, "utfall"), (2_400, "avvikelse")]
    text = "Besparingen på 2 400 kr beror på gratis lokal."
    assert saving_not_deviation(text, _span(text, "2 400 kr"), 2_400, [9_000, 7_000])
    assert not saving_not_deviation(text, _span(text, "2 400 kr"), 2_400, [9_000, 6_600])


# 2. Money bound but not yet paid in an interim follow-up: "Beställt men ej fakturerat: X", "Återstående
# beställningar X", "en faktura på X som inte är betald" is a commitment beside what is booked, `annat`, not more of
# the outcome (burned rounds 25, 26, 29 dev).
def test_money_ordered_or_invoiced_but_not_paid_is_no_outcome() -> None:
    text = "Bokfört per 31 mars: 1,9 mnkr. Beställt men ännu inte fakturerat: 0,35 mnkr. Prognos 2,6 mnkr."
    assert roles(text, FOLLOW_UP) == [(1_900_000, "utfall"), (350_000, "annat"), (2_600_000, "prognos")]
    text = "Hittills har bygget kostat 260 000 kr. Elektrikern har skickat en faktura på ytterligare 18 000 kr som inte är betald."
    assert roles(text, FOLLOW_UP) == [(260_000, "utfall"), (18_000, "annat")]
    assert roles("Utbetalt 140 000 kr. Återstående beställningar: 35 000 kr.", FOLLOW_UP)[1] == (35_000, "annat")


def test_money_ordered_and_paid_controls() -> None:
    # ordered and delivered: spent
    assert roles("Vi beställde tjugo koner och fyra mål för 9 800 kr.", FOLLOW_UP) == [(9_800, "utfall")]
    text = "Utbetalt hittills 220 000 kr."
    assert not not_yet_paid(text, _span(text, "220 000 kr"))


# 3. Money given back or got back: "Resten, X, skickar vi tillbaka" (the subject after the verb), "förs tillbaka",
# "har fått tillbaka X" (a refund, read as a grant by "fått"): left-over money or a refund, `annat` (burned rounds
# 6, 11, 12, 16, 25, 29 dev).
def test_money_given_or_got_back_is_left_over() -> None:
    text = "Vi fick 30 000 kr och använde 27 500 kr. Resten, 2 500 kr, skickar vi tillbaka."
    assert roles(text, FOLLOW_UP) == [(30_000, "beviljat"), (27_500, "utfall"), (2_500, "annat")]
    assert roles("Förvaltningen har fått tillbaka 6 400 kr från leverantören.", FOLLOW_UP) == [(6_400, "annat")]


def test_money_got_is_still_a_grant() -> None:
    assert roles("Vi fick 18 000 kr av nämnden till läger.", FOLLOW_UP) == [(18_000, "beviljat")]


# 4. In a follow-up, the forecast of the rest ("Resterande kostnader beräknas till X", "Återstående arbeten …") beside
# the cost so far and the forecast of the whole they add up to is a part of that whole, `annat` (burned rounds 24, 25,
# 29 dev); with no such whole it stays the forecast.
def test_the_rests_forecast_beside_the_whole_is_a_part() -> None:
    text = (
        "Beviljat 620 000 kr. Utbetalt hittills 344 000 kr. Resterande kostnader beräknas till 251 000 kr, "
        "så den totala kostnaden väntas bli 595 000 kr."
    )
    assert roles(text, FOLLOW_UP) == [
        (620_000, "beviljat"),
        (344_000, "utfall"),
        (251_000, "annat"),
        (595_000, "prognos"),
    ]


def test_the_rests_forecast_alone_stays_a_forecast() -> None:
    text = "Beviljat 620 000 kr. Utbetalt hittills 344 000 kr. Återstående arbeten beräknas kosta 251 000 kr."
    assert roles(text, FOLLOW_UP) == [(620_000, "beviljat"), (344_000, "utfall"), (251_000, "prognos")]
    assert (
        rest_beside_whole(
            [620_000, 344_000, 251_000, 600_000],
            ["beviljat", "utfall", "prognos", "prognos"],
            [False, False, True, False],
        )
        == set()
    )
