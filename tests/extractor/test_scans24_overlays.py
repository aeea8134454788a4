"""Issue #12, twentieth round: things laid over a scan's print. A coloured rubber stamp or a sticky note over an
answer (overlaid_ink: the ink taken out by the channel it absorbs least, the grey print under it kept) and a paper
clip's soft shadow (soft_shadows: the paper's light evened where it darkens smoothly). Small synthetic pages drawn
here with DejaVu Sans: grey print on a warm paper, ink laid over it by multiplying, as ink on paper does."""

from __future__ import annotations

import io
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor.overlaid_ink import overlaid_groups, without_overlaid_ink
from bilagor.extractor.overlays import overlays_taken_out
from bilagor.extractor.soft_shadows import without_soft_shadows

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SCALE = 200 / 72
SIZE = (round(300 * SCALE), round(300 * SCALE))  # a 300 x 300 pt piece of a page
PAPER = 246
RED, VIOLET, YELLOW = (200, 35, 45), (115, 55, 165), (250, 235, 90)


def printed(lines: int = 12) -> np.ndarray:
    """A grey piece of page (H x W float, 0-255): `lines` lines of 11 pt text from 20 pt down."""
    image = Image.new("L", SIZE, PAPER)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, round(11 * SCALE))
    for n in range(lines):
        draw.text(
            (20 * SCALE, (30 + 22 * n) * SCALE), "Boende har fått lämna synpunkter vid ett möte i", font=font, fill=25
        )
    return np.asarray(image, dtype=float)


def as_rgb(grey: np.ndarray) -> np.ndarray:
    return np.repeat(grey[..., None], 3, axis=2)


def stamp_mask(words: bool = True, ring: bool = True, angle: float = 18.0) -> np.ndarray:
    """A round stamp's ink (H x W, 0-1) over the page piece's middle: a ring and "INKOM" with a date, turned."""
    image = Image.new("L", SIZE, 0)
    draw = ImageDraw.Draw(image)
    cx, cy, r = 150 * SCALE, 100 * SCALE, 45 * SCALE
    if ring:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=round(1.5 * SCALE))
    if words:
        font = ImageFont.truetype(BOLD, round(13 * SCALE))
        draw.text((cx, cy - 8 * SCALE), "INKOM", font=font, fill=255, anchor="mm")
        draw.text((cx, cy + 10 * SCALE), "2024-03-12", font=font, fill=255, anchor="mm")
    return np.asarray(image.rotate(angle, center=(cx, cy), resample=Image.BICUBIC), dtype=float) / 255


def laid(rgb: np.ndarray, mask: np.ndarray, colour: tuple[int, int, int], strength: float = 0.9) -> np.ndarray:
    return rgb * (1 - (mask * strength)[..., None] * (1 - np.array(colour, dtype=float) / 255))


def to_uint8(pixels: np.ndarray) -> np.ndarray:
    return np.clip(pixels, 0, 255).astype(np.uint8)


def grey_of(rgb: np.ndarray) -> np.ndarray:
    return to_uint8(rgb @ np.array([0.299, 0.587, 0.114]))


def test_a_stamp_over_print_becomes_paper_and_the_print_under_it_stays():
    page = printed()
    stamp = stamp_mask()
    rgb = to_uint8(laid(as_rgb(page), stamp, RED))
    grey = grey_of(rgb)
    cleaned, found = without_overlaid_ink(grey, rgb, SCALE)
    assert found
    on_paper = (stamp > 0.8) & (page > 240)
    under = (stamp > 0.8) & (page < 60)
    assert on_paper.sum() > 500 and under.sum() > 100
    assert grey[on_paper].mean() < 200  # the stamp was ink before
    assert cleaned[on_paper].mean() > 235
    assert cleaned[under].mean() < 90  # the letters under the stamp keep their darkness


def test_a_faded_violet_stamp_without_a_ring_over_print_goes_too():
    page = printed()
    stamp = stamp_mask(ring=False)
    rgb = to_uint8(laid(as_rgb(page), stamp, VIOLET, strength=0.5))
    cleaned, found = without_overlaid_ink(grey_of(rgb), rgb, SCALE)
    assert found
    on_paper = (stamp > 0.8) & (page > 240)
    assert cleaned[on_paper].mean() > 235


def test_a_stamp_in_the_margin_goes_by_its_ring():
    page = printed()
    stamp = stamp_mask(words=False)  # its ring alone: a full stamp's ink on this small piece is the print's share
    rows, cols = np.nonzero(stamp)
    page[rows.min() - 20 : rows.max() + 20, cols.min() - 20 : cols.max() + 20] = PAPER  # nothing printed under it
    rgb = to_uint8(laid(as_rgb(page), stamp, RED))
    assert len(overlaid_groups(grey_of(rgb), rgb, SCALE)) == 1


