"""Budget-versus-outcome summaries of the amounts stored in the archive.

The summing rules are pure functions over plain rows (`ReportRow`,
`AmountRow`) so each rule can be tested without an archive; `load_rows` and
`summarise_archive` are the only parts that read SQLite.

The rules (also in the user documentation):

1-2. What one report contributes (its budget and outcome, each distinct
   value once): `bilagor.index.figures.report_figures`, which the search
   index's `budget:`/`utfall:` fields use too.
3. One project, one set of figures: a delredovisning is left out when the
   same project (same normalised name, same district today, same form kind)
   has a later report, that is one of a later year or a slutredovisning of
   the same year. The latest report supplies the figures and the year.
   An application is left out when the same project (same name and district
   today) has a follow-up (a delredovisning, slutredovisning or follow-up
   form) of the application's year or later (or either year unknown): the
   follow-up supplies the figures and the year. A follow-up of an earlier
   year reports on an earlier round, not on this plan. Slutredovisningar,
   reports without a stage and applications without a follow-up count (a
   group counts its applications: their budget is a plan).
   Two files are versions of one report (only the newest file counts, by its
   modification time, else when it was stored) when they have the same
   diarienummer (Dnr), district today, form, year and stage, whatever their
   project names; without a Dnr on both, when they have the same project
   key, year, stage and place. Two different diarienummer are two reports.
   This is decided over the whole archive, before any filter, so a
   project's figures never move between years depending on the filter.
4. Deviation = outcome - budget over the reports that have both figures;
   per cent is relative to the budget of those reports.
5. A group is marked approximate when any summed figure in it was hedged
   ("ca", "drygt" ...).
6. A group is marked "!" when a report in it has figures a person should
   look at (extractor/entities/checks.py): a summed figure whose role no
   word in the text gave, two different budgets, an outcome above twice the
   budget, a range (its lower bound is summed). `checks` lists them.
"""

from __future__ import annotations

import gc
import json
import re
import threading
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bilagor.extractor.districts import DISTRICTS, covered_by, merged_into
from bilagor.extractor.entities.checks import REASON_TEXT, figure_checks
from bilagor.extractor.errors import UsageError
from bilagor.extractor.file_number import file_number_key
from bilagor.extractor.record import AMOUNT_ROLES
from bilagor.extractor.text import fold
from bilagor.index.filters import parse_year, resolve_district
from bilagor.index.reports.report_dates import report_date
from bilagor.index.figures import (  # noqa: F401  (BUDGET ... are part of this module's API)
    BUDGET,
    NOT_SUMMED,
    OUTCOME,
    REPEATED,
    SUPERSEDED,
    Figures,
    has_value,
    report_figures,
)

if TYPE_CHECKING:
    from bilagor.index.archive import Archive

GROUPINGS = ("year", "district", "district-today", "project", "org", "role")
# Two groupings in one table, a row for each district and year (a committee's summary is per district and year):
# the same reports and sums as either grouping alone. A row's name is its parts joined by PAIR_SEPARATOR.
PAIRED_GROUPINGS = ("district,year", "district-today,year")
PAIR_SEPARATOR = " · "
UNKNOWN = "(okänt)"
APPLICATION = "ansokan"  # the form kind of an application (extractor.record.FORM_KINDS)
NO_ORGANISATION = "(ingen organisation)"


@dataclass(frozen=True)
class ReportRow:
    id: str
    filename: str = ""
    year: int | None = None
    district: str | None = None
    district_today: str | None = None
    project: str | None = None
    stage: str | None = None
    form_kind: str = "okand"
    organisations: tuple[str, ...] = ()
    year_source: str | None = None  # "metadata": the year is the PDF's creation date, uncertain
    location: str | None = None  # where the project is ("Älvsjö centrum"); None in rows made without it
    # When its newest file was last changed (else when it was stored): of two versions of one report, the newer
    # is the correction (rule 3). None in rows made without the archive.
    newest: float | None = None
    file_number: str | None = None  # the diarienummer (extractor/file_number.py); None in rows made without it
    report_date: str | None = None  # the report's own date, YYYY-MM-DD (report_dates.py); None when it gives none


@dataclass(frozen=True)
class AmountRow:
    report_id: str
    sek: int
    role: str
    approx: bool = False
    ord: int = 0
    text: str = ""
    section: str | None = None
    page: int | None = None
    sentence: str = ""
    role_source: str | None = None
    high: int | None = None
    role_probability: float | None = None  # role_source "model": the learned decision's probability


@dataclass
class GroupTotal:
    group: str
    reports: int = 0
    budget: int = 0
    outcome: int = 0
    deviation: int | None = None  # outcome - budget over reports with both figures
    deviation_pct: float | None = None
    approx: bool = False
    roles: dict[str, int] = field(default_factory=dict)
    role_reports: dict[str, int] = field(default_factory=dict)  # reports with a figure of the role
    flagged: int = 0  # reports whose figures a person should look at (see `checks`)
    applications: int = 0  # of `reports`, applications without a follow-up: their budget is a plan (rule 3)
    # Of `reports`, those whose year is only the PDF's creation date (year_source "metadata"): a scan's date can
    # be years after the report's, so a row of a year can hold another year's figures.
    uncertain_years: int = 0
    # The deviation's own terms, so a table can show Avvikelse = compared_outcome - compared_budget.
    compared_budget: int | None = None  # budget of the reports with both figures
    compared_outcome: int | None = None  # outcome of the reports with both figures
    # How far the hedged summed figures could be off (hedge_margin), for "ca" at a table's precision.
    budget_margin: int = 0
    outcome_margin: int = 0
    compared_margin: int = 0  # of compared_budget and compared_outcome together
    role_margins: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DetailRow:
    report_id: str
    filename: str
    project: str | None
    year: int | None
    groups: tuple[str, ...]
    section: str | None
    role: str
    sek: int
    approx: bool
    text: str
    sentence: str
    status: str  # BUDGET, OUTCOME, REPEATED, NOT_SUMMED or SUPERSEDED
    superseded_by: str | None = None
    page: int | None = None
    role_source: str | None = None  # why the amount has its role (extractor.record.ROLE_SOURCES)
    high: int | None = None  # a range's upper bound; `sek` (summed) is its lower one
    year_source: str | None = None  # "metadata": the year is the PDF's creation date, uncertain

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["groups"] = list(self.groups)
        return data


