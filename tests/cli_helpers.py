"""Running the CLI in a test: its standard output, the run required to succeed."""

from __future__ import annotations

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode


def cli_output(capsys, *args) -> str:
    """What `bilagor ARGS` printed; fails the test (with the error output) unless it succeeded."""
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


def typer_output(*args) -> str:
    """What `bilagor ARGS` printed, run through Typer's own test runner (as a user's command line reaches the
    app); fails the test (with the output) unless it succeeded."""
    from typer.testing import CliRunner

    from bilagor.cli.app import app

    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == ExitCode.OK, result.output
    return result.output
