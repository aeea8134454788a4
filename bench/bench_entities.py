"""Time entity extraction per page of generated section text.

    .venv/bin/python bench/bench_entities.py [--reports N] [--repeat R] [--role-decision rules|model|both]
    .venv/bin/python bench/bench_entities.py --sets [--repeat R]

The texts are the section texts of N reports from the fixture generator
(tests/fixturegen, no PDF rendered). A "page" is 3 000 characters of section
text, about one A4 page of the forms at 11 pt. Pipeline build (spaCy import,
gazetteer patterns) is timed once, separately, in a fresh process. The floor,
measured in the same run on the same texts, is spaCy's tokenizer alone
(`nlp.make_doc`): what any spaCy-based extraction must at least pay. With
`--role-decision model` the learned role decision's weights are also loaded once
in a fresh process and timed (they are read when the first amount is decided);
`both` also times find_entities with the rules in the same run, for the ratio of the two.

`--sets` times, instead, the two readers of the entity sets (tests/data/entities_heldout, only the sets numbered
below 19: the nineteenth's keep halves are held out) against a floor of the same run, a plain regular-expression
pass over the same texts (words), CPU time, best of R: `find_organisations` over the organisation sets'
sentences, and `districts.misread_place_mentions` (the reading of a location field a scan misread) over the
district sets' non-empty location fields. Only counts and times are printed, never a text.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixturegen import corpus_spec  # noqa: E402
from fixturegen.spec import truth  # noqa: E402

from timing import best_of  # noqa: E402 (bench/ is on sys.path when run as a script)
from bilagor.extractor.entities import find_entities  # noqa: E402
from bilagor.extractor.record import Report, Section  # noqa: E402

PAGE_CHARS = 3000
BUILD_SNIPPET = (
    "import time; t = time.perf_counter(); "
    "from bilagor.extractor.entities.pipeline import build_pipeline; t1 = time.perf_counter(); "
    "build_pipeline(); t2 = time.perf_counter(); print(t1 - t, t2 - t1)"
)
WEIGHTS_SNIPPET = (
    "import time; from bilagor.extractor.entities.role_model import load_weights; "
    "t = time.perf_counter(); load_weights(); print(time.perf_counter() - t)"
)


def generated_reports(count: int) -> list[Report]:
    reports = []
    for index in range(count):
        spec = corpus_spec(index)
        rows = [r for r in spec.rows if r.key is not None]
        data = truth(spec, [1] * len(rows), 1)
        sections = [Section(s["key"], s["label"], s["text"], s["page"]) for s in data["sections"]]
        reports.append(
            Report(
                id=f"{index:064x}",
                paths=[],
                filename=f"{index}.pdf",
                pages=1,
                ocr=False,
                extractor_version="bench",
                year=data["year"],
                sections=sections,
            )
        )
    return reports


SETS_DIR = ROOT / "tests" / "data" / "entities_heldout"
NEWEST_SET = 18  # sets of later rounds hold held-out halves (or are held out whole): never read here
_WORD = re.compile(r"\w+")


def set_cases(kind: str) -> list[dict]:
    """The cases of the `kind` ("organisations" | "districts") sets numbered up to NEWEST_SET (or unnumbered)."""
    cases = []
    for path in sorted(SETS_DIR.glob(f"*{kind}*.jsonl")):
        number = re.search(r"(\d+)\.jsonl$", path.name)
        if number and int(number.group(1)) > NEWEST_SET:
            continue
        cases += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return cases


def time_set_readers(repeat: int) -> None:
    """--sets: the set readers' CPU time against a regular-expression pass over the same texts."""
    from bilagor.extractor.districts import misread_place_mentions
    from bilagor.extractor.entities import find_organisations

    sentences = [(c["text"], c.get("year")) for c in set_cases("organisations")]
    fields = [c["plats"] for c in set_cases("districts") if c.get("plats")]
    find_organisations("Polisen")  # the pipeline and gazetteer built before timing
    misread_place_mentions("Vitabergsparken")
    for name, texts, action in (
        ("find_organisations", [t for t, _ in sentences], lambda: [find_organisations(t, y) for t, y in sentences]),
        ("misread_place_mentions", fields, lambda: [misread_place_mentions(f) for f in fields]),
    ):
        floor = best_of(repeat, lambda texts=texts: [_WORD.findall(t) for t in texts], clock=time.process_time)
        took = best_of(repeat, action, clock=time.process_time)
        print(
            f"{name}: {len(texts)} texts, {took:.2f} s CPU; floor (word regex) {floor * 1000:.1f} ms; "
            f"ratio to floor {took / floor:.0f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--role-decision", choices=("rules", "model", "both"), default="rules")
    parser.add_argument("--sets", action="store_true", help="time the entity sets' readers instead (see above)")
    args = parser.parse_args()
    if args.sets:
        time_set_readers(args.repeat)
        return
    decision = "model" if args.role_decision == "both" else args.role_decision

    out = subprocess.run([sys.executable, "-c", BUILD_SNIPPET], capture_output=True, text=True, check=True)
    import_s, build_s = map(float, out.stdout.split())

    from bilagor.extractor.entities.pipeline import build_pipeline

    nlp = build_pipeline()
    reports = generated_reports(args.reports)
    texts = [s.text for r in reports for s in r.sections if s.text]
    chars = sum(len(t) for t in texts)
    pages = chars / PAGE_CHARS

    floor = best_of(args.repeat, lambda: [nlp.make_doc(t) for t in texts])
    full = best_of(args.repeat, lambda: [find_entities(r, role_decision=decision) for r in reports])
    found = [find_entities(r, role_decision=decision) for r in reports]
    rules = (
        best_of(args.repeat, lambda: [find_entities(r, role_decision="rules") for r in reports])
        if args.role_decision == "both"
        else full
    )
    amounts = sum(len(a) for a, _ in found)
    orgs = sum(len(o) for _, o in found)

    print(f"reports: {len(reports)}, sections: {len(texts)}, characters: {chars}, pages (3000 chars): {pages:.1f}")
    print(f"found: {amounts} amounts, {orgs} organisations (distinct per report)")
    print(f"spaCy import (fresh process): {import_s * 1000:.0f} ms; pipeline build: {build_s * 1000:.0f} ms")
    if decision == "model":
        weights = subprocess.run([sys.executable, "-c", WEIGHTS_SNIPPET], capture_output=True, text=True, check=True)
        print(f"role model weights load (fresh process): {float(weights.stdout) * 1000:.0f} ms")
        overridden = sum(x.role_source == "model" for amounts_, _ in found for x in amounts_)
        print(f"role_source model: {overridden} amounts")
    print(f"role decision: {decision}")
    print(f"floor, tokenizer only: {floor / pages * 1000:.2f} ms/page")
    print(
        f"find_entities: {full / pages * 1000:.2f} ms/page ({full / len(reports) * 1000:.2f} ms/report); "
        f"ratio to floor {full / floor:.1f}"
    )
    if args.role_decision == "both":
        print(f"find_entities with the rules: {rules / pages * 1000:.2f} ms/page; model / rules {full / rules:.2f}")


if __name__ == "__main__":
    main()
