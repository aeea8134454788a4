"""`bilagor search`, `show`, `stats`, `reindex` through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import pytest
from search_corpus import build_archive

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive.lock import WriteLock


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    reports = build_archive(folder)
    return folder, reports


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_terminal_output(archive, capsys):
    folder, _ = archive
    code, out, err = cli(capsys, "search", "pandemin", "--archive", folder)
    assert code == ExitCode.OK, err
    assert "Platssamverkan Medborgarplatsen" in out
    assert "Södermalm · 2021 · delredovisning" in out
    assert "/data/platssamverkan-medborgarplatsen-2021.pdf" in out
    assert "Beskrivning av eventuella avvikelser i projektets genomförande, s. 2:" in out
    assert "År: 2021 (1)" in out and "Stadsdel: Södermalm (1)" in out


def test_search_json_shape(archive, capsys):
    folder, _ = archive
    code, out, _ = cli(
        capsys, "search", "kameror", "--year", "2017-2019", "--json", "--limit", "2", "--archive", folder
    )
    data = json.loads(out)
    assert code == ExitCode.OK
    assert data["query"] == "kameror" and data["total"] == 3 and len(data["hits"]) == 2
    hit = data["hits"][0]
    assert set(hit) >= {
        "id",
        "path",
        "filename",
        "score",
        "title",
        "project",
        "year",
        "district",
        "section",
        "page",
        "snippet",
    }
    assert "**" in hit["snippet"] and data["highlight"] == ["**", "**"]
    assert data["facets"]["year"] == {"2017": 1, "2018": 1, "2019": 1}
    assert sum(data["facets"]["district"].values()) == 3


def test_search_options_through_typer_path(archive, capsys):
    # --help-free but with an option the fast parser leaves to Typer (=value on a flag)
    folder, _ = archive
    code, out, _ = cli(
        capsys,
        "search",
        "kameror",
        "--district",
        "norra innerstaden",
        "--org",
        "polisen",
        "--section",
        "avvikelser",
        "--sort",
        "year",
        "--json",
        "--archive",
        folder,
    )
    assert code == ExitCode.OK
    assert [h["project"] for h in json.loads(out)["hits"]] == ["Kameraövervakning"]


def test_an_unknown_district_in_the_query_says_so_on_stderr(archive, capsys):
    folder, _ = archive
    code, out, err = cli(capsys, "search", "stadsdel:Brommaby", "--archive", folder)
    assert code == ExitCode.OK
    assert "0 träffar" in out
    assert err.startswith("bilagor: stadsdel:Brommaby: ingen stadsdelsnämnd i Stockholm (kända: Bromma,")
    assert len(err.strip().splitlines()) == 1


def test_the_district_counts_name_a_former_districts_area_of_today(archive, capsys):
    folder, _ = archive
    code, out, _ = cli(capsys, "search", "--archive", folder, "--limit", "1")
    assert code == ExitCode.OK
    counts = out.split("Stadsdel: ", 1)[1].splitlines()[0].split(" · ")
    assert any(c.startswith("Norrmalm, i dag Norra innerstaden (") for c in counts)
    assert any(c.startswith("Bromma (") for c in counts)  # a district of today has no note
    assert not any("i dag" in c for c in counts if c.startswith(("Bromma", "Norra innerstaden")))


def test_sort_year(archive, capsys):
    folder, _ = archive
    _, out, _ = cli(capsys, "search", "kameror", "--sort", "year", "--json", "--archive", folder)
    years = [h["year"] for h in json.loads(out)["hits"]]
    assert years == sorted(years, reverse=True)


@pytest.mark.parametrize("query", ['"kameror', "okänt:fält", "år:abc", "(a"])
def test_malformed_query_exits_2_with_one_line(archive, capsys, query):
    folder, _ = archive
    code, out, err = cli(capsys, "search", query, "--archive", folder)
    assert code == ExitCode.USAGE
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_options_exit_2(archive, capsys):
    folder, _ = archive
    assert cli(capsys, "search", "x", "--year", "igår", "--archive", folder)[0] == ExitCode.USAGE
    assert cli(capsys, "search", "x", "--sort", "storlek", "--archive", folder)[0] == ExitCode.USAGE
    assert cli(capsys, "search", "x", "--limit", "många", "--archive", folder)[0] == ExitCode.USAGE


def test_an_empty_archives_line_names_its_folder_as_the_other_commands_do(tmp_path, capsys):
    for command in (["search", "kameror"], ["amounts"]):
        code, _, err = cli(capsys, *command, "--archive", tmp_path / "none")
        assert err.strip().endswith(
            f"{tmp_path / 'none'}: Arkivet är tomt; lägg till rapporter med: bilagor import SÖKVÄG"
        )
        assert len(err.strip().splitlines()) == 1


def test_missing_and_empty_archive_say_how_to_import(tmp_path, capsys):
    code, out, err = cli(capsys, "search", "kameror", "--archive", tmp_path / "none")
    assert code == ExitCode.OK and "Arkivet är tomt; lägg till rapporter med: bilagor import" in err and out == ""
    assert not (tmp_path / "none").exists()
    code, out, _ = cli(capsys, "search", "kameror", "--json", "--archive", tmp_path / "none")
    assert json.loads(out)["total"] == 0
    run(["reindex", "--archive", str(tmp_path / "none")])
    capsys.readouterr()
    from bilagor.index.archive import Archive

    Archive.open(tmp_path / "empty", writable=True).close()
    code, out, err = cli(capsys, "search", "kameror", "--archive", tmp_path / "empty")
    assert code == ExitCode.OK and "Arkivet är tomt; lägg till rapporter med: bilagor import" in err


def test_show_by_unique_prefix(archive, capsys):
    folder, reports = archive
    report = reports["pollare-ostermalm-2021"]
    code, out, _ = cli(capsys, "show", report.id[:10], "--archive", folder)
    assert code == ExitCode.OK and "Pollare vid Stureplan" in out and "Tolv pollare" in out
    code, out, _ = cli(capsys, "show", report.id[:10], "--json", "--archive", folder)
    assert json.loads(out)["id"] == report.id


def test_show_ambiguous_or_missing_prefix(archive, capsys):
    folder, reports = archive
    shared = next(p for p, n in Counter(r.id[0] for r in reports.values()).items() if n > 1)
    code, _, err = cli(capsys, "show", shared, "--archive", folder)
    assert code == ExitCode.BAD_INPUT and "flera rapporter" in err and len(err.strip().splitlines()) == 1
    unused = next(c for c in "0123456789abcdef" if not any(r.id.startswith(c) for r in reports.values()))
    code, _, err = cli(capsys, "show", unused * 3, "--archive", folder)
    assert code == ExitCode.BAD_INPUT and "ingen rapport" in err
    code, _, err = cli(capsys, "show", "xyz", "--archive", folder)
    assert (
        code == ExitCode.BAD_INPUT and "ingen rapport med id, sökväg eller filnamn" in err
    )  # "xyz" may be a file name


def test_stats(archive, capsys):
    folder, reports = archive
    code, out, _ = cli(capsys, "stats", "--json", "--archive", folder)
    data = json.loads(out)
    assert code == ExitCode.OK and data["reports"] == len(reports)
    assert data["by_year"]["2019"] == sum(1 for r in reports.values() if r.year == 2019)
    assert data["by_district"]["Södermalm"] == 4
    assert data["by_form"] == {"ansokan": 1, "uppfoljning": len(reports) - 1}
    assert data["size_bytes"] > 0
    code, out, _ = cli(capsys, "stats", "--archive", folder)
    assert "Rapporter" in out and "Södermalm" in out


def test_reindex_rebuilds_and_counts(tmp_path, capsys):
    reports = build_archive(tmp_path)
    _, before, _ = cli(capsys, "search", "belysning", "--json", "--archive", tmp_path)
    shutil.rmtree(tmp_path / "whoosh")
    code, out, _ = cli(capsys, "reindex", "--json", "--archive", tmp_path)
    assert code == ExitCode.OK and json.loads(out)["reindexed"] == len(reports)
    _, after, _ = cli(capsys, "search", "belysning", "--json", "--archive", tmp_path)
    assert json.loads(after) == json.loads(before)
    code, out, _ = cli(capsys, "reindex", "--archive", tmp_path)
    assert f"{len(reports)} rapporter" in out


def test_reindex_while_an_import_writes_exits_3(tmp_path, capsys):
    build_archive(tmp_path)
    lock = WriteLock(tmp_path)
    lock.acquire()
    try:
        code, _, err = cli(capsys, "reindex", "--lock-timeout", "0", "--archive", tmp_path)
    finally:
        lock.release()
    assert code == ExitCode.ARCHIVE_UNAVAILABLE and "upptaget" in err


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_search_process_does_not_load_heavy_modules(archive, extra):
    folder, _ = archive
    code = (
        "import sys; from bilagor.cli.app import run; "
        f"code = run(['search', 'kameror', '--archive', {str(folder)!r}, *{extra!r}]); "
        "heavy = [m for m in ('spacy', 'pdfplumber', 'wordfreq', 'pydantic') if m in sys.modules]; "
        "print('HEAVY', heavy, code)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "BILAGOR_ARCHIVE": ""}
    )
    assert "HEAVY [] 0" in proc.stdout, proc.stderr


def test_fast_parser_reads_the_typer_declarations(monkeypatch):
    from pathlib import Path

    from bilagor.cli.fast_parse import parse
    from bilagor.cli.search_cmd import search

    monkeypatch.delenv("BILAGOR_ARCHIVE", raising=False)
    got = parse(search, ["kameror", "--json", "--year=2018", "--limit", "3", "--archive", "/tmp/a"])
    assert got == {
        "words": ["kameror"],
        "year": "2018",
        "district": None,
        "org": None,
        "section": None,
        "dnr": None,
        "sort": "relevance",
        "limit": 3,
        "json_output": True,
        "archive": Path("/tmp/a"),
    }
    monkeypatch.setenv("BILAGOR_ARCHIVE", "/tmp/env")
    assert parse(search, [])["archive"] == Path("/tmp/env")
    # anything unusual is left to Typer
    for argv in (["--help"], ["x", "--no-such"], ["x", "--limit", "many"], ["x", "--limit"]):
        assert parse(search, argv) is None, argv


def test_a_year_outside_the_archive_says_which_years_it_holds(archive, capsys):
    folder, reports = archive
    years = sorted({r.year for r in reports.values() if r.year})
    code, out, err = cli(capsys, "search", "kameraövervakning", "--year", years[0] - 1, "--archive", folder)
    assert code == ExitCode.OK and out.startswith("0 träffar")
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    assert f"arkivet har rapporter från {span}" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli(capsys, "search", "kameraövervakning", "--archive", folder)  # control: no year, no word
    assert "arkivet har rapporter" not in err


def test_years_span_reads_string_and_int_years():
    from bilagor.cli.views import years_span

    assert years_span({"2019": 3, 2013: 1, "2026": 2}) == "2013–2026"
    assert years_span(["2018"]) == "2018"
    assert years_span([]) is None


def test_amounts_for_a_year_outside_the_archive_says_which_years_it_holds(archive, capsys):
    folder, reports = archive
    years = sorted({r.year for r in reports.values() if r.year})
    code, _, err = cli(capsys, "amounts", "--year", years[0] - 1, "--archive", folder)
    assert code == ExitCode.OK and f"arkivet har rapporter från {years[0]}–{years[-1]}" in err
    code, _, err = cli(capsys, "amounts", "--year", years[0], "--archive", folder)  # control: a year it holds
    assert code == ExitCode.OK and "arkivet har rapporter" not in err
