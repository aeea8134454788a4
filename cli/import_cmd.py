"""`bilagor import PATH...`: bring files, folders and globs of PDFs into the archive."""

from __future__ import annotations

import sys
import time
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json
from bilagor.extractor.errors import Interrupted, PartialFailure

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
    max_pages: Annotated[int, typer.Option(help="Skip PDFs with more pages than this.")] = 200,
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
    from bilagor.index.importer import import_paths

    try:
        with _progress_display() as progress:
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
        _print_summary(summary)
    if summary.failed:
        raise PartialFailure(f"{len(summary.failed)} of {summary.total} files could not be imported (listed above)")


def _print_summary(summary) -> None:
    print(f"imported {summary.imported}, updated {summary.updated}, unchanged {summary.unchanged}, "
          f"failed {len(summary.failed)} ({summary.seconds:.1f} s)")
    for failure in summary.failed:
        print(f"  failed: {failure.path}: {failure.error}")
    for warning in summary.warnings:
        print(f"  warning: {warning.path}: {warning.error}")


class _progress_display:
    """A rich progress bar on a terminal; else one plain line per file on stderr."""

    def __enter__(self):
        self.display = _BarProgress() if sys.stderr.isatty() else _LineProgress()
        return self.display

    def __exit__(self, *exc):
        self.display.stop()
        return False


class _LineProgress:
    def stop(self) -> None:
        pass

    def __call__(self, event) -> None:
        detail = f": {event.error}" if event.error else ""
        print(f"[{event.done}/{event.total}] {event.outcome.value} {event.path}{detail}", file=sys.stderr, flush=True)


class _BarProgress:
    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True, highlight=False)
        self.bar = Progress(
            TextColumn("importing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} files/s"), TimeRemainingColumn(),
            console=self.console, transient=True,
        )
        self.task = None
        self.started = time.monotonic()

    def __call__(self, event) -> None:
        if self.task is None:
            self.bar.start()
            self.task = self.bar.add_task("import", total=event.total, rate="-")
        if event.error:
            from rich.markup import escape

            self.console.print(f"[red]failed[/red] {escape(event.path)}: {escape(event.error)}")
        rate = event.done / max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, completed=event.done, rate=f"{rate:.1f}")

    def stop(self) -> None:
        if self.task is not None:
            self.bar.stop()
