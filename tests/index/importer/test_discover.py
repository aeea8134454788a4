"""Which files `bilagor import PATH...` reads."""

from __future__ import annotations

import os

import pytest

from bilagor.extractor.errors import UsageError
from bilagor.index.importer.discover import discover, is_pdf_name


def tree(root, names):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF")
    return root


def test_folders_are_walked_recursively_for_pdfs_in_any_case(tmp_path):
    tree(tmp_path, ["2018/a.pdf", "2018/B.PDF", "2019/sub/c.Pdf", "2019/notes.txt", "2019/._a.pdf", ".hidden/d.pdf"])
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path]).files]
    assert found == ["2018/B.PDF", "2018/a.pdf", "2019/sub/c.Pdf"]
    assert all(p.is_absolute() for p in discover([tmp_path]).files)


def test_a_named_file_is_taken_even_without_pdf_suffix(tmp_path):
    tree(tmp_path, ["scan.bin"])
    assert discover([tmp_path / "scan.bin"]).files == [tmp_path / "scan.bin"]


def test_globs_are_expanded_including_double_star(tmp_path):
    tree(tmp_path, ["2018/a.pdf", "2019/b.pdf", "2019/x/c.pdf", "2020/d.pdf"])
    found = discover([str(tmp_path / "201[89]" / "**" / "*.pdf")]).files
    assert [p.name for p in found] == ["a.pdf", "b.pdf", "c.pdf"]


def test_each_file_once_in_argument_order(tmp_path):
    tree(tmp_path, ["b/x.pdf", "a/y.pdf"])
    found = discover([tmp_path / "b", tmp_path, str(tmp_path / "b" / "x.pdf")]).files
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["b/x.pdf", "a/y.pdf"]


def test_relative_paths_become_absolute(tmp_path, monkeypatch):
    tree(tmp_path, ["a.pdf"])
    monkeypatch.chdir(tmp_path)
    assert discover(["a.pdf"]).files == [tmp_path / "a.pdf"]


@pytest.mark.parametrize("argument", ["no-such-folder", "no-such-*.pdf"])
def test_nothing_found_is_a_usage_error_naming_the_argument(tmp_path, argument):
    with pytest.raises(UsageError, match=argument.replace("*", r"\*")):
        discover([os.path.join(tmp_path, argument)])


def test_empty_folder_gives_no_files(tmp_path):
    assert discover([tmp_path]).files == []


def test_pdf_names():
    assert is_pdf_name("Bilaga 5.PDF") and not is_pdf_name("._Bilaga.pdf") and not is_pdf_name("a.pdf.txt")
