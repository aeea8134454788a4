"""`bilagor search`: hits with their snippets, then counts per year and district."""

from __future__ import annotations

from collections.abc import Callable

from bilagor.cli.output import shown
from bilagor.cli.views import shown_year


def print_search_results(results, out=None) -> None:
    """Hits with their snippet, then counts per year and district.

    On a terminal rich shows matched words in bold yellow; piped output is
    plain text (without the ** marks) and does not import rich at all.
    """
    import sys

    out = out or sys.stdout
    emit: Callable[[str], None]
    plain: Callable[[str], str]
    if out.isatty():
        from rich.console import Console
        from rich.markup import escape

        console = Console(highlight=False, file=out)
        emit = console.print

        def plain(text: str) -> str:
            return escape(shown(text))

        styled = {
            "b": "[bold]{}[/bold]",
            "dim": "[dim]{}[/dim]",
            "it": "[italic]{}[/italic]",
            "mark": "[bold yellow]{}[/bold yellow]",
            "link": "[link={uri}]{text}[/link]",
        }
    else:

        def emit(line: str) -> None:
            print(line, file=out)

        def plain(text: str) -> str:
            return shown(text)

        styled = {"b": "{}", "dim": "{}", "it": "{}", "mark": "{}"}
    for line in search_result_lines(results, plain, styled):
        emit(line)


def search_result_lines(results, plain, styled: dict[str, str]) -> list[str]:
    """The terminal view as lines; `plain` escapes text (controls included), `styled` formats a style."""
    import re

    start, end = (re.escape(m) for m in results.highlight)
    shown = len(results.hits)
    also = getattr(results, "also", 0)
    lines = [
        styled["b"].format(results.total)
        + (" träff" if results.total == 1 else " träffar")
        + (f" med '{plain(results.key_word)}'" if results.relaxed else "")
        + (f" och {also} med bara andra av orden" if also else "")
        + (f", visar {shown}" if shown < results.total + also else "")
    ]
    if results.relaxed:
        lines.append(styled["dim"].format(relaxed_note(results.words, plain)))
    elif results.partial:
        lines.append(styled["dim"].format(f"{results.partial} av träffarna saknar ett av orden; de visas sist."))
    for number, hit in enumerate(results.hits, 1):
        if also and number == results.total + 1:
            lines.append("")
            lines.append(styled["b"].format(also_heading(also) + ":"))
        dnr = f"Dnr {hit.file_number}" if hit.file_number else None
        facts = " · ".join(str(v) for v in (hit.district, shown_year(hit.year, hit.year_source), hit.stage, dnr) if v)
        lines.append("")
        lines.append(
            styled["b"].format(f"{number}. {plain(hit.project or hit.title or hit.filename)}")
            + "  "
            + styled["dim"].format(plain(facts))
        )
        where_found = plain(hit.path or hit.filename)
        if "link" in styled and hit.path:  # clickable on a terminal (OSC 8), as ripgrep's paths are
            where_found = styled["link"].format(uri=file_uri(hit.path, hit.page), text=where_found)
        lines.append("   " + styled["dim"].format(f"{where_found}  ({hit.id[:12]})"))
        if hit.snippet:
            pieces = re.split(f"{start}(.+?){end}", hit.snippet)
            snippet = "".join(styled["mark"].format(plain(p)) if i % 2 else plain(p) for i, p in enumerate(pieces))
            where = f"{hit.section_label}, s. {hit.page}: " if hit.section_label else ""
            lines.append("   " + styled["it"].format(plain(where)) + snippet)
    for name, label in (("year", "År"), ("district", "Stadsdel"), ("org", "Organisation")):
        counts = results.facets.get(name) or {}
        if counts:
            items = sorted(counts.items()) if name == "year" else counts.items()
            lines.append("")
            entries = [f"{plain(k)}{_today(k) if name == 'district' else ''} ({v})" for k, v in items]
            lines.append(styled["b"].format(label + ":") + " " + " · ".join(entries))
    return lines


def _today(district: str) -> str:
    """ ", i dag Norra innerstaden" after a former district's name: the counts may hold both names of one area."""
    from bilagor.extractor.districts import merged_into

    now = merged_into(district)
    return f", i dag {now}" if now else ""


def relaxed_note(words: dict[str, int], plain=str) -> str:
    """The note of a relaxed search: no report holds every word, and how many hold each."""
    each = " · ".join(f"{plain(word)} ({count})" for word, count in words.items())
    return "Ingen rapport innehåller alla orden. Rapporter per ord: " + each


def also_heading(also: int) -> str:
    """The heading over a relaxed search's reports that hold only words other than its key word."""
    return f"Också {also} med bara andra av orden"


def file_uri(path: str, page: int | None) -> str:
    """`file:///…/x.pdf#page=3`: PDF viewers open the page named in the fragment."""
    from pathlib import Path

    uri = Path(path).absolute().as_uri()
    return f"{uri}#page={page}" if page else uri
