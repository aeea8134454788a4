"""A label word in capitals drawn over the first letters of its answer (a label column narrower
than its longest word) comes out of the text layer as one word running from the label column
into the value column ('PROJEKTNAMNBelysning', 'SLUTRESULTATtrygghetsvandring'): part it where
the capitals end, the answer at the value column. So too a label word in its usual case run up to its answer's
capital with less than a word space between them, a word that cannot break wider than its column
('Behovsanalys/problembeskrivningAnmälningarna'): parted where the known label words end."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Word

# Capitals (a label word), then lower case: the case change is the only seam left. The last
# capital may be the answer's own ('...NAMNBelysning') or the label's ('...TATtrygghets...').
_RUN_IN = re.compile(r"^(?P<capitals>[A-ZÅÄÖÉÜ]{3,})(?P<rest>[a-zåäöéü].*)$")
# A lower-case letter then a capital inside one word: where a label word in its usual case meets its answer.
_CASE_STEP = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")
# The parts of a compound label word ("Behovsanalys/problembeskrivning", "E-post").
_COMPOUND = re.compile(r"[/-]")


def part_run_in_words(
    lines: list[Line],
    boundaries: dict[int, float | None],
    tol: float,
    is_label_word: Callable[[str], bool] | None = None,
) -> list[Line]:
    """`lines` with each such word parted: the label's part ending at the boundary, the answer's
    starting at the value column (`tol` right of the boundary, as `columns` sets it)."""
    out = []
    for line in lines:
        boundary = boundaries.get(line.page)
        if boundary is None:
            out.append(line)
            continue
        cuts = [_split_at(w, boundary, is_label_word) for w in line.words]
        if all(at is None for at in cuts):
            out.append(line)
            continue
        words: list[Word] = []
        for w, at in zip(line.words, cuts, strict=True):
            if at is None:
                words.append(w)
                continue
            words.append(replace(w, text=w.text[:at], x1=min(w.x1, boundary)))
            words.append(replace(w, text=w.text[at:], x0=boundary + tol))
        out.append(replace(line, words=words))
    return out


def _split_at(word: Word, boundary: float, is_label_word: Callable[[str], bool] | None) -> int | None:
    """Where to part `word` (a text index), or None when it is no label run into its answer."""
    if not word.fontname or not word.x0 < boundary < word.x1:
        return None
    match = _RUN_IN.match(word.text)
    if match is None:
        return None if is_label_word is None else _label_then_capital(word.text, is_label_word)
    run = len(match["capitals"])
    # The label a known label word as it stands ('SLUTRESULTAT') or without the last capital
    # ('PROJEKTNAMN' + 'Belysning'); else the answer starts capitalised, as a new answer does.
    if is_label_word is not None and is_label_word(word.text[:run]) and not is_label_word(word.text[: run - 1]):
        return run
    return run - 1


def _label_then_capital(text: str, is_label_word: Callable[[str], bool]) -> int | None:
    """Where known label words (each part of a compound) end at a capital that opens the answer, if anywhere."""
    for step in _CASE_STEP.finditer(text):
        parts = [part for part in _COMPOUND.split(text[: step.start()]) if part]
        if parts and all(is_label_word(part) for part in parts):
            return step.start()
    return None
