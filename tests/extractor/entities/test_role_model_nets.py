"""The thirty-fifth round's report step (role_model_totals.nets_and_parts): within one answer of a follow-up report,
an outcome equal to three or more cost lines beside it less one figure of income at the block's edge is a net
cost; its lines and the income are details (`annat`), so the report's outcome is the net, not the net plus its
lines."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import load_weights
from bilagor.extractor.entities.role_model_report import report_decision
from bilagor.extractor.entities.role_model_totals import nets_and_parts, whole_and_details
from bilagor.extractor.entities.role_model_totals import summed_kinds
from bilagor.extractor.record import Amount

ECONOMY = "ekonomiskt_utfall"


def _amount(sek: int, role: str, section: str = ECONOMY) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, section, 1, "", role_source="model")


def _roles(amounts: list[Amount]) -> list[str]:
    return [a.role for a in amounts]


def _income_lines_net_grant() -> list[Amount]:
    # "Intäkter: kiosk 7 000 kr / Kostnader: hyra 16 000 kr, buss 9 500 kr, mat 12 000 kr / Netto: 30 500 kr /
    # Beviljat: 31 000 kr", the lines read as outcomes as a list's lines often are
    amounts = [_amount(7_000, "annat")] + [_amount(v, "utfall") for v in (16_000, 9_500, 12_000)]
    return amounts + [_amount(30_500, "utfall"), _amount(31_000, "beviljat")]


def test_an_outcome_equal_to_the_lines_before_it_less_the_income_is_the_net():
    amounts = _income_lines_net_grant()
    assert nets_and_parts(amounts) == [(4, [1, 2, 3, 0])]
    assert _roles(whole_and_details(amounts)) == ["annat"] * 4 + ["utfall", "beviljat"]


def test_a_net_stated_first_with_the_income_last_after_its_lines():
    # "Nettokostnaden blev 30 500 kr: hyra 16 000 kr, buss 9 500 kr, mat 12 000 kr, men kiosken drog in 7 000 kr."
    amounts = [_amount(30_500, "utfall")] + [_amount(v, "utfall") for v in (16_000, 9_500, 12_000)]
    amounts += [_amount(7_000, "annat"), _amount(31_000, "beviljat", "finansiering")]
    assert nets_and_parts(amounts) == [(0, [1, 2, 3, 4])]
    assert _roles(whole_and_details(amounts)) == ["utfall"] + ["annat"] * 4 + ["beviljat"]


def test_the_report_step_gives_the_net_as_the_outcome():
    out = report_decision(_income_lines_net_grant(), [None] * 6, "uppfoljning", load_weights())
    assert summed_kinds(out) == (31_000, 30_500)


def test_no_net_where_the_difference_is_off_a_grant_is_taken_off_or_the_lines_are_two():
    off = _income_lines_net_grant()
    off[4] = _amount(30_400, "utfall")  # the arithmetic is exact or it is no net
    assert nets_and_parts(off) == []
    granted = _income_lines_net_grant()
    granted[0] = _amount(7_000, "beviljat")  # a grant taken off leaves the body's own share, not the cost
    assert nets_and_parts(granted) == []
    two = [_amount(7_000, "annat"), _amount(16_000, "utfall"), _amount(21_500, "utfall"), _amount(30_500, "utfall")]
    assert nets_and_parts([*two, _amount(31_000, "beviljat")]) == []  # a gross = net + income is two figures' sum too
