"""A stage chosen in tick boxes on an OCR'd line ("X Slutredovisning Delredovisning") read as the text path's tick
marks ("☒ Slutredovisning ☐ Delredovisning") (pure).

A paper form's stage is two square boxes, each with its caption after it, the chosen one crossed. A text layer
gives the boxes as glyphs ("☒", "☐": labels.stage_of reads the ticked caption); Tesseract reads the cross as a
letter "X" (or "x", "×", a bracketed "[X]" when it takes the box's sides for brackets) and an empty box as nothing
or as a bracket pair, an "O" or a "0". The line then read "X Slutredovisning Delredovisning", no stage marker and a
label of its own. The evidence used: the line holds exactly the two stage captions and, before exactly one of them,
one cross; besides them only empty boxes' readings. Such a line is written with the text path's marks, every word
keeping its box (an empty box not read gets a box of the caption's height just left of its caption).
"""

from __future__ import annotations

import re

CHECKED, UNCHECKED = "☒", "☐"
_CROSS = re.compile(r"^[\[(|]?[Xx×☒⊠☑][\])|]?$")
_EMPTY_BOX = re.compile(r"^(?:\[\]|\[ ?\]|\(\)|□|☐|O|0|o|D|\[|\]|\|\||L\])$")

Box = list[int]


def ticked_stage_line(words: list[tuple[str, Box]]) -> list[tuple[str, Box]]:
    """One OCR line's (text, pixel box) words, a row of two stage tick boxes with one crossed written with "☒"
    and "☐" before the captions (or a lone crossed caption with "☒"); any other line as it is."""
    from bilagor.extractor.labels import stage_of

    captions = [i for i, (text, _) in enumerate(words) if not _CROSS.match(text) and stage_of(text)]
    others = [i for i, (text, _) in enumerate(words) if i not in captions]
    if not 1 <= len(captions) <= 2 or len({stage_of(words[i][0]) for i in captions}) != len(captions):
        return words
    if any(not (_CROSS.match(words[i][0]) or _EMPTY_BOX.match(words[i][0])) for i in others):
        return words
    crossed = [i for i in captions if i > 0 and _CROSS.match(words[i - 1][0])]
    if len(crossed) != 1 or sum(bool(_CROSS.match(words[i][0])) for i in others) != 1:
        return words
    if len(captions) == 1 and len(others) != 1:
        return words
    result: list[tuple[str, Box]] = []
    for i in captions:
        text, box = words[i]
        before = words[i - 1] if i > 0 and i - 1 in others else None
        if i in crossed:
            result.append((CHECKED, before[1] if before else box))
        else:
            height = box[3] - box[1]
            left = max(0, box[0] - 2 * height)
            result.append((UNCHECKED, before[1] if before else [left, box[1], max(left, box[0] - height), box[3]]))
        result.append((text, box))
    return result
