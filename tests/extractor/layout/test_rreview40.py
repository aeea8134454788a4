"""Code-review leftovers of the thirty-fifth round (h40/r-review), behaviour identical: the helpers and settings
they made public or named."""

from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.shadedfields import has_column_gap
from factories import words


def test_column_gap_parts_cells_not_a_run_of_words() -> None:
    # 10 pt type: a column gap is `shaded_cell_gap` (1.5) sizes, 15 pt, or more.
    run = words("Anna Demir, enhetschef", 72.0, 100.0, size=10.0)
    assert not has_column_gap(Line(1, run), DEFAULT_SETTINGS)
    label, answer = words("Kontaktperson", 72.0, 100.0, size=10.0), words("Anna", 0.0, 100.0, size=10.0)
    at = [replace(answer[0], x0=label[0].x1 + 15.0, x1=label[0].x1 + 35.0)]
    assert has_column_gap(Line(1, label + at), DEFAULT_SETTINGS)
    just_under = [replace(answer[0], x0=label[0].x1 + 14.9, x1=label[0].x1 + 35.0)]
    assert not has_column_gap(Line(1, label + just_under), DEFAULT_SETTINGS)
    assert has_column_gap(Line(1, label + just_under), replace(DEFAULT_SETTINGS, shaded_cell_gap=1.4))
