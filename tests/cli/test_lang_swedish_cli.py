"""Issue #14 §5: everything the command line says is Swedish, help and Click's own frame included.

Runs every command's --help and the typical error paths through `run` (the
entry point `bilagor` uses: it is where Click's messages become one line) and
looks for English words and Python type names in what comes out.
"""

from __future__ import annotations


import pytest

from lang_words import COMMANDS, PYTHON_TYPES, english_in

from bilagor.cli.app import run


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS], ids=lambda c: " ".join(c) or "bilagor")
def test_every_help_is_swedish_frame_and_all(command, capsys):
    assert run([*command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Användning: bilagor"), shown
    assert not PYTHON_TYPES.search(shown), PYTHON_TYPES.search(shown)
    assert not english_in(shown), english_in(shown)


def test_help_headings_and_notes_are_swedish(capsys):
    run(["import", "--help"])
    shown = capsys.readouterr().out
    flowing = " ".join(shown.split())  # a long note may wrap
    for heading in ("Argument:", "Flaggor:"):
        assert f"\n{heading}\n" in shown
    assert "[standard: auto]" in flowing and "[krävs]" in flowing and "[miljövariabel: BILAGOR_ARCHIVE]" in flowing
    run([])
    assert "\nKommandon:\n" in capsys.readouterr().out


def _error_paths(archive: str) -> list[list[str]]:
    at = ["--archive", archive]
    paths = [[c, "--no-such-flag"] for c in COMMANDS]
    paths += [[c] for c in ("extract", "show", "open", "import", "list")]  # a missing argument
    paths += [
        ["no-such-command"],
        ["serch", "kamera"],
        ["import", "--workers", "abc", "x.pdf", *at],
        ["import", "--timeout", "-1", "x.pdf", *at],
        ["import", "--ocr", "foo", "x.pdf", *at],
        ["import", "x-finns-ej.pdf", *at],
        ["amounts", "--by", "foo", *at],
        ["amounts", "--unit", "foo", *at],
        ["amounts", "--role", "foo", *at],
        ["export", "--format", "foo", *at],
        ["search", "kamera", "--limit", "abc", *at],
        ["search", "kamera", "--limit", *at],
        ["list", "foo", *at],
        ["extract", "x-finns-ej.pdf"],
        ["search", "kamera", "extra", "ord", *at],
    ]
    # An empty archive, an unknown district/org, a bad query, a report that is not there.
    paths += [[c, *at] for c in ("stats", "amounts", "export", "reindex", "prune")]
    paths += [
        ["search", "kamera", *at],
        ["show", "abc123", *at],
        ["open", "abc123", *at],
        ["list", "orgs", *at],
        ["search", "kamera", "--district", "foo", *at],
        ["search", "kamera", "--year", "abc", *at],
        ["amounts", "--org", "foo", *at],
        ["search", "kamera AND (", *at],
        ["search", '"kamera', *at],
        ["search", "foo:kamera", *at],
    ]
    return paths


def test_error_paths_say_it_in_swedish(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    archive = str(tmp_path / "arkiv")
    seen = []
    for argv in _error_paths(archive):
        run(argv)
        captured = capsys.readouterr()
        said = captured.out + captured.err
        assert "Traceback" not in said
        english = english_in(said, archive, str(tmp_path), "no-such-command", "no-such-flag", "serch")
        if english or PYTHON_TYPES.search(said) or "error:" in said:
            seen.append((argv, english, said))
    assert not seen, "\n".join(f"{' '.join(a)}: {e}\n  {s}" for a, e, s in seen)


def test_click_usage_errors_are_one_swedish_line(capsys):
    assert run(["search", "--no-such-flag"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("bilagor: fel: okänd flagga: --no-such-flag") and "(se bilagor search --help)" in err
    assert run(["open"]) == 2
    assert "argumentet 'ID|SÖKVÄG' saknas" in capsys.readouterr().err
    assert run(["import", "--workers", "abc", "x.pdf"]) == 2
    assert "ogiltigt värde för '--workers'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["open", "abc", "--page", "0"], ["extract", "x.pdf", "--max-pages", "0"]])
def test_a_value_below_an_options_bound_is_said_in_swedish(capsys, argv):
    assert run(argv) == 2
    err = capsys.readouterr().err.strip()
    assert f"ogiltigt värde för '{argv[2]}': ange minst 1 " in err and "Input should" not in err
