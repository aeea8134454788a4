"""The halves of the burned eighth district and organisation sets (tests/entities_heldout_scoring.py --half):
a case is in dev when the number in its id is odd, in keep when it is even."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from entities_heldout_scoring import half_of, load_rows, main  # noqa: E402


def test_a_case_is_dev_when_its_number_is_odd_and_keep_when_even():
    rows = [{"id": i} for i in ("d8-017", "d8-002", "o8-101", "o8-100", "d8-009")]
    assert [r["id"] for r in half_of(rows, "dev")] == ["d8-017", "o8-101", "d8-009"]
    assert [r["id"] for r in half_of(rows, "keep")] == ["d8-002", "o8-100"]


def test_the_halves_partition_each_eighth_set():
    for name in ("districts8.jsonl", "organisations8.jsonl"):
        rows = load_rows(name)
        dev, keep = half_of(rows, "dev"), half_of(rows, "keep")
        assert dev and keep
        assert sorted(r["id"] for r in dev + keep) == sorted(r["id"] for r in rows)


def test_an_unknown_half_is_refused_in_one_line():
    with pytest.raises(ValueError, match="half must be dev or keep"):
        half_of([{"id": "d8-001"}], "all")


def test_the_keep_half_never_lists_its_misses(capsys):
    assert main(["--half", "keep", "--misses", "districts8.jsonl"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "keep" in err and len(err.strip().splitlines()) == 1


def test_the_command_names_the_half_it_scored(tmp_path, capsys):
    cases = tmp_path / "districts_x.jsonl"
    lines = [
        '{"id": "dx-001", "year": 2018, "plats": "Farsta centrum", "sokande": "", "text": "", "path": "",'
        ' "scan": false, "district": "Farsta"}',
        '{"id": "dx-002", "year": 2018, "plats": "Farsta centrum", "sokande": "", "text": "", "path": "",'
        ' "scan": false, "district": "Bromma"}',
    ]
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--half", "dev", str(cases)]) == 0
    out = capsys.readouterr().out
    assert "(dev half)" in out and "all 1.000 (1/1)" in out
    assert main(["--half", "keep", str(cases)]) == 0
    out = capsys.readouterr().out
    assert "(keep half)" in out and "all 0.000 (0/1)" in out