@dataclass(frozen=True)
class CheckRow:
    """One reason to look at a report's figures, at the amount it points to."""

    report_id: str
    filename: str
    page: int | None
    sentence: str
    text: str
    sek: int
    role: str
    reason: str  # a key of extractor.entities.checks.REASON_TEXT
    why: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AmountSummary:
    by: str
    groups: list[GroupTotal]
    total: GroupTotal  # over distinct reports (groups overlap when by == "org")
    superseded: dict[str, str]  # left-out report id -> the report that supplies its project's figures
    detail: list[DetailRow] = field(default_factory=list)
    checks: list[CheckRow] = field(default_factory=list)
    report_ids: list[str] = field(default_factory=list)  # the reports summed (superseded ones too), by id
    years: tuple[int, int] | None = None  # the --year filter, when one was given
    # The query and filters it was made with ({"query": "kamera", "year": "2018-2020", ...}; none: empty), so
    # figures saved as JSON keep their basis.
    filters: dict[str, str] = field(default_factory=dict)
    # By district today: the districts the summed reports name, each once (a former one's reports are in the row
    # of today's district, which `former_districts` says). Empty for other groupings.
    named_districts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "unit": "kr",  # every figure of the JSON is whole kronor, whatever --unit the table uses
            "filters": dict(self.filters),
            "groups": [self._group_dict(g) for g in self.groups],
            "total": self.total.to_dict(),
            "superseded": dict(self.superseded),
            "detail": [d.to_dict() for d in self.detail],
            "checks": [c.to_dict() for c in self.checks],
            "former_districts": former_districts(self.by, [g.group for g in self.groups], self.named_districts),
        }

    def _group_dict(self, group: GroupTotal) -> dict[str, Any]:
        """A group's JSON; a pair's group has its parts too ({"district": "Norrmalm", "year": "2018"})."""
        data = group.to_dict()
        if self.by in PAIRED_GROUPINGS:
            data["parts"] = dict(zip(self.by.split(","), group_cells(self.by, group.group)))
        return data


# -- rule 3: one project, one set of figures ---------------------------------


@lru_cache(maxsize=65_536)  # a summary folds every report's project name; names recur
def normalise_project(name: str | None) -> str | None:
    """Project name folded for comparison: case, accents, punctuation and spacing ignored."""
    if not name:
        return None
    words = re.findall(r"\w+", fold(name))
    return " ".join(words) or None


# Words that only say where a project is in relation to its place ("Laddstolpar vid Stureplan", "... på
# Stureplan"): a retyped report changes them, never the place itself, so a project's key leaves them out.
PLACE_PREPOSITIONS = frozenset({"pa", "vid", "i", "invid", "intill", "hos"})


@lru_cache(maxsize=65_536)
def project_name_key(name: str | None) -> str | None:
    """A project name as rule 3 compares it: folded (`normalise_project`), without the prepositions that only
    place it (PLACE_PREPOSITIONS). Every other word counts: two places, two projects."""
    folded = normalise_project(name)
    if folded is None:
        return None
    words = [w for w in folded.split() if w not in PLACE_PREPOSITIONS]
    return " ".join(words) or folded


def project_key(report: ReportRow) -> tuple[str, str, str] | None:
    name = project_name_key(report.project)
    if name is None:
        return None
    return (name, report.district_today or report.district or "", report.form_kind)


def is_application(report: ReportRow) -> bool:
    return report.form_kind == APPLICATION


def is_follow_up(report: ReportRow) -> bool:
    """A report of what a project did: a delredovisning, a slutredovisning or a follow-up form."""
    return not is_application(report) and (report.form_kind == "uppfoljning" or report.stage is not None)


def _recency(report: ReportRow) -> tuple[int, int]:
    return (report.year if report.year is not None else -1, 1 if report.stage == "slutredovisning" else 0)


def _latest(members: Iterable[ReportRow]) -> ReportRow:
    return max(members, key=lambda r: (_recency(r), r.id))


def _version_key(report: ReportRow) -> tuple[float, str]:
    return (report.newest if report.newest is not None else float("-inf"), report.id)


def _version_of(report: ReportRow) -> tuple:
    """What two versions of one report share beside the project key: year, stage and place (one project name
    can be worked at several places of a district in one year, each with its own report)."""
    return (report.year, report.stage, normalise_project(report.location))


def _case_of(report: ReportRow) -> tuple | None:
    """A report's diarienummer with what its versions share beside it: the district (each committee numbers
    its own cases), the form, the year and the stage. None without a diarienummer or a year."""
    number = file_number_key(report.file_number)
    if number is None or report.year is None:
        return None
    return (number, report.district_today or report.district or "", report.form_kind, report.year, report.stage)


def same_version(a: ReportRow, b: ReportRow) -> bool:
    """Two files of one report (rule 3): the same diarienummer, district, form, year and stage whatever their
    names; without a diarienummer on both, the same project, year, stage and place."""
    if a.file_number and b.file_number:
        return _case_of(a) == _case_of(b) is not None
    return project_key(a) == project_key(b) is not None and _version_of(a) == _version_of(b)


