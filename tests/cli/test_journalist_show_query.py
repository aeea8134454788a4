"""`bilagor show ID --query Q`: the passage a hit was found by, marked, and the sections that hold it."""

from __future__ import annotations

import io

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.record import Section
from bilagor.index.archive import Archive

SECTIONS = [
    Section("projektnamn", "Projektnamn", "Åtgärder vid torget", 1),
    Section("mal_och_syfte", "Syfte och mål", "Öka tryggheten vid torget.", 1),
    Section("slutresultat", "Slutresultat", "Sex kameror sattes upp och kopplades till ledningscentralen.", 2),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("showq")
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report("showq", project="Åtgärder vid torget", sections=SECTIONS)])
    return folder


def _show(capsys, archive, *args) -> tuple[int, str, str]:
    code = run(["show", "showq", *args, "--archive", str(archive)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_sections_holding_the_searchs_words_are_named_with_their_pages(archive, capsys):
    # "trygghetskameror" is in no report: found by its parts, as `bilagor search` finds it.
    code, out, err = _show(capsys, archive, "--query", "trygghetskameror")
    assert code == ExitCode.OK, err
    line = " ".join(out.split("Sökfrågan", 1)[1].split("Sökväg", 1)[0].split())
    assert line == "'trygghetskameror' finns i: Syfte och mål (s. 1); Slutresultat (s. 2)"


def test_a_word_the_report_lacks_is_said_so(archive, capsys):
    code, out, _ = _show(capsys, archive, "-q", "belysning")
    assert code == ExitCode.OK and "'belysning' finns inte i texten" in out


def test_a_malformed_query_is_a_usage_error(archive, capsys):
    code, _, err = _show(capsys, archive, "-q", "(kamera")
    assert code == ExitCode.USAGE and err.count("\n") == 1


def test_on_a_terminal_the_matched_words_are_marked():
    from rich.console import Console

    from bilagor.cli.views.show import print_report

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=200, highlight=False)
    report = make_report("showq", sections=SECTIONS)
    print_report(report, console=console, query="kameror", terms=({"kamer"}, set()))
    text = out.getvalue()
    assert "\x1b[1;33mkameror\x1b[0m" in text  # bold yellow, as bilagor search marks a word
    assert "\x1b[1;33mSex" not in text
