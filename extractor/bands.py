"""Row bands of a page image, so whole-page image steps need only a band's worth of temporaries.

A page rendered for OCR is up to 20 M pixels (ocr.MAX_PIXELS): one byte each,
but an int32 running-sum table of it is 80 MB, and a step that keeps a few
such tables alive costs hundreds of MB. Steps that look at most `margin` rows
up or down from a pixel give the same answer when run band by band over rows
read with that margin.
"""

from __future__ import annotations

from collections.abc import Iterator

BAND_ROWS = 256  # rows per band: a 6 400 px wide band's int32 table is 6.5 MB


def row_bands(height: int, margin: int = 0, rows: int | None = None) -> Iterator[tuple[int, int, int, int]]:
    """(read_start, read_stop, keep_start, keep_stop) covering rows 0..height once.

    Rows keep_start..keep_stop are the band's own; rows read_start..read_stop
    are those plus up to `margin` rows either side (fewer at the image's edges).
    `rows` per band, default BAND_ROWS.
    """
    rows = max(1, rows or BAND_ROWS)
    for keep_start in range(0, height, rows):
        keep_stop = min(height, keep_start + rows)
        yield max(0, keep_start - margin), min(height, keep_stop + margin), keep_start, keep_stop