def newest_version(versions: Sequence[ReportRow]) -> ReportRow:
    """The correction among versions of one report: the latest of the dates the reports give themselves when
    every version gives one and they differ (a file's date changes when a share is copied or a draft saved
    again), else the newest file."""
    dates = [r.report_date for r in versions]
    if all(dates) and len(set(dates)) > 1:
        return max(versions, key=lambda r: (r.report_date or "", _version_key(r)))
    return max(versions, key=_version_key)


def _newest_of(groups: Iterable[list[ReportRow]]) -> dict[str, str]:
    """{older id: newest id} of every group of versions of one report."""
    result: dict[str, str] = {}
    for versions in groups:
        newest = newest_version(versions)
        result.update({r.id: newest.id for r in versions if r is not newest})
    return result


def older_versions(members: Iterable[ReportRow]) -> dict[str, str]:
    """Reports of one project (one key of rule 3) with the same year, stage and place as a newer one: the same
    report twice, a corrected copy (changed figures, a new file) beside the one it corrects. The newer file
    supplies the figures; without this both were summed. Two different diarienummer are two reports, even
    under one name. Returns {older id: newest id}."""
    by_version: dict[tuple, list[ReportRow]] = defaultdict(list)
    for report in members:
        if report.year is not None:
            by_version[_version_of(report)].append(report)
    groups: list[list[ReportRow]] = []
    for versions in by_version.values():
        numbers = {file_number_key(r.file_number) for r in versions} - {None}
        if len(numbers) < 2:
            groups.append(versions)
            continue
        by_number: dict[str | None, list[ReportRow]] = defaultdict(list)
        for report in versions:  # a file without a number stays alone: which case it belongs to is unknown
            by_number[file_number_key(report.file_number) or report.id].append(report)
        groups += by_number.values()
    return _newest_of(groups)


def same_case_versions(reports: Iterable[ReportRow]) -> dict[str, str]:
    """Files of one report by their diarienummer (see `_case_of`), whatever their project names: a corrected
    report whose name was retyped is still a version of the one it corrects. Returns {older id: newest id}."""
    by_case: dict[tuple, list[ReportRow]] = defaultdict(list)
    for report in reports:
        if (case := _case_of(report)) is not None:
            by_case[case].append(report)
    return _newest_of(versions for versions in by_case.values() if len(versions) > 1)


def _follows(follow_up: ReportRow, application: ReportRow) -> bool:
    """Whether a follow-up can report on an application: not of a year before the application's (a
    slutredovisning years older than a plan reports on an earlier round at the same place)."""
    return follow_up.year is None or application.year is None or follow_up.year >= application.year


def superseded_reports(reports: Iterable[ReportRow]) -> dict[str, str]:
    """Reports left out because another report of the same project supplies its figures (rule 3):
    an older version of a report (same diarienummer, or same project, year, stage and place as a newer file),
    a delredovisning when a later report of the same form exists, and an application when a follow-up of the
    project of its year or later exists (a follow-up supersedes the plan it reports on).

    Returns {left-out id: id of the report supplying the project's figures}.
    """
    reports = list(reports)
    result = same_case_versions(reports)  # before the names: a retyped name is still the same report
    by_project: dict[tuple, list[ReportRow]] = defaultdict(list)
    for report in reports:
        key = project_key(report)
        if key is not None and report.id not in result:
            by_project[key].append(report)
    for key, members in list(by_project.items()):
        if len(members) < 2:
            continue
        result.update(older_versions(members))
        members = by_project[key] = [r for r in members if r.id not in result]
        latest = _latest(members)
        for report in members:
            if report.stage == "delredovisning" and _recency(report) < _recency(latest):
                result[report.id] = latest.id
    # An application and its follow-up differ in form, so they meet under the key without the form; a
    # follow-up replaced by a version under another name still meets its application, as that version.
    follow_ups: dict[tuple, list[ReportRow]] = defaultdict(list)
    by_id = {r.id: r for r in reports}
    for older, newest in list(result.items()):
        key = project_key(by_id[older])
        if key is not None and key[2] != APPLICATION and is_follow_up(by_id[older]) and newest in by_id:
            follow_ups[key[:2]].append(by_id[newest])
    for key, members in by_project.items():
        if key[2] != APPLICATION:
            follow_ups[key[:2]] += [r for r in members if is_follow_up(r)]
    for key, members in by_project.items():
        found = follow_ups.get(key[:2])
        if key[2] != APPLICATION or not found:
            continue
        for application in members:
            later = [r for r in found if _follows(r, application)]
            if later:
                last = _latest(later).id
                result[application.id] = result.get(last, last)  # a superseded follow-up's figures are its successor's
    return result


# -- rules 1 and 2: what one report contributes ------------------------------


def in_order(amounts: Iterable[AmountRow]) -> list[AmountRow]:
    return sorted(amounts, key=lambda a: a.ord)


# -- grouping and totals -----------------------------------------------------


def group_columns(by: str) -> list[str]:
    """The columns a table's group takes: "group", or one per grouping of a pair ("district", "year")."""
    return [part.replace("-", "_") for part in by.split(",")] if by in PAIRED_GROUPINGS else ["group"]


def group_cells(by: str, name: str) -> list[str | None]:
    """A group's name in its `group_columns` (a pair's "Totalt" row fills the first only)."""
    if by not in PAIRED_GROUPINGS:
        return [name]
    parts: list[str | None] = list(name.split(PAIR_SEPARATOR, 1))
    return parts + [None] * (2 - len(parts))


