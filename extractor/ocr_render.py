"""Drawing a page image for OCR: a low-resolution page image is upscaled smoothly, not in blocks.

pdfium draws an image larger than its own resolution by repeating its pixels (nearest neighbour): a page
captured from a screen at 96 dpi and drawn at OCR's 300 dpi comes out in blocks three pixels wide, its
anti-aliased grey edges as steps, and Tesseract misread its thin strokes ("Follare" for "Pollare",
"fera" for "flera", "Investenngen"). Any page that is one image (a scan, a screen capture, a fax, a
page made of image strips) below OCR's resolution is drawn by pdfium at the image's own resolution and
enlarged by Lanczos resampling to the size pdfium would have drawn. Pages of vector drawing and text,
and page images at OCR's resolution or finer, are drawn by pdfium as before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

# Images covering at least this share of the page make it a page image (a scanner's or a screen capture's:
# a frame or margin drawn round it may be vector paint).
PAGE_IMAGE_SHARE = 0.8
# A page image is drawn smoothly when its resolution is under this share of the resolution OCR asks for
# (165 dpi of 300): a screen capture's 96-110 dpi. A 200 dpi scan's blocks of one or two pixels read
# as well as a smooth enlargement of its JPEG (the thirteenth forms' highlighter scans: a letter worse).
SMOOTH_BELOW = 0.55
# A page image whose finer axis has this many times the resolution of its pixel area's square root has pixels far
# from square (a fax's 204 x 98 dpi: 1.44); below it (square pixels, up to pdfium's rounding of its dpi) the image
# is drawn at that square root, as before.
ANISOTROPIC = 1.1
# An enlarged bilevel page image is smoothed, and has its lone pixels wiped (lone_pixels), when its finer axis has
# at least this many pixels a point (125 dpi): a full stop of 10 pt type (1.1 pt) is two pixels across there, one
# pixel at 96 dpi.
LONE_PIXEL_SCALE = 125 / 72
_IMAGE_OBJECT = 3  # FPDF_PAGEOBJ_IMAGE

# (pixels across, pixels down, points across, points down) of one image drawn on a page
ImageSize = tuple[int, int, float, float]


class PageImages(NamedTuple):
    """What the image objects of a page say about how to draw it for OCR."""

    sizes: list[ImageSize]
    bilevel: bool  # every image one bit a pixel
    # The coarsest resolution of the images across and down the page, in pixels per point (pdfium's horizontal
    # and vertical dpi over 72): a fax in standard resolution is 204 x 98 dpi. None when no image gives it.
    resolution: tuple[float, float] | None = None


def image_scale(images: Sequence[ImageSize], page_width: float, page_height: float) -> float | None:
    """Pixels per point of a page's images when together they cover most of the page (a page image),
    else None. The images' pixels over their drawn area: a turned image (90°) gives the same figure."""
    drawn = sum(abs(w * h) for _, _, w, h in images)
    pixels = sum(px * py for px, py, _, _ in images)
    page = abs(page_width * page_height)
    if not page or not drawn or not pixels or drawn < PAGE_IMAGE_SHARE * page:
        return None
    return math.sqrt(pixels / drawn)


def smooth_scale(native: float | None, scale: float) -> float | None:
    """The scale to draw a page at before enlarging it to `scale` (its images' own, `native`), or None to
    draw it at `scale` directly: no page image, or one fine enough."""
    if native is None or native >= SMOOTH_BELOW * scale:
        return None
    return native


def drawn_scale(first: float | None, resolution: tuple[float, float] | None, scale: float) -> float | None:
    """The scale to draw a smoothly enlarged page image at (`first`, smooth_scale's answer, when not None): its
    finer axis's resolution, at most `scale`, so that the columns of a fax's 204 x 98 dpi image are drawn one
    for one (at `first`, the square root of its pixel area, 141 dpi, they were merged)."""
    if first is None or resolution is None or max(resolution) < first * ANISOTROPIC:
        return first
    return min(max(resolution), scale)


