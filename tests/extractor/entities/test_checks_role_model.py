"""`amounts --check` and the record's warnings name a summed figure whose role the learned model gave
against the rules (role_source "model"); fails without the ROLE_BY_MODEL reason in checks.py."""

from __future__ import annotations

from bilagor.extractor.entities.checks import ROLE_BY_MODEL, REASON_TEXT, figure_checks, figure_warnings
from bilagor.extractor.entities.role_model import MODEL_SOURCE
from bilagor.extractor.record import Amount


def _amount(sek: int, role: str, source: str) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 2, "Meningen.", role_source=source)


def test_a_summed_figure_the_model_gave_is_checked():
    amounts = [_amount(500_000, "budget", "cue"), _amount(480_000, "utfall", MODEL_SOURCE)]
    assert [(c.reason, c.amount.sek) for c in figure_checks(amounts)] == [(ROLE_BY_MODEL, 480_000)]
    [warning] = figure_warnings(amounts)
    assert "480000 kr" in warning and "sida 2" in warning and REASON_TEXT[ROLE_BY_MODEL] in warning


def test_a_model_role_that_is_not_summed_is_not_checked():
    amounts = [
        _amount(500_000, "budget", "cue"),
        _amount(480_000, "utfall", "cue"),
        _amount(20_000, "avvikelse", MODEL_SOURCE),
    ]
    assert figure_checks(amounts) == []
