"""`bilagor amounts --check` from the archive names the eighth round's reasons: a revised budget, an outcome
on two bases the budget does not choose between, parts left out beside a total they do not add up to."""

from __future__ import annotations

import json

from bilagor.cli.app import run
from bilagor.extractor.entities.checks import BASIS_GUESS, BUDGET_REVISED, PART_OF_TOTAL
from bilagor.extractor.entities.role_consistency import consistent_roles
from bilagor.extractor.record import Amount
from bilagor.index.archive import Archive
from factories import make_report


def _amount(text: str, sek: int, role: str, sentence: str) -> Amount:
    return Amount(text, sek, False, role, "ekonomiskt_utfall", 1, sentence, role_source="cue")


_REVISED = "Ursprungligen budgeterades 750 000 kr men budgeten justerades upp till 880 000 kr."
_VAT = "Kostnaden blev 312 500 kr med moms och 250 000 kr utan moms."
_PART = "Stängslet kostade 268 000 kr."
_TOTAL = "Totalt har 598 000 kr upparbetats mot budgeten 610 000 kr."


def test_check_lists_the_report_level_reasons(tmp_path, capsys):
    folder = tmp_path / "arkiv"
    reports = [
        make_report(
            "rev",
            year=2021,
            project="Lekplats",
            amounts=consistent_roles(
                [
                    _amount("750 000 kr", 750_000, "budget", _REVISED),
                    _amount("880 000 kr", 880_000, "budget", _REVISED),
                    _amount("861 000 kr", 861_000, "utfall", "Utfallet blev 861 000 kr."),
                ]
            ),
        ),
        make_report(
            "vat",
            year=2021,
            project="Scen",
            amounts=consistent_roles(
                [
                    _amount("312 500 kr", 312_500, "utfall", _VAT),
                    _amount("250 000 kr", 250_000, "utfall", _VAT),
                    _amount("300 000 kr", 300_000, "budget", "Budget 300 000 kr."),
                ]
            ),
        ),
        make_report(
            "part",
            year=2021,
            project="Stängsel",
            amounts=consistent_roles(
                [
                    _amount("268 000 kr", 268_000, "utfall", _PART),
                    _amount("598 000 kr", 598_000, "utfall", _TOTAL),
                    _amount("610 000 kr", 610_000, "budget", _TOTAL),
                ]
            ),
        ),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    assert run(["amounts", "--archive", str(folder), "--check", "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    assert sorted((c["reason"], c["sentence"]) for c in checks) == sorted(
        [(BUDGET_REVISED, _REVISED), (BASIS_GUESS, _VAT), (PART_OF_TOTAL, _TOTAL)]
    )
