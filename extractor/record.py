"""The record of one report: typed dataclasses with a versioned JSON form.

The JSON form is described by ``report.schema.json`` beside this file; bump
SCHEMA_VERSION when a field is added, changes meaning or is removed (from_dict reads every earlier version).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

SCHEMA_VERSION = 2  # 2: file_number (the diarienummer); a version 1 record reads with None

FORM_KINDS = ("uppfoljning", "ansokan", "okand")
YEAR_SOURCES = ("text", "title", "path", "metadata", "user")  # "user": bilagor import --year
DISTRICT_SOURCES = ("text", "place", "police", "filename")  # see metadata.district_and_source
STAGES = ("slutredovisning", "delredovisning")
AMOUNT_ROLES = ("budget", "utfall", "beviljat", "sokt", "prognos", "avvikelse", "annat")
# Why an amount has its role: a word bound to it or its nearest cue, its
# clause's frame or verb, an earlier sentence or heading, the section, none,
# or the report's other amounts (entities/role_consistency.py), or the learned decision overriding
# the rules (entities/role_model.py; only with ExtractOptions.role_decision "model"), or its decision per
# follow-up report giving a report its missing budget or outcome (entities/role_model_report.py).
ROLE_SOURCES = ("cue", "clause", "context", "section", "default", "consistency", "model", "report")
ORGANISATION_KINDS = ("stadsdel", "forvaltning", "bolag", "myndighet", "forening", "annan")
# No appendix moves more than this; a larger figure is a misreading (digit
# groups of several numbers read as one) and is kept as text, never summed.
MAX_PLAUSIBLE_SEK = 10**12


@dataclass
class Section:
    key: str  # canonical key (e.g. "ekonomiskt_utfall") or a slug of an unknown label
    label: str  # the label as written, whitespace-normalised
    text: str
    page: int  # 1-based page where the section starts


@dataclass
class Amount:
    text: str  # as written, e.g. "ca 2,6 mnkr"
    sek: int | None  # whole kronor; None: implausible (see MAX_PLAUSIBLE_SEK), kept as text, not summed
    approx: bool  # hedged ("ca", "drygt" ...)
    role: str  # one of AMOUNT_ROLES
    section: str | None  # key of the section it was found in
    page: int | None
    sentence: str
    role_source: str | None = None  # one of ROLE_SOURCES; None in records made before it existed
    high: int | None = None  # upper bound of a range ("2–3 mnkr"); `sek` is then the lower bound
    role_probability: float | None = None  # role_source "model" or "report": the model's probability of the role


def bound_amounts(amounts: list[Amount]) -> tuple[list[Amount], list[str]]:
    """Amounts with every value above MAX_PLAUSIBLE_SEK set to None, and a warning for each (pure)."""
    bounded, warnings = [], []
    for amount in amounts:
        if isinstance(amount.sek, int) and abs(amount.sek) > MAX_PLAUSIBLE_SEK:
            warnings.append(
                f"belopp: '{amount.text}' lästes som {amount.sek} kr, mer än {MAX_PLAUSIBLE_SEK} kr:"
                " sparat som text, summeras inte"
            )
            amount = replace(amount, sek=None)
        bounded.append(amount)
    return bounded, warnings


@dataclass
class Organisation:
    name: str  # canonical
    kind: str  # one of ORGANISATION_KINDS
    mentions: list[str] = field(default_factory=list)  # as written, distinct
    count: int = 0


@dataclass
class Report:
    id: str  # hex sha256 of the file bytes
    paths: list[str]
    filename: str
    pages: int
    ocr: bool
    extractor_version: str
    title: str | None = None
    form_kind: str = "okand"
    appendix: str | None = None
    year: int | None = None
    year_source: str | None = None
    district: str | None = None
    district_today: str | None = None
    district_source: str | None = None  # one of DISTRICT_SOURCES; None in records made before it existed
    project: str | None = None
    location: str | None = None
    stage: str | None = None
    file_number: str | None = None  # the diarienummer ("Dnr 1.5.3-219-2019"), extractor/file_number.py
    sections: list[Section] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def section(self, key: str) -> Section | None:
        """The first section with this key, if any."""
        return next((s for s in self.sections if s.key == key), None)

    def full_text(self) -> str:
        return "\n\n".join(s.text for s in self.sections if s.text)

    def to_dict(self) -> dict[str, Any]:
        # What dataclasses.asdict gives, built directly: asdict's generic deep
        # copy was a tenth of the import's main-process time per report.
        data = {"schema_version": SCHEMA_VERSION, **vars(self)}
        data["paths"], data["warnings"] = list(self.paths), list(self.warnings)
        data["sections"] = [dict(vars(s)) for s in self.sections]
        data["organisations"] = [{**vars(o), "mentions": list(o.mentions)} for o in self.organisations]
        data["amounts"] = [dict(vars(a)) for a in self.amounts]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        version = data.get("schema_version", SCHEMA_VERSION)
        if version > SCHEMA_VERSION:
            raise ValueError(f"record has schema_version {version}; this bilagor reads up to {SCHEMA_VERSION}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["sections"] = [Section(**s) for s in data.get("sections", [])]
        values["amounts"] = [Amount(**a) for a in data.get("amounts", [])]
        values["organisations"] = [Organisation(**o) for o in data.get("organisations", [])]
        return cls(**values)
