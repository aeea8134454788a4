"""Realistic fixture PDFs of Stockholm district-committee appendices, each with
a `<name>.truth.json` sidecar holding the record fields the extractor should
produce. Test-only: rendered with fpdf2 and reportlab.

    render(spec, path) -> truth dict
    random_spec(rng, variant=None, producer=None) -> ReportSpec
    build_corpus(out_dir, count, seed=0) -> list[Path]
"""

from __future__ import annotations

import random
from pathlib import Path

from .content import PRODUCERS, VARIANTS, random_spec
from .render import render, render_corpus, truth_path
from .seed import seed_spec
from .spec import Layout, ReportSpec, Row

__all__ = [
    "PRODUCERS",
    "VARIANTS",
    "Layout",
    "ReportSpec",
    "Row",
    "build_corpus",
    "corpus_spec",
    "random_spec",
    "render",
    "seed_spec",
    "truth_path",
]


def corpus_spec(index: int, seed: int = 0) -> ReportSpec:
    """Spec of corpus file `index`: variants round-robin, producers alternating per round."""
    variant = VARIANTS[index % len(VARIANTS)]
    producer = PRODUCERS[(index // len(VARIANTS)) % len(PRODUCERS)]
    spec = random_spec(random.Random(f"fixturegen-{seed}-{index}"), variant, producer)
    spec.name = f"{index:05d}-{spec.name}"
    return spec


def build_corpus(out_dir: str | Path, count: int, seed: int = 0) -> list[Path]:
    """Write `count` PDFs with truth sidecars into out_dir; deterministic per seed."""
    return render_corpus(out_dir, count, lambda index: corpus_spec(index, seed))
