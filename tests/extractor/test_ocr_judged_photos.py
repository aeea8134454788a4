"""A two-up sheet's halves share one colour probe and one colour render of their page (ocr._judged_photos):
seen failing while each half probed and rendered the whole page again in colour."""

import numpy as np

from bilagor.extractor import ocr


class _Bitmap:
    def __init__(self, pixels):
        self.pixels = pixels

    def to_numpy(self):
        return self.pixels


class _ColouredPage:
    """A pdfium page stand-in: white paper with one red tick, counting its renders."""

    def __init__(self):
        self.renders = 0

    def render(self, *, scale, rev_byteorder=False):
        self.renders += 1
        size = max(8, round(100 * scale))
        pixels = np.full((size, size, 4), 255, np.uint8)
        pixels[size // 2 : size // 2 + 3, size // 4 : size // 4 + 6, 1:3] = 0  # red
        return _Bitmap(pixels)


def test_two_halves_cost_one_probe_and_one_colour_render_and_get_their_own_columns():
    page = _ColouredPage()
    scale = 1.0
    halves = [np.full((100, 50), 255, np.uint8), np.full((100, 50), 255, np.uint8)]
    judged = ocr._judged_photos(page, halves, [(0, 0, 50, 100), (50, 0, 100, 100)], scale)
    assert page.renders == 2  # the probe and the colour render, once for the page
    assert [photo for photo, _ in judged] == [False, False]
    assert [colour.shape for _, colour in judged] == [(100, 50, 3), (100, 50, 3)]
    # the right half's colour is the page's right columns (the tick lies in the left half only)
    assert (judged[0][1] != 255).any() and (judged[1][1] == 255).all()


class _GreyPage:
    """A pdfium page stand-in for the colour probe: a small render of plain grey (no colour at all)."""

    def render(self, **_):
        return _Bitmap(np.full((20, 20, 4), 128, np.uint8))


def test_a_negative_page_is_not_judged_a_phone_photo():
    """Issue #12 (microfilm): a negative page's dark ground read as a photo's dim paper; the photo path's
    flattening then lost the umlauts ("Rojning", "langs"). It is judged as read_page_image reads it: positive."""
    from bilagor.extractor.page_photo import photographed

    y, x = np.mgrid[0:600, 0:400]
    lines = ((y - 40) % 30 < 12) & ((x - 40) % 50 < 30) & (y >= 40) & (y < 540) & (x >= 40) & (x < 360)
    negative = np.where(lines, 200, 15).astype(np.uint8)  # light print on a dark ground
    assert photographed(negative, 2.0)  # as it was judged before
    assert ocr._judged_photos(_GreyPage(), [negative], [(0, 0, 400, 600)], 2.0) == [(False, None)]
