"""Letters whose stem a thermal fax's dead column wiped out whole, read again with a stem drawn in.

A dead print-head column (dead_columns) as wide as a letter's stem takes all of it: no stroke is left on
either side to join, and Tesseract reads what remains as another letter ("oktoaer" for "oktober", "re" for
"tre", "-.,8" for "1,8"). The page is read a second time with every dead column inked as a bar through each
text line (barred); a bar where no stem was adds a false "l" instead ("Enlkäten"). So each word of the first
reading that crosses a dead column is taken from the second only where Tesseract is surer of that one
(its word confidence, which its dictionary raises): a word it knows beats the same place misread.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np

INK = 128  # darker than this is ink
LINE_REACH = 15.0  # pt: ink this close beside a column puts its row in a text line the bar runs through
LEAST_ONE_SIDED = 2  # rows: fewer strokes ending at one edge only are a curve's rounding, no lost stem

_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_CONFIDENCE = re.compile(r"x_wconf (\d+)")

Box = tuple[int, int, int, int]


def barred(grey: np.ndarray, columns: list[tuple[int, int]], scale: float, *, whole_line: bool) -> np.ndarray:
    """`grey` (ink dark, `scale` px per pt) with each dead column [x0, x1) inked in the text lines where it may
    have wiped a stroke: a line's rows (a run of rows with ink within LINE_REACH of the column) where strokes
    end at one edge of the column with nothing at the other (a bowl's or an arch's joints, a bar's hook) at least
    as often as they cross it (a round letter's arcs, cut on both edges, lost nothing). Inked through the
    `whole_line` (a stem with its ascender: "b", "h", "t", "1"), else between the first and the last of those
    joints (a round letter's side: "e", "o", "s")."""
    marked = grey.copy()
    reach = max(1, round(LINE_REACH * scale))
    for x0, x1 in columns:
        beside = np.hstack([grey[:, max(0, x0 - reach) : x0], grey[:, x1 : x1 + reach]])
        left, right = grey[:, x0 - 1] < INK, grey[:, x1] < INK
        for top, bottom in _runs(np.asarray((beside < INK).any(axis=1))):
            joints = np.flatnonzero(left[top:bottom] ^ right[top:bottom])
            crossed = int((left[top:bottom] & right[top:bottom]).sum())
            if len(joints) >= LEAST_ONE_SIDED and len(joints) >= crossed:
                first, last = (top, bottom) if whole_line else (top + joints[0], top + joints[-1] + 1)
                marked[first:last, x0:x1] = 0
    return marked


def _runs(rows: np.ndarray) -> list[tuple[int, int]]:
    """The [start, end) runs of True in a 1-D boolean array."""
    edges = np.diff(np.concatenate([[0], rows.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def _word_spans(root: ET.Element) -> list[tuple[ET.Element, Box, int]]:
    """(span, pixel box, confidence) of each ocrx_word of a parsed hOCR page that has both."""
    spans = []
    for span in root.iter():
        if span.get("class") != "ocrx_word":
            continue
        title = span.get("title", "")
        box, confidence = _BBOX.search(title), _CONFIDENCE.search(title)
        if box and confidence:
            spans.append((span, (int(box[1]), int(box[2]), int(box[3]), int(box[4])), int(confidence[1])))
    return spans


def _overlap(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _crosses(box: Box, columns: list[tuple[int, int]]) -> bool:
    return any(box[0] < x1 and box[2] > x0 for x0, x1 in columns)


def _text(span: ET.Element) -> str:
    return "".join(span.itertext()).strip()


def surer_words(first: bytes, others: list[bytes], columns: list[tuple[int, int]]) -> bytes:
    """The `first` hOCR reading with the words across a dead column (pixel columns [x0, x1)) taken from the one of
    the `others` (the barred pages' readings) Tesseract is surest of, where it is surer than of the first's (of
    the least sure, where the first split the word at the column: "vi i" for "vill"). A word of another reading
    counts only over first-read words that lie under no other word of its reading (the same stretch read as
    one word). `first` as it came when no word changes."""
    root = ET.fromstring(first)
    ours = _word_spans(root)
    candidates = []
    for theirs in (_word_spans(ET.fromstring(other)) for other in others):
        for other, other_box, other_confidence in theirs:
            group = [i for i, (_, box, _) in enumerate(ours) if _overlap(box, other_box)]
            if not group or not _crosses(other_box, columns):  # a split's column may lie in the gap it left
                continue
            if all(sum(_overlap(ours[i][1], box) for _, box, _ in theirs) == 1 for i in group):
                candidates.append((other_confidence, group, other, other_box))
    parents = {child: parent for parent in root.iter() for child in parent}
    taken: set[int] = set()
    changed = False
    for other_confidence, group, other, other_box in sorted(candidates, key=lambda c: -c[0]):
        if taken.intersection(group):
            continue
        taken.update(group)  # the surest reading of these words decides, whether it changes them or not
        text = _text(other)
        if other_confidence <= min(ours[i][2] for i in group) or not text:
            continue
        if text == " ".join(_text(ours[i][0]) for i in group):
            continue
        span = ours[group[0]][0]
        for child in list(span):
            span.remove(child)
        span.text = text
        span.set("title", f"bbox {' '.join(map(str, other_box))}; x_wconf {other_confidence}")
        for i in group[1:]:
            parents[ours[i][0]].remove(ours[i][0])
        changed = True
    return ET.tostring(root, encoding="utf-8") if changed else first
