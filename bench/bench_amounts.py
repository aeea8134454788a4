"""Time `summarise_archive` and the jsonl export against floors measured in the same run.

    .venv/bin/python bench/bench_amounts.py [--reports N]

Floors: for the summary, fetching the same rows with plain SQL (what any
summary must at least read); for the export, reading the stored JSON rows.
Ratios, not seconds, are what to compare between runs and machines.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from factories import make_report  # noqa: E402

from timing import best_of  # noqa: E402 (bench/ is on sys.path when run as a script)
from bilagor.extractor.record import Amount, Organisation  # noqa: E402
from bilagor.index.reports.amounts import summarise_archive  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.reports.export import write_jsonl  # noqa: E402
from bilagor.index.archive.location import ensure_private_dir  # noqa: E402
from bilagor.index.archive.store import RecordStore  # noqa: E402

DISTRICTS = ["Farsta", "Bromma", "Norrmalm", "Östermalm", "Skärholmen", "Rinkeby-Kista"]
ROLES = ["budget", "utfall", "beviljat", "annat", "prognos"]


def synthetic(n: int, seed: int = 1):
    rng = random.Random(seed)
    for i in range(n):
        amounts = [
            Amount(
                f"{k} kr",
                rng.randrange(1, 5000) * 1000,
                rng.random() < 0.2,
                rng.choice(ROLES),
                "ekonomiskt_utfall",
                1,
                "Meningen om pengarna.",
            )
            for k in range(rng.randint(1, 6))
        ]
        yield make_report(
            f"bench{i}",
            id=hashlib.sha256(f"bench{i}".encode()).hexdigest(),
            year=rng.randint(2010, 2025),
            district=rng.choice(DISTRICTS),
            project=f"Projekt {rng.randrange(n // 2 + 1)}",
            stage=rng.choice(["slutredovisning", "delredovisning"]),
            amounts=amounts,
            organisations=[Organisation("Polisen", "myndighet", ["polisen"], 1)] if rng.random() < 0.5 else [],
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = ensure_private_dir(Path(tmp) / "arkiv")
        store = RecordStore(folder)
        store.put_many(synthetic(args.reports))
        store.close()
        with Archive.open(folder) as archive:
            n_amounts = archive.records.query("SELECT COUNT(*) FROM amounts")[0][0]

            def floor_rows():
                archive.records.query(
                    "SELECT id, filename, year, district, district_today, project, stage, form_kind FROM reports"
                )
                archive.records.query("SELECT report_id, name FROM organisations")
                archive.records.query(
                    "SELECT report_id, ord, text, sek, approx, role, section, page, sentence FROM amounts"
                )

            floor = best_of(3, floor_rows)
            by_year = best_of(3, lambda: summarise_archive(archive, by="year"))
            by_org_detail = best_of(3, lambda: summarise_archive(archive, by="org", detail=True))
            floor_json = best_of(3, lambda: archive.records.query("SELECT record FROM reports ORDER BY id"))
            export = best_of(3, lambda: write_jsonl(archive.records.iter_reports(), io.StringIO()))
            tracemalloc.start()
            summarise_archive(archive, by="year", detail=True)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    print(f"reports {args.reports}, amounts {n_amounts}")
    print(f"floor: fetch rows with SQL      {floor * 1000:8.1f} ms")
    print(f"summarise --by year             {by_year * 1000:8.1f} ms  ratio {by_year / floor:5.1f}")
    print(f"summarise --by org --detail     {by_org_detail * 1000:8.1f} ms  ratio {by_org_detail / floor:5.1f}")
    print(f"floor: fetch record JSON        {floor_json * 1000:8.1f} ms")
    print(f"export jsonl                    {export * 1000:8.1f} ms  ratio {export / floor_json:5.1f}")
    print(f"peak Python memory, summary with detail: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
