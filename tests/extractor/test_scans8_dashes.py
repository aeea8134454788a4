"""Eighth round (f-scans): an en dash in a proportional font's line is narrower than in a monospaced one."""

import pytest

from bilagor.extractor.ocr_dashes import dashes_by_width


def _title(dash: str, width: int, *, letters: tuple[int, int]) -> list[tuple[str, list[int]]]:
    """'Bilaga 5 <dash> Uppföljning': `letters` are the two words' pixels per letter (equal: monospaced)."""
    bilaga, uppfoljning = 6 * letters[0], 11 * letters[1]
    return [
        ("Bilaga", [100, 100, 100 + bilaga, 160]),
        ("5", [120 + bilaga, 100, 150 + bilaga, 160]),
        (dash, [170 + bilaga, 130, 170 + bilaga + width, 138]),
        ("Uppföljning", [200 + bilaga + width, 100, 200 + bilaga + width + uppfoljning, 160]),
    ]


@pytest.mark.parametrize(
    ("width", "meant"),
    [
        (28, "–"),  # 0.73 letters: a proportional font's en dash (measured 0.70-0.73 on the eighth-round tuning scans)
        (24, "-"),  # 0.62: its hyphen (measured 0.50-0.65)
    ],
)
def test_a_dash_in_a_proportional_line(width, meant):
    assert dashes_by_width(_title("-", width, letters=(36, 40)))[2][0] == meant


def test_a_monospaced_lines_wide_hyphen_stays_a_hyphen():
    assert dashes_by_width(_title("-", 28, letters=(38, 38)))[2][0] == "-"
