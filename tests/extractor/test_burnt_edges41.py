"""A page rescued from a fire (extractor/burnt_edges.py, issue #12, thirty-sixth round): its wavy burnt edge found,
made paper and the browned band beside it evened out, on pages the test draws; a clean page, a scanner's straight
dark border and a frame all round are left as they were."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor import ocr
from bilagor.extractor.burnt_edges import burnt_edges, without_burnt_edges

SCALE = 300 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAPER, INK = 236.0, 35.0


def page(width=1800, height=2400) -> np.ndarray:
    """A grey page of label/answer lines in DejaVu (paper PAPER, ink INK)."""
    image = Image.new("L", (width, height), int(PAPER))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for n in range(12):
        draw.text((80, 120 + n * 170), "Projektnamn", font=font, fill=int(INK))
        draw.text((560, 120 + n * 170), "Trygghetsvandring i Skarpnäck", font=font, fill=int(INK))
    return np.asarray(image)


def scorched(grey: np.ndarray, edge: str = "left") -> np.ndarray:
    """`grey` burnt along `edge` to a wavy line 60-140 px in: dark beyond it, a charred rim, a browned band where
    the paper is 40 % darker and the print half as dark against it, fading over 250 px."""
    out = grey.astype(np.float32)
    height, width = out.shape
    along = np.arange(height if edge in ("left", "right") else width, dtype=np.float32)
    line = 100 + 25 * np.sin(along / 90) + 15 * np.sin(along / 37 + 1)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    inward = {"left": xs, "right": width - 1 - xs, "top": ys, "bottom": height - 1 - ys}[edge]
    depth = inward - (line[:, None] if edge in ("left", "right") else line[None, :])
    brown = np.clip(1 - (depth - 10) / 250, 0, 1) ** 1.5
    paper = PAPER * (1 - 0.4 * brown)
    inked = (PAPER - out) / (PAPER - INK)
    out = paper - (paper - INK) * inked * (1 - 0.5 * brown)
    out = np.where(depth < 10, 50.0, out)
    out = np.where(depth < 0, 25.0, out)
    return np.clip(out, 0, 255).astype(np.uint8)


def test_a_burnt_edge_is_found_and_made_paper():
    for edge in ("left", "top"):
        burnt = scorched(page(), edge)
        assert set(burnt_edges(burnt, SCALE)) == {edge}
        out, found = without_burnt_edges(burnt, SCALE)
        assert found
        strip = out[:, :60] if edge == "left" else out[:60, :]
        assert (strip < 150).mean() < 0.01  # the burnt part and its rim are paper
        assert float(np.median(strip)) >= PAPER - 10


def test_the_browned_band_is_evened_out_and_its_print_kept():
    clean = page()
    burnt = scorched(clean, "left")
    out, _ = without_burnt_edges(burnt, SCALE)
    # the band beside the burn (columns 160-330): its paper as light as the page's again
    band = (slice(None), slice(160, 330))
    paper_before = np.median(burnt[band])
    paper_after = np.median(out[band])
    assert paper_before < PAPER - 25 and paper_after >= PAPER - 15
    # the print in the band is as dark against its paper as the page's print away from the burn
    ink_rows = clean[band] < 100
    assert float(np.mean(out[band][ink_rows])) < 120
    # and the page beyond the band is as it was
    assert np.array_equal(out[:, 1200:], burnt[:, 1200:])


def test_a_clean_page_is_left_as_it_was():
    clean = page()
    out, found = without_burnt_edges(clean, SCALE)
    assert not found and out is clean


def test_a_straight_dark_border_and_a_frame_all_round_are_no_burn():
    bordered = page().copy()
    bordered[:, :90] = 30  # a scanner's straight dark border down one side, the paper beside it white
    assert burnt_edges(bordered, SCALE) == {}
    slanted = page().copy()
    for row in range(slanted.shape[0]):
        slanted[row, : 60 + int(row * math.tan(math.radians(2)))] = 30  # a slanted sheet's edge: straight too
    assert burnt_edges(slanted, SCALE) == {}
    framed = scorched(scorched(scorched(page(), "left"), "top"), "right")
    assert burnt_edges(framed, SCALE) == {}  # three dark sides: a frame or a desk, not a fire


def test_the_step_is_registered_before_ocr_with_a_note():
    assert "brandskadad" in ocr.BURNT_NOTE
    import inspect

    source = inspect.getsource(ocr.read_page_image)
    assert source.index("without_burnt_edges(grey") < source.index("positive(grey)")


class _GreyRender:
    """A pdfium page stand-in for _judged_photos' colour probe: a small render of plain grey (no colour)."""

    def render(self, **_):
        class Bitmap:
            def to_numpy(self):
                return np.full((20, 20, 4), 128, np.uint8)

        return Bitmap()


def test_a_scorched_page_is_judged_a_scan_not_a_photo():
    """Thirty-seventh round (h42/f-scans): the thirty-sixth forms' scorched pages (grey paper 228-242 under dark
    print) were judged phone photos, its burnt edges made paper or not, and the photo path's flattening lost words
    (h36-009's first page: 270 truth words read on the raw page, 255 after the path)."""
    from bilagor.extractor.page_photo import photographed

    darker = page().astype(np.float32)
    darker = np.where(darker > 200, 228.0, darker).astype(np.uint8)  # grey paper, as the fire family's
    cleaned, found = without_burnt_edges(scorched(darker, "top"), SCALE)
    assert found and photographed(cleaned, SCALE)  # judged a photo, as before
    box = [(0, 0, cleaned.shape[1], cleaned.shape[0])]
    assert ocr._judged_photos(_GreyRender(), [cleaned], box, SCALE, scorched=True) == [(False, None)]
    # a page with no burn found is judged as it was (the photo test itself is unchanged)
    assert ocr._judged_photos(_GreyRender(), [darker], box, SCALE)[0][0] == photographed(darker, SCALE)


def test_the_burn_is_taken_out_before_the_sheet_search_and_the_photo_judgement():
    """h36-009's landscape first page, burnt along its top, was cut in three by the n-up search (ocr_sheet), which
    found no sheet on it once the burn was paper: the step runs on the whole page before that search."""
    import inspect

    source = inspect.getsource(ocr._recognise)
    step = source.index("without_burnt_edges(grey")
    assert (
        step
        < source.index("sheet_pages(grey")
        < source.index("_judged_photos(page, images, boxes, scale, first, scorched)")
    )