def enlarged_bilevel(images: PageImages, drawn: float | None) -> bool:
    """Whether a bilevel page image fine enough for its strokes (LONE_PIXEL_SCALE or finer) is enlarged smoothly:
    its staircase edges are then blurred and levelled like a screen's dots (descreen.smoothed)."""
    if drawn is None or not images.bilevel or images.resolution is None:
        return False
    return min(images.resolution) > 0 and max(images.resolution) >= LONE_PIXEL_SCALE


def image_pixel(images: PageImages, drawn: float | None) -> tuple[float, float] | None:
    """The size (across, down, in drawn pixels) of one pixel of an enlarged bilevel page image with pixels far from
    square (a fax in standard resolution) drawn at `drawn` px per pt: its lone pixels are wiped before the
    enlargement (lone_pixels) and its specks after it. None for any other page: on a square-pixel copy (150 dpi)
    the speck steps wiped pieces of thin rules its threshold had broken, and the cells' borders were lost."""
    if not enlarged_bilevel(images, drawn) or images.resolution is None or drawn is None:
        return None
    if not _pixels_far_from_square(images):
        return None
    across, down = images.resolution
    return (max(1.0, drawn / across), max(1.0, drawn / down))


def _pixels_far_from_square(images: PageImages) -> bool:
    """Whether the page's image pixels are far from square: a fax in standard resolution (204 x 98 dpi)."""
    if images.resolution is None:
        return False
    across, down = images.resolution
    return max(across, down) >= min(across, down) * ANISOTROPIC


def page_images(page) -> PageImages:
    """The (pixel size, drawn size) of each image object on a pypdfium2 page (images pdfium cannot size are left
    out), and whether the page's picture is one bit a pixel: it has images and pdfium reads each as 1 bit per
    pixel (a bilevel scan, a fax, a halftoned or dithered copy). Only such a page holds a screen's or a dither's
    dots (descreen): a grey scan's paper grain or pale print can look like dots and must not be blurred. One walk
    over the page's objects for both."""
    import pypdfium2 as pdfium

    sizes: list[ImageSize] = []
    depths: list[int] = []
    dpis: list[tuple[float, float]] = []
    for obj in page.get_objects(filter=[_IMAGE_OBJECT], max_depth=1):
        try:
            px, py = obj.get_px_size()
            left, bottom, right, top = obj.get_bounds()
            metadata = obj.get_metadata()
        except pdfium.PdfiumError:
            depths.append(0)  # unknown: not a bilevel page
            continue
        depths.append(metadata.bits_per_pixel)
        dpis.append((metadata.horizontal_dpi, metadata.vertical_dpi))
        sizes.append((px, py, right - left, top - bottom))
    resolution = (min(h for h, _ in dpis) / 72, min(v for _, v in dpis) / 72) if dpis else None
    return PageImages(sizes, bool(depths) and all(depth == 1 for depth in depths), resolution)


def page_pixels(
    page,
    scale: float,
    *,
    grayscale: bool,
    first: float | None = None,
    pixel: tuple[float, float] | None = None,
):
    """A pypdfium2 page drawn at `scale` px per pt as a numpy array (H x W grey, or H x W x 3 RGB); with
    `first` (drawn_scale's answer for the page, asked once by the caller), drawn at that scale and then
    enlarged smoothly to the size pdfium would give at `scale`. With `pixel` (image_pixel's answer), a grey
    drawing has its lone image pixels wiped before the enlargement (lone_pixels)."""
    import numpy as np
    from PIL import Image

    from bilagor.extractor.lone_pixels import without_lone_pixels

    if first is None:
        return _drawn(page, scale, grayscale)
    width, height = page.get_size()
    drawn = _drawn(page, first, grayscale)
    if pixel is not None and grayscale:
        drawn = without_lone_pixels(drawn, *pixel)
    small = Image.fromarray(drawn)
    size = (math.ceil(width * scale), math.ceil(height * scale))  # pypdfium2's own bitmap size
    return np.asarray(small.resize(size, Image.Resampling.LANCZOS))


def _drawn(page, scale: float, grayscale: bool):
    if grayscale:
        pixels = page.render(scale=scale, grayscale=True).to_numpy()
        return pixels.reshape(pixels.shape[0], pixels.shape[1])
    return page.render(scale=scale, rev_byteorder=True).to_numpy()[..., :3]
