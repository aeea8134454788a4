"""The twenty-seventh round's last step in the per-report decision (role_model_totals.products_read): a written-out
product ("sex holkar à 350 kr, alltså 2 100 kr") is a line of what the report states, its factor a unit price
(`annat`), where the report's outcome then comes closer to its budget without passing it by more than 2 %."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import weights_from_json
from bilagor.extractor.entities.role_model_report import report_decision
from bilagor.extractor.entities.role_model_totals import PRODUCT_OVER, factors_and_products, products_read
from bilagor.extractor.record import AMOUNT_ROLES, Amount

PRODUCT = "Vi hyrde scenen tre kvällar för 1 200 kr per kväll, alltså 3 600 kr. Ljud och ljus kostade 2 100 kr."


def _amount(sek: int, role: str, sentence: str = PRODUCT, section: str = "ekonomiskt_utfall") -> Amount:
    text = f"{sek:,} kr".replace(",", " ")
    return Amount(text, sek, False, role, section, 1, sentence, role_source="clause")


def _report(product_role: str = "annat", grant: int = 6_000) -> list[Amount]:
    return [
        _amount(grant, "beviljat", "Bidraget var 6 000 kr."),
        _amount(1_200, "annat"),
        _amount(3_600, product_role),
        _amount(2_100, "utfall", "Ljud och ljus kostade 2 100 kr."),
    ]


def test_a_count_written_in_the_sentence_makes_a_product_in_digits_or_words():
    assert factors_and_products(_report()) == [(1, 2)]
    digits = PRODUCT.replace("tre kvällar", "3 kvällar")
    assert factors_and_products([_amount(1_200, "annat", digits), _amount(3_600, "annat", digits)]) == [(0, 1)]
    # no count three in the sentence: two figures whose ratio is three by chance
    plain = "Hyran var 1 200 kr och ljudet 3 600 kr."
    assert factors_and_products([_amount(1_200, "utfall", plain), _amount(3_600, "utfall", plain)]) == []


def test_a_product_left_annat_becomes_a_line_of_the_outcome():
    out = products_read(_report(), PRODUCT_OVER)
    assert [a.role for a in out] == ["beviljat", "annat", "utfall", "utfall"]  # 5 700 kr of the 6 000 kr
    assert products_read(_report(), None) == _report()  # the step off


def test_a_factor_counted_beside_its_product_is_taken_out():
    amounts = _report("utfall")
    amounts[1] = _amount(1_200, "utfall")
    assert [a.role for a in products_read(amounts, PRODUCT_OVER)] == ["beviljat", "annat", "utfall", "utfall"]


def test_a_product_that_would_pass_the_budget_is_left():
    # a product already inside a stated total counts twice: the outcome would pass the grant
    amounts = _report(grant=4_000)
    assert products_read(amounts, PRODUCT_OVER) == amounts


def test_the_report_decision_reads_products_with_product_over_in_its_weights():
    base = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * len(AMOUNT_ROLES), "weights": {}}
    probs = [None] * 4
    with_step = weights_from_json({**base, "product_over": PRODUCT_OVER})
    assert report_decision(_report(), probs, "uppfoljning", with_step)[2].role == "utfall"
    assert report_decision(_report(), probs, "uppfoljning", weights_from_json(base)) == _report()