def test_a_translucent_sticky_note_becomes_paper_and_keeps_the_print_under_it():
    page = printed()
    note = np.zeros_like(page)
    note[round(40 * SCALE) : round(110 * SCALE), round(120 * SCALE) : round(220 * SCALE)] = 1
    rgb = to_uint8(laid(as_rgb(page), note, YELLOW, strength=0.55))
    cleaned, found = without_overlaid_ink(grey_of(rgb), rgb, SCALE)
    assert found
    under = (note > 0) & (page < 60)
    on_paper = (note > 0) & (page > 240)
    assert cleaned[on_paper].mean() > 240
    assert cleaned[under].mean() < 90


def test_a_coloured_heading_with_nothing_under_it_stays():
    image = Image.new("RGB", SIZE, (PAPER,) * 3)
    draw = ImageDraw.Draw(image)
    draw.text(
        (20 * SCALE, 30 * SCALE),
        "Ekonomisk redovisning",
        font=ImageFont.truetype(BOLD, round(14 * SCALE)),
        fill=(30, 60, 170),
    )
    draw.text(
        (20 * SCALE, 60 * SCALE),
        "Budgeten var 200 000 kr.",
        font=ImageFont.truetype(SANS, round(11 * SCALE)),
        fill=(25, 25, 25),
    )
    rgb = np.asarray(image)
    grey = grey_of(rgb.astype(float))
    cleaned, found = without_overlaid_ink(grey, rgb, SCALE)
    assert not found
    assert (cleaned == grey).all()


def test_a_colour_photo_is_left_to_the_photo_step():
    rng = np.random.default_rng(5)
    rgb = np.full((SIZE[1], SIZE[0], 3), PAPER, np.uint8)
    block = rng.integers(0, 255, (round(80 * SCALE), round(120 * SCALE), 3)).astype(np.uint8)
    rgb[
        round(40 * SCALE) : round(40 * SCALE) + block.shape[0], round(60 * SCALE) : round(60 * SCALE) + block.shape[1]
    ] = block
    assert overlaid_groups(grey_of(rgb.astype(float)), rgb, SCALE) == []


def shadowed(depth: float, blur_points: float = 25.0) -> tuple[np.ndarray, np.ndarray]:
    """The printed piece with a clip's soft shadow (a blurred rounded block, `depth` of the light) over its
    middle, and the shadow's darkening (0-1)."""
    page = printed()
    block = Image.new("L", SIZE, 0)
    ImageDraw.Draw(block).rounded_rectangle(
        (110 * SCALE, 20 * SCALE, 190 * SCALE, 170 * SCALE), radius=round(20 * SCALE), fill=255
    )
    dark = np.asarray(block.filter(ImageFilter.GaussianBlur(blur_points * SCALE / 2.5)), dtype=float) / 255 * depth
    return page * (1 - dark), dark


def test_a_clips_soft_shadow_is_flattened_into_paper_and_the_print_stays():
    page = printed()
    shaded, dark = shadowed(0.3)
    grey = to_uint8(shaded)
    cleaned, found = without_soft_shadows(grey, SCALE)
    assert found
    deep_paper = (dark > 0.25) & (page > 240)
    deep_ink = (dark > 0.25) & (page < 40)
    assert grey[deep_paper].mean() < 185
    assert cleaned[deep_paper].mean() > 230
    assert cleaned[deep_ink].mean() < 60


def test_a_sharp_grey_box_is_no_shadow():
    grey = to_uint8(printed())
    grey[round(60 * SCALE) : round(140 * SCALE), round(120 * SCALE) : round(220 * SCALE)] = 170
    cleaned, found = without_soft_shadows(grey, SCALE)
    # a box's inside is smooth, but its edges are not; its rows of cells along them are part of the same darkening
    assert not found
    assert (cleaned == grey).all()


def test_a_clean_page_is_left_as_it_is():
    grey = to_uint8(printed())
    rgb = np.repeat(grey[..., None], 3, axis=2)
    cleaned, _, found = overlays_taken_out(grey, rgb, SCALE)
    assert not found
    assert (cleaned == grey).all()


def test_a_form_printed_in_red_keeps_its_labels_and_loses_a_violet_stamp():
    image = Image.new("RGB", SIZE, (PAPER,) * 3)
    draw = ImageDraw.Draw(image)
    bold = ImageFont.truetype(BOLD, round(11 * SCALE))
    for n in range(6):  # red labels in a pink cell beside grey answers
        y = (30 + 22 * n) * SCALE
        draw.rectangle((15 * SCALE, y - 12 * SCALE, 100 * SCALE, y + 8 * SCALE), fill=(240, 215, 205))
        draw.text((20 * SCALE, y), "Projektnamn", font=bold, fill=(160, 20, 30))
        draw.text((110 * SCALE, y), "Boende har fått", font=ImageFont.truetype(SANS, round(11 * SCALE)), fill=25)
    before = np.asarray(image, dtype=float)
    stamp = stamp_mask()
    rgb = to_uint8(laid(before, stamp, VIOLET))
    grey = grey_of(rgb)
    cleaned, found = without_overlaid_ink(grey, rgb, SCALE)
    assert found
    near = np.asarray(Image.fromarray(to_uint8(stamp * 255)).filter(ImageFilter.MaxFilter(9))) > 0
    label = (before[..., 1] < 60) & ~near  # the red labels' dark strokes, away from the stamp
    assert label.sum() > 500
    assert (cleaned[label] == grey[label]).all()
    on_paper = (stamp > 0.8) & (before.min(axis=2) > 240)
    assert cleaned[on_paper].mean() > 230


