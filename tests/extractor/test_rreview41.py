"""The thirty-sixth round's review: shared helpers that replaced repeated code, behaviour unchanged."""

from __future__ import annotations

import numpy as np

from bilagor.extractor.photos import components, labelled_runs


def test_labelled_runs_give_each_run_its_area_and_each_area_its_box():
    grid = np.zeros((6, 8), bool)
    grid[1, 1:4] = True  # an L: two runs of one area
    grid[2, 1] = True
    grid[3, 6] = True  # a lone cell, touching the next row's run only at a corner
    grid[4, 7] = True
    grid[5, 0:2] = True  # an area of its own
    runs = labelled_runs(grid)
    assert runs.starts.tolist() == [1, 1, 6, 7, 0]
    assert runs.ends.tolist() == [4, 2, 7, 8, 2]
    assert runs.rows.tolist() == [1, 2, 3, 4, 5]
    assert runs.area.tolist() == [0, 0, 1, 1, 2]
    boxes = list(zip(runs.top, runs.left, runs.bottom, runs.right, runs.size, strict=True))
    assert [tuple(int(v) for v in box) for box in boxes] == [(1, 1, 3, 4, 4), (3, 6, 5, 8, 2), (5, 0, 6, 2, 2)]
    assert components(grid) == [tuple(int(v) for v in box) for box in boxes]
    seeds = np.zeros_like(grid)
    seeds[5, 1] = seeds[4, 7] = True
    assert components(grid, seeds) == [(3, 6, 5, 8, 2), (5, 0, 6, 2, 2)]


def test_best_of_measures_each_candidate_once_and_keeps_the_first_best():
    from bilagor.extractor.candidates import best_of

    measured: list[str] = []

    def length(word: str) -> int:
        measured.append(word)
        return len(word)

    assert best_of(["ab", "abcd", "wxyz", "a"], length, lambda kept, new: new > kept) == (1, "abcd", 4)
    assert measured == ["ab", "abcd", "wxyz", "a"]  # each once, in turn; a tie keeps the one kept
    assert best_of(["ab"], length, lambda kept, new: new > kept) == (0, "ab", 2)
    # a "better" that asks for more than a gain: the first (the plain reading) stands
    assert best_of([10, 11], float, lambda kept, new: new - kept >= 3) == (0, 10, 10.0)


def test_best_of_gives_up_on_a_later_candidate_only():
    import pytest

    from bilagor.extractor.candidates import best_of

    made: list[int] = []

    def candidates():
        for value in (1, 2, 3):
            made.append(value)
            yield value

    def measure(value: int) -> int:
        if value == 2:
            raise TimeoutError
        return value

    assert best_of(candidates(), measure, lambda kept, new: new > kept, give_up=(TimeoutError,)) == (0, 1, 1)
    assert made == [1, 2]  # no third candidate made once the second gave up
    with pytest.raises(TimeoutError):  # the first candidate's measure must be had
        best_of([2, 1], measure, lambda kept, new: new > kept, give_up=(TimeoutError,))
    with pytest.raises(TimeoutError):  # not given up on: it goes up to the caller
        best_of([1, 2], measure, lambda kept, new: new > kept)
    with pytest.raises(ValueError):
        best_of([], measure, lambda kept, new: new > kept)
