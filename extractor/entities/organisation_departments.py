"""A unit written after its parent's name in the genitive ("Region Stockholms hälso- och
sjukvårdsförvaltning", "Stockholms läns landstings trafikförvaltning") is a department of the parent:
the parent is the organisation named, so the unit's own span is dropped. So is a unit written before
"i" and a region ("Trafikförvaltningen i Region Stockholm"): a region's administration is the region
(tests/data/entities_heldout/README.md), where a municipality's committee before "i X kommun" names both.

Pure: works on the text and the spans already resolved to organisations.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.organisation_abbreviations import Span  # (start, end, canonical name, kind)

UNIT_KIND = "forvaltning"  # what the office, coordinated and city-unit rules make of a unit
# The county's regional bodies, today's and the predecessor's: a unit "i" one of them is its department.
REGION_NAMES = ("Stockholms läns landsting",)
_IN_BETWEEN = re.compile(r"\s+(?:i|inom|hos)\s+")


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


def is_region(name: str) -> bool:
    """'Region Stockholm', 'Region Västra Götaland', 'Stockholms läns landsting': a region, not a municipality."""
    return name.startswith("Region ") or name in REGION_NAMES


def _before_region(text: str, unit: Span, following: Span | None) -> bool:
    return (
        following is not None
        and is_region(following[2])
        and _IN_BETWEEN.fullmatch(text[unit[1] : following[0]]) is not None
    )


def without_departments(text: str, spans: list[Span]) -> list[Span]:
    """The spans less each unit that follows another body's genitive with nothing but space between,
    or that is followed by "i" and a region (a unit before "i" and another municipality is that
    municipality's own: "Barn- och utbildningsnämnden i Solna stad" names both)."""
    ordered = sorted(spans)
    kept: list[Span] = []
    for at, span in enumerate(ordered):
        following = ordered[at + 1] if at + 1 < len(ordered) else None
        if span[3] == UNIT_KIND and (
            _after_genitive(text, kept[-1] if kept else None, span) or _before_region(text, span, following)
        ):
            continue
        kept.append(span)
    return kept