def test_a_filled_box_of_a_shadows_depth_is_no_shadow():
    grey = to_uint8(printed())
    grey[round(20 * SCALE) : round(180 * SCALE), round(100 * SCALE) : round(290 * SCALE)] = 200  # sharp-edged fill
    cleaned, found = without_soft_shadows(grey, SCALE)
    assert not found
    assert (cleaned == grey).all()


def test_a_light_tinted_cell_is_no_shadow():
    grey = to_uint8(printed())
    part = grey[round(20 * SCALE) : round(180 * SCALE), round(10 * SCALE) : round(120 * SCALE)]
    grey[round(20 * SCALE) : round(180 * SCALE), round(10 * SCALE) : round(120 * SCALE)] = np.minimum(part, 226)
    cleaned, found = without_soft_shadows(grey, SCALE)
    assert not found
    assert (cleaned == grey).all()


def test_a_coloured_word_in_a_line_of_grey_print_stays():
    image = Image.new("RGB", SIZE, (PAPER,) * 3)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, round(11 * SCALE))
    for n in range(12):
        y = (30 + 22 * n) * SCALE
        draw.text((20 * SCALE, y), "Boende har fått lämna", font=font, fill=25)
        if n == 3:  # a red word run into the grey line (a highlighted amount)
            draw.text((148 * SCALE, y), "200 000 kr", font=font, fill=(190, 30, 40))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=60)  # its colour at half resolution: a fringe over the grey letters beside it
    rgb = np.asarray(Image.open(stored))
    grey = grey_of(rgb.astype(float))
    assert overlaid_groups(grey, rgb, SCALE) == []


def test_the_colour_render_handed_on_has_no_stamp_so_the_pen_step_keeps_the_print_under_it():
    # The pen step (ocr_pen) reads the colour render after this step: given the stamp's colour it takes the
    # stamp's strokes for a pen's and makes them paper, widened, with the letters under them (twentieth set).
    from bilagor.extractor.ocr_pen import without_pen
    from bilagor.extractor.overlays import overlays_taken_out

    page = printed()
    stamp = stamp_mask()
    rgb = to_uint8(laid(as_rgb(page), stamp, VIOLET))
    cleaned, neutral, found = overlays_taken_out(grey_of(rgb), rgb, SCALE)
    assert found
    under = (stamp > 0.5) & (page < 60)
    assert under.sum() > 100
    spread = neutral.max(axis=-1).astype(int) - neutral.min(axis=-1)
    assert (spread[stamp > 0.5] > 30).mean() < 0.01  # no stamp's colour left to find
    assert (rgb.max(axis=-1).astype(int) - rgb.min(axis=-1))[stamp > 0.5].mean() > 30  # there was
    after_pen, _ = without_pen(cleaned, neutral, SCALE)
    assert after_pen[under].mean() < 90  # the letters under the stamp are still there for OCR


def test_no_colour_render_is_handed_on_as_none():
    from bilagor.extractor.overlays import overlays_taken_out

    grey = to_uint8(printed())
    cleaned, rgb, _ = overlays_taken_out(grey, None, SCALE)
    assert rgb is None and cleaned.shape == grey.shape


def test_read_page_image_hands_the_pen_step_the_colour_without_the_stamp(monkeypatch, tmp_path):
    # The wiring in ocr.read_page_image, not only the function: the pen step must see the colour render the
    # overlays step cleaned. A stand-in pen step records what it is handed and stops the read before OCR.
    from bilagor.extractor import ocr, ocr_pen

    class Handed(Exception):
        pass

    def recording_pen(grey, colour, scale):
        raise Handed(colour)

    monkeypatch.setattr(ocr_pen, "without_pen", recording_pen)
    page = printed()
    stamp = stamp_mask()
    rgb = to_uint8(laid(as_rgb(page), stamp, VIOLET))
    height, width = page.shape
    with pytest.raises(Handed) as handed:
        ocr.read_page_image(
            grey_of(rgb), SCALE, 1, width / SCALE, height / SCALE, tmp_path, colour=rgb, photographed_page=False
        )
    colour = np.asarray(handed.value.args[0])
    spread = colour.max(axis=-1).astype(int) - colour.min(axis=-1)
    assert colour.shape[:2] == page.shape
    assert (spread[stamp > 0.5] > 30).mean() < 0.01  # the stamp's colour is gone before the pen step
