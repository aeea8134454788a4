"""The `bilagor` command: a thin Typer layer over the library.

Commands live one per module (cli/*_cmd.py) and call library functions; this
module registers them and is the one place where errors become exit codes.
"""

from __future__ import annotations

import logging
import os
import sys

import typer

from bilagor.extractor.errors import BilagorError, ExitCode

app = typer.Typer(
    name="bilagor",
    help="Turn Stockholm district-committee appendices (bilagor) into a searchable archive.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _register() -> None:
    # Command modules import only light things at module level, so that
    # `bilagor search` never pays for pdfplumber or spaCy.
    from bilagor.cli import extract_cmd

    app.command("extract")(extract_cmd.extract)

    from bilagor.cli import reindex_cmd, search_cmd, show_cmd, stats_cmd

    app.command("search")(search_cmd.search)
    app.command("show")(show_cmd.show)
    app.command("stats")(stats_cmd.stats)
    app.command("reindex")(reindex_cmd.reindex)

    from bilagor.cli import import_cmd

    app.command("import")(import_cmd.import_)

    from bilagor.cli import amounts_cmd, export_cmd

    app.command("amounts")(amounts_cmd.amounts)
    app.command("export")(export_cmd.export)


@app.callback()
def _root() -> None:
    """Keep `bilagor COMMAND` form even while only one command exists."""


_register()


def _fast_search(argv: list[str]) -> bool:
    """Run `bilagor search` without Typer's per-call setup when its arguments are plain.

    Typer imports pydantic and builds an adapter per option on every call,
    which would dominate a search; anything unusual (--help, a bad option)
    still goes through Typer.
    """
    if argv[:1] != ["search"]:
        return False
    from bilagor.cli.fast_parse import parse
    from bilagor.cli.search_cmd import search

    kwargs = parse(search, argv[1:])
    if kwargs is None:
        return False
    search(**kwargs)
    return True


def _error(message: str) -> None:
    print(f"bilagor: error: {message}", file=sys.stderr)


class _WarningLine(logging.Handler):
    """A library warning (logger "bilagor") as one line on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"bilagor: warning: {' '.join(record.getMessage().split())}", file=sys.stderr)


def _show_warnings() -> None:
    logger = logging.getLogger("bilagor")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        logger.addHandler(_WarningLine(logging.WARNING))
        logger.propagate = False


def _silence_stdout() -> None:
    # Python would report the broken pipe again when flushing stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (used by main() and by tests).

    Typer's standalone mode handles usage errors (exit 2) and --help; every
    error of our own arrives here as a BilagorError and leaves as one line.
    """
    _show_warnings()
    try:
        if _fast_search(sys.argv[1:] if argv is None else argv):
            return ExitCode.OK
        app(args=argv, prog_name="bilagor", standalone_mode=True)
        return ExitCode.OK
    except SystemExit as exc:
        if exc.code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent exit 130
            _error("interrupted")
        return exc.code if isinstance(exc.code, int) else (ExitCode.OK if exc.code is None else ExitCode.USAGE)
    except BilagorError as exc:
        _error(exc.one_line())
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        _silence_stdout()
        return ExitCode.OK
    except Exception as exc:  # a bug: still one line, with the traceback on request
        if os.environ.get("BILAGOR_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set BILAGOR_DEBUG=1 for the traceback)")
        return ExitCode.INTERNAL


def main() -> None:
    sys.exit(run())
