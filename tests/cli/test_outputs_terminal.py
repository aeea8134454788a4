"""Control characters and terminal escapes from PDFs never reach the terminal raw."""

import io
import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.text_safety import visible_controls
from outputs_helpers import ESCAPES, build_hostile_archive, hostile_reports

RAW = ("\x1b[2J", "\x1b]0;pwned", "\x07", "\x9b", "\x1b[31m")


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory):
    return build_hostile_archive(tmp_path_factory.mktemp("hostile") / "arkiv")


def assert_no_raw_escapes(text: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} reached the output"
    assert "\\x1b[2J" in text, "the escape is shown, not dropped"


def test_controls_become_visible_but_newline_and_tab_stay():
    assert visible_controls("a\x1b[2Jb\x00c\x7f\x9b\n\td") == "a\\x1b[2Jb\\x00c\\x7f\\x9b\n\td"
    assert visible_controls("Södermalm – 2,6 mnkr") == "Södermalm – 2,6 mnkr"


def _run(capsys, *argv):
    code = run(list(argv))
    captured = capsys.readouterr()
    assert code == ExitCode.OK, captured.err
    return captured.out + captured.err


def test_show_prints_escapes_visibly(hostile_archive, capsys):
    escapes = hostile_reports()[1]
    assert_no_raw_escapes(_run(capsys, "show", escapes.id[:12], "--archive", str(hostile_archive)))


def test_piped_search_prints_escapes_visibly(hostile_archive, capsys):
    assert_no_raw_escapes(_run(capsys, "search", "kamera", "--archive", str(hostile_archive)))


def test_search_on_a_terminal_prints_escapes_visibly(hostile_archive):
    from bilagor.cli.views.search import print_search_results
    from bilagor.index.search.searcher import search

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    print_search_results(search(str(hostile_archive), "kamera"), out)
    assert_no_raw_escapes(out.getvalue())


@pytest.mark.parametrize("extra", [["--by", "project"], ["--by", "project", "--detail"], ["--by", "role"]])
def test_amounts_table_and_detail_print_escapes_visibly(hostile_archive, capsys, extra):
    output = _run(capsys, "amounts", *extra, "--archive", str(hostile_archive))
    for raw in RAW:
        assert raw not in output
    if "role" not in extra:
        assert "\\x1b[2J" in output


def test_stats_prints_an_escape_in_the_folder_name_visibly(tmp_path, capsys):
    folder = build_hostile_archive(tmp_path / ("ark" + ESCAPES))
    assert_no_raw_escapes(_run(capsys, "stats", "--archive", str(folder)))


def test_error_messages_print_escapes_visibly(hostile_archive, capsys):
    code = run(["search", 'kamera "' + ESCAPES, "--archive", str(hostile_archive)])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE
    assert_no_raw_escapes(err)


def test_json_output_escapes_every_control(hostile_archive, capsys):
    escapes = hostile_reports()[1]
    output = _run(capsys, "show", escapes.id[:12], "--json", "--archive", str(hostile_archive))
    for raw in RAW:
        assert raw not in output
    assert json.loads(output)["project"] == escapes.project