_FIRST_YEAR = {d.name: d.first_year for d in DISTRICTS}


TODAY_GROUPINGS = ("district-today", "district-today,year")


def _today_order(district: str) -> tuple[str, str]:
    """A district's place in a table by district today: by today's name, then by its own."""
    return (swedish_order(merged_into(district) or district), swedish_order(district))


def former_districts(by: str, groups: Iterable[str], named: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The committees merged into another since that a grouping by district holds, each once, in order:
    {"district": "Norrmalm", "today": "Norra innerstaden", "since": 2023} (the year the committee of today
    began). By district as the reports name it (`groups`), such a table holds both names of one area apart; by
    district today (`named`: the districts the summed reports name), today's row holds the former one's
    reports, years before that committee existed included ("Järva · 2016")."""
    if by in ("district", "district,year"):
        names: Iterable[str | None] = (group_cells(by, name)[0] for name in groups)
    elif by in TODAY_GROUPINGS:  # in the rows' order: by today's district, then by name
        today: list[str] = sorted(set(named), key=_today_order)
        names = today
    else:
        return []
    found: dict[str, dict[str, Any]] = {}
    for district in names:
        if district is not None and district not in found and (now := merged_into(district)) is not None:
            found[district] = {"district": district, "today": now, "since": _FIRST_YEAR[now]}
    return list(found.values())


def group_names(report: ReportRow, by: str, project_names: dict[tuple, str] | None = None) -> list[str]:
    """The groups a report counts in (several for by="org"; by="role" is per amount). `project_names`
    (`project_names_of`): by="project" names each project as its latest report does, so the reports of one
    project under retyped names are one group."""
    if by in PAIRED_GROUPINGS:
        first, second = by.split(",")
        return [f"{a}{PAIR_SEPARATOR}{b}" for a in group_names(report, first) for b in group_names(report, second)]
    if by == "project" and project_names and (key := project_key(report)) is not None:
        return [project_names.get(key[:2]) or _project_group(report)]
    if by == "year":
        return [str(report.year) if report.year is not None else UNKNOWN]
    if by == "district":
        return [report.district or UNKNOWN]
    if by == "district-today":
        return [report.district_today or report.district or UNKNOWN]
    if by == "project":
        return [_project_group(report)]
    if by == "org":
        return list(dict.fromkeys(report.organisations)) or [NO_ORGANISATION]
    raise UsageError(f"okänd gruppering '{by}'; välj en av {', '.join(GROUPINGS + PAIRED_GROUPINGS)}")


def _project_group(report: ReportRow) -> str:
    if not report.project:
        return UNKNOWN
    place = report.district_today or report.district
    return f"{report.project} ({place})" if place else report.project


def project_group_parts(group: str) -> tuple[str, str | None]:
    """A by="project" group's project name and district (of today), as `_project_group` joined them: the
    "(Järva)" that ends "Kameror vid Rinkeby torg (Järva)" is the district, a project's own bracket is not
    ("Belysning (etapp 2)" is a name alone)."""
    name, bracket, rest = group.rpartition(" (")
    if bracket and rest.endswith(")") and rest[:-1] in _FIRST_YEAR:
        return name, rest[:-1]
    return group, None


def project_names_of(reports: Iterable[ReportRow]) -> dict[tuple, str]:
    """The by="project" group of each project (its name key and district, as rule 3 matches an application
    with its follow-up), named as its latest report names it."""
    latest: dict[tuple, ReportRow] = {}
    for report in reports:
        key = project_key(report)
        if key is not None:
            best = latest.get(key[:2])
            if best is None or (_recency(report), _version_key(report)) > (_recency(best), _version_key(best)):
                latest[key[:2]] = report
    return {key: _project_group(report) for key, report in latest.items()}


@dataclass
class _Margins:
    budget: int = 0
    outcome: int = 0
    roles: dict[str, int] = field(default_factory=dict)


def _margins(amounts: Sequence[AmountRow], figures: Figures) -> _Margins:
    """The margins of one report's summed figures: each distinct hedged value once."""
    if not any(amount.approx for amount in amounts):
        return _Margins()  # nothing hedged: every margin is 0 (readers default a missing role to 0)
    # Here, not at the top: the money module (the extractor's amount rules) takes a fifth of a second to
    # import, which `bilagor show` and `search` would pay for nothing.
    from bilagor.extractor.entities.money import hedge_margin

    hedged: dict[str, dict[int, bool]] = defaultdict(dict)
    summed_as: dict[str, str] = {}
    for amount, status in zip(amounts, figures.status):
        if not has_value(amount):
            continue  # never summed, so it has no margin
        values = hedged[amount.role]
        values[amount.sek] = values.get(amount.sek, False) or amount.approx
        if status in (BUDGET, OUTCOME):
            summed_as[amount.role] = status
    margins = _Margins()
    for role, values in hedged.items():
        margin = sum(hedge_margin(sek) for sek, approx in values.items() if approx)
        margins.roles[role] = margin
        if summed_as.get(role) == BUDGET:
            margins.budget += margin
        elif summed_as.get(role) == OUTCOME:
            margins.outcome += margin
    return margins


def _add(
    total: GroupTotal,
    figures: Figures,
    comparable: list[tuple[Figures, _Margins]],
    flagged: bool = False,
    margins: _Margins | None = None,
    application: bool = False,
    uncertain_year: bool = False,
) -> None:
    margins = margins or _Margins()
    total.reports += 1
    total.flagged += flagged
    total.applications += application
    total.uncertain_years += uncertain_year
    total.budget += figures.budget
    total.outcome += figures.outcome
    total.approx = total.approx or figures.approx
    total.budget_margin += margins.budget
    total.outcome_margin += margins.outcome
    for role, sek in figures.roles.items():
        total.roles[role] = total.roles.get(role, 0) + sek
        total.role_reports[role] = total.role_reports.get(role, 0) + 1
        total.role_margins[role] = total.role_margins.get(role, 0) + margins.roles.get(role, 0)
    if figures.has_budget and figures.has_outcome:
        comparable.append((figures, margins))


def _finish(total: GroupTotal, comparable: list[tuple[Figures, _Margins]]) -> GroupTotal:
    if comparable:
        budget = sum(f.budget for f, _ in comparable)
        total.compared_budget = budget
        total.compared_outcome = sum(f.outcome for f, _ in comparable)
        total.compared_margin = sum(m.budget + m.outcome for _, m in comparable)
        total.deviation = total.compared_outcome - budget
        total.deviation_pct = round(100 * total.deviation / budget, 1) if budget else None
    return total


def _sort_key(by: str, name: str) -> tuple:
    if by in PAIRED_GROUPINGS:  # by the first grouping, then the second: a district's years in order
        first, second = by.split(",")
        head, _, tail = name.partition(PAIR_SEPARATOR)
        return (_sort_key(first, head), _sort_key(second, tail))
    unknown = name in (UNKNOWN, NO_ORGANISATION)
    if by == "year" and not unknown:
        return (0, int(name), "")
    if by == "role" and name in AMOUNT_ROLES:
        return (0, AMOUNT_ROLES.index(name), "")
    return (1 if unknown else 0, 0, swedish_order(name))


# Å, Ä and Ö are letters of their own after Z in Swedish: "Skarpnäck" before "Skärholmen", "Östermalm" last.
_LAST_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def swedish_order(name: str) -> str:
    """A sort key in Swedish alphabetical order; other accents and case are ignored ("é" sorts as "e")."""
    return fold(name.lower().translate(_LAST_LETTERS))


@dataclass
class ReportFacts:
    """What one report contributes to every summary, whatever its grouping or filter."""

    amounts: list[AmountRow]  # in document order: every rule reads them so
    figures: Figures
    margins: _Margins
    checks: list[CheckRow]  # none for a superseded report: its figures are not summed
    replaced_by: str | None  # the report supplying its project's figures (rule 3), if any
    application: bool = False  # an application: its budget is a plan, not a follow-up's figure
    uncertain_year: bool = False  # its year is only the PDF's creation date (year_source "metadata")
    # Its detail rows' fields but the groups, with each amount's role: made on first use by --detail.
    detail_fields: list[tuple[str, dict[str, Any]]] | None = None


class SummaryBasis:
    """The archive's rows and what the summing rules decide per report, decided once.

    Supersession is decided over every report (rule 3); a report's figures,
    margins and checks when a summary first needs them. A caller that keeps the
    basis while the archive is unchanged (the web server) pays only the
    grouping for each further grouping or filter.
    """

    def __init__(self, reports: Iterable[ReportRow], amounts: Iterable[AmountRow]):
        self.reports = list(reports)
        self.amounts = list(amounts)
        self.superseded = superseded_reports(self.reports)
        amounts_of: dict[str, list[AmountRow]] = defaultdict(list)
        for amount in self.amounts:
            amounts_of[amount.report_id].append(amount)
        self._amounts_of = amounts_of
        self._facts: list[ReportFacts | None] = [None] * len(self.reports)  # by index in `reports`
        self._placed: dict[str, set[str]] = {}  # see placed()
        self._project_names: dict[tuple, str] | None = None  # see project_names()

    def project_names(self) -> dict[tuple, str]:
        """project_names_of() these reports, made on first use (the same values whichever thread asks)."""
        if self._project_names is None:
            self._project_names = project_names_of(self.reports)
        return self._project_names

    def placed(self, archive: Archive, district: str) -> set[str]:
        """placed_ids() of these reports, kept per district (the same values whichever thread asks)."""
        found = self._placed.get(district)
        if found is None:
            found = self._placed[district] = placed_ids(archive, self.reports, district)
        return found

    def facts(self, index: int) -> ReportFacts:
        """The facts of self.reports[index] (computed on first use; the same values whichever thread asks)."""
        found = self._facts[index]
        if found is None:
            report = self.reports[index]
            mine = in_order(self._amounts_of.get(report.id, ()))
            figures = report_figures(mine)
            replaced_by = self.superseded.get(report.id)
            checks = _check_rows(report, mine) if replaced_by is None else []
            found = ReportFacts(
                mine,
                figures,
                _margins(mine, figures),
                checks,
                replaced_by,
                is_application(report),
                report.year_source == "metadata",
            )
            self._facts[index] = found
        return found

    def complete(self) -> SummaryBasis:
        """Decide every report's facts now (a server does it once, before the summaries ask)."""
        for index in range(len(self.reports)):
            self.facts(index)
        return self


def summarise(
    reports: Iterable[ReportRow],
    amounts: Iterable[AmountRow],
    *,
    by: str = "year",
    selected: set[str] | None = None,
    role: str | None = None,
    detail: bool = False,
) -> AmountSummary:
    """Apply the summing rules to all reports; total those in `selected` (default: all).

    Supersession (rule 3) is decided over every report given, so pass the
    whole archive and restrict with `selected`. `role` narrows the by="role"
    groups and the detail rows to that role.
    """
    return summarise_basis(SummaryBasis(reports, amounts), by=by, selected=selected, role=role, detail=detail)


def summarise_basis(
    basis: SummaryBasis,
    *,
    by: str = "year",
    selected: set[str] | None = None,
    role: str | None = None,
    detail: bool = False,
) -> AmountSummary:
    """`summarise` over rows whose per-report facts are decided (or kept) in `basis`."""
    if by not in GROUPINGS + PAIRED_GROUPINGS:
        raise UsageError(f"okänd gruppering '{by}'; välj en av {', '.join(GROUPINGS + PAIRED_GROUPINGS)}")
    totals: dict[str, GroupTotal] = {}  # by="role": per-role parts of each report's figures
    comparable: dict[str, list[tuple[Figures, _Margins]]] = defaultdict(list)
    members: dict[str, list[ReportFacts]] = {}  # other groupings: the summed reports of each group
    summed: list[ReportFacts] = []  # every summed report, for the total
    rows: list[DetailRow] = []
    checks: list[CheckRow] = []
    chosen_ids: list[str] = []
    project_names = basis.project_names() if by == "project" else None
    named: dict[str, None] = {}  # by district today: the districts the summed reports name (former_districts)
    for index, report in enumerate(basis.reports):
        if selected is not None and report.id not in selected:
            continue
        chosen_ids.append(report.id)
        facts = basis.facts(index)
        mine, figures, margins, found, replaced_by = (
            facts.amounts,
            facts.figures,
            facts.margins,
            facts.checks,
            facts.replaced_by,
        )
        checks += found
        if by == "role":
            names = [r for r in sorted(figures.roles) if role in (None, r)] if replaced_by is None else []
        else:
            names = group_names(report, by, project_names)
        if replaced_by is None:
            summed.append(facts)
            if by in TODAY_GROUPINGS and report.district:
                named[report.district] = None
            if by == "role":
                for name in names:
                    # A per-role group holds only that role's sum.
                    part = Figures(roles={name: figures.roles[name]}, approx=_role_approx(mine, name))
                    _add(
                        totals.setdefault(name, GroupTotal(name)),
                        part,
                        comparable[name],
                        any(c.role == name for c in found),
                        _Margins(roles={name: margins.roles.get(name, 0)}),
                        facts.application,
                        facts.uncertain_year,
                    )
            else:
                for name in names:
                    members.setdefault(name, []).append(facts)
        if detail:
            rows.extend(_detail_rows_of(report, facts, names, role))
    if by == "role":
        groups = [_finish(totals[name], comparable[name]) for name in sorted(totals, key=lambda n: _sort_key(by, n))]
    else:
        groups = [_group_total(name, members[name]) for name in sorted(members, key=lambda n: _sort_key(by, n))]
    relevant = {k: v for k, v in basis.superseded.items() if selected is None or k in selected}
    return AmountSummary(
        by,
        groups,
        _group_total("Totalt", summed),
        relevant,
        rows,
        checks,
        report_ids=sorted(chosen_ids),
        named_districts=list(named),
    )


def _group_total(name: str, members: Sequence[ReportFacts]) -> GroupTotal:
    """The total of these reports' figures: what `_add` for each of them in turn, then `_finish`, gives
    (one pass with local sums, for the summaries that a server makes of ten thousand reports)."""
    total = GroupTotal(name)
    roles, role_reports, role_margins = total.roles, total.role_reports, total.role_margins
    budget = outcome = budget_margin = outcome_margin = flagged = applications = uncertain = 0
    approx = False
    comparable: list[tuple[Figures, _Margins]] = []
    for facts in members:
        figures, margins = facts.figures, facts.margins
        budget += figures.budget
        outcome += figures.outcome
        approx = approx or figures.approx
        flagged += bool(facts.checks)
        applications += facts.application
        uncertain += facts.uncertain_year
        budget_margin += margins.budget
        outcome_margin += margins.outcome
        for role, sek in figures.roles.items():
            roles[role] = roles.get(role, 0) + sek
            role_reports[role] = role_reports.get(role, 0) + 1
            role_margins[role] = role_margins.get(role, 0) + margins.roles.get(role, 0)
        if figures.has_budget and figures.has_outcome:
            comparable.append((figures, margins))
    total.reports, total.flagged, total.budget, total.outcome = len(members), flagged, budget, outcome
    total.approx, total.budget_margin, total.outcome_margin = approx, budget_margin, outcome_margin
    total.applications, total.uncertain_years = applications, uncertain
    return _finish(total, comparable)


def _detail_rows_of(report: ReportRow, facts: ReportFacts, groups: Sequence[str], role: str | None) -> list[DetailRow]:
    """The detail rows of a report from its kept fields: only the groups differ between summaries."""
    if facts.detail_fields is None:
        facts.detail_fields = _detail_fields(report, facts)
    names = tuple(groups)
    rows = []
    for amount_role, fields in facts.detail_fields:
        if role in (None, amount_role):
            row = object.__new__(DetailRow)  # as _row(DetailRow, **fields, groups=names), without a dict more
            row.__dict__.update(fields)
            row.__dict__["groups"] = names
            rows.append(row)
    return rows


def _detail_fields(report: ReportRow, facts: ReportFacts) -> list[tuple[str, dict[str, Any]]]:
    """(role, fields but the groups) of each of a report's detail rows, one per amount, made
    directly (a server's first summary makes twenty thousand)."""
    replaced_by = facts.replaced_by
    return [
        (
            a.role,
            {
                "report_id": report.id,
                "filename": report.filename,
                "project": report.project,
                "year": report.year,
                "section": a.section,
                "role": a.role,
                "sek": a.sek,
                "approx": a.approx,
                "text": a.text,
                "sentence": a.sentence,
                "status": SUPERSEDED if replaced_by else status,
                "superseded_by": replaced_by,
                "page": a.page,
                "role_source": a.role_source,
                "high": a.high,
                "year_source": report.year_source,
            },
        )
        for a, status in zip(facts.amounts, facts.figures.status)
    ]


# A wider span is not filled in: a record's implausible year (2**40) or a
# --year 1000-9999 would make millions of empty groups.
MAX_FILLED_YEARS = 100


def every_year(groups: list[GroupTotal], years: tuple[int, int] | None) -> list[GroupTotal]:
    """Year groups with the empty years filled in, as the chart draws them: every year of
    `years` (the --year filter), else from the first to the last year with reports; then (okänt).
    Groups of a span over MAX_FILLED_YEARS are left as they are, and so are groups without a report (a --year
    the archive does not hold lists no empty year, as `bilagor search` lists no hit)."""
    if not any(g.reports for g in groups):
        return groups
    by_name = {g.group: g for g in groups}
    known = [int(g.group) for g in groups if g.group.isdigit()]
    if years:
        first, last = years
    elif known:
        first, last = min(known), max(known)
    else:
        return groups
    if last - first >= MAX_FILLED_YEARS:
        return groups
    filled = [by_name.get(str(year)) or GroupTotal(str(year)) for year in range(first, last + 1)]
    return filled + [g for g in groups if not g.group.isdigit()]


SORT_KEYS = ("group", "budget", "utfall", "avvikelse")


def sort_groups(summary: AmountSummary, key: str = "group") -> AmountSummary:
    """Order the groups: by group (the natural order), or largest budget, outcome or deviation first.

    `avvikelse` puts the biggest overspend first and groups without a deviation
    last; ties keep the natural order. The total row is not a group and stays.
    """
    if key not in SORT_KEYS:
        raise UsageError(f"--sort '{key}': välj en av {', '.join(SORT_KEYS)}")
    if key == "group":
        return summary

    def value(g: GroupTotal) -> int | None:
        if summary.by == "role":
            return g.roles.get(g.group, 0)
        return {"budget": g.budget, "utfall": g.outcome, "avvikelse": g.deviation}[key]

    # sorted() is stable: among equal values the natural order stays.
    summary.groups = sorted(summary.groups, key=lambda g: (value(g) is None, -(value(g) or 0)))
    return summary


def _check_rows(report: ReportRow, amounts: Sequence[AmountRow]) -> list[CheckRow]:
    """The checks of one report's amounts (given in order)."""
    return [
        CheckRow(
            report_id=report.id,
            filename=report.filename,
            page=c.amount.page,
            sentence=c.amount.sentence,
            text=c.amount.text,
            sek=c.amount.sek,
            role=c.amount.role,
            reason=c.reason,
            why=REASON_TEXT[c.reason],
        )
        for c in figure_checks(amounts)
    ]


def _role_approx(amounts: Sequence[AmountRow], role: str) -> bool:
    return any(a.approx for a in amounts if a.role == role)


# -- filters -----------------------------------------------------------------


def select(
    reports: Iterable[ReportRow],
    *,
    years: tuple[int, int] | None = None,
    districts: set[str] | None = None,
    roles: set[str] | None = None,
    amounts: Iterable[AmountRow] = (),
    placed: Collection[str] = (),
) -> set[str]:
    """Ids of the reports passing the year, district and role filters. A report without a district
    of its own, or a merged district's report under a predecessor, passes a district filter when its id is in
    `placed` (placed_ids: as in `bilagor search`)."""
    with_role = {a.report_id for a in amounts if roles and a.role in roles}
    chosen = set()
    for report in reports:
        if years and (report.year is None or not years[0] <= report.year <= years[1]):
            continue
        own = report.district or report.district_today
        if districts and own not in districts and report.id not in placed:
            continue
        if roles and report.id not in with_role:
            continue
        chosen.add(report.id)
    return chosen


def placed_ids(archive: Archive, reports: Iterable[ReportRow], district: str) -> set[str]:
    """Ids of the reports without a district of their own that `bilagor search --district` finds
    under `district`. The search index holds for each the district its place, texts or path
    imply (`district_area`, made by index.filters.filter_district when it was indexed), so both
    commands pick the same reports without reading every such record again; the index is read
    only when the archive has such reports. So is a merged district's report the index files under the
    predecessor its place lay in (index.filters.predecessor_area: "Älvsjö centrum" in Hägersten-Älvsjö is
    Älvsjö's), when `district` is that predecessor."""
    wanted = resolve_district(district)
    candidates = {
        r.id
        for r in reports
        if not (own := r.district or r.district_today) or (own not in wanted and wanted & (covered_by(own) - {own}))
    }
    if not candidates:
        return set()
    return candidates.intersection(archive.matching_ids(None, district=district))


# -- reading the archive -----------------------------------------------------


def load_rows(archive: Archive) -> tuple[list[ReportRow], list[AmountRow]]:
    """All reports and amounts of the archive as plain rows (one query each)."""
    report_rows, organisation_rows, amount_rows = archive.records.summary_rows()
    orgs: dict[str, list[str]] = defaultdict(list)
    for row in organisation_rows:
        orgs[row["report_id"]].append(row["name"])
    reports = []
    # Per report, per amount (by its index in the record): (role_source, high, role_probability).
    extras: dict[str, list[tuple[Any, Any, Any]]] = {}
    for row in report_rows:
        year_source, record_amounts = _record_extras(row["extras"])
        extras[row["id"]] = [_amount_extras(a) for a in record_amounts]
        reports.append(
            report_row(
                row,
                filename=row["filename"],
                organisations=tuple(orgs.get(row["id"], ())),
                year_source=_as_sqlite_value(year_source),
            )
        )
    amounts = []
    for row in amount_rows:
        of_report, ord_ = extras.get(row["report_id"], []), row["ord"]
        role_source, high, probability = of_report[ord_] if 0 <= ord_ < len(of_report) else (None, None, None)
        amounts.append(
            _row(
                AmountRow,
                report_id=row["report_id"],
                ord=ord_,
                text=row["text"] or "",
                sek=row["sek"],
                approx=bool(row["approx"]),
                role=row["role"],
                section=row["section"],
                page=row["page"],
                sentence=row["sentence"] or "",
                role_source=role_source,
                high=high,
                role_probability=probability,
            )
        )
    return reports, amounts


def report_row(row: Any, **more: Any) -> ReportRow:
    """A ReportRow of a stored report's id, year, district, project, stage and form (a row of
    `summary_rows` or `project_rows`); `more` gives the other fields (file name, organisations, ...)."""
    fields = {
        "id": row["id"],
        "filename": "",
        "year": row["year"],
        "district": row["district"],
        "district_today": row["district_today"],
        "project": row["project"],
        "stage": row["stage"],
        "form_kind": row["form_kind"] or "okand",
        "organisations": (),
        "year_source": None,
        "location": row["location"],
        "newest": row["newest"],
        "file_number": row["file_number"],
        "report_date": report_date(row["dated"]),
    }
    return _row(ReportRow, **{**fields, **more})


class _CyclePause:
    """How many threads are inside cycle_collection_paused, and whether the collector was on
    when the first of them came in (so the last one out turns it on again, not the first)."""

    lock = threading.Lock()
    inside = 0
    was_enabled = False


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Make the rows and each report's facts without Python's cycle collector, then turn it on again.

    They are a hundred thousand small objects without cycles; as they are made the
    collector would walk them again and again, a fifth of a `bilagor amounts`.
    Left off if it was off. Threads may overlap (a server's summaries): the collector
    stays off until the last of them is done.
    """
    with _CyclePause.lock:
        if _CyclePause.inside == 0:
            _CyclePause.was_enabled = gc.isenabled()
            gc.disable()
        _CyclePause.inside += 1
    try:
        yield
    finally:
        with _CyclePause.lock:
            _CyclePause.inside -= 1
            if _CyclePause.inside == 0 and _CyclePause.was_enabled:
                gc.enable()


def _row(cls, **fields):
    """A ReportRow or AmountRow from every one of its fields, equal to cls(**fields).

    A frozen dataclass's __init__ sets each field through object.__setattr__,
    a sixth of a summary of 10 000 reports; these rows are set once, here.
    """
    row = object.__new__(cls)
    row.__dict__.update(fields)
    return row


def _record_extras(text: str | None) -> tuple[Any, list]:
    """(year_source, amounts) from a report row's `extras`, the JSON array [year_source, amounts]."""
    if not text:
        return None, []
    year_source, record_amounts = json.loads(text)
    return year_source, record_amounts if isinstance(record_amounts, list) else []


def _amount_extras(amount: Any) -> tuple[Any, Any, Any]:
    """(role_source, high, role_probability) of one of a record's amounts (Nones for one that is not an object)."""
    if not isinstance(amount, dict):
        return None, None, None
    probability = amount.get("role_probability")
    return (
        _as_sqlite_value(amount.get("role_source")),
        _as_sqlite_value(amount.get("high")),
        probability if isinstance(probability, (int, float)) and not isinstance(probability, bool) else None,
    )


_INT64 = (-(2**63), 2**63 - 1)


def _as_sqlite_value(value: Any) -> Any:
    """A value read from record JSON as SQLite's json_extract gives it (what these rows held before):
    true/false as 1/0, an integer beyond 64 bits as a float, an array or object as its JSON text."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        return float(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def summarise_archive(
    archive: Archive,
    query: str | None = None,
    *,
    by: str = "year",
    year: str | tuple[int, int] | None = None,
    district: str | None = None,
    role: str | None = None,
    detail: bool = False,
    org: str | None = None,
    basis: SummaryBasis | None = None,
) -> AmountSummary:
    """Budget and outcome per group for the reports matching the query and filters.

    `query` uses the `bilagor search` syntax; `year` is "2018", "2018-2020"
    or a (first, last) pair; `district` includes merged predecessors; `role`
    keeps the reports that have an amount of that role. `basis` is
    `SummaryBasis(*load_rows(archive))` made before, for a caller (the web
    server) that keeps it while the archive is unchanged: reading the rows and
    deciding each report's figures is most of the cost.
    """
    if role is not None and role not in AMOUNT_ROLES:
        raise UsageError(f"--role '{role}': välj en av {', '.join(AMOUNT_ROLES)}")
    if isinstance(year, str):
        year = parse_year(year)
    districts = resolve_district(district) if district else None
    if basis is None:
        with cycle_collection_paused():
            basis = SummaryBasis(*load_rows(archive))
    roles = {role} if role else None
    placed = basis.placed(archive, district) if district else ()
    selected = select(basis.reports, years=year, districts=districts, roles=roles, amounts=basis.amounts, placed=placed)
    if query or org:  # --org as `bilagor search --org`: any alias, an unknown name is an error
        selected &= set(archive.matching_ids(query, org=org))
    with cycle_collection_paused():
        summary = summarise_basis(basis, by=by, selected=selected, role=role, detail=detail)
    if by == "year":
        summary.groups = every_year(summary.groups, year)
    summary.years = year
    given = {"query": query, "year": _year_text(year), "district": district, "org": org, "role": role}
    summary.filters = {name: value for name, value in given.items() if value}
    return summary


def _year_text(years: tuple[int, int] | None) -> str | None:
    if years is None:
        return None
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
