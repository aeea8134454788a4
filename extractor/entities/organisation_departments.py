"""A unit written after its parent's name in the genitive ("Region Stockholms hälso- och
sjukvårdsförvaltning", "Stockholms läns landstings trafikförvaltning") is a department of the parent:
the parent is the organisation named, so the unit's own span is dropped.

Pure: works on the text and the spans already resolved to organisations.
"""

from __future__ import annotations

from bilagor.extractor.entities.organisation_abbreviations import Span  # (start, end, canonical name, kind)

UNIT_KIND = "forvaltning"  # what the office, coordinated and city-unit rules make of a unit


def _genitive(written: str) -> bool:
    """'Region Stockholms', 'SLL:s' end in a genitive; 'Region Stockholm' does not."""
    return written.endswith(("s", ":s")) and not written.endswith("ss")


def _after_genitive(text: str, parent: Span | None, unit: Span) -> bool:
    return (
        parent is not None
        and parent[2] != unit[2]
        and parent[1] < unit[0]
        and text[parent[1] : unit[0]].isspace()
        and _genitive(text[parent[0] : parent[1]])
    )


def without_departments(text: str, spans: list[Span]) -> list[Span]:
    """The spans less each unit that follows another body's genitive with nothing but space between (a
    unit before "i" and another municipality is that municipality's own: "Barn- och utbildningsnämnden
    i Solna stad" names both)."""
    kept: list[Span] = []
    for span in sorted(spans):
        if span[3] == UNIT_KIND and _after_genitive(text, kept[-1] if kept else None, span):
            continue
        kept.append(span)
    return kept
