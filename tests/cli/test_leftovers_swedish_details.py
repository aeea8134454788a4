"""OS error texts and Whoosh's query-parse reasons in bilagor's messages are said in Swedish (cli/swedish_details.py)."""

from __future__ import annotations

import errno
import json
import os
import warnings

import pytest
from factories import build_archive
from import_fakes import fake_extract, write_files

import bilagor.index.importer.run as importer
from bilagor.cli.app import run
from bilagor.cli.swedish_details import OS_ERRORS, in_swedish
from bilagor.extractor.errors import ExitCode

CODES = [errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EROFS, errno.EISDIR, errno.ENOTDIR, errno.EIO]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("arkiv") / "arkiv")


@pytest.mark.parametrize("code", sorted(OS_ERRORS), ids=errno.errorcode.get)
def test_every_os_text_of_the_table_is_said_in_swedish(code):
    english = os.strerror(code)
    assert in_swedish(f"/data/a.pdf: kan inte läsas: {english}") == f"/data/a.pdf: kan inte läsas: {OS_ERRORS[code]}"
    assert in_swedish(f"mappen kan inte läsas ({english})") == f"mappen kan inte läsas ({OS_ERRORS[code]})"


def test_python_s_errno_form_and_the_quoted_path_after_it():
    message = f"x.pdf: kan inte läsas: [Errno 13] {os.strerror(errno.EACCES)}: '/data/x.pdf'"
    assert in_swedish(message) == "x.pdf: kan inte läsas: åtkomst nekas: '/data/x.pdf'"


def test_a_file_name_holding_the_words_is_left_as_it_is():
    name = f"/data/{os.strerror(errno.ENOENT)}.pdf"
    assert (
        in_swedish(f"{name}: kan inte läsas: {os.strerror(errno.EIO)}")
        == f"{name}: kan inte läsas: in- eller utmatningsfel"
    )


@pytest.mark.parametrize("code", CODES, ids=errno.errorcode.get)
def test_an_os_error_writing_the_output_is_one_swedish_line(archive, tmp_path, monkeypatch, capsys, code):
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(tmp_path / "ut.csv"))

    monkeypatch.setattr("bilagor.index.reports.export.tempfile.mkstemp", refuse)
    assert run(["export", "--archive", str(archive), "--format", "csv", "-o", str(tmp_path / "ut.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and OS_ERRORS[code] in err and os.strerror(code) not in err


def test_an_import_lists_a_file_it_cannot_read_in_swedish(tmp_path, monkeypatch, capsys):
    write_files(tmp_path / "in", {"a.pdf": b"%PDF-1.4 a"})
    (tmp_path / "in" / "borta.pdf").symlink_to(tmp_path / "finns-inte.pdf")  # found, but stat() fails: ENOENT
    real = importer.import_paths
    monkeypatch.setattr(importer, "import_paths", lambda *a, **k: real(*a, extract=fake_extract, **k))
    base = ["import", str(tmp_path / "in"), "--archive", str(tmp_path / "arkiv"), "--workers", "1"]
    assert run(base) == ExitCode.BAD_INPUT
    out = capsys.readouterr().out
    assert "borta.pdf: kan inte läsas: filen eller mappen finns inte" in out
    assert os.strerror(errno.ENOENT) not in out
    assert run([*base, "--json"]) == ExitCode.BAD_INPUT
    failed = json.loads(capsys.readouterr().out)["failed"]
    assert [f["error"] for f in failed] == ["kan inte läsas: filen eller mappen finns inte"]


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("år:20x8", "'20x8' är inte ett tal"),
        ("utfall:>abc", "intervallets början 'abc' är inte ett tal"),
        ("budget:[1 TO x]", "intervallets slut 'x' är inte ett tal"),
    ],
)
def test_a_query_whoosh_cannot_parse_gives_its_reason_in_swedish(archive, capsys, query, reason):
    assert run(["search", query, "--archive", str(archive)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.startswith(f"bilagor: fel: sökfrågan '{query}' kan inte tolkas: {reason}") and err.count("\n") == 1
    assert ("utfall:>2,5mnkr" in err) == query.startswith(("utfall", "budget"))  # an amount field's hint


def test_the_web_pages_give_the_reason_in_swedish_too(archive):
    pytest.importorskip("starlette")
    from bilagor.cli.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    with TestClient(create_app(archive, prepare_amounts=False), base_url="http://127.0.0.1") as client:
        page = client.get("/search", params={"q": "år:20x8"})
        api = client.get("/api/search", params={"q": "år:20x8"})
    assert page.status_code == 400 and "är inte ett tal" in page.text and "not a valid number" not in page.text
    assert api.status_code == 400 and "är inte ett tal" in api.json()["error"]
