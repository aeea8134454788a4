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
    if summary.reread_other_version:
        n = summary.reread_other_version
        print(
            f"{n} av de uppdaterade lästes om för att en annan version av bilagor hade läst"
            f" {'den' if n == 1 else 'dem'} (bilagor stats säger hur många som återstår)"
        )
    if summary.duplicate:
        print(f"{summary.duplicate} {_files(summary.duplicate)} var kopior av lagrade rapporter (sökvägen lades till)")
    if summary.failed_before:
        print(
            f"{summary.failed_before} tidigare misslyckade {_files(summary.failed_before)} hoppades över"
            " (oförändrade sedan dess; bilagor stats visar dem, --retry-failed läser dem igen)"
        )
    if summary.pages_without_text:
        print(f"{summary.pages_without_text} skannade sidor sparades utan text (--ocr never)")
    _print_versions(summary.versions)
    for failure in summary.failed:
        print(f"  misslyckades: {shown(failure.path)}: {shown(in_swedish(failure.error))}")
    for warning in summary.warnings:
        print(f"  varning: {shown(warning.path)}: {shown(in_swedish(warning.error))}")


def _print_versions(versions) -> None:
    """The reports of this import that are another version of a stored one, and which of the two is summed."""
    if not versions:
        return
    n = len(versions)
    print(
        f"{n} {'rapport' if n == 1 else 'rapporter'} av denna import är en annan version av en lagrad rapport"
        " (samma Dnr, eller samma projekt, plats, år och skede); bara den nyaste filen räknas i bilagor amounts:"
    )
    for pair in versions:
        newer, older = shown(pair.newer_path), shown(pair.older_path)
        if pair.older_is_new:
            print(f"  räknas inte: {older} (ny i arkivet, men äldre än {newer}, som räknas)")
        else:
            print(f"  {newer} ersätter {older}")


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

    def files_found(self, event) -> None:
        pass  # each file's line names the total

    def __call__(self, event) -> None:
        detail = f": {in_swedish(event.error)}" if event.error else ""
        print(
            f"[{event.done}/{event.total}] {OUTCOME_WORDS.get(event.outcome.value, event.outcome.value)} {shown(event.path)}{shown(detail)}",
            file=sys.stderr,
            flush=True,
        )


ETA_MIN_FILES = 3  # an estimate from fewer files (one slow OCR scan, say) says hours for minutes
ETA_MIN_SECONDS = 5.0

# Files the import passed over without reading them: on a re-import hundreds of these go by in a second,
# and a rate counting them says "158 filer/s" before the first new file is read.
SKIPPED_OUTCOMES = frozenset({"unchanged", "duplicate", "failed_before"})


def eta_seconds(done: int, total: int | None, elapsed: float, read: int | None = None) -> float | None:
    """Time left from the average over the whole run; None until enough files have been read.

    ``read`` is how many of the ``done`` files were read (not passed over as unchanged); the files
    left are taken to need reading, so the pace is that of the read ones.
    """
    read = done if read is None else read
    if not total or read < ETA_MIN_FILES or elapsed < ETA_MIN_SECONDS or done >= total:
        return None
    return elapsed / read * (total - done)


def rate_text(read: int, elapsed: float) -> str:
    """Files read per second ("-" before the first one is read); two decimals below one a second, where scans
    under OCR take a minute each and one decimal said "0,0"."""
    if not read:
        return "-"
    rate = read / elapsed
    return format_decimal(rate, places=2 if rate < 1 else 1)


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def ocr_status(reading: dict[str, tuple[int, int]], width: int | None = None) -> str:
    """The files under OCR and the page each is reading: "OCR a.pdf: sida 3 av 12".

    ``reading`` holds pages done and pages in all; the page shown is the one being read (done + 1),
    since "sida 0 av 1" reads as a page that does not exist. Cut to ``width`` characters with "…",
    so the files done and the time left beside it stay in view on a narrow terminal.
    """
    if not reading:
        return ""
    text = "OCR " + "; ".join(
        f"{_name(path)}: sida {min(done + 1, total)} av {total}" for path, (done, total) in reading.items()
    )
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)] + "…" if width > 0 else ""
    return text


def _name(path: str) -> str:
    from pathlib import PurePath

    return shown(PurePath(path).name)


BAR_WIDTH = 24  # narrower than rich's 40, so an OCR status fits beside it on 80 columns


class _BarProgress:
    """Shown at once (while files are listed and hashed), then files done, rate and a steady ETA."""

    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
        from rich.table import Column

        self.console = Console(stderr=True, highlight=False)
        # Every column but the OCR status keeps its width; the status is cut to what is left of the line.
        self.bar = Progress(
            TextColumn("importerar", table_column=Column(no_wrap=True)),
            BarColumn(bar_width=BAR_WIDTH),
            MofNCompleteColumn(table_column=Column(no_wrap=True)),
            TextColumn("{task.fields[rate]} filer/s", table_column=Column(no_wrap=True)),
            TextColumn("{task.fields[eta]}", table_column=Column(no_wrap=True)),
            TextColumn("{task.fields[ocr]}", table_column=Column(no_wrap=True, overflow="ellipsis")),
            console=self.console,
            transient=True,
        )
        self.started = time.monotonic()
        self.read = 0  # files read so far, not passed over as unchanged
        self.shown = {"count": "0/?", "rate": "-", "eta": "–"}  # the other columns, as the OCR status's width needs
        self.reading: dict[str, tuple[int, int]] = {}  # files under OCR: pages done, pages to read
        self.bar.start()
        self.task = self.bar.add_task("import", total=None, rate="-", eta="–", ocr="")

    def files_found(self, event) -> None:
        """The folders are walked: "0/N" until the first file is done, where it said "0/?"."""
        self.shown["count"] = f"0/{event.total}"
        self.bar.update(self.task, total=event.total, completed=0)

    def ocr_page(self, event) -> None:
        """A file under OCR has read `event.done` of its `event.total` pages."""
        self.reading[event.path] = (event.done, event.total)
        self.bar.update(self.task, ocr=self._ocr_status())

    def __call__(self, event) -> None:
        if event.error:
            from rich.markup import escape

            self.console.print(
                f"[red]misslyckades[/red] {escape(shown(event.path))}: {escape(shown(in_swedish(event.error)))}"
            )
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.reading.pop(event.path, None)
        if event.outcome.value not in SKIPPED_OUTCOMES:
            self.read += 1
        self.shown = {
            "count": f"{event.done}/{event.total}",
            "rate": rate_text(self.read, elapsed),
            "eta": eta_text(eta_seconds(event.done, event.total, elapsed, read=self.read)),
        }
        self.bar.update(
            self.task,
            total=event.total,
            completed=event.done,
            rate=self.shown["rate"],
            eta=self.shown["eta"],
            ocr=self._ocr_status(),
        )

    def _ocr_status(self) -> str:
        """The OCR status cut to the line's width left over by the other columns (one space between two)."""
        used = len("importerar") + BAR_WIDTH + len(self.shown["count"]) + len(f"{self.shown['rate']} filer/s")
        used += len(self.shown["eta"]) + 5
        return ocr_status(self.reading, width=self.console.width - used - 1)

    def stop(self) -> None:
        self.bar.stop()
