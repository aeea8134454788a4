"""Import as a nightly job: failed files remembered, duplicates and empty folders said, scanned pages counted."""

from __future__ import annotations

import json
import os

from bilagor.cli.app import run
from factories import make_report
from import_fakes import fake_extract, write_files


def _import(capsys, *args) -> tuple[int, dict]:
    code = run(["import", *map(str, args), "--workers", "1", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_a_failed_file_is_not_read_again_until_it_changes_or_retry_failed(tmp_path, capsys, monkeypatch):
    import bilagor.index.importer.run as importer

    monkeypatch.setattr(importer, "import_paths", _with_fake(importer.import_paths))
    files = write_files(tmp_path / "in", {"ok.pdf": b"%PDF-fake ok", "bad.pdf": b"BAD file"})
    archive = tmp_path / "arkiv"
    code, first = _import(capsys, tmp_path / "in", "--archive", archive)
    assert code == 1 and [f["path"] for f in first["failed"]] == [str(files["bad.pdf"])]

    code, second = _import(capsys, tmp_path / "in", "--archive", archive)
    assert code == 0 and second["failed"] == [] and second["failed_before"] == 1

    assert run(["import", str(tmp_path / "in"), "--archive", str(archive), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 tidigare misslyckade fil hoppades över" in out and "bad.pdf" not in out

    code, retried = _import(capsys, tmp_path / "in", "--archive", archive, "--retry-failed")
    assert code == 1 and len(retried["failed"]) == 1 and retried["failed_before"] == 0

    files["bad.pdf"].write_bytes(b"%PDF-fake now readable")  # changed: read again, and imported
    code, fixed = _import(capsys, tmp_path / "in", "--archive", archive)
    assert code == 0 and fixed["imported"] == 1 and fixed["failed_before"] == 0

    files["bad.pdf"].write_bytes(b"BAD again")
    os.utime(files["bad.pdf"], (1, 1))
    assert _import(capsys, tmp_path / "in", "--archive", archive)[0] == 1


def _with_fake(real):
    def import_paths(*args, **kwargs):
        return real(*args, extract=fake_extract, **kwargs)

    return import_paths


def test_duplicates_are_counted_and_said(tmp_path, capsys, monkeypatch):
    import bilagor.index.importer.run as importer

    monkeypatch.setattr(importer, "import_paths", _with_fake(importer.import_paths))
    archive = tmp_path / "arkiv"
    write_files(tmp_path / "a", {"x.pdf": b"%PDF-fake x"})
    assert _import(capsys, tmp_path / "a", "--archive", archive)[0] == 0
    write_files(
        tmp_path / "b",
        {
            "x-kopia.pdf": b"%PDF-fake x",
            "igen/x.pdf": b"%PDF-fake x",
            "ny.pdf": b"%PDF-fake ny",
            "ny-kopia.pdf": b"%PDF-fake ny",
        },
    )
    code, summary = _import(capsys, tmp_path / "b", "--archive", archive)
    assert code == 0
    assert (summary["imported"], summary["updated"], summary["duplicate"]) == (1, 0, 3)
    assert run(["import", str(tmp_path / "b"), "--archive", str(archive), "--workers", "1", "--force"]) == 0
    write_files(tmp_path / "c", {"x3.pdf": b"%PDF-fake x", "y3.pdf": b"%PDF-fake x"})
    capsys.readouterr()
    assert run(["import", str(tmp_path / "c"), "--archive", str(archive), "--workers", "1"]) == 0
    assert "2 filer var kopior av lagrade rapporter" in capsys.readouterr().out


def test_an_empty_folder_says_so_in_one_line(tmp_path, capsys):
    (tmp_path / "tom").mkdir()
    assert run(["import", str(tmp_path / "tom"), "--archive", str(tmp_path / "arkiv")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("inga PDF-filer hittades") and "tom" in out


def test_pages_without_text_are_counted_from_the_record():
    from bilagor.index.importer.run import pages_without_text

    report = make_report("s", warnings=["pages 2-4, 7 have no text layer (OCR disabled)", "annat"])
    assert pages_without_text(report) == 4
    assert pages_without_text(make_report("u", warnings=["pages 5 have no text layer (OCR disabled)"])) == 1
    assert pages_without_text(make_report("t")) == 0


def test_ocr_never_says_how_many_scanned_pages_were_stored_without_text(tmp_path, capsys):
    from fpdf import FPDF

    pdf = FPDF()
    for shade in (60, 120):  # pages with a picture and no text layer: what a scan looks like
        pdf.add_page()
        pdf.set_fill_color(shade)
        pdf.rect(20, 20, 150, 200, style="F")
    (tmp_path / "in").mkdir()
    pdf.output(str(tmp_path / "in" / "skannad.pdf"))
    assert (
        run(["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv"), "--workers", "1", "--ocr", "never"])
        == 0
    )
    assert "2 skannade sidor sparades utan text" in capsys.readouterr().out


def test_the_eta_waits_for_a_few_files_and_averages_the_whole_run():
    from bilagor.cli.views.imports import eta_seconds, eta_text

    # The first file was one slow scan: 60 s for 1 of 2 000 files would say 33 hours.
    assert eta_seconds(1, 2000, 60.0) is None and eta_text(None) == "–"
    assert eta_seconds(3, 2000, 2.0) is None  # too soon
    assert eta_seconds(10, 110, 20.0) == 200.0
    assert eta_text(200.0) == "3:20" and eta_text(3725.0) == "1:02:05"


def test_the_bar_appears_before_the_first_file_is_done(monkeypatch):
    import io

    from rich.console import Console

    from bilagor.cli.views import imports

    screen = io.StringIO()
    monkeypatch.setattr(imports.sys.stderr, "isatty", lambda: True, raising=False)
    real_console = Console
    monkeypatch.setattr(
        "rich.console.Console", lambda **kw: real_console(file=screen, force_terminal=True, width=100, highlight=False)
    )
    with imports.progress_display() as progress:
        progress.bar.refresh()
        assert "importerar" in screen.getvalue()  # nothing reported yet: the bar is already there
