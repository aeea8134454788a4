"""One PDF page as a PNG image, with boxes highlighted; the words of one page.

For `bilagor serve`: the page a hit or an amount came from, shown as the
reader saw it, with the query's words marked. Boxes are in PDF points from
the top-left corner of the visible page (its crop box), as `page_words`
gives them. Rendering uses pypdfium2; the words come from the same
pdfplumber reader the extractor uses (text layer only: a scanned page has
no words here, so it is shown without highlights). A page pdfium cannot draw
but pdfplumber reads is drawn from its text layer, under a banner saying so.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from bilagor.extractor.errors import BadInputError
from bilagor.extractor.glossary import CANNOT_READ
from bilagor.extractor.words import Word

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points

DEFAULT_SCALE = 1.5  # pixels per point: 108 dpi, an A4 page about 900 px wide
MIN_SCALE, MAX_SCALE = 0.25, 4.0
# A page's image is at most this many pixels (four bytes each, a few copies while highlighted): a
# poster page (14 400 pt square, 466 M pixels at DEFAULT_SCALE) is drawn smaller instead of taking
# gigabytes of the server's memory. Below SMALLEST_SCALE a page is not drawn at all (it is absurd:
# 595 x 2 147 483 647 pt, say; its image would be a few pixels wide).
MAX_PIXELS = 12_000_000
SMALLEST_SCALE = 0.02
# Semi-transparent yellow, like a highlighter over the printed words.
HIGHLIGHT_RGBA = (255, 221, 0, 110)
HIGHLIGHT_PADDING = 1.0  # points around each word's box
# Over a page drawn from its text layer because pdfium cannot draw it (render._from_text_layer).
TEXT_LAYER_BANNER = "Sidan återgiven ur textlagret: PDF-filen kan inte ritas upp"
TEXT_LAYER_FONT = "DejaVuSans.ttf"


def _open(path: Path, password: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        raise BadInputError(path, f"kan inte ritas upp: {exc}") from None
    except OSError as exc:
        raise BadInputError(path, f"{CANNOT_READ}: {exc.strerror or exc}") from None


def _undrawable(path: Path, number: int, why: object) -> BadInputError:
    """The error for a page of a readable document that pdfium cannot draw."""
    return BadInputError(path, f"sidan {number} kan inte ritas upp: {why}")


def _check_page(path: Path, number: int, count: int) -> None:
    if not 1 <= number <= count:
        raise BadInputError(path, f"ingen sida {number} (filen har {count})")


def page_count(path: str | Path, *, password: str | None = None) -> int:
    document = _open(Path(path), password)
    try:
        return len(document)
    finally:
        document.close()


def render_page(
    path: str | Path,
    number: int,
    *,
    scale: float = DEFAULT_SCALE,
    highlights: Iterable[Box] = (),
    password: str | None = None,
) -> bytes:
    """Page `number` (1-based) as PNG bytes, each box in `highlights` painted over in yellow; a page pdfium
    cannot draw, from its text layer (_from_text_layer)."""
    import pypdfium2 as pdfium

    path = Path(path)
    scale = min(max(scale, MIN_SCALE), MAX_SCALE)
    try:
        document = _open(path, password)
    except BadInputError as exc:  # pdfium refuses the file: the text layer drawn, if pdfminer reads it
        return _from_text_layer(path, number, scale, highlights, password, exc)
    try:
        try:  # a page pdfminer read may still be one pdfium cannot find (a catalog without its page tree)
            _check_page(path, number, len(document))
        except BadInputError as exc:
            return _from_text_layer(path, number, scale, highlights, password, exc)
        try:  # or one it cannot load (a page outside its page tree)
            page = document[number - 1]
        except pdfium.PdfiumError as exc:
            return _from_text_layer(path, number, scale, highlights, password, _undrawable(path, number, exc))
        try:
            width, height = page.get_size()
            scale = capped_scale(width, height, scale)
            if scale < SMALLEST_SCALE:
                raise _undrawable(path, number, f"{width:.0f} x {height:.0f} pt")
            image = page.render(scale=scale).to_pil().convert("RGBA")
        except pdfium.PdfiumError as exc:
            raise _undrawable(path, number, exc) from None
        finally:
            page.close()
    finally:
        document.close()
    return _png(image, scale, highlights)


def _png(image, scale: float, highlights: Iterable[Box]) -> bytes:
    """The page image as PNG bytes, each box in `highlights` painted over in yellow."""
    from PIL import Image, ImageDraw

    boxes = list(highlights)
    if boxes:
        overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for box in boxes:
            draw.rectangle(pixel_box(box, scale), fill=HIGHLIGHT_RGBA)
        image = Image.alpha_composite(image, overlay)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()


def _from_text_layer(
    path: Path, number: int, scale: float, highlights: Iterable[Box], password: str | None, refused: BadInputError
) -> bytes:
    """A page pdfium cannot draw (it refuses the file, or cannot load the page: format-corpus's
    T02-01_003, a catalog's page tree by a missing indirect reference) but the extractor's reader read:
    its text layer drawn instead, its words where they stand, its rules and picture frames, under a
    banner saying so. `refused` is raised if that reader cannot read the page either."""
    from PIL import Image, ImageDraw, ImageFont

    from bilagor.extractor.pdf_reader import read_page

    try:
        page, _ = read_page(path, number, password=password)
    except BadInputError:
        raise refused from None
    scale = capped_scale(page.width, page.height, scale)
    if scale < SMALLEST_SCALE:
        raise refused
    size = (max(1, math.ceil(page.width * scale)), max(1, math.ceil(page.height * scale)))
    image = Image.new("RGBA", size, (255, 255, 255, 255))
    draw = ImageDraw.Draw(image)
    for x0, top, x1, bottom in page.images:
        draw.rectangle(pixel_box((x0, top, x1, bottom), scale, 0.0), outline=(170, 170, 170, 255))
    for x0, top, x1, bottom in page.rules:
        draw.rectangle(pixel_box((x0, top, x1, bottom), scale, 0.0), fill=(90, 90, 90, 255))
    fonts: dict[int, ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}

    def font(pixels: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        if pixels not in fonts:
            try:  # a system font with å, ä and ö (Pillow finds it among the system's fonts) ...
                fonts[pixels] = ImageFont.truetype(TEXT_LAYER_FONT, pixels)
            except OSError:  # ... or Pillow's own, which lacks them
                fonts[pixels] = ImageFont.load_default(pixels)
        return fonts[pixels]

    for w in page.words:
        draw.text(
            (w.x0 * scale, w.top * scale),
            w.text,
            fill=(0, 0, 0, 255),
            font=font(round((w.bottom - w.top) * scale * 0.8) or 1),
        )
    draw.rectangle((0, 0, size[0], 16), fill=(255, 244, 200, 255))
    draw.text((4, 2), TEXT_LAYER_BANNER, fill=(120, 60, 0, 255), font=font(11))
    return _png(image, scale, highlights)


def capped_scale(width: float, height: float, scale: float, max_pixels: int = MAX_PIXELS) -> float:
    """`scale`, or less where a page of width x height points would pass max_pixels at it."""

    def pixels(s: float) -> int:  # pdfium rounds each side up
        return math.ceil(abs(width) * s) * math.ceil(abs(height) * s)

    if not math.isfinite(width * height):  # a broken box: not drawn (below SMALLEST_SCALE)
        return 0.0
    if pixels(scale) <= max_pixels:
        return scale
    scale = (max_pixels / abs(width * height)) ** 0.5
    while scale > 0 and pixels(scale) > max_pixels:
        scale *= 0.999
    return scale


def pixel_box(box: Box, scale: float, padding: float = HIGHLIGHT_PADDING) -> tuple[int, int, int, int]:
    """A box in points as whole pixels at `scale`, grown by `padding` points on each side."""
    x0, top, x1, bottom = box
    return (
        round((x0 - padding) * scale),
        round((top - padding) * scale),
        round((x1 + padding) * scale),
        round((bottom + padding) * scale),
    )


def page_words(path: str | Path, number: int, *, password: str | None = None) -> list[Word]:
    """The words of page `number` with boxes relative to the visible page's top-left corner."""
    from bilagor.extractor.pdf_reader import read_page

    page, origin = read_page(path, number, password=password)
    dx, dy = origin
    return [Word(w.text, w.x0 - dx, w.x1 - dx, w.top - dy, w.bottom - dy, w.fontname, w.size) for w in page.words]


def word_boxes(words: Sequence[Word], chosen: Iterable[int]) -> list[Box]:
    """The boxes of the words at the indexes in `chosen`."""
    return [(words[i].x0, words[i].top, words[i].x1, words[i].bottom) for i in chosen]
