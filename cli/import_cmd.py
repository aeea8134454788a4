"""`bilagor import PATH...`: bring files, folders and globs of PDFs into the archive."""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Annotated, Optional

import typer

from bilagor.cli.options import ArchiveOption, JsonOption, RoleDecisionOption, check_seconds
from bilagor.cli.output import print_json
from bilagor.cli.swedish_details import in_swedish
from bilagor.cli.views.imports import print_summary, progress_display
from bilagor.extractor.errors import Interrupted, PartialFailure
from bilagor.extractor.glossary import INTERRUPTED
from bilagor.extractor.options import DEFAULT_MAX_PAGES, DEFAULT_ROLE_DECISION

DEFAULT_LOCK_TIMEOUT = 10.0


def import_(
    paths: Annotated[
        list[str],
        typer.Argument(help="PDF-filer, mappar (genomsöks rekursivt) eller mönster (globs).", show_default=False),
    ],
    workers: Annotated[
        Optional[int], typer.Option(help="Läsprocesser (standard: en per kärna).", show_default=False)
    ] = None,
    ocr: Annotated[
        str, typer.Option(help="Tolka skannade sidor: auto (sidor utan text), always (alla), never (inga).")
    ] = "auto",
    year: Annotated[
        Optional[int], typer.Option(help="År för rapporter där inget år hittas.", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Läs om alla filer, även oförändrade.")] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Läs igen filer som misslyckades förut och inte har ändrats.")
    ] = False,
    max_pages: Annotated[int, typer.Option(help="Hoppa över PDF:er med fler sidor än så.")] = DEFAULT_MAX_PAGES,
    timeout: Annotated[float, typer.Option(help="Ge upp en fil efter så många sekunder.")] = 120.0,
    password: Annotated[
        Optional[str], typer.Option(help="Lösenord till krypterade PDF:er.", show_default=False)
    ] = None,
    lock_timeout: Annotated[
        float, typer.Option(help="Vänta så många sekunder på att en annan import blir klar.")
    ] = DEFAULT_LOCK_TIMEOUT,
    memory_limit: Annotated[
        Optional[int],
        typer.Option(
            help="Minne (MB) som varje läsprocess får använda (standard 1536); en fil som behöver mer misslyckas. 0: ingen gräns.",
            show_default=False,
        ),
    ] = None,
    role_decision: RoleDecisionOption = DEFAULT_ROLE_DECISION,
    json_output: JsonOption = False,
    archive: ArchiveOption = None,
) -> None:
    """Importera PDF:er till arkivet; oförändrade filer hoppas över, trasiga listas."""
    from bilagor.index.importer.run import import_paths

    check_seconds("--timeout", timeout, zero_ok=False)
    check_seconds("--lock-timeout", lock_timeout, zero_ok=True)
    try:
        with progress_display() as progress, _terminate_as_interrupt():
            summary = import_paths(
                paths,
                archive=archive,
                workers=workers,
                ocr=ocr,
                year=year,
                force=force,
                max_pages=max_pages,
                timeout=timeout,
                password=password,
                lock_timeout=lock_timeout,
                progress=progress,
                ocr_progress=progress.ocr_page,
                files_found=progress.files_found,
                memory_limit_mb=memory_limit,
                retry_failed=retry_failed,
                role_decision=role_decision,
            )
    except KeyboardInterrupt:  # more than "interrupted": what is kept, how to go on
        raise Interrupted(
            f"{INTERRUPTED}; de filer som hunnit läsas är sparade: kör samma kommando igen för att importera resten"
        ) from None
    if json_output:
        data = summary.to_dict()
        for failure in data["failed"]:
            failure["error"] = in_swedish(failure["error"])
        for warning in data["warnings"]:
            warning["warning"] = in_swedish(warning["warning"])
        print_json(data)
    else:
        print_summary(summary, paths)
    if summary.failed:
        # Only new failures: a file that failed before and is unchanged is counted, not failed again.
        raise PartialFailure(f"{len(summary.failed)} av {summary.total} filer kunde inte importeras (listade ovan)")


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
