"""Pages scanned turned a quarter or half round (pure: Tesseract's output in, a decision out).

A page fed to the scanner upside down or sideways is read by Tesseract as
letter soup: its words' confidences average 30-40, where a page the right
way up averages 90 and more (measured on the eighth to tenth rounds' fax,
photo and scan pages: 92.9 the lowest). Only such a page is looked at again:
Tesseract's orientation detection (OSD, `--psm 0`) says how far to turn it,
it is read once more turned, and the better-read of the two is kept (the
record says it was turned). A page read well costs nothing more.

A page turned a quarter in a small cell of a sheet (two pages turned on one sheet, ocr_sheet) is often no
letter soup: Tesseract reads its lines down the page, words in the right letters (confidence 80-90) but each
word's box taller than wide, and the layout, which takes lines across, loses them. Such a reading (most
words' boxes standing, DOWN_SHARE) is looked at again as well, and the turned reading, whose words lie, is
kept over it.
"""

from __future__ import annotations

import re

TURNED_BELOW = 60.0  # mean word confidence (0-100) under which a page may be turned
MIN_WORDS = 5  # fewer words say nothing about the page (a page of pictures, a signature)
_WORD = re.compile(rb"class=['\"]ocrx_word['\"][^>]*?x_wconf (\d+)")
_WORD_BOX = re.compile(rb"class=['\"]ocrx_word['\"][^>]*?bbox (\d+) (\d+) (\d+) (\d+)")
# Words whose box is this much taller than wide stand (read down a turned line); an upright page's standing ones are
# a few single letters and digits.
STANDING = 1.5
DOWN_SHARE = 0.6  # this share of a page's words standing: Tesseract read its lines down the page
_ROTATE = re.compile(r"^Rotate:\s*(\d+)\s*$", re.M)


def mean_confidence(hocr: bytes) -> tuple[int, float]:
    """(words, their mean confidence 0-100) in Tesseract's hOCR."""
    confidences = [int(c) for c in _WORD.findall(hocr)]
    return len(confidences), (sum(confidences) / len(confidences) if confidences else 0.0)


def read_down(hocr: bytes) -> bool:
    """Whether Tesseract read the page's lines down it (DOWN_SHARE of its words, at least MIN_WORDS, standing)."""
    boxes = [tuple(int(v) for v in box) for box in _WORD_BOX.findall(hocr)]
    standing = sum(bottom - top > STANDING * (x1 - x0) for x0, top, x1, bottom in boxes)
    return len(boxes) >= MIN_WORDS and standing >= DOWN_SHARE * len(boxes)


def may_be_turned(hocr: bytes) -> bool:
    """Whether the page's reading is the letter soup of a turned page, or its lines read down it (worth asking
    OSD)."""
    words, confidence = mean_confidence(hocr)
    return words >= MIN_WORDS and (confidence < TURNED_BELOW or read_down(hocr))


def osd_rotation(osd: str) -> int:
    """Degrees clockwise (0, 90, 180, 270) Tesseract's OSD report says to turn the page by; 0 when it
    names none."""
    match = _ROTATE.search(osd)
    rotate = int(match.group(1)) % 360 if match else 0
    return rotate if rotate in (90, 180, 270) else 0


def better_turned(first: bytes, turned: bytes) -> bool:
    """Whether the turned page's reading is better than the first: its lines read across where the first's were
    read down, else a higher mean confidence."""
    if read_down(first) != read_down(turned):
        return read_down(first)
    return mean_confidence(turned)[1] > mean_confidence(first)[1]


def turned_box(box: tuple[int, int, int, int], rotate: int, width: int, height: int) -> tuple[int, int, int, int]:
    """A pixel box (x0, top, x1, bottom) on a `width` x `height` image, on that image turned `rotate`
    degrees clockwise."""
    x0, top, x1, bottom = box
    if rotate == 90:
        return height - bottom, x0, height - top, x1
    if rotate == 180:
        return width - x1, height - bottom, width - x0, height - top
    if rotate == 270:
        return top, width - x1, bottom, width - x0
    return box
