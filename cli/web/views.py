"""Pure helpers the pages use: marked text as HTML, links with parameters, amount anchors.

Money is written by the CLI's own functions (bilagor.cli.money) so a figure
reads the same in the terminal and in the browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from bilagor.cli.money import format_percent, format_sek


def marked_html(text: str, start: str, end: str) -> Markup:
    """A snippet whose matches are between `start` and `end` marks, as HTML with <mark>."""
    pieces = re.split(f"{re.escape(start)}(.+?){re.escape(end)}", text or "")
    return Markup("").join(
        Markup("<mark>{}</mark>").format(piece) if i % 2 else escape(piece) for i, piece in enumerate(pieces)
    )


def spans_html(text: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """`text` with the character spans (sorted, not overlapping) wrapped in <mark>."""
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            continue
        out.append(escape(text[cursor:start]))
        out.append(Markup("<mark>{}</mark>").format(text[start:end]))
        cursor = end
    out.append(escape(text[cursor:]))
    return Markup("").join(out)


def link(path: str, params: Mapping[str, Any] | None = None, **changes: Any) -> str:
    """`path` with the query parameters, `changes` applied; empty values are left out."""
    merged = {**(params or {}), **changes}
    query = urlencode([(k, str(v)) for k, v in merged.items() if v not in (None, "", False)])
    return f"{path}?{query}" if query else path


def money(sek: int | None, *, signed: bool = False) -> str:
    return "–" if sek is None else format_sek(sek, signed=signed)


def percent(value: float | None) -> str:
    return format_percent(value)


def amount_value(sek: int | None, high: int | None = None) -> str:
    """An amount as the CLI's --detail writes it: a range shows both bounds."""
    if sek is None:
        return "ej summerat"
    return f"{format_sek(sek)}–{format_sek(high)}" if high is not None else format_sek(sek)


def amount_index(amounts: Sequence[Any], row: Any) -> int | None:
    """The index in a report's `amounts` of the amount a summary row (DetailRow, CheckRow) describes.

    Summary rows carry the amount's text, sentence, page, role and value;
    the first amount with all of them is the one (two equal ones stand in
    the same sentence, so either anchor shows it).
    """
    for index, amount in enumerate(amounts):
        if (amount.text, amount.sentence, amount.page, amount.role, amount.sek) == (
            row.text,
            row.sentence,
            row.page,
            row.role,
            row.sek,
        ):
            return index
    return None


def identity_index(items: Iterable[Any], wanted: Any) -> int | None:
    """The position of the very object `wanted` in `items`."""
    return next((i for i, item in enumerate(items) if item is wanted), None)


def page_numbers(current: int, last: int, around: int = 2) -> list[int | None]:
    """Page links for a pager: first, last and `around` pages each side of current; None is a gap."""
    shown = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    out: list[int | None] = []
    for number in shown:
        if out and out[-1] is not None and number - out[-1] > 1:
            out.append(None)
        out.append(number)
    return out
