"""The benchmarks' floors and inputs (bench/timing.py, bench_entities.py --sets, bench_amounts.py's rule 3): what
they time is what their docstrings say, and the entity sets they read are never the held-out ones."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_amounts  # noqa: E402
import bench_entities  # noqa: E402
from timing import best_of  # noqa: E402


def test_best_of_reads_the_clock_it_is_given():
    ticks = iter([0.0, 5.0, 10.0, 12.0, 20.0, 23.0])  # runs of 5, 2 and 3 "seconds" by a clock of the test's
    assert best_of(3, lambda: None, clock=lambda: next(ticks)) == 2.0


def test_the_set_readers_bench_reads_no_set_after_the_eighteenth(tmp_path, monkeypatch):
    for name, ids in {
        "organisations3.jsonl": ["o3-001"],
        "organisations_heldout18.jsonl": ["o18-001"],
        "organisations_heldout19.jsonl": ["o19-001"],
        "tuning_organisations19.jsonl": ["t19-001"],
        "organisations_heldout20.jsonl": ["o20-001"],
    }.items():
        (tmp_path / name).write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in ids), encoding="utf-8")
    monkeypatch.setattr(bench_entities, "SETS_DIR", tmp_path)
    assert sorted(c["id"] for c in bench_entities.set_cases("organisations")) == ["o18-001", "o3-001"]


def test_rule_3_bench_rows_hold_applications_their_follow_ups_supersede():
    from bilagor.index.reports.amounts import superseded_reports

    rows = bench_amounts.project_rows(600)
    applications = [r for r in rows if r.form_kind == "ansokan"]
    assert 150 < len(applications) < 250 and len({r.project for r in rows}) <= 200
    left_out = superseded_reports(rows)
    assert any(r.id in left_out for r in applications)
    assert sum(len(group) for group in bench_amounts.raw_grouping(rows).values()) == len(rows)


def test_the_summary_without_rule_3_puts_rule_3_back(tmp_path):
    from bilagor.index.archive import Archive
    from bilagor.index.reports import amounts
    from factories import make_report

    kept = amounts.superseded_reports
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        archive.add(
            [
                make_report("del", year=2018, stage="delredovisning", project="Belysning"),
                make_report("slut", year=2019, stage="slutredovisning", project="Belysning"),
            ]
        )
    with Archive.open(folder) as archive:
        assert bench_amounts.summary_without_rule_3(archive).total.reports == 2  # rule 3 would leave "del" out
        assert amounts.summarise_archive(archive, by="year").total.reports == 1
    assert amounts.superseded_reports is kept
