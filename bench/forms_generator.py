"""What the held-out form generators' build scripts share: the families drawn in turn, one form and its truth
sidecar a file, the command line `--out DIR --seed N --count K [--families a,b]`.

Test-only tooling, never imported by bilagor.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable


def page_count(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return len(document.pages)


@dataclass
class Generator:
    prefix: str  # of the file names: PREFIX-NNN-family.pdf
    families: dict[str, tuple[str, str]]  # family -> (producer, layer), drawn in this order
    needs: dict[str, Callable[[], bool]]  # family -> whether its producer is installed
    templates: tuple[str, ...]  # the template of each turn through the families, in turn
    make_form: Callable[[random.Random, str], Any]
    draw: Callable[[str, Any, random.Random, Path, int], int | None]  # the page count when the producer knows it
    seed_step: int  # file NNN draws from random.Random(seed * seed_step + NNN)

    def build(self, out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        chosen = families or list(self.families)
        missing = [f for f in chosen if not self.needs[f]()]
        for family in missing:
            print(f"skipped {family}: its producer is not installed", file=sys.stderr)
        turn_length = len(self.families)
        written = []
        for number in range(count):
            family = list(self.families)[number % turn_length]
            if family not in chosen or family in missing:
                continue
            rng = random.Random(seed * self.seed_step + number)
            turn = number // turn_length
            form = self.make_form(rng, self.templates[turn % len(self.templates)])
            pdf = out / f"{self.prefix}-{number:03d}-{family}.pdf"
            pages = self.draw(family, form, rng, pdf, turn)
            producer, layer = self.families[family]
            truth = form.truth(family, producer, layer)
            truth["pages"] = pages or page_count(pdf)
            text = json.dumps(truth, ensure_ascii=False, indent=1)
            pdf.with_name(pdf.stem + ".truth.json").write_text(text, "utf-8")
            written.append(pdf)
        return written

    def main(self, doc: str) -> None:
        parser = argparse.ArgumentParser(description=doc.splitlines()[0])
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--seed", type=int, required=True)
        parser.add_argument("--count", type=int, required=True)
        parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(self.families))
        args = parser.parse_args()
        families = args.families.split(",") if args.families else None
        unknown = [f for f in families or [] if f not in self.families]
        if unknown:
            parser.error(f"unknown families: {', '.join(unknown)}")
        paths = self.build(args.out, args.seed, args.count, families)
        print(f"{len(paths)} PDFs in {args.out}")
