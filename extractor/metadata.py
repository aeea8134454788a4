"""Report metadata from the extracted title and sections. Pure functions.

title, form_kind, appendix, stage, project, location, year (+ where it came
from), district (as named in the report's year) and district_today.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from bilagor.extractor import districts
from bilagor.extractor.entities.money import UNIT
from bilagor.extractor.labels import kind_from_keys, stage_of, vocabulary
from bilagor.extractor.text import fold, join_lines, loose_pattern, normalise

# Not before a money unit (the amounts' own list, money.UNIT): '2087 tkr' is an amount of four digits, no year.
YEAR_RE = re.compile(rf"(?<![\d.,:/-])(199\d|20\d\d)(?![\d,:/]|-\d|\.\d|\s*(?:tusen\s+)?{UNIT})", re.I)
_APPENDIX_RE = re.compile(r"\bbilaga\s+(\d+)\s*([a-z])?\b", re.IGNORECASE)
# Lines above a title that are not part of it: file references and dates.
_NOT_TITLE_RE = re.compile(r"^(dnr|diarienummer|datum|sida\b|\d{4}-\d{2}-\d{2}$|\d{1,2} \w+ \d{4}$)", re.IGNORECASE)
# Reports of the year: "utfallet ... för 2018", "under 2018", "år 2018".
_REPORTING_BEFORE = re.compile(
    r"(utfall\w*|kostnad\w*|uppgick|redovis\w*|genomf[oö]r\w*|resultat\w*|under|f[oö]r|[aå]r(et)?|i)\s+(hela\s+|[aå]ret\s+|[aå]r\s+)?$",
    re.IGNORECASE,
)
# A year that is planned or budgeted, not reported on.
_FUTURE_BEFORE = re.compile(
    r"(tidigast|senast|inf[oö]r|fr[aå]n och med|fr\.?o\.?m\.?|till och med|t\.?o\.?m\.?|kommande|n[aä]sta|"
    r"planer\w*|budget\w*|prognos\w*|forts[aä]tt\w*|ber[aä]kna\w*|avses|ska|kommer|"
    r"\w*redovisas|slutf[oö]rs|avslutas|p[aå]b[oö]rjas|f[aä]rdigst[aä]lls|klart|f[aä]rdigt)\b[^.]{0,25}$",
    re.IGNORECASE,
)
_REPORT_SECTIONS = {"ekonomiskt_utfall": 3, "slutresultat": 2, "avvikelser": 1}
_IDENTIFIER_RE = re.compile(r"\b(dnr|diarienummer|nr)\b[\s.:]*[\w.-]*$", re.IGNORECASE)


@dataclass
class Metadata:
    title: str | None = None
    form_kind: str = "okand"
    appendix: str | None = None
    stage: str | None = None
    project: str | None = None
    location: str | None = None
    year: int | None = None
    year_source: str | None = None
    district: str | None = None
    district_source: str | None = None
    district_today: str | None = None


def title_from_lines(lines: list[str]) -> str | None:
    """Join the top lines into a title, skipping reference/date lines."""
    kept = [normalise(ln) for ln in lines if normalise(ln) and not _NOT_TITLE_RE.match(normalise(ln))]
    return join_lines(kept) or None  # a title wraps like an answer: hyphenation at a line's end undone


def classify_title(title: str | None) -> tuple[str, str | None, str | None]:
    """(form_kind, appendix, stage) as the title states them."""
    if not title:
        return "okand", None, None
    folded = fold(title)
    match = _APPENDIX_RE.search(title)
    appendix = (match.group(1) + (match.group(2) or "").lower()) if match else None
    stage = _title_stage(title)
    kind = next((k for k, pattern in _kind_patterns() if pattern.search(folded)), "okand")
    return kind, appendix, stage


def is_decision(title: str | None) -> bool:
    """A decision ("Genomförandebeslut", "Inriktningsbeslut"): a form kind of its own, okand."""
    folded = fold(title or "")
    return any(kind == "okand" and pattern.search(folded) for kind, pattern in vocabulary().kind_patterns)


def _kind_patterns():
    # Decisions (okand) first: "Genomförandebeslut" wins over words inside it.
    patterns = vocabulary().kind_patterns
    return sorted(patterns, key=lambda kp: kp[0] != "okand")


def _title_stage(title: str) -> str | None:
    for part in re.split(r"[.\-–:,]\s*|\s{2,}", title):
        stage = stage_of(part)
        if stage:
            return stage
    return None


_DECISION_TITLE = (
    r"^(?P<project>.+?)\s*[.\-–:]\s*(slutredovisning|delredovisning|genomf[oö]randebeslut|inriktningsbeslut)\b"
)


def project_from_title(title: str | None) -> str | None:
    """Traffic-office reports: "<Åtgärd>. Slutredovisning" (or a decision) names the project."""
    if not title:
        return None
    match = re.match(_DECISION_TITLE, title, re.IGNORECASE)
    if match and not _APPENDIX_RE.match(title):
        return normalise(match.group("project"))
    return None


def year_from_title(title: str | None) -> int | None:
    if not title:
        return None
    years = [int(m.group(1)) for m in YEAR_RE.finditer(title)]
    return years[-1] if years else None


def year_from_sections(sections: list[tuple[str, str]], *, plans: bool = True) -> int | None:
    """The year the report is about, from (key, text) pairs (with `plans` False: only a year
    reported on, none from plans, file numbers or dates alone).

    Each mention scores by its context: reporting phrases ("utfallet för
    2018", "under 2018") and the economic/result sections count for a year,
    planning phrases ("tidigast under 2019", "budget för 2019") against it.
    When nothing reports on a year (applications and decisions are plans),
    the year named most often wins, file numbers and dates included.
    """
    scores: dict[int, float] = defaultdict(float)
    weak: dict[int, int] = defaultdict(int)
    for key, text in sections:
        for match in YEAR_RE.finditer(text):
            year = int(match.group(1))
            before = text[max(0, match.start() - 60) : match.start()]
            if _IDENTIFIER_RE.search(before):
                weak[year] += 1
                continue
            weak[year] += 2  # named in prose: more telling than a date or file number
            score = 1.0 + _REPORT_SECTIONS.get(key, 0)
            if _FUTURE_BEFORE.search(before):
                score = -2.0
            elif _REPORTING_BEFORE.search(before):
                score += 2.0
            scores[year] += score
    for text in (t for _, t in sections):
        for match in re.finditer(r"\b(199\d|20\d\d)-\d{2}-\d{2}\b|\b\d{1,3}(?:\.\d+)*-\d+-(199\d|20\d\d)\b", text):
            weak[int(match.group(1) or match.group(2))] += 1
    # On a tie the earlier year wins: later years are more often plans.
    best = max(scores.items(), key=lambda kv: (kv[1], -kv[0]), default=None)
    if best and best[1] > 0:
        return best[0]
    if weak and plans:
        # Only plans (an application, a decision), file numbers or dates: the
        # year named most often, the earliest on a tie.
        return max(weak.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return None


_FILE_NUMBER_YEAR_RE = re.compile(
    r"\b(?:dnr|diarienr|diarienummer)\b[\s.:]*(?:[A-ZÅÄÖa-zåäö]+\s*)?"
    r"(?:(?:\d{1,3}(?:\.\d+)*-\d+-(?P<tail>199\d|20\d\d))|(?P<head>199\d|20\d\d)[/-]\d+)(?![\d/-])",
    re.IGNORECASE,
)


def year_from_file_number(lines: list[str]) -> int | None:
    """The year in a diarienummer printed outside the form ("Dnr 3.4-809-2018", "Dnr SDN 2018/123").

    Read from the lines above the first label and the running headers, which are not sections: on a scan
    whose PDF was made the day it was scanned, it is often the only year the page gives.
    """
    for line in lines:
        if match := _FILE_NUMBER_YEAR_RE.search(line):
            return int(match.group("tail") or match.group("head"))
    return None


def year_from_path(path: str) -> int | None:
    years = [int(m.group(1)) for m in re.finditer(r"(?<!\d)(199\d|20\d\d)(?!\d)", path)]
    return years[-1] if years else None


def year_from_pdf_metadata(info: dict[str, str]) -> int | None:
    for key in ("CreationDate", "ModDate"):
        match = re.search(r"(?:D:)?(199\d|20\d\d)", info.get(key, "") or "")
        if match:
            return int(match.group(1))
    return None


def year_warning(meta: Metadata) -> str | None:
    """The warning a record carries when its year is only the PDF's creation date."""
    if meta.year_source != "metadata":
        return None
    return (
        f"år {meta.year} är bara PDF:ens skapandedatum (för en skannad rapport dagen den skannades): "
        "varken titeln, texten eller sökvägen anger ett år"
    )


# Sections that name partner committees, never the report's own ("Ev medsökande nämnd", "Ev samverkan").
PARTNER_SECTIONS = ("medsokande_namnd", "samverkan")


def district_from(fields: list[str], texts: list[str], year: int | None, path: str = "") -> str | None:
    """The district as named in `year` (see district_and_source)."""
    return district_and_source(fields, texts, year, path)[0]


def district_and_source(
    fields: list[str], texts: list[str], year: int | None, path: str = "", partner_texts: list[str] | None = None
) -> tuple[str | None, str | None]:
    """(district as named in `year`, where it came from), by the strongest evidence first.

    "text": named in the location/applicant fields, else the committee (or area)
    named most often anywhere, leaving out committees named as partners ("i samverkan med X",
    and `partner_texts`: the co-applicant and co-operation fields); a committee said to have run
    the work ("har lett arbetet") outranks the location field's place, one that is not yields to
    that place, or without one to the report's folder ("place", "filename"); "place": a
    well-known place in the location field (a scan's misread letter allowed);
    "police": a local police area; "place" again for a place anywhere in the
    text, then for a long place a scan misread there; "filename": the file
    or folder name (a report's folder is its own: it outranks a partner);
    "text" again for a partner committee, when nothing else names a district.
    A location field whose last part is another municipality ("Sätra, bollplanen, Gävle kommun") names none, and
    the text's places do not count beside it; with a committee of the whole city as the applicant ("Trafiknämnden")
    a district committee the text names is a helper unless it ran the work, and no partner is the last resort.
    A place, police area or folder that names a district of a later merger ("Järvafältet", "lokalpolisområde Järva" in 2019)
    is no answer for a year before it: it covered two districts then.
    """
    # A scan's words broken over lines ("stadsdels-\nförvaltningen", "Skarp-\nnäcks") read whole.
    # ... and OCR's I or | for l inside a word ("BIackebergs centrum", "VäIIingby").
    fields = [districts.undo_ocr_l(join_lines(f.splitlines())) for f in fields]
    texts = [districts.undo_ocr_l(join_lines(t.splitlines())) for t in texts]
    partner_texts = [districts.undo_ocr_l(join_lines(t.splitlines())) for t in partner_texts or []]
    # A location field that places the work in another municipality ("Sätra, bollplanen, Gävle kommun") names no
    # district, and the text's places are that town's namesakes of the city's.
    elsewhere = any(districts.field_elsewhere(f) for f in fields)
    fields = [f for f in fields if not districts.field_elsewhere(f)]
    # An applicant that is a committee of the whole city ("Trafiknämnden"): a district committee the text names
    # beside it lent a hand, unless it ran the work; places, police areas and folders still decide.
    city_wide = any(districts.city_committee_field(f) for f in fields)
    for text in fields:
        committee = next(iter(districts.mentions(text)), None)
        if committee:
            return districts.as_of(committee, year), "text"
        # A district's name alone is an area: one of a later merger ("Järva" in 2019) names none.
        name = _of_year(
            [
                n
                for n in (
                    districts.canonical(text.strip(" .")),
                    _bare_district(text),
                    districts.fuzzy_canonical(text.strip(" .")),
                )
                if n
            ][:1],
            year,
        )
        if name:
            return name, "text"
    counts: dict[str, int] = defaultdict(int)
    order: list[str] = []
    for text in texts:
        for name in districts.mentions(text):
            counts[name] += 1
            if name not in order:
                order.append(name)
    field_place = _field_place(fields, year)
    if order:
        best = districts.as_of(max(order, key=lambda n: (counts[n], -order.index(n))), year)
        # A committee the body names that is not the one of the report's own place or folder, and is
        # not said to have run the work, lent a hand ("X stadsdelsförvaltning har lånat ut sin
        # ljustekniker"): the report's place field, else its folder, says where the work was done.
        running = {districts.as_of(n, year) for text in texts for n in districts.running_committees(text)}
        if best in running:
            return best, "text"
        if field_place and field_place != best:
            return field_place, "place"
        folder = _of_year([found], year) if path and not field_place and (found := districts.from_path(path)) else None
        if folder and folder != best:
            return folder, "filename"
        if not city_wide:
            return best, "text"
    if field_place:
        return field_place, "place"
    text_finders: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
        ("police", districts.police_mentions),
        ("place", partial(districts.place_mentions, prose=True, others=False)),
        ("place", partial(districts.misread_place_mentions, prose=True)),
        ("place", districts.nickname_mentions),
    )
    for source, finder in text_finders:
        if elsewhere and source == "place":
            continue
        for text in texts:
            names = finder(text)
            if source == "place" and _spans_districts(names, year):
                continue  # "hela Järvaområdet, från Akalla till Tensta" in 2019: its places name the area
            name = _of_year(names, year)
            if name:
                return name, source
    # The report's own folder or file name outranks a committee the text names only as a partner or
    # model ("samma modell som Farsta stadsdelsförvaltning" in skarpnack/2021/bilaga5.pdf).
    name = _of_year([found], year) if path and (found := districts.from_path(path)) else None
    if name:
        return name, "filename"
    for text in [] if city_wide else [*texts, *partner_texts]:
        name = next(iter(districts.mentions(text, partners=True)), None) or next(iter(districts.mentions(text)), None)
        if name:
            return districts.as_of(name, year), "text"
    return None, None


