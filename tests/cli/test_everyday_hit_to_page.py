"""From a hit to the page: live paths first, clickable paths, `open`, `show` by path or name, `prune`."""

import io
import json
import os
import time
from pathlib import Path

import pytest

from bilagor.cli.app import run
from bilagor.index.archive import Archive
from factories import make_report


@pytest.fixture
def moved(tmp_path, monkeypatch):
    """An archive whose report "a" was renamed (old path gone, sorts first) and whose "b" is deleted."""
    monkeypatch.delenv("BILAGOR_ARCHIVE", raising=False)
    monkeypatch.delenv("BILAGOR_VIEWER", raising=False)
    files = tmp_path / "filer"
    files.mkdir()
    new = files / "b-ny.pdf"
    new.write_bytes(b"%PDF-1.4 a")
    kept = files / "c.pdf"
    kept.write_bytes(b"%PDF-1.4 c")
    archive = tmp_path / "arkiv"
    a = make_report("a", paths=[str(files / "a-gammal.pdf"), str(new)], filename="b-ny.pdf")
    b = make_report("b", paths=[str(files / "borta.pdf")], filename="borta.pdf", project="Trygghetsbelysning")
    c = make_report("c", paths=[str(kept)], filename="c.pdf", project="Utegym")
    with Archive.open(archive, writable=True) as opened:
        opened.add([a, b, c])
    return {"archive": str(archive), "a": a, "b": b, "c": c, "new": str(new), "files": files}


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_a_hit_shows_the_live_path_first(moved, capsys):
    assert run(["search", "kameraövervakning", "--json", "--archive", moved["archive"]]) == 0
    (hit,) = [h for h in _json(capsys)["hits"] if h["id"] == moved["a"].id]
    assert hit["path"] == moved["new"]


def _hits_view(on_terminal: bool) -> str:
    from types import SimpleNamespace

    from bilagor.cli.views.search import print_search_results

    hit = SimpleNamespace(
        id="ab" * 32,
        path="/arkiv/a b.pdf",
        filename="a b.pdf",
        project="Kamera",
        title=None,
        district="Norrmalm",
        year=2018,
        year_source="text",
        stage=None,
        snippet="om **kamera**",
        section_label="Mål",
        page=3,
        file_number=None,
    )
    results = SimpleNamespace(highlight=("**", "**"), hits=[hit], total=1, relaxed=False, partial=0, facets={})

    class Out(io.StringIO):
        def isatty(self):
            return on_terminal

    out = Out()
    print_search_results(results, out)
    return out.getvalue()


def test_paths_are_hyperlinks_to_the_page_on_a_terminal_only():
    shown = _hits_view(on_terminal=True)
    assert "\x1b]8;" in shown and "file:///arkiv/a%20b.pdf#page=3\x1b\\" in shown
    plain = _hits_view(on_terminal=False)
    assert "\x1b" not in plain and "/arkiv/a b.pdf" in plain


@pytest.mark.parametrize("reference", ["id", "b-ny.pdf", "path", "old path"])
def test_show_accepts_an_id_prefix_a_path_or_a_file_name(moved, capsys, reference):
    given = {
        "id": moved["a"].id[:8],
        "b-ny.pdf": "b-ny.pdf",
        "path": moved["new"],
        "old path": str(moved["files"] / "a-gammal.pdf"),
    }[reference]
    assert run(["show", given, "--archive", moved["archive"]]) == 0
    out = capsys.readouterr().out
    assert moved["a"].id in out
    lines = [line for line in out.splitlines() if line.startswith("Sökväg")]
    assert moved["new"] in lines[0] and "a-gammal.pdf" in lines[1] and "finns inte" in lines[1]


def test_show_of_an_unknown_name_is_one_line(moved, capsys):
    assert run(["show", "ingen-sadan.pdf", "--archive", moved["archive"]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ingen-sadan.pdf" in err


@pytest.fixture
def fake_viewer(tmp_path, monkeypatch):
    """`xdg-open` and `open` on PATH: scripts that write their arguments to a file."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "viewer.log"
    for name in ("xdg-open", "open", "myviewer"):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n')
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def _logged(log: Path) -> str:
    deadline = time.monotonic() + 10
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return log.read_text().strip()


def test_open_runs_the_platform_viewer_on_the_live_path(moved, fake_viewer, capsys):
    assert run(["open", moved["a"].id[:10], "--archive", moved["archive"]]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed.endswith(moved["new"]) and printed.split()[0] in ("xdg-open", "open")
    assert _logged(fake_viewer) == printed


def test_open_at_a_page_through_bilagor_viewer(moved, fake_viewer, capsys, monkeypatch):
    monkeypatch.setenv("BILAGOR_VIEWER", "myviewer --page={page}")
    assert run(["open", "c.pdf", "--page", "4", "--archive", moved["archive"]]) == 0
    assert capsys.readouterr().out.strip() == f"myviewer --page=4 {moved['files'] / 'c.pdf'}"
    assert _logged(fake_viewer) == f"myviewer --page=4 {moved['files'] / 'c.pdf'}"


def test_open_at_a_page_without_bilagor_viewer_warns_that_the_page_is_not_passed_on(moved, fake_viewer, capsys):
    assert run(["open", "c.pdf", "--page", "4", "--archive", moved["archive"]]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().split()[0] in ("xdg-open", "open")
    assert captured.err.startswith("bilagor: varning: --page 4:") and "BILAGOR_VIEWER" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_open_of_a_file_that_is_gone_is_one_line(moved, fake_viewer, capsys):
    assert run(["open", "borta.pdf", "--archive", moved["archive"]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "borta.pdf" in err and not fake_viewer.exists()


def test_stats_counts_missing_paths_and_prune_drops_them(moved, capsys):
    archive = moved["archive"]
    assert run(["stats", "--json", "--archive", archive]) == 0
    assert _json(capsys)["missing_paths"] == 2
    assert run(["prune", "--dry-run", "--json", "--archive", archive]) == 0
    planned = _json(capsys)
    assert sorted(Path(p).name for p in planned["missing"]) == ["a-gammal.pdf", "borta.pdf"]
    assert planned["removed"] == [moved["b"].id]
    with Archive.open(archive) as opened:  # a dry run changes nothing
        assert opened.records.count() == 3 and len(opened.records.paths_of(moved["a"].id)) == 2

    assert run(["prune", "--archive", archive]) == 0
    assert "2 sökvägar" in capsys.readouterr().out
    with Archive.open(archive) as opened:
        assert opened.records.count() == 2
        assert opened.records.paths_of(moved["a"].id) == [moved["new"]]
        assert opened.records.get(moved["a"].id).paths == [moved["new"]]
    assert run(["search", "trygghetsbelysning", "--json", "--archive", archive]) == 0
    assert moved["b"].id not in {h["id"] for h in _json(capsys)["hits"]}
    assert run(["stats", "--json", "--archive", archive]) == 0
    assert _json(capsys)["missing_paths"] == 0
