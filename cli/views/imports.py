"""`bilagor import`: progress while it runs and the summary at the end."""

from __future__ import annotations

import sys
import time

from bilagor.cli.money import format_decimal
from bilagor.cli.output import shown
from bilagor.cli.swedish_details import in_swedish


def print_summary(summary, paths: list[str] | None = None) -> None:
    if summary.total == 0:  # an empty folder is not an error: one line saying so
        where = ", ".join(shown(p) for p in paths or [])
        print(f"inga PDF-filer hittades{' i ' + where if where else ''}")
        return
    print(
        f"importerade {summary.imported}, uppdaterade {summary.updated}, oförändrade {summary.unchanged}, "
        f"misslyckade {len(summary.failed)} ({format_decimal(summary.seconds)} s)"
    )
    if summary.duplicate:
        print(f"{summary.duplicate} {_files(summary.duplicate)} var kopior av lagrade rapporter (sökvägen lades till)")
    if summary.failed_before:
        print(
            f"{summary.failed_before} tidigare misslyckade {_files(summary.failed_before)} hoppades över"
            " (oförändrade sedan dess; läs dem igen med --retry-failed)"
        )
    if summary.pages_without_text:
        print(f"{summary.pages_without_text} skannade sidor sparades utan text (--ocr never)")
    for failure in summary.failed:
        print(f"  misslyckades: {shown(failure.path)}: {shown(in_swedish(failure.error))}")
    for warning in summary.warnings:
        print(f"  varning: {shown(warning.path)}: {shown(in_swedish(warning.error))}")


def _files(n: int) -> str:
    return "fil" if n == 1 else "filer"


class progress_display:
    """A rich progress bar on a terminal; else one plain line per file on stderr."""

    def __enter__(self):
        self.display = _BarProgress() if sys.stderr.isatty() else _LineProgress()
        return self.display

    def __exit__(self, *exc):
        self.display.stop()
        return False


# What happened to a file (index.importer.run.Outcome), as the progress lines say it.
OUTCOME_WORDS = {
    "imported": "importerad",
    "updated": "uppdaterad",
    "unchanged": "oförändrad",
    "duplicate": "kopia",
    "failed": "misslyckades",
    "failed_before": "misslyckades förut",
}


class _LineProgress:
    def stop(self) -> None:
        pass

    def ocr_page(self, event) -> None:
        pass  # a log gets a line per file, not per page

    def __call__(self, event) -> None:
        detail = f": {in_swedish(event.error)}" if event.error else ""
        print(
            f"[{event.done}/{event.total}] {OUTCOME_WORDS.get(event.outcome.value, event.outcome.value)} {shown(event.path)}{shown(detail)}",
            file=sys.stderr,
            flush=True,
        )


ETA_MIN_FILES = 3  # an estimate from fewer files (one slow OCR scan, say) says hours for minutes
ETA_MIN_SECONDS = 5.0


def eta_seconds(done: int, total: int | None, elapsed: float) -> float | None:
    """Time left from the average over the whole run; None until enough files have been read."""
    if not total or done < ETA_MIN_FILES or elapsed < ETA_MIN_SECONDS or done >= total:
        return None
    return elapsed / done * (total - done)


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def ocr_status(reading: dict[str, tuple[int, int]]) -> str:
    """The files under OCR and how far each is: "OCR a.pdf: sida 3 av 12"."""
    if not reading:
        return ""
    return "OCR " + "; ".join(f"{_name(path)}: sida {done} av {total}" for path, (done, total) in reading.items())


def _name(path: str) -> str:
    from pathlib import PurePath

    return shown(PurePath(path).name)


class _BarProgress:
    """Shown at once (while files are listed and hashed), then files done, rate and a steady ETA."""

    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.console = Console(stderr=True, highlight=False)
        self.bar = Progress(
            TextColumn("importerar"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} filer/s"),
            TextColumn("{task.fields[eta]}"),
            TextColumn("{task.fields[ocr]}"),
            console=self.console,
            transient=True,
        )
        self.started = time.monotonic()
        self.reading: dict[str, tuple[int, int]] = {}  # files under OCR: pages done, pages to read
        self.bar.start()
        self.task = self.bar.add_task("import", total=None, rate="-", eta="–", ocr="")

    def ocr_page(self, event) -> None:
        """A file under OCR has read `event.done` of its `event.total` pages."""
        self.reading[event.path] = (event.done, event.total)
        self.bar.update(self.task, ocr=ocr_status(self.reading))

    def __call__(self, event) -> None:
        if event.error:
            from rich.markup import escape

            self.console.print(
                f"[red]misslyckades[/red] {escape(shown(event.path))}: {escape(shown(in_swedish(event.error)))}"
            )
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.reading.pop(event.path, None)
        self.bar.update(
            self.task,
            total=event.total,
            completed=event.done,
            rate=format_decimal(event.done / elapsed),
            eta=eta_text(eta_seconds(event.done, event.total, elapsed)),
            ocr=ocr_status(self.reading),
        )

    def stop(self) -> None:
        self.bar.stop()