def _field_place(fields: list[str], year: int | None) -> str | None:
    """The district of the first well-known place the location fields name (a scan's misread letter
    allowed): a location field names its main place first ("Tantolunden, gångvägen längs Årstaviken")."""
    finders: tuple[Callable[[str], list[str]], ...] = (districts.place_mentions, districts.misread_place_mentions)
    for finder in finders:
        for text in fields:
            names = finder(text)
            if names and _spans_districts(names[:1], year):
                return None  # its main place covered several districts that year ("Järvafältet" in 2019)
            name = _of_year(names, year)
            if name:
                return name
    return None


def _of_year(names: list[str], year: int | None) -> str | None:
    """The first of `names` as named in `year`, passing over a merged district named for a
    year before its merger (it stands for several districts of that year)."""
    for name in names:
        current = districts.as_of(name, year)
        if year is None or districts.existed_in(current, year):
            return current
    return None


def _spans_districts(names: list[str], year: int | None) -> bool:
    """Whether the places `names` (one text's) lie in several districts of `year` ("i Farsta och i
    Skarpnäck"), or one of them stood for several ("Järvaområdet" in 2019, a district of a later
    merger): such a text is about an area wider than one district, and names none by its places."""
    of_year = {districts.as_of(n, year) for n in names}
    return len(of_year) > 1 or (year is not None and any(not districts.existed_in(d, year) for d in of_year))


