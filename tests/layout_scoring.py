"""Scores of extraction against truth sidecars: core fields and section texts.

Shared by bench/layout_heldout.py, bench/layout_caps_tuning.py and tests/quality/test_layout_heldout_forms.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

# A list item's mark is how a producer could print "•", not the item's content: a font without the bullet prints "-",
# "–" or "−" in its place, and the truths write "•" whatever the page shows. A section's text holds its items on one
# line ("… bestod av: • a • b") or a line each; both sides compare with one mark.
_LIST_MARK = re.compile(r"(^[ \t]*|(?<=\s))[•\-–−*▪◦‣][ \t]+", re.MULTILINE)


def same_list_marks(text: str) -> str:
    """`text` with every list mark (one standing alone before an item) written "• "."""
    return _LIST_MARK.sub("• ", text)


CORE_FIELDS = ("title", "form_kind", "appendix", "year", "district", "district_today", "project", "location", "stage")


@dataclass
class Scores:
    documents: int = 0
    core_hits: int = 0
    core_total: int = 0
    sections_matched: int = 0  # (key, text) pairs found exactly as in the truth
    sections_extracted: int = 0
    sections_true: int = 0
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # what -> file names

    @property
    def core(self) -> float:
        return self.core_hits / self.core_total if self.core_total else 1.0

    @property
    def section_precision(self) -> float:
        return self.sections_matched / self.sections_extracted if self.sections_extracted else 1.0

    @property
    def section_recall(self) -> float:
        return self.sections_matched / self.sections_true if self.sections_true else 1.0

    def add(self, name: str, record: dict, truth: dict) -> None:
        self.documents += 1
        for name_ in CORE_FIELDS:
            ok = record[name_] == truth[name_]
            self.core_hits += ok
            self.core_total += 1
            if not ok:
                self.misses[name_].append(name)
        got = Counter((s["key"], same_list_marks(s["text"])) for s in record["sections"])
        want = Counter((s["key"], same_list_marks(s["text"])) for s in truth["sections"])
        matched = sum((got & want).values())
        self.sections_matched += matched
        self.sections_extracted += sum(got.values())
        self.sections_true += sum(want.values())
        if got != want:
            self.misses["sections"].append(name)


def score_files(paths: list[Path]) -> tuple[Scores, dict[str, Scores]]:
    """Overall scores and scores per variant (entities off: layout and metadata only)."""
    from bilagor.extractor import extract_report

    total, per_variant = Scores(), defaultdict(Scores)
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        record = extract_report(path, entities=False).to_dict()
        total.add(path.name, record, truth)
        per_variant[truth["variant"]].add(path.name, record, truth)
    return total, dict(per_variant)


def table(total: Scores, per_variant: dict[str, Scores]) -> str:
    rows = [f"{'':26} {'docs':>5} {'core':>7} {'sect P':>7} {'sect R':>7}"]
    for name, s in [*sorted(per_variant.items()), ("all", total)]:
        rows.append(f"{name:26} {s.documents:5d} {s.core:7.3f} {s.section_precision:7.3f} {s.section_recall:7.3f}")
    return "\n".join(rows)


def corpus_command(build: Callable[[Path, int, int], list[Path]], seed: int, count: int, misses_help: str) -> None:
    """The command line of the bench scripts that render a generated corpus and score it:
    `[--seed N] [--count K] [--misses] [--keep DIR]`, then the table per family."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--count", type=int, default=count)
    parser.add_argument("--misses", action="store_true", help=misses_help)
    parser.add_argument("--keep", help="write the PDFs here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        total, per_variant = score_files(build(Path(args.keep or tmp), args.count, args.seed))
    print(f"seed {args.seed}, {args.count} PDFs")
    print(table(total, per_variant))
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"  {what}: {', '.join(names[:8])}")


def plain_corpus_command(
    build: Callable[[Path, int, int], list[Path]],
    build_plain: Callable[[Path, int, int], list[Path]],
    seed: int,
    count: int,
    misses_help: str,
) -> None:
    """corpus_command of a damaged corpus with `--plain` added: the same sources scanned clean instead
    (`build_plain`), so the damage's own share is the difference."""
    plain = "--plain" in sys.argv
    if plain:
        sys.argv.remove("--plain")
    corpus_command(build_plain if plain else build, seed, count, misses_help)


def _empty_record() -> dict:
    """What a file the extractor raised on scores as: no core field, no section (a crash costs what a blank
    extraction would)."""
    return {**dict.fromkeys(CORE_FIELDS), "sections": []}


def grouped_scores(
    paths: list[Path], raised: Counter[str] | None = None
) -> tuple[Scores, dict[str, dict[str, Scores]]]:
    """Overall scores and scores per family (`variant`), producer and layer of the truth sidecars. With `raised`,
    a file the extractor raises on is scored as empty and counted there by family, and the run goes on (a held-out
    set's crash is scored, not shown)."""
    from bilagor.extractor import extract_report

    total = Scores()
    groups: dict[str, dict[str, Scores]] = {"family": defaultdict(Scores), "producer": defaultdict(Scores)}
    groups["layer"] = defaultdict(Scores)
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        if raised is None:
            record = extract_report(path, entities=False).to_dict()
        else:
            try:
                record = extract_report(path, entities=False).to_dict()
            except Exception:
                raised[truth["variant"]] += 1
                record = _empty_record()
        total.add(path.name, record, truth)
        for group, key in (("family", "variant"), ("producer", "producer"), ("layer", "layer")):
            groups[group][truth[key]].add(path.name, record, truth)
    return total, {k: dict(v) for k, v in groups.items()}


def in_turn_half(path: Path, half: str, turn: int) -> bool:
    """Whether `path` (PREFIX-NNN-family.pdf, the families drawn in turn, `turn` of them) is in `half`: files of
    an odd turn through the families are the dev half, of an even turn the keep half; "all" takes every file."""
    if half == "all":
        return True
    return (int(path.name.split("-")[1]) // turn % 2 == 1) == (half == "dev")


def halves_command(doc: str, turn: int, crash_guard: bool = False) -> None:
    """The command line of a held-out forms scorer: `DIR [--half all|dev|keep] [--misses]`, aggregates only
    (per family, per producer, per layer, all); `--misses` lists the dev half's missed files. With `crash_guard`
    (the twenty-third and later sets), a file the extractor raises on scores as empty and is counted by family."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("all", "dev", "keep"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the missed files (dev half only)")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses lists the dev half only (the keep half is held out)")
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: no such folder")
    paths = sorted(p for p in args.folder.glob("*.pdf") if in_turn_half(p, args.half, turn))
    raised: Counter[str] | None = Counter() if crash_guard else None
    total, groups = grouped_scores(paths, raised)
    if args.misses:
        for what, names in sorted(total.misses.items()):
            print(f"{what}: {' '.join(names)}")
    print(f"{total.documents} PDFs in {args.folder} ({args.half})")
    print(table(total, groups["family"]))
    for name in ("producer", "layer"):
        print()
        print(table(total, {f"{name}: {k}": v for k, v in groups[name].items()}))
    if raised is not None:
        print("extractor raised on: " + (", ".join(f"{f} {n}" for f, n in sorted(raised.items())) or "no file"))
