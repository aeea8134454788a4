"""The CLI maps errors to exit codes in one place and never shows a traceback."""

import subprocess
import sys

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode


def test_usage_error_exits_2(capsys):
    assert run(["extract", "--no-such-flag"]) == ExitCode.USAGE


def test_unknown_command_exits_2():
    assert run(["no-such-command"]) == ExitCode.USAGE


def test_help_exits_0(capsys):
    assert run(["--help"]) == ExitCode.OK
    assert "extract" in capsys.readouterr().out


def test_console_script_has_no_traceback(tmp_path):
    bad = tmp_path / "inte-en.pdf"
    bad.write_text("hej")
    proc = subprocess.run(
        [sys.executable, "-c", "from bilagor.cli.app import main; main()", "extract", str(bad)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == ExitCode.BAD_INPUT
    assert "Traceback" not in proc.stderr
    assert str(bad) in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_output_cut_short_by_a_closed_pipe_is_not_an_error(tmp_path):
    from bilagor.index.archive import Archive
    from bilagor.extractor.record import Section
    from factories import make_report

    long_text = "Belysningen byttes ut längs gångvägen. " * 5000  # more than a pipe buffer holds
    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        archive.add([make_report(sections=[Section("slutresultat", "Resultat", long_text, 1)])])
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from bilagor.cli.app import main; main()",
            "show",
            make_report().id[:8],
            "--json",
            "--archive",
            str(tmp_path / "arkiv"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the reader (say, `head`) goes away before the command writes
    _, err = proc.communicate()
    assert b"Traceback" not in err and b"error" not in err


def test_search_output_cut_short_is_not_an_error(tmp_path):
    """`bilagor search` takes a fast path past Typer; a closed pipe there is quiet too."""
    from bilagor.index.archive import Archive
    from factories import make_report

    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        archive.add([make_report(f"r{i}") for i in range(300)])  # JSON hits: more than a pipe buffer
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from bilagor.cli.app import main; main()",
            "search",
            "kameraövervakning",
            "--limit",
            "300",
            "--json",
            "--archive",
            str(tmp_path / "arkiv"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()
    _, err = proc.communicate()
    assert b"Traceback" not in err and b"error" not in err


def test_ctrl_c_in_any_command_is_one_line_and_exit_130(tmp_path, monkeypatch, capsys):
    from bilagor.index.archive import Archive

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Archive, "open_for_reading", interrupted)
    code = run(["stats", "--archive", str(tmp_path)])
    assert code == ExitCode.INTERRUPTED
    assert capsys.readouterr().err.strip().splitlines()[-1] == "bilagor: fel: avbrutet"
