"""Which pages the sheet-on-a-ground route (extractor/photo_sheet.py) and the negative test's light-share bound touch.

    .venv/bin/python bench/photo_sheet_pages.py FILE.pdf ...

For each page (rendered grey at 200 dpi, or smaller within OCR's pixel cap): whether `page_photo._sheet_on_ground`
finds a sheet, and whether `negative.is_negative` answers otherwise without `MAX_MARK_SHARE`. A page touched by
neither is read as before the twenty-first round's change (issue #12): a quick check that scans and the older
photo families keep their records, without OCR.
"""

from __future__ import annotations

import sys


def main(paths: list[str]) -> int:
    import pypdfium2

    from bilagor.extractor import negative
    from bilagor.extractor.ocr import MAX_PIXELS
    from bilagor.extractor.page_photo import _sheet_on_ground

    touched = pages = 0
    for path in paths:
        document = pypdfium2.PdfDocument(path)
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            scale = min(200 / 72, (MAX_PIXELS / (width * height)) ** 0.5)
            pixels = page.render(scale=scale, grayscale=True).to_numpy()
            grey = pixels[..., 0] if pixels.ndim == 3 else pixels
            sheet = _sheet_on_ground(grey, scale) is not None
            bounded = negative.is_negative(grey)
            bound, negative.MAX_MARK_SHARE = negative.MAX_MARK_SHARE, 1.0
            unbounded = negative.is_negative(grey)
            negative.MAX_MARK_SHARE = bound
            hit = sheet or bounded != unbounded
            touched, pages = touched + hit, pages + 1
            print(
                f"{path} p{number}: {'TOUCHED' if hit else 'as before'} (sheet {sheet}, negative {unbounded} -> {bounded})"
            )
        document.close()
    print(f"{touched} of {pages} pages touched")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
