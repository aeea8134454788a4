"""Time the district reading (metadata.district_and_source) per report of generated text.

    .venv/bin/python bench/bench_districts.py [--reports N] [--repeat R]

Two sets of texts: the section texts of N generated reports (tests/fixturegen,
no PDF rendered), read with the location and applicant fields left out so
that the body text must be searched; and the annotated entity sentences
(tests/data/entities/*.jsonl), most of which name no district, so every
fallback (police areas, places, a scan's misread places, the file name) runs.
A third set reads the district from file paths alone (districts.from_path, the
last fallback, also what `reindex` and the search filters run for every record):
archive-like paths, most of whose folders name no district.
The floor, measured in the same run on the same texts, is joining and folding
them (extractor.text.join_lines and fold): what any reading of the text must
at least do.

    .venv/bin/python bench/bench_districts.py --first-read [--repeat R]

times instead what a reader process pays once: importing the district reading
and its first read (the gazetteer's place-name patterns built then), each in a
fresh interpreter, best of R, wall and CPU time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixturegen import corpus_spec  # noqa: E402
from fixturegen.spec import truth  # noqa: E402

from timing import best_of  # noqa: E402 (bench/ is on sys.path when run as a script)
from bilagor.extractor.districts import from_path  # noqa: E402
from bilagor.extractor.metadata import district_and_source  # noqa: E402
from bilagor.extractor.text import fold, join_lines  # noqa: E402


def generated_texts(count: int) -> list[list[str]]:
    """Each generated report's section texts."""
    reports = []
    for index in range(count):
        spec = corpus_spec(index)
        rows = [r for r in spec.rows if r.key is not None]
        data = truth(spec, [1] * len(rows), 1)
        reports.append([s["text"] for s in data["sections"] if s["text"]])
    return reports


def sentence_texts() -> list[list[str]]:
    """The annotated entity sentences, one pseudo-report each."""
    rows = []
    for path in sorted((ROOT / "tests" / "data" / "entities").glob("*.jsonl")):
        rows += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [[text] for text in rows]


def archive_paths(count: int) -> list[str]:
    """Paths as an archive of ten years holds them: a root, a year, a theme folder, a file name."""
    themes = ("trygghet", "kameraovervakning", "uppfoljning", "ansokningar", "skarpnack", "husby-torg", "blandat")
    names = ("bilaga5.pdf", "Bilaga 5b ansökan.pdf", "bilaga7-slutrapport-2019.pdf", "EAV_bilaga5.pdf")
    return [
        f"/home/handlaggare/arkiv/{2014 + i % 10}/{themes[i % len(themes)]}/{names[i % len(names)]}"
        for i in range(count)
    ]


def measure_paths(paths: list[str], repeat: int) -> None:
    floor = best_of(repeat, lambda: [fold(p) for p in paths])
    full = best_of(repeat, lambda: [from_path(p) for p in paths])
    found = sum(from_path(p) is not None for p in paths)
    print(
        f"file paths: {len(paths)} paths, {found} with a district; floor {floor * 1000:.1f} ms, "
        f"from_path {full * 1000:.1f} ms ({full / len(paths) * 1000:.3f} ms/path), ratio to floor {full / floor:.0f}"
    )


def measure(name: str, reports: list[list[str]], repeat: int) -> None:
    floor = best_of(repeat, lambda: [fold(join_lines(t.splitlines())) for texts in reports for t in texts])
    full = best_of(repeat, lambda: [district_and_source([], texts, 2019) for texts in reports])
    found = sum(district_and_source([], texts, 2019)[0] is not None for texts in reports)
    chars = sum(len(t) for texts in reports for t in texts)
    print(
        f"{name}: {len(reports)} reports, {chars} characters, {found} with a district; "
        f"floor {floor * 1000:.1f} ms, district_and_source {full * 1000:.1f} ms "
        f"({full / len(reports) * 1000:.2f} ms/report), ratio to floor {full / floor:.1f}"
    )


# Run in a fresh interpreter: the import and the first read, with the wall and CPU seconds of each.
_FIRST_READ = """
import time
wall, cpu = time.perf_counter(), time.process_time()
from bilagor.extractor.metadata import district_and_source
imported = time.perf_counter() - wall, time.process_time() - cpu
wall, cpu = time.perf_counter(), time.process_time()
district_and_source([], ["Arbetet gjordes i Blecktornsparken och vid Skärholmstorget."], 2019)
print(*imported, time.perf_counter() - wall, time.process_time() - cpu)
"""


def measure_first_read(repeat: int) -> None:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _FIRST_READ], capture_output=True, text=True, check=True).stdout
        runs.append([float(x) for x in out.split()])
    names = ("import wall", "import CPU", "first read wall", "first read CPU")
    print(
        "fresh process, best of",
        repeat,
        ": " + ", ".join(f"{n} {min(r[i] for r in runs):.3f} s" for i, n in enumerate(names)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--first-read", action="store_true", help="time a fresh process's import and first read")
    args = parser.parse_args()
    if args.first_read:
        measure_first_read(args.repeat)
        return
    district_and_source([], ["Farsta"], 2019)  # compile the grammar and gazetteer outside the timing
    measure("generated reports", generated_texts(args.reports), args.repeat)
    measure("entity sentences", sentence_texts(), args.repeat)
    measure_paths(archive_paths(args.reports), args.repeat)


if __name__ == "__main__":
    main()
