"""One outcome given on two bases (with and without VAT, gross and net of income) counts once: the figure on
the budget's basis (role_bases, run by the report-level step); when the budget names no basis the first
stays and --check says so (basis_guess). Seen failing before the change; the controls passed before too."""

from __future__ import annotations

from bilagor.extractor.entities.checks import BASIS_GUESS, figure_checks
from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, sentence: str, source: str = "cue") -> Amount:
    return Amount(text, sek, False, role, "ekonomiskt_utfall", 1, sentence, role_source=source)


_VAT = "Slutkostnaden blev 312 500 kr med moms och 250 000 kr utan moms."


def test_the_outcome_on_the_budgets_vat_basis_is_kept():
    budget = "Budgeten på 260 000 kr gällde exklusive moms."
    amounts = [
        amount("312 500 kr", 312_500, "utfall", _VAT),
        amount("250 000 kr", 250_000, "utfall", _VAT),
        amount("260 000 kr", 260_000, "budget", budget),
    ]
    assert [(a.role, a.role_source) for a in consistent_roles(amounts)] == [
        ("annat", CONSISTENCY),
        ("utfall", "cue"),
        ("budget", "cue"),
    ]


def test_gross_and_net_across_sentences_keep_the_budgets_basis():
    gross = "Bruttokostnaden för loppisen blev 96 000 kr."
    net = "Med försäljningen avräknad blev nettokostnaden 71 000 kr."
    budget = "Budgeterad nettokostnad: 75 000 kr."
    amounts = [
        amount("96 000 kr", 96_000, "utfall", gross),
        amount("71 000 kr", 71_000, "utfall", net),
        amount("75 000 kr", 75_000, "budget", budget),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["annat", "utfall", "budget"]


def test_with_no_basis_for_the_budget_the_first_figure_stays_and_the_check_says_so():
    amounts = [
        amount("312 500 kr", 312_500, "utfall", _VAT),
        amount("250 000 kr", 250_000, "utfall", _VAT),
        amount("300 000 kr", 300_000, "budget", "Budget 300 000 kr."),
    ]
    changed = consistent_roles(amounts)
    assert [a.role for a in changed] == ["utfall", "annat", "budget"]
    assert [(c.reason, c.amount.sek) for c in figure_checks(changed)] == [(BASIS_GUESS, 312_500)]


def test_control_one_basis_only_changes_nothing():
    s = "Kostnaden blev 250 000 kr exklusive moms, och budgeten var 260 000 kr exklusive moms."
    amounts = [amount("250 000 kr", 250_000, "utfall", s), amount("260 000 kr", 260_000, "budget", s)]
    changed = consistent_roles(amounts)
    assert [a.role for a in changed] == ["utfall", "budget"]
    assert figure_checks(changed) == []


def test_income_taken_off_a_net_outcome_is_no_outcome():
    s = "Nettokostnaden för dagen blev 118 000 kr efter avdrag för entréavgifter om 22 000 kr."
    amounts = [
        amount("118 000 kr", 118_000, "utfall", s),
        amount("22 000 kr", 22_000, "utfall", s),
        amount("120 000 kr", 120_000, "budget", "Budget 120 000 kr."),
    ]
    assert [(a.role, a.role_source) for a in consistent_roles(amounts)] == [
        ("utfall", "cue"),
        ("annat", CONSISTENCY),
        ("budget", "cue"),
    ]


def test_control_income_words_without_a_net_figure_change_nothing():
    s = "Kostnaden blev 118 000 kr och intäkterna 22 000 kr."
    amounts = [amount("118 000 kr", 118_000, "utfall", s), amount("22 000 kr", 22_000, "utfall", s)]
    assert [a.role for a in consistent_roles(amounts)] == ["utfall", "utfall"]
