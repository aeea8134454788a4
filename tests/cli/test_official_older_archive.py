"""An archive an older bilagor made, opened by this one (twenty-seventh round, h32/f-official).

Its records are searched and summed as they are, but the next import reads every one of their files again (the
extractor's version changed): on ten years of scans that is hours of OCR. `bilagor stats` says so beforehand.
"""

import json

from bilagor.cli.app import run
from bilagor.extractor import EXTRACTOR_VERSION
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive
from factories import make_report


def _archive(folder, versions):
    with Archive.open(folder, writable=True) as archive:
        archive.add([make_report(f"r{n}", extractor_version=v) for n, v in enumerate(versions)])
    return folder


def test_stats_says_how_many_records_an_older_bilagor_read_and_what_import_does(tmp_path, capsys):
    folder = _archive(tmp_path / "arkiv", ["26", "26", "28", EXTRACTOR_VERSION])
    assert run(["stats", "--archive", str(folder)]) == ExitCode.OK
    out = " ".join(capsys.readouterr().out.split())
    assert (
        f"3 rapporter lästes av en annan version av bilagor (läsarversion 26, 28; denna är {EXTRACTOR_VERSION})" in out
    )
    assert "nästa bilagor import av deras mappar läser om dem" in out
    assert run(["stats", "--json", "--archive", str(folder)]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["extractor_version"] == EXTRACTOR_VERSION
    assert data["other_extractor_versions"] == {"26": 2, "28": 1}


def test_an_archive_of_this_version_says_nothing_of_versions(tmp_path, capsys):
    folder = _archive(tmp_path / "arkiv", [EXTRACTOR_VERSION])
    assert run(["stats", "--archive", str(folder)]) == ExitCode.OK
    assert "annan version" not in capsys.readouterr().out
    assert run(["stats", "--json", "--archive", str(folder)]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["other_extractor_versions"] == {}


def test_an_import_says_how_many_files_it_read_again_for_another_version(tmp_path, monkeypatch, capsys):
    """The import after `stats` said so: "uppdaterade 2" alone did not say that the files were unchanged and read
    again only because another bilagor had made their records (a changed file is no such report)."""
    import bilagor.extractor
    import bilagor.index.importer.run as importer
    from import_fakes import fake_extract, write_files

    files = write_files(tmp_path / "in", {"a.pdf": b"%PDF a year=2018", "b.pdf": b"%PDF b", "c.pdf": b"%PDF c"})
    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **k: real(*a, extract=fake_extract, **k))
    where = ["--archive", str(tmp_path / "arkiv"), "--workers", "1"]
    assert run(["import", str(tmp_path / "in"), *where]) == ExitCode.OK
    capsys.readouterr()
    monkeypatch.setattr(bilagor.extractor, "EXTRACTOR_VERSION", EXTRACTOR_VERSION + "-next")
    files["c.pdf"].write_bytes(b"%PDF c changed")  # read again for its new content, not for the version
    assert run(["import", "--json", str(tmp_path / "in"), *where]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert (data["updated"], data["reread_other_version"]) == (3, 2)
    files["c.pdf"].write_bytes(b"%PDF c changed again")
    monkeypatch.setattr(bilagor.extractor, "EXTRACTOR_VERSION", EXTRACTOR_VERSION + "-later")
    assert run(["import", str(tmp_path / "in"), *where]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "uppdaterade 3" in out and "2 av de uppdaterade lästes om för att en annan version av bilagor" in out
