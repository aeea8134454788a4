"""`bilagor stats` names the files imports could not read: an import names a failure once, and the next ones
only count it ("1 tidigare misslyckade fil hoppades över"), so a controller who imports every tertial had no way
to find which file of the share is broken after the terminal was closed."""

from __future__ import annotations

import json

from import_fakes import fake_extract, write_files

from bilagor.cli.app import run


def _fake_import(monkeypatch):
    import bilagor.index.importer.run as importer

    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **kw: real(*a, extract=fake_extract, **kw))


def test_stats_names_the_files_that_could_not_be_read_until_they_are_imported(tmp_path, capsys, monkeypatch):
    _fake_import(monkeypatch)
    files = write_files(tmp_path / "T2", {"ok.pdf": b"%PDF-fake ok", "trasig.pdf": b"BAD file"})
    archive = str(tmp_path / "arkiv")
    assert run(["import", str(tmp_path / "T2"), "--archive", archive, "--workers", "1"]) == 1
    capsys.readouterr()
    assert run(["import", str(tmp_path / "T2"), "--archive", archive, "--workers", "1"]) == 0
    assert "hoppades över (oförändrade sedan dess; bilagor stats visar dem" in capsys.readouterr().out

    assert run(["stats", "--archive", archive]) == 0
    out = capsys.readouterr().out
    assert "1 fil kunde inte läsas" in out and str(files["trasig.pdf"]) in out
    assert run(["stats", "--archive", archive, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["failed_files"]
    assert [f["path"] for f in listed] == [str(files["trasig.pdf"])] and listed[0]["error"]

    files["trasig.pdf"].write_bytes(b"%PDF-fake repaired")  # a corrected file at the same path
    assert run(["import", str(tmp_path / "T2"), "--archive", archive, "--workers", "1"]) == 0
    capsys.readouterr()
    assert run(["stats", "--archive", archive, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["failed_files"] == []
