"""A copy of a copy of a copy alone (tuning and held-out fixtures for the thirty-second round's f-scans, issue #12).

The layout families' pages photocopied three to five times over as c-image's `copies` kind draws them
(pencil_copies_lid36.copied: each generation blurred 0.45-0.7 px, its contrast raised round a threshold 125-150,
scaled and turned a little, specked; grey 200 dpi JPEG 80-90), every file of that kind (the thirty-first round's
corpus drew it one file in three). A copy loses what is small and thin: the dots of i and j, of ä and ö.

    build_copies_corpus(out_dir, count, seed)      `count` copies, truth copied (variant `copies`)
"""

from __future__ import annotations

from pathlib import Path

from .aged_copies import kinds_corpus
from .pencil_copies_lid36 import degraded


def build_copies_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, each a copy of a copy of a copy."""
    return kinds_corpus(out_dir, count, seed, "copies37", ("copies",), degraded)
