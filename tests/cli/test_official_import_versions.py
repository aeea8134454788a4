"""`bilagor import` says when a file it read is another version of a stored report (same project, place, year
and stage): only the newer file counts in the sums (summing rule 3), and before, a corrected report came in as one
more "importerad" with nothing saying that the old one's figures had left the totals."""

from __future__ import annotations

import json
import os

from import_fakes import fake_extract, write_files

from bilagor.cli.app import run


def _fake_import(monkeypatch):
    import bilagor.index.importer.run as importer

    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **kw: real(*a, extract=fake_extract, **kw))


def _import(capsys, folder, archive, *more) -> dict:
    assert run(["import", str(folder), "--archive", archive, "--workers", "1", "--json", *more]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_names_the_version_a_corrected_report_replaces_and_an_old_copy_that_does_not_count(
    tmp_path, capsys, monkeypatch
):
    _fake_import(monkeypatch)
    archive = str(tmp_path / "arkiv")
    first = write_files(tmp_path / "T1", {"utegym.pdf": b"%PDF-fake project=Utegym;year=2023 utfall 934 000"})
    write_files(tmp_path / "T1b", {"kameror.pdf": b"%PDF-fake project=Kameror;year=2023"})
    os.utime(first["utegym.pdf"], (1_700_000_000, 1_700_000_000))
    assert _import(capsys, tmp_path / "T1", archive)["versions"] == []

    corrected = write_files(
        tmp_path / "T2", {"utegym-korr.pdf": b"%PDF-fake project=Utegym;year=2023 utfall 1 034 000"}
    )
    os.utime(corrected["utegym-korr.pdf"], (1_710_000_000, 1_710_000_000))
    summary = _import(capsys, tmp_path / "T2", archive)
    assert summary["versions"] == [
        {
            "older": {"id": summary["versions"][0]["older"]["id"], "path": str(first["utegym.pdf"])},
            "newer": {"id": summary["versions"][0]["newer"]["id"], "path": str(corrected["utegym-korr.pdf"])},
            "older_is_new": False,
        }
    ]
    assert _import(capsys, tmp_path / "T1b", archive)["versions"] == []  # another project: no version of any

    # An old draft found later in another folder (its file older than the correction): said, and not summed.
    draft = write_files(tmp_path / "T3", {"utegym-utkast.pdf": b"%PDF-fake project=Utegym;year=2023 utkast"})
    os.utime(draft["utegym-utkast.pdf"], (1_690_000_000, 1_690_000_000))
    assert run(["import", str(tmp_path / "T3"), "--archive", archive, "--workers", "1"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 rapport av denna import är en annan version av en lagrad rapport" in out
    assert (
        f"räknas inte: {draft['utegym-utkast.pdf']} (ny i arkivet, men äldre än {corrected['utegym-korr.pdf']}" in out
    )
