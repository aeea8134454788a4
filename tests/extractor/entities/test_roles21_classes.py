"""Amount-role classes of the twentieth round (issue #11, rules side): phrasings that failed on the nineteenth
sets' dev halves, each written here in new sentences, with controls where the rule must not fire."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_revisions import INCREMENT, revision_of, superseded

FOLLOW_UP = "ekonomiskt_utfall"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    kind = "uppfoljning" if section else None
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]


# 0. One wording of a supplement for both steps: the report-level step reads as an increment every supplement the
# passage step reads (role_supplements.SUPPLEMENT_WORDS), not only a tilläggsbudget or "utökades med".
def test_the_report_step_reads_a_raise_noun_as_an_increment() -> None:
    sentence = "Under sommaren kom en höjning med 6 000 kr, och hela ramen för verksamheten blev 46 000 kr."
    assert revision_of(sentence, "6 000 kr") == INCREMENT


def test_the_report_step_reads_extra_funds_as_an_increment_beside_the_larger_total() -> None:
    sentences = ["Vi fick extra medel på 3 500 kr i oktober.", "Budgeten för hela året var 21 500 kr."]
    assert superseded(sentences, ["3 500 kr", "21 500 kr"], [3_500, 21_500]) == {0}


def test_a_raise_noun_alone_is_not_an_increment_without_its_figure_word() -> None:
    sentence = "Efter höjningen var budgeten 46 000 kr."
    assert revision_of(sentence, "46 000 kr") is None


# 1. Money left over named by "blev över" (as "blev kvar" already was): not an outcome, whatever verb follows.
def test_what_was_left_over_set_off_by_commas_is_not_the_outcome() -> None:
    text = "Stadsdelen gav oss 12 000 kr till pysseldagen. Det som blev över, 640 kr, skickas tillbaka i december."
    assert roles(text) == [(12_000, "beviljat"), (640, "annat")]


def test_a_figure_before_the_words_that_it_was_left_over() -> None:
    assert roles("Hela 1 870 kr blev över efter sista träffen, och dem sparar vi till våren.") == [(1_870, "annat")]


def test_over_the_budget_is_still_an_overrun() -> None:
    assert roles("Kostnaden blev 13 900 kr, så vi blev över budgeten med 1 900 kr.") == [
        (13_900, "utfall"),
        (1_900, "avvikelse"),
    ]


# 2. The gap itself as the amount's subject ("det överskjutande beloppet", "det som saknades"): the deviation, as
# the report step already read it when the arithmetic showed it, now in one answer alone.
def test_the_exceeding_amount_named_as_subject_is_the_deviation() -> None:
    text = "Den överskjutande summan, 4 450 kr, tog klubben från sin egen kassa."
    assert roles(text) == [(4_450, "avvikelse")]


def test_what_was_missing_named_as_subject_is_the_deviation() -> None:
    text = "Pengarna räckte inte hela vägen. Det som fattades, 980 kr, lade två av ledarna ut själva."
    assert roles(text) == [(980, "avvikelse")]


def test_a_thing_that_was_missing_and_then_bought_is_still_the_outcome() -> None:
    assert roles("Vi köpte in de bollar som saknades för 1 300 kr.") == [(1_300, "utfall")]


# 3. Money a sale brought in is income (`annat`), neither the grant a verb of giving would make it nor the cost a
# thing done for a price would.
def test_what_a_sale_gave_is_income_not_a_grant() -> None:
    text = "Loppisen hade en budget på 6 000 kr. Försäljningen av kläder gav 1 900 kr, och kostnaderna blev 5 800 kr."
    assert roles(text) == [(6_000, "budget"), (1_900, "annat"), (5_800, "utfall")]


def test_a_thing_sold_for_a_price_is_no_cost() -> None:
    assert roles("Den gamla symaskinen såldes för 700 kr till en medlem.") == [(700, "annat")]
    assert roles("Vi sålde kanelbullar hela dagen och tog in 2 250 kr.") == [(2_250, "annat")]


def test_sales_as_a_line_of_a_cost_table_is_income() -> None:
    text = "Arvoden: 22 000 kr\nFörsäljning: 3 500 kr\nBeviljat från nämnden: 20 000 kr"
    assert roles(text) == [(22_000, "utfall"), (3_500, "annat"), (20_000, "beviljat")]


def test_a_thing_bought_for_a_price_is_still_the_outcome() -> None:
    assert roles("Vi köpte två symaskiner för 7 400 kr.") == [(7_400, "utfall")]


# 4. A supplement beside the new total it led to, in the shapes role_supplements did not read: the total stated
# with the verb before its noun or a genitive before it ("Därmed är nämndens budget Y", "nämndens ram uppgår
# därmed till Y", "ramen nu är Y"), raised by a verb ("Det höjer ramen till Y"), or as what a body has in all
# ("Totalt har … Y"); and a supplement named after its figure ("X i en tilläggsbudget").
def test_a_supplement_then_the_total_with_its_verb_first() -> None:
    text = "Skolnämnden har fått 3 miljoner kronor i tilläggsbudget. Därmed är nämndens budget 900 miljoner kronor."
    assert roles(text, None) == [(3_000_000, "annat"), (900_000_000, "budget")]


def test_a_supplement_then_a_genitive_plan_and_its_verb() -> None:
    text = "Kulturnämnden fick ett tillskott på 4 miljoner kronor i maj. Nämndens ram uppgår därmed till 212 miljoner kronor."
    assert roles(text, None) == [(4_000_000, "annat"), (212_000_000, "budget")]


def test_a_supplement_then_now_before_the_verb() -> None:
    text = "Fritidsnämnden har en budget på 80 mnkr. Fullmäktige har beslutat om en tilläggsbudget på 2 mnkr, så att ramen nu är 82 mnkr."
    assert roles(text, None) == [(80_000_000, "annat"), (2_000_000, "annat"), (82_000_000, "budget")]


def test_a_supplement_that_raises_the_frame_to_a_figure() -> None:
    text = "Parknämnden har fått ett tillskott på 1 miljon kronor. Det höjer ramen till 45 miljoner kronor."
    assert roles(text, None) == [(1_000_000, "annat"), (45_000_000, "budget")]


def test_a_supplement_then_what_the_body_has_in_all() -> None:
    text = "Museet får ett tillskott på 2 miljoner kronor i år. Totalt har museet 30 miljoner kronor att använda."
    assert roles(text, None) == [(2_000_000, "annat"), (30_000_000, "budget")]


def test_a_supplement_named_after_its_figure_in_a_follow_up() -> None:
    text = "Budgeten var 40 000 kr. Nämnden sköt till 5 000 kr i en tilläggsbudget, så ramen blev 45 000 kr."
    assert roles(text) == [(40_000, "annat"), (5_000, "annat"), (45_000, "budget")]


def test_a_supplement_named_after_its_figure_with_no_new_total_is_still_money_given() -> None:
    assert roles("Köret fick 8 000 kr i en tilläggsbudget. Budgeten för hösten är 20 000 kr.") == [
        (8_000, "beviljat"),
        (20_000, "budget"),
    ]


def test_money_spent_in_all_after_a_supplement_is_no_new_total() -> None:
    text = "Nämnden föreslås få ett tillskott på 40 mnkr för etapp två. Totalt har 900 mnkr upparbetats i projektet."
    assert roles(text, None) == [(40_000_000, "beviljat"), (900_000_000, "utfall")]


# 5. A plan replaced by a new one in its sentence ("X ersattes av en ny på Y"): the old plan annat, the new one
# the plan, though "en ny" names no noun of its own.
def test_a_plan_replaced_by_a_new_one_with_no_noun() -> None:
    text = "Budgeten för kursen var 20 000 kr, men den ersattes i maj av en ny på 24 000 kr. Kursen kostade 23 100 kr."
    assert roles(text) == [(20_000, "annat"), (24_000, "budget"), (23_100, "utfall")]


def test_an_estimate_swapped_for_a_revised_one_in_public_text() -> None:
    text = (
        "Kalkylen för simhallen på 180 miljoner kronor byttes i höstas mot en reviderad kalkyl om 205 miljoner kronor."
    )
    assert roles(text, None) == [(180_000_000, "annat"), (205_000_000, "budget")]


def test_a_person_replaced_is_no_plan_replaced() -> None:
    text = "Budgeten var 20 000 kr. Ledaren ersattes av en ny i maj, och kursen kostade 19 000 kr."
    assert roles(text) == [(20_000, "budget"), (19_000, "utfall")]


# 6. A price the participants pay (the people charged as the verb's object, or one ticket or fee as its subject):
# no money of the project, whatever the section.
def test_a_price_charged_to_the_participants_is_no_cost_of_the_project() -> None:
    assert roles("Sommarläger för 30 barn i Vällingby. Veckan kostar familjerna 300 kr.", "beskrivning") == [
        (300, "annat")
    ]


def test_a_ticket_price_is_no_cost_of_the_project() -> None:
    assert roles("Filmvisningarna är på tisdagar. Biljetten kostar 60 kr med fika.", "beskrivning") == [(60, "annat")]


def test_a_plan_for_an_entrance_is_no_ticket_price() -> None:
    text = "Ombyggnaden av bibliotekets entré var beräknad till 2 miljoner kronor. Den kom att kosta 2,3 miljoner."
    assert roles(text, None) == [(2_000_000, "budget"), (2_300_000, "utfall")]


def test_what_a_trip_cost_is_still_the_outcome() -> None:
    assert roles("Bussresan till Skansen kostade 4 500 kr.") == [(4_500, "utfall")]


# 7. Another payer's share told in the past ("X stod för Y"), as the present "står för" already was: a share, annat.
def test_another_payers_share_in_the_past_is_not_the_outcome() -> None:
    text = "Den nya gångbron i Ale kostade 22 miljoner kronor. Trafikverket stod för 9 miljoner av dem."
    assert roles(text, None) == [(22_000_000, "utfall"), (9_000_000, "annat")]


def test_an_association_paying_its_own_part_in_a_follow_up() -> None:
    assert roles("Vi fick 10 000 kr. Föreningen stod själv för 2 000 kr.") == [(10_000, "beviljat"), (2_000, "annat")]
