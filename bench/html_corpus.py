"""Extraction on browser-printed forms: web forms (HTML/CSS) printed to PDF by
headless Chromium, scored against the generator's truth.

Dev-time only: needs the `chromium` program (offline, local files). Content and
truth from tests/fixturegen; the drawing from tests/fixturegen/html.py (six
layout families, browser header/footer on about a third; four fifth-round
families with --families grid,plain,inline_long,continued). Scores are
bench/layout_heldout.py's: the nine core fields, and (key, text) section pairs
matched exactly (precision, recall); per family, per browser header/footer,
and overall.

    PYTHONPATH=tests .venv/bin/python bench/html_corpus.py --out /tmp/h1 --seed 1 --count 48 --families stacked,...
    PYTHONPATH=tests .venv/bin/python bench/html_corpus.py --out /tmp/h1 --score-only --misses   # after a fix

Held out (docs/benchmarks.md "Extraction on browser-printed forms"): seed
HELD_OUT_SEED over all six families; families HELD_OUT_FAMILIES never tuned on. The
fifth-round families: HELD_OUT5_SEED (never looked at), tuned on seeds 11 and 12.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fixturegen.html import ALL_FAMILIES, HTML_FAMILIES, build_html_corpus  # noqa: E402
from layout_scoring import Scores, table  # noqa: E402

HELD_OUT_SEED = 6793
HELD_OUT_FAMILIES = ("inline", "stacked")  # dice 3 and 1 over HTML_FAMILIES, before any fix
# Fifth round: the four new families' own held-out seed, chosen and committed before any fix of
# theirs; scored before and after only (no --misses). Tuning seeds are 11 and 12.
HELD_OUT5_SEED = 8461


def score(paths: list[Path]) -> tuple[Scores, dict[str, Scores]]:
    """Overall, per family and per browser header/footer (entities off: layout and metadata only)."""
    from bilagor.extractor import extract_report

    total, groups = Scores(), defaultdict(Scores)
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(path, entities=False).to_dict()
        total.add(path.name, record, truth)
        groups[truth["variant"]].add(path.name, record, truth)
        header = "browser header/footer" if truth["layout"]["browser_header"] else "no header/footer"
        groups[header].add(path.name, record, truth)
        group = "held-out families" if truth["layout"]["family"] in HELD_OUT_FAMILIES else "tuning families"
        groups[group].add(path.name, record, truth)
    return total, dict(groups)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=HELD_OUT_SEED)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument(
        "--families", default=",".join(HTML_FAMILIES), help="comma-separated, of " + ", ".join(ALL_FAMILIES)
    )
    parser.add_argument("--score-only", action="store_true", help="score the PDFs already in --out")
    parser.add_argument("--misses", action="store_true", help="name the files that missed (never on the held-out seed)")
    args = parser.parse_args()
    if args.score_only:
        paths = sorted(args.out.glob("html-*.pdf"))
    else:
        families = tuple(f for f in args.families.split(",") if f)
        unknown = set(families) - set(ALL_FAMILIES)
        if unknown:
            parser.error(f"unknown families: {', '.join(sorted(unknown))}")
        paths = build_html_corpus(args.out, args.count, args.seed, families)
    total, groups = score(paths)
    print(f"{len(paths)} PDFs in {args.out}")
    print(table(total, groups))
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"  {what}: {', '.join(names)}")


if __name__ == "__main__":
    main()
