"""A query typed without quotes (`bilagor search kameror polisen`): every word is the query, as quoted."""

from __future__ import annotations

import json

import pytest
from search_corpus import build_archive

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("words")
    build_archive(folder)
    return folder


def _out(capsys, *args) -> str:
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


@pytest.mark.parametrize(
    "command",
    [
        ["search", "--json"],
        ["search", "--json", "--sort", "year", "--limit", "3"],  # Typer's path as well as the fast one
        ["amounts", "--json"],
        ["export", "--per-report"],
    ],
)
def test_words_typed_apart_are_the_query_typed_in_quotes(archive, capsys, command):
    words = ["kameror", "polisen", "år:2018-2019"]
    apart = _out(capsys, *command, *words, "--archive", archive)
    quoted = _out(capsys, *command, " ".join(words), "--archive", archive)
    assert apart == quoted
    if command[0] == "search":
        data = json.loads(apart)
        assert data["query"] == "kameror polisen år:2018-2019" and data["total"] >= 1


def test_the_fast_parser_gathers_the_words_of_a_query():
    from bilagor.cli.fast_parse import parse
    from bilagor.cli.search_cmd import search

    got = parse(search, ["kameror", "--limit", "3", "polisen"])
    assert got is not None and got["words"] == ["kameror", "polisen"] and got["limit"] == 3
