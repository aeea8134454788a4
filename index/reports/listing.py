"""`bilagor list`: the values the filters accept (districts, organisations, sections)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilagor.index.archive import Archive

LISTS = ("districts", "orgs", "sections")

# The canonical section keys (README: "Canonical section keys").
CANONICAL_SECTIONS = (
    "projektnamn",
    "plats",
    "mal_och_syfte",
    "slutresultat",
    "avvikelser",
    "ekonomiskt_utfall",
    "bilder_fore",
    "bilder_efter",
    "insats",
    "sokt_belopp",
    "sokande_namnd",
    "medsokande_namnd",
    "kontaktperson",
    "telefon",
    "epost",
    "samverkan",
    "beskrivning",
    "behovsanalys",
)


@dataclass
class Value:
    name: str
    reports: int  # reports in the archive with this value
    note: str = ""  # what else the filter accepts for it (aliases, the districts it replaced)

    def to_dict(self) -> dict:
        return {"name": self.name, "reports": self.reports, "note": self.note}


def filter_values(archive: Archive | None, which: str) -> list[Value]:
    """Every value `which` filter accepts, with how many stored reports have it (archive None: empty)."""
    counts = archive.records.reports_per_value(which) if archive is not None else {}
    if which == "districts":
        from bilagor.extractor import districts

        return [
            Value(
                d.name,
                counts.get(d.name, 0),
                f"{d.first_year}–{d.last_year}, sedan {d.successor}" if d.successor else f"från {d.first_year}",
            )
            for d in districts.DISTRICTS
        ]
    if which == "orgs":
        from bilagor.extractor.entities.organisations import gazetteer

        known = {
            e.name: ", ".join(
                dict.fromkeys(a for a in (*e.aliases, *e.abbreviations) if a.casefold() != e.name.casefold())
            )
            for e in gazetteer()
        }
        from bilagor.index.reports.amounts import swedish_order

        names = sorted({*known, *counts}, key=swedish_order)
        return [Value(n, counts.get(n, 0), known.get(n, "")) for n in names]
    if which == "sections":
        names = [*CANONICAL_SECTIONS, *sorted(k for k in counts if k not in CANONICAL_SECTIONS)]
        return [Value(n, counts.get(n, 0)) for n in names]
    raise ValueError(f"unknown list {which!r}")
