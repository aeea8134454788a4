"""Amount-role classes of the thirty-seventh round (issue #11, rules side): money a sentence keeps out of the
project's accounts in the clause after the figure or in a lead before it, written here in new sentences (none a
held-out case's or a tuning file's), with controls where the rule must not fire; and the pure function behind it."""

from __future__ import annotations

from dataclasses import replace

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_consistency import consistent_roles
from bilagor.extractor.entities.role_kept_out import kept_out_of_accounts


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


def _kept_out(text: str, figure: str) -> bool:
    start = text.index(figure)
    return kept_out_of_accounts(text, start, start + len(figure))


# 1. The next clause of the sentence, its subject pointing back at the figure, keeps it out ("…kostade X; den
# belastar inte nämndens bidrag", "…värt X, men det redovisas inte här"): another party's cost, `annat`.
def test_a_cost_the_next_clause_keeps_out_of_the_accounts_is_annat() -> None:
    text = "Stadsmissionen ordnade en julfest som kostade 26 000 kr; den belastar inte vårt bidrag."
    assert roles(text, "avvikelser") == [(26000, "annat")]
    text = "Vi fick hjälp av frivilliga vars arbete var värt 48 000 kr, men det redovisas inte i rapporten."
    assert roles(text, "ekonomiskt_utfall") == [(48000, "annat")]


def test_a_clause_charging_the_figure_to_the_grant_or_a_dummy_subject_keeps_it() -> None:
    # the control: the next clause says the money is charged to the grant, or its "det" is a dummy before a noun
    text = "Konserten kostade 26 000 kr, och hela summan belastade nämndens bidrag."
    assert roles(text, "ekonomiskt_utfall") == [(26000, "utfall")]
    assert not _kept_out("Budgeten var 26 000 kr, men det ingår inte moms i beloppet.", "26 000 kr")
    assert not _kept_out("Budgeten var 26 000 kr, men moms ingår inte.", "26 000 kr")
    assert _kept_out("Timmarna motsvarade 26 000 kr, men de räknas inte in i utfallet.", "26 000 kr")


# 2. A lead up to a colon names what follows as kept out ("Kostnader som inte ingår i redovisningen: X").
def test_a_figure_after_a_lead_naming_it_kept_out_is_annat() -> None:
    text = "Kostnader som inte ingår i redovisningen: de 6 400 kr som biblioteket lade på tryck."
    assert roles(text, "ekonomiskt_utfall") == [(6400, "annat")]
    assert _kept_out("Utanför budgeten: parkförvaltningens bänkar för 19 000 kr.", "19 000 kr")
    # a colon after an ordinary label keeps the figure
    assert not _kept_out("Kostnader som ingår i redovisningen: 19 000 kr.", "19 000 kr")


# The report step reads the same function: a weak outcome kept out by its next clause becomes `annat`.
def test_the_report_step_keeps_a_weak_outcome_out_by_its_next_clause() -> None:
    text = "Arbetsinsatsen kostade 31 000 kr; den belastar inte bidraget."
    amount = find_amounts(text, "ekonomiskt_utfall", role_decision="rules")[0]
    weak = replace(amount, role="utfall", role_source="context")
    assert [a.role for a in consistent_roles([weak])] == ["annat"]
