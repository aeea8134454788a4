"""The thirty-seventh round's review (h42/r-review): shared helpers give what the copies they replace gave."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from bilagor.extractor.burnt_edges import _paper_light, burnt_edges, without_burnt_edges
from bilagor.extractor.channel_register import registered
from bilagor.extractor.page_photo import lightest_within
from bilagor.extractor.print_probe import holds_print_lines, is_blank, probe_scale
from bilagor.extractor.recycled_fibres import reads_better, recycled
from bilagor.extractor.scan_settings import SCAN_SETTINGS
from bilagor.extractor.words import Word
from sibling_modules import sibling


def test_lightest_within_takes_each_cells_lightest_neighbour_with_the_edges_repeated():
    cells = np.zeros((4, 5), np.float32)
    cells[0, 0] = 7.5
    cells[3, 4] = 200.0
    near = lightest_within(cells, 1)
    assert near.dtype == np.float32 and near.shape == (4, 5)
    assert near[:2, :2].tolist() == [[7.5, 7.5], [7.5, 7.5]]
    assert near[2:, 3:].tolist() == [[200.0, 200.0], [200.0, 200.0]]
    assert near[0, 2] == 0.0 and near[3, 0] == 0.0
    wide = lightest_within(cells.astype(np.uint8), 2)
    assert wide.dtype == np.uint8
    assert wide[1, 2] == 200 and wide[0, 0] == 7 and wide[3, 0] == 0


def test_burnt_paper_light_fills_a_burnt_cell_from_its_lit_neighbours():
    grey = np.full((40, 40), 180, np.float32)
    grey[:, :12] = 0  # burnt: no paper in these cells
    light = _paper_light(grey, 1.0)  # 4 px cells: three burnt columns of cells
    assert light.shape == (10, 10)
    assert np.all(light == 180.0)  # the burnt cells lit by the browned paper beside them, cell by cell


def _sibling(name: str):
    return sibling(__file__, name)


def test_the_burnt_edge_step_reads_its_settings():
    burnt_page = _sibling("test_burnt_edges41")
    burnt = burnt_page.scorched(burnt_page.page(), "left")
    assert set(burnt_edges(burnt, burnt_page.SCALE)) == {"left"}
    assert burnt_edges(burnt, burnt_page.SCALE, replace(SCAN_SETTINGS, burn_min_wave_points=60.0)) == {}
    assert without_burnt_edges(burnt, burnt_page.SCALE, replace(SCAN_SETTINGS, burn_level=5))[1] is False


def test_the_channel_register_reads_its_settings():
    register_page = _sibling("test_channel_register40")
    scan = register_page.colour_scan(register_page.form_ink(), (5, 4), (-4, -5))
    assert registered(scan, register_page.SCALE)[2] is not None
    assert registered(scan, register_page.SCALE, replace(SCAN_SETTINGS, register_min_shift_pixels=10))[2] is None
    assert registered(scan, register_page.SCALE, replace(SCAN_SETTINGS, register_min_ink_share=0.99))[2] is None


def test_the_print_probe_reads_its_settings():
    grain = np.full((200, 300), 200, np.uint8)
    grain[::7, ::5] = 170  # paper's grain: 30 levels apart
    assert is_blank(grain)
    assert not is_blank(grain, replace(SCAN_SETTINGS, probe_blank_contrast=20))
    lines = np.full((400, 600), 245, np.uint8)
    for top in range(40, 360, 30):  # twelve lines of "words": strokes with gaps between them
        for left in range(20, 580, 12):
            lines[top : top + 10, left : left + 6] = 30
    assert holds_print_lines(lines, 1.0)
    assert not holds_print_lines(lines, 1.0, replace(SCAN_SETTINGS, probe_min_lines=40))
    assert not holds_print_lines(lines, 1.0, replace(SCAN_SETTINGS, probe_min_line_gaps=10_000))
    assert probe_scale(595, 842, replace(SCAN_SETTINGS, probe_dpi=72)) <= 1.0 < probe_scale(595, 842)


def test_the_recycled_paper_vote_reads_its_settings():
    assert reads_better((100, 40), (103, 40))
    assert not reads_better((100, 40), (103, 40), replace(SCAN_SETTINGS, fibres_min_gain_words=4))
    assert reads_better((100, 40), (100, 20))
    assert not reads_better((100, 40), (100, 20), replace(SCAN_SETTINGS, fibres_junk_share=0.4))
    grey = np.full((400, 300), 200, np.uint8)
    assert not recycled(grey, 1.0)  # even grey paper but no print
    assert recycled(grey, 1.0, replace(SCAN_SETTINGS, fibres_min_contrast=0.0, fibres_min_share=0.0))


def test_two_words_are_level_when_they_overlap_by_half_the_shorter_ones_height():
    line = Word("Budget", 10.0, 40.0, 100.0, 110.0)
    assert line.level_with(Word("A", 50.0, 56.0, 105.0, 111.0)) and Word("A", 50.0, 56.0, 105.0, 111.0).level_with(line)
    assert line.level_with(Word("x", 50.0, 56.0, 107.0, 113.0))  # 3 of 6 pt: half the shorter, exactly
    assert not line.level_with(Word("x", 50.0, 56.0, 107.5, 113.5))
    assert not line.level_with(Word("below", 50.0, 56.0, 111.0, 121.0))
