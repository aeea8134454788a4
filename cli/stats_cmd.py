"""`bilagor stats`: what the archive holds."""

from __future__ import annotations

from bilagor.cli.options import ArchiveOption, JsonOption
from bilagor.cli.output import print_json


def stats(json_output: JsonOption = False, archive: ArchiveOption = None) -> None:
    """Counts per year, district and form, and the archive's size on disk."""
    from bilagor.extractor.errors import ArchiveMissingError
    from bilagor.index.archive import Archive
    from bilagor.index.location import archive_dir
    from bilagor.index.stats import ArchiveStats

    try:
        with Archive.open_for_reading(archive) as opened:
            result = opened.stats()
    except ArchiveMissingError:
        result = ArchiveStats(folder=str(archive_dir(archive)), reports=0, unindexed=0)
    if json_output:
        print_json(result.to_dict())
        return
    print_stats(result)


def print_stats(result) -> None:
    from rich.console import Console
    from rich.markup import escape

    from bilagor.cli.output import shown

    console = Console(highlight=False)
    console.print(f"[bold]Arkiv[/bold]     {escape(shown(result.folder))}")
    console.print(f"[bold]Rapporter[/bold] {result.reports}" + (f" (varav {result.ocr} OCR)" if result.ocr else ""))
    if result.unindexed:
        console.print(f"[yellow]{result.unindexed} rapporter väntar på indexering[/yellow]")
    console.print(f"[bold]Storlek[/bold]   {_size(result.size_bytes)} (index {_size(result.index_bytes)})")
    for label, counts in (("År", result.by_year), ("Stadsdel", result.by_district), ("Formulär", result.by_form)):
        if counts:
            console.print(f"\n[bold]{label}[/bold]")
            for key, count in counts.items():
                console.print(f"  {escape(shown(key)):<24} {count:>6}")
    if not result.reports:
        console.print("\nArkivet är tomt; lägg till rapporter med: bilagor import PATH")


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
