"""The `bilagor` command: a thin Typer layer over the library.

Commands live one per module (cli/*_cmd.py) and call library functions; this
module registers them and is the one place where errors become exit codes.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Optional

import typer

try:  # Typer vendors Click (typer._click) in recent versions; its exceptions are Click's
    from typer._click import exceptions as click_errors
except ImportError:  # an older Typer on top of Click
    from click import exceptions as click_errors  # type: ignore[no-redef]

from bilagor.extractor.errors import BilagorError, ExitCode
from bilagor.extractor.glossary import DISK_FULL, ERROR_PREFIX, INTERRUPTED, SEE_HELP, WARNING_PREFIX

# Each command's line in `bilagor --help`, in the order a newcomer uses them (import first). Click cuts a
# command's first sentence to the line with "..."; these fit an 80-column terminal whole.
SHORT_HELP = {
    "import": "Läs in PDF:er (filer, mappar) i arkivet; oförändrade hoppas över.",
    "search": "Sök i rapporterna: böjningar, sammansättningar, fält, filter.",
    "show": "Visa en rapport: fält, avsnitt, belopp och hur de räknas.",
    "amounts": "Budget mot utfall per år, stadsdel, projekt …, med källorna.",
    "export": "Skriv ut rapporterna som csv, JSON lines eller OpenSearch.",
    "stats": "Antal per år, stadsdel och formulär; filer som inte kunde läsas.",
    "list": "Lista stadsdelar, organisationer och avsnitt som filtren godtar.",
    "serve": "Sök och summera i en webbläsare (bara läsning).",
    "open": "Öppna en rapports PDF i systemets visare.",
    "prune": "Glöm sökvägar till filer som inte finns längre.",
    "reindex": "Bygg om sökindexet från posterna (ingen PDF läses).",
    "extract": "Läs en PDF och skriv ut dess post, utan att spara den.",
}

# Under a command's own help: what a newcomer types first (each line true as written: test_help_examples.py).
EXAMPLES = {
    "import": [
        ("bilagor import ~/bilagor/", "en mapp med undermappar"),
        ("bilagor import 'arkiv/**/*.pdf' --year 2019", "år för rapporter utan år"),
    ],
    "search": [
        ("bilagor search kameraövervakning", "böjningar, delord"),
        ("bilagor search kameror --district Järva år:2019-2023", "med filter"),
        ("bilagor search '\"nya kameror\"' --sort year", "en fras, nyast först"),
        ("bilagor search 'kameror OR lampor -utegym'", "eller, utom"),
    ],
    "amounts": [
        ("bilagor amounts --by district,year", "per stadsdel och år"),
        ("bilagor amounts kameror --detail", "belopp och meningar"),
        ("bilagor amounts --check", "siffror att granska"),
        ("bilagor amounts --by district -o sammanställning.xlsx", "till Excel"),
        ("bilagor amounts --by district,year --series utfall", "till ett diagram"),
    ],
    "export": [
        ("bilagor export --per-report -o rapporter.csv", "en rad per rapport"),
        ("bilagor export kameror --format jsonl", "hela posterna"),
    ],
}


def _examples(name: str) -> str | None:
    rows = EXAMPLES.get(name)
    if not rows:
        return None
    width = max(len(command) for command, _ in rows) + 3
    return "\b\nExempel:\n" + "\n".join(f"  {command:<{width}}{what}" for command, what in rows)


# Under the list of commands: where a newcomer starts (Click keeps a paragraph after "\b" as written).
EPILOG = """\b
Börja så här:
  bilagor import ~/bilagor/            läs in en mapp med PDF:er
  bilagor search kameraövervakning     sök i dem
  bilagor amounts --by year            budget mot utfall per år
  bilagor serve                        samma sak i en webbläsare

