"""Where a pdfplumber page's visible area lies, and how PDF user space maps to the words' coordinates
(top-down from the visible area's corner): for the words, and for form-field widgets placed among them."""

from __future__ import annotations


def visible_box(page) -> tuple[float, float, float, float]:
    """The page's visible area (its CropBox, turned by /Rotate) in the characters' coordinates.

    Words are given from its top-left corner, as OCR gives the words of the rendered page (pdfium
    renders the crop box), so a MediaBox that does not start at the origin, or one larger than the
    CropBox (a printer's bleed), gives the same words as an ordinary page.
    """
    whole = (0.0, 0.0, float(page.width), float(page.height))
    try:
        crop = [float(v) for v in page.page_obj.cropbox]
        media = [float(v) for v in page.page_obj.mediabox]
    except Exception:  # pdfminer falls back to the MediaBox itself; a broken box: the whole page
        return whole
    # The CropBox is clipped to the MediaBox (PDF 32000-1, 14.11.2); one that misses it altogether
    # (a broken file) is ignored, as pdfplumber does, rather than losing every word.
    x0, y0 = max(min(crop[0], crop[2]), min(media[0], media[2])), max(min(crop[1], crop[3]), min(media[1], media[3]))
    x1, y1 = min(max(crop[0], crop[2]), max(media[0], media[2])), min(max(crop[1], crop[3]), max(media[1], media[3]))
    if x1 - x0 < 1 or y1 - y0 < 1:
        return whole
    to_layout = layout_transform(page)
    (ax, ay), (bx, by) = to_layout(x0, y0), to_layout(x1, y1)
    box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return whole
    return box


def layout_transform(page, origin: tuple[float, float] = (0.0, 0.0)):
    """PDF user space -> the words' coordinates (top-down, as visible_content.layout_objects gives characters):
    pdfminer's page matrix for /Rotate and the MediaBox origin, then pdfplumber's flip, then
    from `origin` (the visible box's corner)."""
    a, b, c, d, e, f = page_matrix(page.page_obj)
    mb_x0, mb_top, height = float(page.mediabox[0]), float(page.mediabox[1]), float(page.height)

    def to_layout(x: float, y: float) -> tuple[float, float]:
        dx, dy = a * x + c * y + e, b * x + d * y + f
        return dx + mb_x0 - origin[0], height - dy + mb_top - origin[1]

    return to_layout


def page_matrix(page_obj) -> tuple[float, float, float, float, float, float]:
    """pdfminer's matrix for a page (PDFPageInterpreter.process_page): /Rotate and the MediaBox origin."""
    x0, y0, x1, y1 = (float(v) for v in page_obj.mediabox)
    return {
        90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }.get(page_obj.rotate % 360, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
