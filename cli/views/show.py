"""Readable (non-JSON) views of records for the terminal."""

from __future__ import annotations

from collections.abc import Collection

from rich.console import Console
from rich.markup import escape

from bilagor.cli.money import format_sek
from bilagor.cli.output import shown
from bilagor.index.reports.words import word

from bilagor.extractor.glossary import PATH_CHANGED
from bilagor.extractor.record import Report


def counting_text(counting) -> str:
    """How a report counts in `bilagor amounts` (index.reports.counting.ReportCounting), in words."""
    if counting.superseded_by:
        if counting.application:
            return f"inte: ansökan, ersatt av en uppföljning av samma projekt, {counting.superseded_by[:8]}, vars siffror räknas"
        if counting.newer_version and counting.dated:  # the reports' own dates decided, not the files'
            return (
                f"inte: en äldre version (daterad {counting.dated[0]}), ersatt av en senare daterad version av samma"
                f" rapport ({counting.dated[1]}; samma Dnr, eller samma projekt, plats, år och skede), "
                f"{counting.superseded_by[:8]}, vars siffror räknas"
            )
        if counting.newer_version:
            return (
                "inte: en äldre version, ersatt av en nyare fil av samma rapport (samma Dnr, eller samma projekt, plats, år och skede), "
                f"{counting.superseded_by[:8]}, vars siffror räknas"
            )
        return f"inte: ersatt av en senare rapport om samma projekt, {counting.superseded_by[:8]}, vars siffror räknas"
    if counting.budget is None and counting.outcome is None:
        return "inte: rapporten har varken budget (eller beviljat belopp) eller utfall"
    parts = [
        f"budget {format_sek(counting.budget, sep=' ')}" if counting.budget is not None else "ingen budget",
        f"utfall {format_sek(counting.outcome, sep=' ')}" if counting.outcome is not None else "inget utfall än",
    ]
    if counting.deviation is not None:
        parts.append(f"avvikelse {format_sek(counting.deviation, signed=True, sep=' ')}")
    else:
        parts.append("ingår inte i avvikelsen")
    plan = " (en ansökan utan uppföljning i arkivet: budgeten är en plan)" if counting.application else ""
    return ", ".join(parts) + (" (ungefärligt)" if counting.approx else "") + plan


def marked(text: str, stemmed: set[str], folded: set[str]) -> str:
    """`text` as rich markup with the words the terms match in bold yellow (as `bilagor search` marks them)."""
    from bilagor.index.search.snippets import match_spans

    spans, _ = match_spans(text, stemmed, folded)
    pieces, last = [], 0
    for start, end in spans:
        pieces += [escape(shown(text[last:start])), f"[bold yellow]{escape(shown(text[start:end]))}[/bold yellow]"]
        last = end
    return "".join(pieces) + escape(shown(text[last:]))


def print_report(
    report: Report,
    console: Console | None = None,
    missing_paths: Collection[str] = frozenset(),
    changed_paths: Collection[str] = frozenset(),
    counting=None,
    query: str | None = None,
    terms: tuple[set[str], set[str]] = (set(), set()),
) -> None:
    """The record as a person reads it; `counting` (ReportCounting) says how it counts in the amount sums;
    `terms` (the stemmed and folded terms of `query`, index.search.highlight.query_terms) are marked in
    the sections' text, and a line "Sökfrågan" names the sections (and pages) that hold them."""
    from bilagor.index.search.snippets import match_spans

    console = console or Console(highlight=False)
    stemmed, folded = terms
    found_in = [
        f"{section.label} (s. {section.page})"
        for section in report.sections
        if section.text and match_spans(section.text, stemmed, folded)[0]
    ]
    facts = [
        ("Fil", report.filename),
        ("Id", report.id),
        ("Titel", report.title),
        ("Formulär", word("form_kind", report.form_kind) + (f", bilaga {report.appendix}" if report.appendix else "")),
        ("År", f"{report.year} ({word('year_source', report.year_source)})" if report.year else None),
        (
            "Stadsdel",
            report.district
            + (
                f" (i dag {report.district_today})"
                if report.district_today and report.district_today != report.district
                else ""
            )
            if report.district
            else None,
        ),
        ("Projekt", report.project),
        ("Plats", report.location),
        ("Dnr", report.file_number),
        ("Skede", report.stage),
        ("Sidor", f"{report.pages}" + (" (OCR)" if report.ocr else "")),
        ("Räknas", counting_text(counting) if counting is not None else None),
        (
            "Sökfrågan",
            (f"'{query}' finns i: " + "; ".join(found_in) if found_in else f"'{query}' finns inte i texten")
            if query
            else None,
        ),
    ]
    for label, value in facts:
        if value:
            console.print(f"[bold]{label:<10}[/bold] {escape(shown(value))}")
    # Paths holding the report first: a renamed file's old path last, marked as gone, and a file edited or
    # replaced since the import (it is no longer this report) before it, marked so.
    for path in sorted(report.paths, key=lambda p: (p in missing_paths, p in changed_paths)):
        gone = (
            " [dim](finns inte längre)[/dim]"
            if path in missing_paths
            else f" [dim]({PATH_CHANGED})[/dim]"
            if path in changed_paths
            else ""
        )
        console.print(f"[bold]{'Sökväg':<10}[/bold] {escape(shown(path))}{gone}", soft_wrap=True)  # copyable whole
    for section in report.sections:
        console.print(
            f"\n[bold]{escape(shown(section.label))}[/bold] [dim]({escape(shown(section.key))}, s. {section.page})[/dim]"
        )
        console.print(marked(section.text, stemmed, folded) if section.text else "[dim]—[/dim]")
    if report.amounts:
        console.print("\n[bold]Belopp[/bold]")
        for amount in report.amounts:
            approx = "ca" if amount.approx else ""
            value = format_sek(amount.sek, sep=" ") if amount.sek is not None else "ej summerat"
            console.print(
                f"  {word('role', amount.role):<12} {approx:<3}{value:>14}  [dim]{escape(shown(amount.text))} ({escape(shown(word('section', amount.section)))})[/dim]"
            )
    if report.organisations:
        console.print("\n[bold]Organisationer[/bold]")
        for org in report.organisations:
            console.print(
                f"  {escape(shown(org.name))} [dim]({escape(shown(word('org_kind', org.kind)))}, {org.count}×)[/dim]"
            )
    for warning in report.warnings:
        console.print(f"[yellow]varning:[/yellow] {escape(shown(warning))}")