_BARE_NAMES = sorted((loose_pattern(d.name) for d in districts.DISTRICTS), key=len, reverse=True)
_BARE_RE = re.compile("(?<![\\w-])(" + "|".join(_BARE_NAMES) + ")s?(?![\\w-])")


def _bare_district(text: str) -> str | None:
    """A district written by name alone in a location field: "Husby torg, Rinkeby-Kista"; not inside a name said to
    lie in another municipality ("Bromma kyrka, Ystads kommun")."""
    match = _BARE_RE.search(districts.without_places_elsewhere(text))
    return districts.canonical(match.group(1)) if match else None


def build_metadata(
    title_lines: list[str],
    sections: list[tuple[str, str]],
    markers: list[str],
    *,
    path: str = "",
    pdf_info: dict[str, str] | None = None,
    furniture: list[str] | None = None,
) -> Metadata:
    """All metadata from the title lines, (key, text) sections and stage markers.

    `furniture`: the lines above the first label and the running headers (not sections), read only for
    a diarienummer's year when the title and the sections name none.
    """
    meta = Metadata()
    meta.title = title_from_lines(title_lines)
    meta.form_kind, meta.appendix, title_stage = classify_title(meta.title)
    if meta.form_kind == "okand" and not is_decision(meta.title):
        meta.form_kind = kind_from_keys([key for key, _ in sections]) or "okand"
    by_key: dict[str, str] = {}
    for key, text in sections:
        by_key.setdefault(key, text)
    # A marker alone in the value column, else the title, else a field whose answer is only a marker.
    meta.stage = (
        next((s for s in map(stage_of, markers) if s), None)
        or title_stage
        or next((s for s in (stage_of(t) for _, t in sections) if s), None)
    )
    meta.project = by_key.get("projektnamn") or by_key.get("insats") or project_from_title(meta.title)
    meta.location = by_key.get("plats") or None

    title_year = year_from_title(meta.title)
    # A year the text names only as a plan ("Projektet avslutas 2017") comes after the
    # diarienummer printed above the form: on a scan that number is often the only other year.
    for year, source in (
        (title_year, "title"),
        (year_from_sections(sections, plans=False), "text"),
        (year_from_file_number(furniture or []), "text"),
        (year_from_sections(sections), "text"),
        (year_from_path(path), "path"),
        (year_from_pdf_metadata(pdf_info or {}), "metadata"),
    ):
        if year:
            meta.year, meta.year_source = year, source
            break

    fields = [by_key[k] for k in ("plats", "sokande_namnd") if by_key.get(k)]
    texts = [meta.title or ""] + [text for key, text in sections if key not in PARTNER_SECTIONS]
    partner_texts = [text for key, text in sections if key in PARTNER_SECTIONS]
    meta.district, meta.district_source = district_and_source(fields, texts, meta.year, path, partner_texts)
    meta.district_today = districts.today(meta.district) if meta.district else None
    return meta
