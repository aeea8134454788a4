"""Time entity extraction per page of generated section text.

    .venv/bin/python bench/bench_entities.py [--reports N] [--repeat R] [--role-decision rules|model|both]

The texts are the section texts of N reports from the fixture generator
(tests/fixturegen, no PDF rendered). A "page" is 3 000 characters of section
text, about one A4 page of the forms at 11 pt. Pipeline build (spaCy import,
gazetteer patterns) is timed once, separately, in a fresh process. The floor,
measured in the same run on the same texts, is spaCy's tokenizer alone
(`nlp.make_doc`): what any spaCy-based extraction must at least pay. With
`--role-decision model` the learned role decision's weights are also loaded once
in a fresh process and timed (they are read when the first amount is decided);
`both` also times find_entities with the rules in the same run, for the ratio of the two.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--role-decision", choices=("rules", "model", "both"), default="rules")
    args = parser.parse_args()
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
