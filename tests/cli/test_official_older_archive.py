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
