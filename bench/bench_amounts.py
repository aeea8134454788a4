"""Time `summarise_archive` and the jsonl export against floors measured in the same run.

    .venv/bin/python bench/bench_amounts.py [--reports N] [--rows N] [--repeat R]

Floors: for the summary, fetching the same rows with plain SQL (what any
summary must at least read); for the export, reading the stored JSON rows.
Ratios, not seconds, are what to compare between runs and machines.

Summing rule 3 (a report replaced by a later one of its project, an application by its follow-up) is timed in CPU time
three ways: the summary by year against the same summary with rule 3 switched off (`superseded_reports` deciding
nothing), `superseded_reports` alone over --rows synthetic project rows (a third applications, --rows / 3
projects) against grouping the same rows by their raw project, district and form (no folding), and
`report_counting` (what `bilagor show` says in its line "Räknas") per call against fetching the rows it reads.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from factories import make_report  # noqa: E402

from timing import best_of  # noqa: E402 (bench/ is on sys.path when run as a script)
from bilagor.extractor.record import Amount, Organisation  # noqa: E402
from bilagor.index.reports import amounts as amounts_module  # noqa: E402
from bilagor.index.reports.amounts import ReportRow, summarise_archive, superseded_reports  # noqa: E402
from bilagor.index.reports.counting import report_counting  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402
from bilagor.index.reports.export import write_jsonl  # noqa: E402
from bilagor.index.archive.location import ensure_private_dir  # noqa: E402
from bilagor.index.archive.store import RecordStore  # noqa: E402

DISTRICTS = ["Farsta", "Bromma", "Norrmalm", "Östermalm", "Skärholmen", "Rinkeby-Kista"]
ROLES = ["budget", "utfall", "beviljat", "annat", "prognos"]
CPU = time.process_time  # rule 3's figures: CPU time, which other load on a shared machine disturbs less


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


def project_rows(n: int, seed: int = 1) -> list[ReportRow]:
    """`n` report rows of n / 3 projects (each in one district), a third of them applications, the rest follow-ups
    of either stage."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        application = rng.random() < 1 / 3
        project = rng.randrange(max(n // 3, 1))
        rows.append(
            ReportRow(
                f"r{i}",
                year=rng.randint(2015, 2025),
                district=DISTRICTS[project % len(DISTRICTS)],
                project=f"Projekt {project}",
                stage=None if application else rng.choice(["slutredovisning", "delredovisning"]),
                form_kind="ansokan" if application else "uppfoljning",
            )
        )
    return rows


def raw_grouping(rows: list[ReportRow]) -> dict[tuple, list[ReportRow]]:
    """The floor of rule 3: the rows grouped by project, district and form as stored, nothing folded or decided."""
    groups: dict[tuple, list[ReportRow]] = {}
    for row in rows:
        groups.setdefault((row.project, row.district_today or row.district, row.form_kind), []).append(row)
    return groups


def summary_without_rule_3(archive: Archive):
    """summarise_archive by year with rule 3 deciding nothing: the same summary's floor for rule 3's share."""
    kept = amounts_module.superseded_reports
    amounts_module.superseded_reports = lambda reports: {}
    try:
        return summarise_archive(archive, by="year")
    finally:
        amounts_module.superseded_reports = kept


def time_rule_3(archive: Archive, rows: int, repeat: int) -> None:
    """Rule 3's cost three ways (see the module's docstring), in CPU time (SQLite runs in this process), printed as
    ratios to their floors."""
    with_rule = best_of(repeat, lambda: summarise_archive(archive, by="year"), clock=CPU)
    without_rule = best_of(repeat, lambda: summary_without_rule_3(archive), clock=CPU)
    synthetic_rows = project_rows(rows)
    left_out = len(superseded_reports(synthetic_rows))
    rule = best_of(repeat, lambda: superseded_reports(synthetic_rows), clock=CPU)
    grouping = best_of(repeat, lambda: raw_grouping(synthetic_rows), clock=CPU)
    shown = list(archive.records.iter_reports())[:20]
    counting = sum(best_of(repeat, lambda r=r: report_counting(archive, r), clock=CPU) for r in shown) / len(shown)
    fetch = best_of(repeat, archive.records.project_rows, clock=CPU)
    print(f"summarise --by year, rule 3 off {without_rule * 1000:8.1f} ms")
    print(f"summarise --by year             {with_rule * 1000:8.1f} ms  ratio {with_rule / without_rule:5.2f}")
    print(f"superseded_reports, {rows} rows ({left_out} left out)")
    print(f"  floor: group the raw rows     {grouping * 1000:8.1f} ms")
    print(f"  superseded_reports            {rule * 1000:8.1f} ms  ratio {rule / grouping:5.1f}")
    print(f"report_counting, mean of {len(shown)} reports")
    print(f"  floor: fetch project rows     {fetch * 1000:8.1f} ms")
    print(f"  report_counting               {counting * 1000:8.1f} ms  ratio {counting / fetch:5.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=10_000, help="synthetic project rows for superseded_reports")
    parser.add_argument("--repeat", type=int, default=3)
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

            floor = best_of(args.repeat, floor_rows)
            by_year = best_of(args.repeat, lambda: summarise_archive(archive, by="year"))
            by_org_detail = best_of(args.repeat, lambda: summarise_archive(archive, by="org", detail=True))
            floor_json = best_of(args.repeat, lambda: archive.records.query("SELECT record FROM reports ORDER BY id"))
            export = best_of(args.repeat, lambda: write_jsonl(archive.records.iter_reports(), io.StringIO()))
            tracemalloc.start()
            summarise_archive(archive, by="year", detail=True)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"reports {args.reports}, amounts {n_amounts}")
            time_rule_3(archive, args.rows, args.repeat)
    print(f"floor: fetch rows with SQL      {floor * 1000:8.1f} ms")
    print(f"summarise --by year             {by_year * 1000:8.1f} ms  ratio {by_year / floor:5.1f}")
    print(f"summarise --by org --detail     {by_org_detail * 1000:8.1f} ms  ratio {by_org_detail / floor:5.1f}")
    print(f"floor: fetch record JSON        {floor_json * 1000:8.1f} ms")
    print(f"export jsonl                    {export * 1000:8.1f} ms  ratio {export / floor_json:5.1f}")
    print(f"peak Python memory, summary with detail: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
