"""Issue #12, twenty-fourth round: labels printed light on a dark bar (extractor/reversed_bands.py, the bar case)
turned dark on paper before OCR. The rule finder took a bar's rows round its letters for ruling lines and wiped them; what was
left (the letters' ragged dark surround) was read as other letters or nothing. On plain arrays."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.reversed_bands import dark_bars, without_dark_bars

SCALE = 200 / 72  # a 200 dpi scan
PAPER = 240


def _letters(grey, top: int, left: int, right: int, level: int) -> np.ndarray:
    """Letters of upright strokes (2 px wide, 14 px tall, a cross stroke) of grey `level`; their mask."""
    mask = np.zeros(grey.shape, dtype=bool)
    for x in range(left, right, 9):
        if (x // 9) % 7 == 6:
            continue
        mask[top : top + 14, x : x + 2] = True
        mask[top + 6 : top + 8, x : x + 6] = True
    grey[mask] = level
    return mask


def _page(fill: int = 90, seed: int = 3):
    """A page of black text with a bar of grey `fill` (50 pt across, 20 pt tall) holding a light label; the
    page, the bar's mask and the label's."""
    rng = np.random.default_rng(seed)
    grey = np.full((700, 640), PAPER, dtype=np.uint8)
    for top in range(40, 160, 30):
        _letters(grey, top, 60, 560, 15)
    bar = np.zeros(grey.shape, dtype=bool)
    bar[200:256, 50:600] = True
    grey[bar] = fill
    label = _letters(grey, 221, 70, 330, PAPER - 5)
    for top in range(280, 400, 30):
        _letters(grey, top, 60, 560, 15)
    noisy = grey.astype(np.float32) + rng.normal(0, 3, grey.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8), bar & ~label, label


def test_a_light_label_on_a_dark_bar_is_turned_dark_on_paper():
    grey, fill, label = _page()
    assert len(dark_bars(grey, SCALE)) == 1
    out, found = without_dark_bars(grey, SCALE)
    assert found
    assert (out[fill] > 200).mean() > 0.95  # the bar is paper
    assert (out[label] < 80).mean() > 0.9  # its letters ink
    text = np.zeros(grey.shape, dtype=bool)
    text[280:400] = True
    assert np.array_equal(out[text], grey[text])  # the text round it as it was


def test_a_bar_crossed_by_a_watermark_and_lightened_by_a_stripe():
    grey, fill, label = _page(fill=70)
    for row in range(200, 256):  # a copier's watermark's stroke across it, multiplied in
        grey[row, 400 + (row - 200) // 2 : 430 + (row - 200) // 2] = 50
    columns = np.arange(grey.shape[1])
    lighter = 1 - 0.4 * np.exp(-(((columns - 200) / 60.0) ** 2))  # a low-toner stripe over the label
    grey = np.clip(PAPER - (PAPER - grey.astype(np.float32)) * lighter[None, :], 0, 255).astype(np.uint8)
    out, found = without_dark_bars(grey, SCALE)
    assert found
    assert (out[fill] > 200).mean() > 0.95
    assert (out[label] < 100).mean() > 0.9


def test_no_bar_in_a_thick_rule_a_black_block_a_photo_or_a_grey_table_head():
    grey = np.full((700, 640), PAPER, dtype=np.uint8)
    for top in range(40, 160, 30):
        _letters(grey, top, 60, 560, 15)
    grey[180:186, 50:600] = 20  # a thick rule (2 pt)
    grey[200:260, 50:300] = 10  # a redaction's black block, no letters in it
    rng = np.random.default_rng(5)
    photo = np.linspace(30, 140, 250)[None, :] + rng.normal(0, 25, (120, 250))
    grey[300:420, 330:580] = np.clip(photo, 0, 255).astype(np.uint8)  # a photo's dark, varied grey
    grey[450:490, 50:600] = 215  # a table's head row shaded light, black words on it
    _letters(grey, 462, 60, 560, 15)
    assert dark_bars(grey, SCALE) == []
    out, found = without_dark_bars(grey, SCALE)
    assert not found and out is grey
