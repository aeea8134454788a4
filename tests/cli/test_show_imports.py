"""`bilagor show` says how a report counts in `amounts` (index.reports.counting, which imports the amounts
module): it no longer pays for the extractor's money rules (a fifth of a second of imports), which only a
hedged figure's margin in a summary needs."""

from __future__ import annotations

import os
import subprocess
import sys

from factories import build_archive, fixture_reports

MONEY = "bilagor.extractor.entities.money"


def test_show_does_not_import_the_money_rules(tmp_path):
    folder = build_archive(tmp_path / "arkiv")
    hedged = next(r for r in fixture_reports() if any(a.approx for a in r.amounts))
    code = (
        "import sys; from bilagor.cli.app import run; "
        f"code = run(['show', {hedged.id[:12]!r}, '--archive', {str(folder)!r}]); "
        f"print('MONEY', {MONEY!r} in sys.modules, code)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "BILAGOR_ARCHIVE": ""}
    )
    assert "MONEY False 0" in proc.stdout, proc.stdout + proc.stderr


def test_a_hedged_total_still_has_its_margin():
    from bilagor.index.reports.amounts import _margins
    from bilagor.index.figures import report_figures

    hedged = next(r for r in fixture_reports() if any(a.approx for a in r.amounts))
    rows = hedged.amounts
    assert sum(_margins(rows, report_figures(rows)).roles.values()) > 0
