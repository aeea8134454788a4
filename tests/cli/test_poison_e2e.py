"""After poison records are stored, every command still exits 0."""

from __future__ import annotations

import json

import pytest
from poison_records import poison_reports

from bilagor.cli.app import run
from bilagor.index.archive import Archive


@pytest.fixture
def poisoned(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        for report in poison_reports():  # one commit each: several segments
            archive.add([report])
    return str(folder)


COMMANDS = [
    ["stats"],
    ["stats", "--json"],
    ["search", "kameraövervakning"],
    ["search", "kameraövervakning", "--json"],
    ["search", "kamera", "--sort", "year", "--json"],
    ["search", "belysningen", "--section", "under_aret"],
    ["search", "avsnitt:ekonomiskt_utfall", "--json"],
    ["search", "budget:>1000"],
    ["amounts"],
    ["amounts", "--by", "district", "--detail"],
    ["amounts", "--format", "csv"],
    ["export", "--format", "jsonl"],
    ["export", "--format", "csv"],
    ["reindex"],
    ["search", "kameraövervakning", "--json"],
]


def test_every_command_exits_0_on_a_poisoned_archive(poisoned, capsys):
    for command in COMMANDS:
        code = run([*command, "--archive", poisoned])
        captured = capsys.readouterr()
        assert code == 0, (command, captured.err)
        assert "error" not in captured.err, (command, captured.err)
    assert run(["search", "kameraövervakning", "--json", "--archive", poisoned]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["total"] == 2  # "huge-amount" and "no-district" keep the default sections
    assert results["facets"]["district"] == {"Norrmalm": 1}
    assert run(["stats", "--json", "--archive", poisoned]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["reports"] == 4 and stats["unindexed"] == 0 and stats["quarantined"] == []


def test_exported_records_keep_the_implausible_figure_as_text(poisoned, capsys):
    assert run(["export", "--format", "jsonl", "--archive", poisoned]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    huge = next(r for r in records if r["filename"] == "huge-amount.pdf")
    assert [a["sek"] for a in huge["amounts"]] == [None, None, 5_000_000]
    assert huge["amounts"][0]["text"] == "450 300 120 800 900 200 700 tkr"
