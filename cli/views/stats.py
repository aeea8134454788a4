"""`bilagor stats`: what the archive holds, for the terminal."""

from __future__ import annotations

from bilagor.cli.money import format_decimal
from bilagor.cli.output import shown
from bilagor.cli.views import reports


def print_stats(result) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    console.print(f"[bold]Arkiv[/bold]     {escape(shown(result.folder))}")
    console.print(f"[bold]Rapporter[/bold] {result.reports}" + (f" (varav {result.ocr} OCR)" if result.ocr else ""))
    if result.superseded:
        console.print(
            f"{result.superseded} av dem ersatta av en annan rapport om samma projekt (en äldre version, en"
            " delredovisning, en ansökan med uppföljning): bilagor amounts räknar"
            f" {result.reports - result.superseded} (bilagor show ID säger vilken som räknas)"
        )
    if result.with_warnings:
        console.print(f"{reports(result.with_warnings)} har varningar (bilagor show ID visar dem)")
    if result.unindexed:
        console.print(f"[yellow]{reports(result.unindexed)} väntar på indexering[/yellow]")
    if result.other_extractor_versions:
        console.print(_other_versions(result.other_extractor_versions, result.extractor_version))
    if result.quarantined:
        console.print(
            f"[yellow]{reports(len(result.quarantined))} kunde inte indexeras"
            " (sparade, men syns inte i sökningar):[/yellow]"
        )
        for item in result.quarantined:
            console.print(f"  {escape(item['path'] or item['filename'])} ({item['id'][:12]}): {escape(item['reason'])}")
    if result.failed_files:
        from bilagor.cli.swedish_details import in_swedish

        n = len(result.failed_files)
        console.print(
            f"[yellow]{n} {'fil' if n == 1 else 'filer'} kunde inte läsas (import hoppar över dem tills de ändras;"
            " --retry-failed läser dem igen):[/yellow]"
        )
        for item in result.failed_files:
            console.print(f"  {escape(shown(item['path']))}: {escape(shown(in_swedish(item['error'])))}")
    if result.missing_paths:
        console.print(
            f"[yellow]{result.missing_paths} lagrade sökvägar finns inte längre (bilagor prune tar bort dem)[/yellow]"
        )
    console.print(f"[bold]Storlek[/bold]   {_size(result.size_bytes)} (index {_size(result.index_bytes)})")
    from bilagor.index.reports.words import word

    forms = {word("form_kind", key): count for key, count in result.by_form.items()}  # codes as words
    for label, counts in (("År", result.by_year), ("Stadsdel", result.by_district), ("Formulär", forms)):
        if counts:
            console.print(f"\n[bold]{label}[/bold]")
            for key, count in counts.items():
                console.print(
                    f"  {escape(shown(key)):<24} {count:>6}" + _today_of(key if label == "Stadsdel" else None)
                )
    if not result.reports:
        from bilagor.cli.views import EMPTY_ARCHIVE

        console.print("\n" + EMPTY_ARCHIVE)


def _other_versions(counts: dict[str, int], current: str) -> str:
    """How many records an older (or newer) bilagor read, and what the next import does with them."""
    versions = ", ".join(sorted(counts, key=lambda v: (len(v), v)))
    n = sum(counts.values())
    return (
        f"[yellow]{reports(n)} lästes av en annan version av bilagor (läsarversion {versions}; denna är {current}):"
        " nästa bilagor import av deras mappar läser om dem (skannade sidor med OCR igen, det kan ta tid);"
        " till dess söks och summeras de som de lästes[/yellow]"
    )


def _today_of(district: str | None) -> str:
    """ "  (i dag Norra innerstaden)" after a district merged into another since, as `bilagor show` says it."""
    from bilagor.extractor.districts import merged_into

    now = merged_into(district)
    return f"  (i dag {now})" if now else ""


def _size(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{format_decimal(size)} {unit}"
        size /= 1024
    return f"{size} B"
