"""Several versions of one thing tried, each measured once, the best kept: the OCR path's "read it as it is and
cleaned, keep the better" votes (motion_smear's sharpened page, recycled_fibres' cleaned page) each give their own
measure and their own "better"; the trying is written once, here. (The magnifier's profiles keep their own loop:
each profile is measured twice, by alignment and by the blank rows between the glass's lines.)"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

Candidate = TypeVar("Candidate")
Measure = TypeVar("Measure")


def best_of(
    candidates: Iterable[Candidate],
    measure: Callable[[Candidate], Measure],
    better: Callable[[Measure, Measure], bool],
    *,
    give_up: tuple[type[BaseException], ...] = (),
) -> tuple[int, Candidate, Measure]:
    """(index, candidate, its measure) of the best of `candidates`, each taken in turn (an iterator may make the
    next one only when asked) and measured once: the first, replaced by each later one whose measure is
    `better(kept's, its)`. When measuring a later one raises one of `give_up` (the file's OCR budget ran out), the
    one kept stands and no more are tried; the first one's measure must be had. Raises ValueError when there is
    no candidate."""
    kept: tuple[int, Candidate, Measure] | None = None
    for index, candidate in enumerate(candidates):
        if kept is None:
            kept = (index, candidate, measure(candidate))
            continue
        try:
            value = measure(candidate)
        except give_up:
            break
        if better(kept[2], value):
            kept = (index, candidate, value)
    if kept is None:
        raise ValueError("no candidate to measure")
    return kept
