"""The Swedish words a person sees for the codes stored in records and summaries.

One mapping, used by the amounts table, the xlsx workbooks and the
csv files for Swedish Excel (`--excel`): codes such as `not_summed`,
`sokt` or `okand` are never shown to a person. JSON and the plain csv keep
the codes (they are for programs).
"""

from __future__ import annotations

APPROX_WORD = "ca"  # a hedged figure ("ca", "drygt" ...), in place of 0/1

ROLE_WORDS = {
    "budget": "budget",
    "utfall": "utfall",
    "beviljat": "beviljat",
    "sokt": "sökt belopp",
    "prognos": "prognos",
    "avvikelse": "avvikelse",
    "annat": "annat",
}
# How a role counts in `bilagor amounts` (README, summing rule 1).
ROLE_COUNTING = {
    "budget": "summeras som budget",
    "beviljat": "summeras som budget om budget saknas",
    "utfall": "summeras som utfall",
}
NOT_SUMMED_WORDS = "summeras inte"
# How each amount was treated (index.reports.amounts BUDGET ... SUPERSEDED).
STATUS_WORDS = {
    "budget": "summerad som budget",
    "outcome": "summerad som utfall",
    "repeated": "upprepad, räknad en gång",
    "not_summed": NOT_SUMMED_WORDS,
    "superseded": "ersatt av annan rapport om samma projekt",
}
# Why an amount has its role (extractor.record.ROLE_SOURCES).
SOURCE_WORDS = {
    "cue": "ordet vid beloppet",
    "clause": "satsens ram eller verb",
    "context": "meningen eller rubriken före",
    "section": "avsnittet",
    "default": "inget ord: standard",
    "consistency": "rapportens andra belopp",
    "model": "inlärd modell (mot reglerna)",
}
FORM_WORDS = {"uppfoljning": "uppföljning", "ansokan": "ansökan", "okand": "okänd"}
STAGE_WORDS = {"slutredovisning": "slutredovisning", "delredovisning": "delredovisning"}
# Where a record's year came from (extractor.record.YEAR_SOURCES).
YEAR_SOURCE_WORDS = {
    "text": "ur texten",
    "title": "ur titeln",
    "path": "ur sökvägen",
    "metadata": "PDF:ens skapandedatum",
    "user": "angivet med --year",
}
ORG_KIND_WORDS = {"bolag": "bolag", "forening": "förening", "forvaltning": "förvaltning", "myndighet": "myndighet"}

# Canonical section keys (extractor/templates.json) as a heading; other keys are slugs of a label.
SECTION_WORDS = {
    "projektnamn": "Projektnamn",
    "plats": "Plats",
    "mal_och_syfte": "Mål och syfte",
    "slutresultat": "Slutresultat",
    "avvikelser": "Avvikelser",
    "ekonomiskt_utfall": "Ekonomiskt utfall",
    "bilder_fore": "Bilder före",
    "bilder_efter": "Bilder efter",
    "insats": "Insats",
    "sokt_belopp": "Sökt belopp",
    "sokande_namnd": "Sökande nämnd",
    "medsokande_namnd": "Medsökande nämnd",
    "kontaktperson": "Kontaktperson",
    "telefon": "Telefon",
    "epost": "E-post",
    "samverkan": "Samverkan",
    "beskrivning": "Beskrivning",
    "behovsanalys": "Behovsanalys",
}

GROUP_WORDS = {
    "year": "År",
    "district": "Stadsdel",
    "district-today": "Stadsdel i dag",
    "project": "Projekt",
    "org": "Organisation",
    "role": "Roll",
    "district,year": "Stadsdel och år",
    "district-today,year": "Stadsdel i dag och år",
}

_TABLES = {
    "role": ROLE_WORDS,
    "status": STATUS_WORDS,
    "role_source": SOURCE_WORDS,
    "form_kind": FORM_WORDS,
    "stage": STAGE_WORDS,
    "year_source": YEAR_SOURCE_WORDS,
    "org_kind": ORG_KIND_WORDS,
}


def word(kind: str, code: str | None) -> str:
    """The Swedish word for a stored code of `kind` ("role", "status" ...); unknown codes as they are."""
    if code is None:
        return ""
    if kind == "section":
        # A key the templates do not know is the slug of its label: "ovrig_info" -> "Ovrig info".
        return SECTION_WORDS.get(code) or code.replace("_", " ").capitalize()
    return _TABLES[kind].get(code, code)


def role_counting(role: str) -> str:
    """How amounts of `role` count in the summaries, in words."""
    return ROLE_COUNTING.get(role, NOT_SUMMED_WORDS)


# Column headers for people (xlsx, --excel). Keys are the plain csv's column names.
HEADERS = {
    "group": "Grupp",
    "reports": "Antal rapporter",
    "applications": "Varav ansökningar",
    "budget": "Budget (kr)",
    "outcome": "Utfall (kr)",
    "compared_budget": "Budget, rapporter med utfall (kr)",
    "deviation": "Avvikelse (kr)",
    "deviation_pct": "Avvikelse (%)",
    "approx": "Ungefärlig",
    "role": "Roll",
    "sek": "Belopp (kr)",
    "counting": "Räknas",
    "report_id": "Id",
    "id": "Id",
    "filename": "Fil",
    "path": "Sökväg",
    "project": "Projekt",
    "year": "År",
    "groups": "Grupper",
    "section": "Avsnitt",
    "status": "Räknad som",
    "superseded_by": "Ersatt av",
    "text": "Belopp i texten",
    "sentence": "Mening",
    "page": "Sida",
    "role_source": "Varför rollen",
    "high": "Övre gräns (kr)",
    "district": "Stadsdel",
    "district_today": "Stadsdel i dag",
    "stage": "Skede",
    "file_number": "Dnr",
    "form_kind": "Formulär",
    "economy_page": "Sida för ekonomi",
    "organisations": "Organisationer",
    "match_section": "Träff i avsnitt",
    "match_page": "Träffens sida",
    "match_passage": "Träffens text",
    "warnings": "Varningar",
}


def header(column: str) -> str:
    return HEADERS.get(column, column)
