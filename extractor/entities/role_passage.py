"""A passage's amounts read against each other: pure rules over one text's amounts as the rules read them.

Each amount has its role from its own sentence and the text before it (`roles.decide`); some need a sentence
after theirs too, which only the whole passage (a public passage, one answer of a form) shows:

- An interim figure beside a whole-year forecast: in public text, an outcome or deficit whose clause names a part of
  the year gone ("Efter åtta månader var resultatet X", "Under första halvåret användes X", "jan–aug", "I vinter
  har redan X gått åt"), with a forecast of the whole year elsewhere in the passage (of the cost, or of the
  deviation: "Prognosen för helåret är ett underskott på Y"), is `annat` (the README's convention). A project's cost so far beside its
  final cost ("har hittills kostat X … slutkostnaden Y") and, in a follow-up, the cost booked so far stay the
  outcome.
- An earlier stage's estimate: a budget or forecast whose clause names a study made before the decision (a
  förstudie; in a follow-up the application) beside a later plan (a budget, grant or forecast whose clause names
  no earlier stage), or a plan decided first (an inriktningsbeslut, the original budget or kalkyl) beside a later
  decided budget or grant, is `annat`: a superseded estimate, as the README has it. Beside an outcome alone the
  first plan is the plan the outcome is set against, and beside a forecast the one the forecast is set against.
  A study's figure told as what it came to ("Förstudien hade landat på X") beside another figure is such an estimate
  too (what the study itself cost, "Förstudien kostade X", stays the outcome).
- A cost line before its total: a line the rules read as the outcome only because it names a thing bought
  (`role_cost_lines`), before an amount named the total ("Summa X", "Beviljat totalt X"), is a part, `annat`.
- In public text, a body's income set against the plan for that income (`role_income`): the revenue line's
  outcome, or its plan or forecast as the words before it say, where the cues alone read income as `annat`.
- In public text, the estimate of the stages still to come beside a stage built (`role_later_stages`) is `annat`.
- An invoice its sentence says has not come yet (`role_invoices`) is `annat`, neither paid so far nor the final cost.
- Cost lines right before a figure of their role that they add up to, with no word naming it the total
  (`role_sum_lines`), are `annat`; the sum keeps its role.
- In public text, a payer's share of a larger outcome ("Projektet kostade X. Staten betalade Y", "Försäkringen
  täckte Y"): an outcome whose clause names a payer's verb, beside a larger outcome in a sentence naming no payer, is
  `annat`.
- In a follow-up, an outside payer's money beside the city's, and the grants and co-funding right before a budget
  they add up to (`role_payers`), are `annat`.
- In an application, offers or tenders side by side and the one chosen (`role_offers`): the chosen one `budget`, the
  others `annat`.
- In a follow-up, the cost of the rest told as money on top ("kostar X till") beside a cost so far
  (`role_still_to_come`) is `annat`.
- In a follow-up, the outcome an earlier report of the project gave (a delrapport, delredovisning, mellanrapport,
  lägesrapport) beside an outcome no such report names is `annat`, overtaken like a superseded budget (the
  twenty-second sets' convention); alone it stays the outcome so far.
- A supplement beside the new total it led to (`role_supplements`): the supplement and the plan it was added to
  are `annat`, the new total the budget.
- A plan replaced by a new one in its sentence ("Kalkylen på X ersattes av en ny på Y", `role_replaced`): the old
  plan is `annat`, the new one takes its role.
- An earlier period before the current one: in public text a figure whose clause names an earlier period
  ("… 48 mnkr förra året"), followed by a sentence with money that names the current one ("I år …"), is `annat`
  (`roles` sees the current figure only when it stands before), unless it is money set aside that still stands
  (a budget) or the current sentence seeks money (then the earlier grant is the only grant), as `roles` has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bilagor.extractor.entities.role_clauses import _mask, amount_clause
from bilagor.extractor.entities.role_funders import named_funder
from bilagor.extractor.entities.role_income import income_roles
from bilagor.extractor.entities.role_interim import (
    MONTH,
    PART_OF_YEAR_RE,
    earlier_forecast,
    final_cost,
    forecast_in_words,
    forecast_of_part,
    is_forecast,
    names_period_so_far,
    names_year,
    of_another_year,
    own_clause_end,
    period_budget,
    plain_figure,
)
from bilagor.extractor.entities.role_invoices import invoice_to_come
from bilagor.extractor.entities.role_later_stages import later_stage_roles
from bilagor.extractor.entities.role_offers import chosen_offer_roles
from bilagor.extractor.entities.role_parts import from_city
from bilagor.extractor.entities.role_other_party import other_party_paid
from bilagor.extractor.entities.role_payers import outside_payers, sources_of_total
from bilagor.extractor.entities.role_periods import DATED_ROLES, of_earlier_period
from bilagor.extractor.entities.role_stage import follow_up_sections, is_application, new_calculation
from bilagor.extractor.entities.role_still_to_come import REST_RE, rest_beside_whole, still_to_come
from bilagor.extractor.entities.role_replaced import replaced_roles
from bilagor.extractor.entities.role_sum_lines import (
    bare_sum,
    lines_before_sum,
    paid_lines_before_outcome,
    shares_after_total,
)
from bilagor.extractor.entities.role_supplements import supplement_roles
from bilagor.extractor.entities.role_totals import named_total

_MONTH = MONTH
# a month or its short form as a table's column names it ("Utfall jan–aug")
_MONTH_OR_SHORT = rf"(?:{_MONTH}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov)"
# the season or year now running ("i vinter", "i år")
_CURRENT_PERIOD = r"i\s+(?:år|vinter|höst|sommar|vår)"
# a part of the year gone ("hittills" alone is too loose: a project's cost so far beside its final cost stays)
_SO_FAR_RE = re.compile(
    r"(?<![\wåäö])(?:"
    r"efter\s+(?:de\s+)?(?:första\s+)?(?:[\wåäö]+\s+)?(?:månader(?:na)?|tertial(?:et)?|kvartal(?:et)?|halvåret)"
    r"|(?:under|för)\s+(?:årets\s+)?(?:första|andra)\s+(?:[\wåäö]+\s+)?(?:halvåret|tertialet|kvartalet|månader(?:na)?)"
    # "Halva året har gått och …", "I delårsrapporten redovisar kommunen …": the report of a part of the year
    r"|halva\s+året|(?:i|vid)\s+delårs(?:rapport|bokslut)(?:en|et)?"
    # "per den 31 augusti", "efter en snörik januari"
    rf"|(?:till\s+och\s+med|t\.o\.m\.|fram\s+till|per|efter)\s+(?:utgången\s+av\s+|den\s+\d{{1,2}}\s+|en\s+[\wåäö]+\s+)?{_MONTH}"
    # "januari–juni", "jan–aug": months from the year's start, not the whole year
    rf"|(?:januari|jan)\s*[–-]\s*{_MONTH_OR_SHORT}"
    # "har hittills i år betalat ut X", "I vinter har det redan gått åt X": the period so far, not a project's
    rf"|(?:hittills|redan)(?:\s+[\wåäö#]+){{0,5}}?\s+{_CURRENT_PERIOD}|{_CURRENT_PERIOD}(?:\s+[\wåäö#]+){{0,5}}?\s+(?:hittills|redan)"
    r")(?![\wåäö])",
    re.IGNORECASE,
)
# a forecast of the whole year ("Helårsprognosen är X", "räknar med ett resultat på X i år", "hela vinterns kostnad")
_WHOLE_YEAR_RE = re.compile(
    r"helår|(?<![\wåäö])(?:i\s+år|för\s+året|årets|hela\s+(?:året|vinterns|säsongens|årets))(?![\wåäö])",
    re.IGNORECASE,
)
# a figure told as forecast though its role is the deviation ("Prognosen för helåret är ett underskott på X")
_FORECAST_WORD_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*prognos[\wåäö]*|bedöms|beräknas|väntas)(?![\wåäö])", re.IGNORECASE
)
# an estimate made before anything was decided (a study; in a follow-up the application): any later plan,
# a forecast too, replaces it
_STUDY_RE = re.compile(r"(?<![\wåäö])förstudie[\wåäö]*(?![\wåäö])", re.IGNORECASE)
# a plan decided first: only a later decided plan replaces it; beside a forecast it is still what the forecast is
# set against ("dubbelt så mycket som den ursprungliga budgeten på X")
_FIRST_PLAN_RE = re.compile(
    r"(?<![\wåäö])(?:inriktningsbeslut[\wåäö]*|ursprunglig(?:a|t|en)?|ursprungligen"
    r"|(?:första|tidigare|förra|föregående|preliminära?)\s+kalkyl[\wåäö]*)(?![\wåäö])",
    re.IGNORECASE,
)
# in a follow-up the application is an earlier stage too ("beräknades i ansökan till X")
_APPLICATION_STAGE_RE = re.compile(r"(?<![\wåäö])(?:i\s+ansökan|ansökans)(?![\wåäö])", re.IGNORECASE)
_CURRENT_RE = re.compile(r"(?<![\wåäö])(?:i\s+år|i\s+dag|nu|numera)(?![\wåäö])", re.IGNORECASE)
# what a study cost, not what it estimated ("Förstudien kostade X")
# ... or what doing it cost ("Förstudien genomfördes för X")
_SPENT_RE = re.compile(
    r"(?<![\wåäö])(?:kostade|kostat|betala\w*|köpte|köptes|använde\w*|förbruka\w*"
    r"|(?:genomför|gjord|gjorde|utför|ta\w*\s+fram)\w*\s+(?:\w+\s+)?för)(?![\wåäö])",
    re.IGNORECASE,
)
# A payer's verb: money someone paid, covered or contributed ("Länsstyrelsen betalade X", "Försäkringen täckte X",
# "bekostades av", "står för X", "bidrog med X").
_PAYER_RE = re.compile(
    r"(?<![\wåäö])(?:betal(?:ade|ar|at|ats)|täck(?:te|er|t|tes)|bekosta(?:de|r|t|des)|st(?:od|år)\s+för"
    r"|bidr(?:og|ar|agit)\s+med|finansiera(?:de|r|t|des))(?![\wåäö])",
    re.IGNORECASE,
)
# An earlier report of the project itself: an interim report or account ("I delrapporten i juni redovisade vi X",
# "Mellanrapporten visade kostnader på X").
_EARLIER_REPORT_RE = re.compile(r"(?<![\wåäö])(?:del|mellan|läges)(?:rapport|redovisning)[\wåäö]*", re.IGNORECASE)
_PLANNED = ("budget", "beviljat", "prognos")
_DECIDED = ("budget", "beviljat")


@dataclass(frozen=True)
class PassageAmount:
    """One amount of a passage as the rules read it: its sentence (with its index in the passage, and every
    amount span of the sentence), its span in the sentence and its role."""

    index: int
    sentence: str
    span: tuple[int, int]
    spans: tuple[tuple[int, int], ...]
    role: str
    source: str = "cue"  # roles.Decision.source
    value: int | None = None  # its plain value in kronor (None: a range, or not known)


def passage_roles(amounts: Sequence[PassageAmount], section_key: str | None, text: str = "") -> list[str]:
    """Each amount's role once the passage is read as a whole (see the module's rules); `text`: the whole
    passage, sentences without money too (else the amounts' sentences are all it reads)."""
    text = text or " ".join(dict.fromkeys(a.sentence for a in amounts))
    public = section_key is None
    study_re = [_STUDY_RE] + ([_APPLICATION_STAGE_RE] if section_key in follow_up_sections() else [])
    studied = [_names(a, study_re) for a in amounts]
    first_plan = [_names(a, [_FIRST_PLAN_RE]) for a in amounts]
    staged = [s or f for s, f in zip(studied, first_plan)]
    supplemented = supplement_roles(amounts) | replaced_roles(amounts)
    values, first_roles = [a.value for a in amounts], [a.role for a in amounts]
    supplemented |= {
        i: "annat" for i in lines_before_sum(values, first_roles) | shares_after_total(values, first_roles)
    }
    if section_key in follow_up_sections():  # a bare total line under its cost lines is the follow-up's outcome
        supplemented |= {i: "utfall" for i in bare_sum(values, first_roles, [a.source for a in amounts])}
        supplemented |= {i: "annat" for i in paid_lines_before_outcome(values, first_roles) if i not in supplemented}
        rest = [_names(a, [REST_RE]) for a in amounts]
        supplemented |= {i: "annat" for i in rest_beside_whole(values, first_roles, rest) if i not in supplemented}
    if is_application(section_key):  # offers side by side and the one chosen: its price is the budget
        supplemented |= chosen_offer_roles([a.sentence for a in amounts], values, first_roles, text)
    paid = {i: "annat" for i in _payers_beside_the_city(amounts, section_key)}
    # the sources of a total read with the payers' money as co-funding already
    given = [paid.get(i, a.role) for i, a in enumerate(amounts)]
    supplemented |= paid | {i: "annat" for i in sources_of_total([a.value for a in amounts], given)}
    if public:
        supplemented = income_roles(amounts) | later_stage_roles(amounts) | supplemented
        if len(amounts) > 1:  # a new calculation is new beside another figure: an earlier one, a decided budget
            supplemented |= {
                i: "prognos"
                for i, a in enumerate(amounts)
                if a.role in ("budget", "utfall") and i not in supplemented and new_calculation(a.sentence, a.span)
            }
    roles = []
    for i, one in enumerate(amounts):
        if i in supplemented:
            roles.append(supplemented[i])
            continue
        others = [(j, a) for j, a in enumerate(amounts) if j != i]
        if one.role in ("utfall", "prognos", "budget", "beviljat") and invoice_to_come(
            one.sentence, one.span, one.spans
        ):
            roles.append("annat")  # a bill not yet come is neither paid so far nor the final cost
            continue
        if (
            one.role in ("prognos", "budget")
            and section_key in follow_up_sections()
            and _still_to_come(one)
            and any(a.role == "utfall" for _, a in others)
        ):
            roles.append("annat")  # money on top of the cost so far: neither outcome nor forecast
            continue
        if (
            one.role == "utfall"
            and section_key in follow_up_sections()
            and _names(one, [_EARLIER_REPORT_RE])
            and any(a.role == "utfall" and not _names(a, [_EARLIER_REPORT_RE]) for _, a in others)
        ):
            roles.append("annat")  # an earlier report's figure, overtaken by the outcome beside it
            continue
        if (
            one.role == "utfall"
            and section_key in follow_up_sections()
            and _other_party_paid(one)
            and _larger_outcome(one, [a for _, a in others])
        ):
            roles.append("annat")  # another party's share of the outcome: co-funding, not the project's cost
            continue
        if public and one.role == "utfall" and _payers_share(one, [a for _, a in others]):
            roles.append("annat")  # a payer's share of a larger outcome: part of it, not a second cost
            continue
        if public and one.role in ("prognos", "avvikelse", "utfall") and _overtaken(one, [a for _, a in others]):
            roles.append("annat")  # an earlier forecast beside the final figure
            continue
        if public and one.role in ("utfall", "avvikelse") and _interim(one, [a for _, a in others], text):
            # an interim cost, result or deficit beside a forecast of the whole (of the cost or of the deviation)
            roles.append("annat")
            continue
        if (
            one.role == "utfall"
            and studied[i]
            and not _names(one, [_SPENT_RE])
            and any(a.role in ("utfall", *_PLANNED) for _, a in others)
        ):
            # "Förstudien hade landat på X" beside what was built: the study's figure, not what it cost, an estimate
            roles.append("annat")
            continue
        if one.role in ("budget", "prognos") and staged[i] and not is_application(section_key):
            # superseded by a later plan (a study's estimate by a forecast too); beside an outcome alone the first
            # plan is still the plan
            later = _PLANNED if studied[i] else _DECIDED
            if any(a.role in later and not staged[j] for j, a in others):
                roles.append("annat")
                continue
        if one.role == "utfall" and one.source == "section" and not _named_total(one) and _total_after(i, amounts):
            roles.append("annat")  # a cost line before the total it is a part of
            continue
        if public and one.role in DATED_ROLES and _earlier_before_current(one, amounts):
            roles.append("annat")
            continue
        roles.append(one.role)
    return roles


def _payers_beside_the_city(amounts: Sequence[PassageAmount], section_key: str | None) -> set[int]:
    """In a follow-up, the amounts an outside payer gave beside the city's money (`role_payers`)."""
    if section_key not in follow_up_sections():
        return set()
    masked = [_mask(a.sentence, a.spans) for a in amounts]
    payers = [named_funder(text, a.span) for text, a in zip(masked, amounts)]
    cities = [from_city(text, a.span) for text, a in zip(masked, amounts)]
    return outside_payers(payers, [a.role for a in amounts], cities)


def _still_to_come(one: PassageAmount) -> bool:
    """Money on top: "X till" follows the amount, its clause naming no whole (`role_still_to_come`)."""
    text, start, end = _clause(one)
    return still_to_come(text[start:end], one.sentence[one.span[1] :])


def _payers_share(one: PassageAmount, others: Sequence[PassageAmount]) -> bool:
    """The amount's clause says someone paid or covered it, and the passage has a larger outcome in a sentence that
    names no payer: the share one payer bore of that outcome ("Bytet kostade X. Försäkringen täckte Y")."""
    return (
        one.value is not None
        and _names(one, [_PAYER_RE])
        # the whole's sentence names no payer: shares listed together ("X betalade A och Y B") are no whole and part
        and any(a.role == "utfall" and (a.value or 0) > one.value and not _PAYER_RE.search(a.sentence) for a in others)
    )


def _larger_outcome(one: PassageAmount, others: Sequence[PassageAmount]) -> bool:
    """The passage has a larger outcome in a sentence that names no payer: the whole the amount is a share of."""
    return one.value is not None and any(
        a.role == "utfall" and (a.value or 0) > one.value and not _PAYER_RE.search(a.sentence) for a in others
    )


def _other_party_paid(one: PassageAmount) -> bool:
    """The amount's clause names a payer other than the committee or the project (`role_other_party`)."""
    text, start, end = _clause(one)
    return other_party_paid(text[start:end], one.span[0] - start, one.span[1] - start)


def _interim(one: PassageAmount, others: Sequence[PassageAmount], text: str) -> bool:
    """A figure of the period so far beside a forecast of the whole (`role_interim`): a part of the year gone
    beside the year's forecast, or any period so far ("hittills", "per den 30 juni") beside a forecast of the cost
    or the deviation, or beside a forecast in words elsewhere in the passage ("bedömer att budgeten håller")."""
    masked, start, end = _clause(one)
    part_of_year = bool(_SO_FAR_RE.search(masked, start, end) or PART_OF_YEAR_RE.search(masked, start, end))
    if part_of_year and any(_whole_year_forecast(a) for a in others):
        return True
    # a sentence with one amount is one clause: its own words end where a second clause starts ("…, men
    # förvaltningen bedömer att …")
    end = own_clause_end(masked, one.span[1], end)
    clause = masked[start:end]
    if not (part_of_year or names_period_so_far(clause, masked[start : one.span[0]])) or is_forecast(clause):
        return False
    if period_budget(text):
        return False  # the period's outcome against the period's own budget
    if not (part_of_year or names_year(text)):
        return False  # a project's cost so far, no year's figure: the outcome so far (README, eighteenth round)
    if any(_forecast_of_whole(a) for a in others):
        return True
    # the passage outside the figure's clause: its other sentences and the rest of its own
    return forecast_in_words(text.replace(one.sentence, " ") + " " + one.sentence[end:])


def _overtaken(one: PassageAmount, others: Sequence[PassageAmount]) -> bool:
    """A forecast made at an earlier time of the year, beside a final figure (an outcome or deviation stated as it
    is, in another clause) of the passage, or beside the current forecast ("… räknar nu med X. I våras var
    prognosen Y": the earlier forecast beside the current one is `annat`, the seventh round's convention)."""
    text, start, end = _clause(one)
    if not earlier_forecast(text[start:end]):
        return False
    own = text[start:end]
    finals = (a for a in others if a.role in ("utfall", "avvikelse") and (a.index, a.span) != (one.index, one.span))
    if any(plain_figure(_clause_text(a)) and _clause_text(a) != own for a in finals):
        return True
    current = (a for a in others if a.role in ("prognos", "avvikelse") and a.sentence != one.sentence)
    return any(not earlier_forecast(_clause_text(a)) for a in current)


def _clause_text(one: PassageAmount) -> str:
    text, start, end = _clause(one)
    return text[start:end]


def _forecast_of_whole(one: PassageAmount) -> bool:
    """A forecast of the cost or the deviation that is not of the rest alone ("återstående arbeten beräknas kosta
    X") nor a project's final cost (the sets annotate a project's cost so far beside its final cost the outcome,
    README "Eighteenth round"; the interim rule is for a period's figures)."""
    if not (one.role == "prognos" or (one.role == "avvikelse" and _names(one, [_FORECAST_WORD_RE]))):
        return False
    text, start, end = _clause(one)
    return (
        not forecast_of_part(text[start:end])
        and not of_another_year(one.sentence)
        and (bool(_WHOLE_YEAR_RE.search(one.sentence)) or names_year(one.sentence) or not final_cost(text[start:end]))
    )


def _whole_year_forecast(one: PassageAmount) -> bool:
    """A forecast of the whole year: a forecast, or a deviation told as one, whose sentence names the year."""
    told_as_forecast = one.role == "prognos" or (one.role == "avvikelse" and _names(one, [_FORECAST_WORD_RE]))
    return told_as_forecast and bool(_WHOLE_YEAR_RE.search(one.sentence))


def _clause(one: PassageAmount) -> tuple[str, int, int]:
    """The masked sentence and the bounds of the amount's clause: the whole sentence when it has one amount."""
    return amount_clause(one.sentence, one.spans, one.span)


def _names(one: PassageAmount, patterns: Sequence[re.Pattern[str]]) -> bool:
    text, start, end = _clause(one)
    return any(p.search(text, start, end) for p in patterns)


def _earlier_before_current(one: PassageAmount, amounts: Sequence[PassageAmount]) -> bool:
    """The amount's clause names an earlier period and a later sentence with money names the current one."""
    if one.role == "budget" or not of_earlier_period(_mask(one.sentence, one.spans), one.span):
        return False  # "Nämnden har tidigare beslutat om en ram på X": money set aside still stands
    later = [a for a in amounts if a.index > one.index and _CURRENT_RE.search(a.sentence)]
    # beside an application this year the earlier grant is the only grant ("I år söker föreningen Y")
    return bool(later) and not any(a.role == "sokt" for a in later)


def _total_after(i: int, amounts: Sequence[PassageAmount]) -> bool:
    """A later amount of the passage is named the total of a budget, grant or outcome ("Summa X", "Beviljat
    totalt X")."""
    return any(a.role in ("budget", "beviljat", "utfall") and _named_total(a) for a in amounts[i + 1 :])


def _named_total(one: PassageAmount) -> bool:
    return named_total(one.sentence, one.sentence[one.span[0] : one.span[1]])