Hjälp om ett kommando: bilagor KOMMANDO -h. Arkivet är --archive SÖKVÄG, annars $BILAGOR_ARCHIVE, annars
användarens datamapp."""


app = typer.Typer(
    name="bilagor",
    help="Gör Stockholms stadsdelsnämnders bilagor till ett sökbart arkiv.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    # Click hands these on to every subcommand's context: `bilagor search -h` works too.
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register() -> None:
    # Command modules import only light things at module level, so that
    # `bilagor search` never pays for pdfplumber or spaCy.
    from bilagor.cli import (
        amounts_cmd,
        export_cmd,
        extract_cmd,
        import_cmd,
        list_cmd,
        open_cmd,
        prune_cmd,
        reindex_cmd,
        search_cmd,
        serve_cmd,
        show_cmd,
        stats_cmd,
    )

    commands: dict[str, Callable[..., Any]] = {
        "import": import_cmd.import_,
        "search": search_cmd.search,
        "show": show_cmd.show,
        "amounts": amounts_cmd.amounts,
        "export": export_cmd.export,
        "stats": stats_cmd.stats,
        "list": list_cmd.list_,
        "serve": serve_cmd.serve,
        "open": open_cmd.open_,
        "prune": prune_cmd.prune,
        "reindex": reindex_cmd.reindex,
        "extract": extract_cmd.extract,
    }
    for name, function in commands.items():
        app.command(name, short_help=SHORT_HELP[name], epilog=_examples(name))(function)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"bilagor {version('bilagor')}")
        raise typer.Exit()


@app.callback()
def _root(
    _version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Visa versionen och avsluta.")
    ] = False,
    _archive: Annotated[
        Optional[Path], typer.Option("--archive", show_default=False, help="Arkivmappen, före eller efter kommandot.")
    ] = None,
) -> None:
    """Keep `bilagor COMMAND` form even while only one command exists."""
    # `bilagor --archive X COMMAND` never reaches here with --archive: run() moves it after COMMAND.


def _archive_after_command(argv: list[str]) -> list[str]:
    """`bilagor --archive X search q` as `bilagor search --archive X q`.

    Moving the option (rather than handing it down through Click's context) keeps
    one definition per command and lets a later `--archive` after the command win,
    as the last occurrence of an option does in Click.
    """
    moved: list[str] = []
    rest = list(argv)
    while rest and rest[0].startswith("--archive"):
        if rest[0] == "--archive" and len(rest) >= 2:
            moved += rest[:2]
            rest = rest[2:]
        elif rest[0].startswith("--archive="):
            moved.append(rest.pop(0))
        else:
            break
    if not moved or not rest or rest[0].startswith("-"):
        return list(argv)
    return [rest[0], *moved, *rest[1:]]


_register()


def _command():
    """The Click command Typer builds from `app`, with Swedish placeholders in its help."""
    from bilagor.cli import click_swedish, metavars

    command = typer.main.get_command(app)
    metavars.apply(command)
    click_swedish.apply(command)
    return command


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
    from bilagor.cli.output import shown
    from bilagor.cli.swedish_details import in_swedish

    # Messages quote file names and queries, which may hold terminal escapes.
    print(f"{ERROR_PREFIX}{shown(in_swedish(message))}", file=sys.stderr)


class _WarningLine(logging.Handler):
    """A library warning (logger "bilagor") as one line on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        from bilagor.cli.output import shown
        from bilagor.cli.swedish_details import in_swedish

        print(f"{WARNING_PREFIX}{shown(in_swedish(' '.join(record.getMessage().split())))}", file=sys.stderr)


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

    Click's usage errors (exit 2) and every error of our own (a BilagorError)
    arrive here and leave as one line; the library's warnings are one line too.
    """
    _show_warnings()
    argv = _archive_after_command(sys.argv[1:] if argv is None else argv)
    try:
        if _fast_search(argv):
            return ExitCode.OK
        code = _command().main(args=argv, prog_name="bilagor", standalone_mode=False)
        if code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent exit 130
            _error(INTERRUPTED)
        return code if isinstance(code, int) else ExitCode.OK  # --help returns 0
    except click_errors.NoArgsIsHelpError as exc:  # `bilagor` or a command alone: its help
        print(exc.ctx.get_help() if exc.ctx else exc.format_message())
        return ExitCode.USAGE
    except click_errors.UsageError as exc:  # Click's own message, in Swedish, as one line with where to get help
        from bilagor.cli.click_swedish import usage_error

        where = SEE_HELP.format(command=exc.ctx.command_path if exc.ctx else "bilagor")
        _error(f"{usage_error(exc.format_message())}{_dashed_query_hint(exc, argv)} ({where})")
        return ExitCode.USAGE
    except typer.Abort:  # end of input at a prompt
        _error(INTERRUPTED)
        return ExitCode.INTERRUPTED
    except click_errors.ClickException as exc:
        _error(exc.format_message())
        return exc.exit_code
    except SystemExit as exc:
        if _from_broken_pipe(exc):
            # Click and rich turn a broken pipe into exit 1; output piped into `head` is not an error.
            _silence_stdout()
            return ExitCode.OK
        if exc.code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent exit 130
            _error(INTERRUPTED)
        return exc.code if isinstance(exc.code, int) else (ExitCode.OK if exc.code is None else ExitCode.USAGE)
    except BilagorError as exc:
        _error(exc.one_line())
        return exc.exit_code
    except KeyboardInterrupt:
        _error(INTERRUPTED)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        _silence_stdout()
        return ExitCode.OK
    except OSError as exc:
        if exc.errno not in _DISK_FULL:
            return _internal(exc)
        # Writes go to SQLite first in transactions, so what was stored before stays intact.
        _error(f"{exc.filename or 'arkivet'}: {DISK_FULL}")
        return ExitCode.ARCHIVE_UNAVAILABLE
    except Exception as exc:
        return _internal(exc)


_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
# Commands whose argument is a search query, which a user may start with "-" to exclude a word.
_QUERY_COMMANDS = ("search", "amounts", "export")


def _dashed_query_hint(exc, argv: list[str]) -> str:
    """For a query typed with a leading "-" (`search -kamera`), which Click reads as flags:
    how to write it instead."""
    if not isinstance(exc, click_errors.NoSuchOption) or not exc.ctx or exc.ctx.info_name not in _QUERY_COMMANDS:
        return ""
    word = next((w for w in argv if w.startswith(exc.option_name) and not w.startswith("--")), None)
    if word is None or not word[1:2].isalpha():
        return ""
    return f"; ett sökord som börjar med '-': skriv NOT {word[1:]}, eller -- {word}"


def _from_broken_pipe(exc: SystemExit) -> bool:
    """Whether this exit was raised while handling a broken pipe (Click's main, rich's Console do so)."""
    cause = exc.__context__
    return isinstance(cause, OSError) and cause.errno == errno.EPIPE


def _internal(exc: Exception) -> int:
    """A bug: still one line, with the traceback on request."""
    if os.environ.get("BILAGOR_DEBUG"):
        raise exc
    _error(f"internt fel i bilagor: {type(exc).__name__}: {exc} (BILAGOR_DEBUG=1 visar anropsstacken)")
    return ExitCode.INTERNAL


def main() -> None:
    sys.exit(run())
