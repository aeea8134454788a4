"""A unit written after its parent's name in the genitive ("Region Stockholms hälso- och
sjukvårdsförvaltning", "Stockholms läns landstings trafikförvaltning") is a department of the parent:
the parent is the organisation named, so the unit's own span is dropped.

Pure: works on the text and the spans already resolved to organisations.
"""

from __future__ import annotations

# Span = (start, end, canonical name, kind)
Span = tuple[int, int, str, str]

UNIT_KIND = "forvaltning"  # what the office, coordinated and city-unit rules make of a unit


def _genitive(written: str) -> bool:
    """'Region Stockholms', 'SLL:s' end in a genitive; 'Region Stockholm' does not."""
    return written.endswith(("s", ":s")) and not written.endswith("ss")


def without_departments(text: str, spans: list[Span]) -> list[Span]:
    """The spans less each unit that follows another body's genitive with nothing but space between."""
    kept: list[Span] = []
    for span in sorted(spans):
        start, _, name, kind = span
        parent = kept[-1] if kept else None
        if (
            parent is not None
            and kind == UNIT_KIND
            and parent[2] != name
            and parent[1] < start
            and text[parent[1] : start].isspace()
            and _genitive(text[parent[0] : parent[1]])
        ):
            continue
        kept.append(span)
    return kept
