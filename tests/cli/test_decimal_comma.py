"""Every decimal number bilagor prints has a decimal comma: sizes, seconds, rates (Swedish, like the money)."""

from __future__ import annotations

from types import SimpleNamespace

from bilagor.cli.money import format_decimal, format_percent
from bilagor.cli.views import imports, stats


def test_format_decimal_uses_a_comma():
    assert format_decimal(4.06) == "4,1"
    assert format_decimal(0.0) == "0,0"
    assert format_decimal(12.345, 2) == "12,35"
    assert format_percent(-48.04).endswith("48,0\u00a0%")


def test_the_archive_size_has_a_decimal_comma():
    assert stats._size(687_821) == "671,7 kB"
    assert stats._size(512) == "512 B"


def test_the_import_summary_seconds_have_a_decimal_comma(capsys):
    summary = SimpleNamespace(
        total=8,
        imported=8,
        updated=0,
        unchanged=0,
        failed=[],
        seconds=4.06,
        duplicate=0,
        failed_before=0,
        pages_without_text=0,
        warnings=[],
        versions=[],
        reread_other_version=0,
    )
    imports.print_summary(summary)
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith("(4,1 s)"), first
