"""The page's upright rules by one helper (ruling.upright_rules), the test the comb, caption, line and signing
steps used to write each on its own."""

from dataclasses import replace

from bilagor.extractor.layout.ruling import is_upright, upright_rules
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS

WALL = (100.0, 200.0, 100.5, 212.0)  # a comb box's wall: half a point across, 12 tall
HAIR = (100.0, 200.0, 101.5, 212.0)  # at the width limit
BAR = (100.0, 200.0, 102.0, 212.0)  # a filled bar two points across
FLAT = (100.0, 200.0, 300.0, 200.5)  # a horizontal rule
DOT = (100.0, 200.0, 100.5, 201.5)  # upright by width, but a dot's height


def test_upright_by_width_alone() -> None:
    assert [is_upright(r) for r in (WALL, HAIR, BAR, FLAT, DOT)] == [True, True, False, False, True]
    assert upright_rules([FLAT, WALL, BAR, DOT, HAIR]) == [WALL, DOT, HAIR]


def test_taller_than_leaves_dots_out() -> None:
    walls = upright_rules([FLAT, WALL, DOT, HAIR], taller_than=DEFAULT_SETTINGS.upright_rule_min_height)
    assert walls == [WALL, HAIR]
    assert upright_rules([WALL, DOT], taller_than=12.0) == []  # strictly taller


def test_width_is_a_setting() -> None:
    wide = replace(DEFAULT_SETTINGS, upright_rule_max_width=2.0)
    assert upright_rules([WALL, BAR, FLAT], wide) == [WALL, BAR]
