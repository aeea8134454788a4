"""`bilagor import PATH...`: bring files, folders and globs of PDFs into the archive."""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption, check_seconds
from bilagor.cli.output import print_json
from bilagor.cli.views.imports import print_summary, progress_display
from bilagor.extractor.errors import Interrupted, PartialFailure
from bilagor.extractor.options import DEFAULT_MAX_PAGES

DEFAULT_LOCK_TIMEOUT = 10.0


def import_(
    paths: Annotated[list[str], typer.Argument(help="PDF files, folders (searched recursively) or globs.",
                                               show_default=False)],
    workers: Annotated[Optional[int], typer.Option(help="Reader processes (default: one per core).",
                                                   show_default=False)] = None,
    ocr: Annotated[str, typer.Option(help="Recognise scanned pages: auto (pages without text), always, never.")] = "auto",
    year: Annotated[Optional[int], typer.Option(help="Year for reports where none is found.",
                                                show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read every file, even unchanged ones.")] = False,
    max_pages: Annotated[int, typer.Option(help="Skip PDFs with more pages than this.")] = DEFAULT_MAX_PAGES,
    timeout: Annotated[float, typer.Option(help="Give up on a file after this many seconds.")] = 120.0,
    password: Annotated[Optional[str], typer.Option(help="Password for encrypted PDFs.", show_default=False)] = None,
    lock_timeout: Annotated[float, typer.Option(help="Wait this many seconds for another import to finish.")]
    = DEFAULT_LOCK_TIMEOUT,
    memory_limit: Annotated[Optional[int], typer.Option(
        help="Memory (MB) each reader process may use (default 1536); a file that needs more fails. 0: no limit.",
        show_default=False)] = None,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Import PDFs into the archive; unchanged files are skipped, bad ones listed."""
    from bilagor.index.importer.run import import_paths

    check_seconds("--timeout", timeout, zero_ok=False)
    check_seconds("--lock-timeout", lock_timeout, zero_ok=True)
    try:
        with progress_display() as progress, _terminate_as_interrupt():
            summary = import_paths(
                paths, archive=archive, workers=workers, ocr=ocr, year=year, force=force,
                max_pages=max_pages, timeout=timeout, password=password, lock_timeout=lock_timeout,
                progress=progress, memory_limit_mb=memory_limit,
            )
    except KeyboardInterrupt:  # more than "interrupted": what is kept, how to go on
        raise Interrupted("interrupted; the files read so far are saved: "
                          "run the same command again to import the rest") from None
    if json_output:
        print_json(summary.to_dict())
    else:
        print_summary(summary)
    if summary.failed:
        raise PartialFailure(f"{len(summary.failed)} of {summary.total} files could not be imported (listed above)")


@contextlib.contextmanager
def _terminate_as_interrupt():
    """SIGTERM (kill, a service manager, a closed session) stops an import the way Ctrl-C does:
    what was read is saved and the user is told so, instead of a silent death."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
