"""Planned or spent: the same words name a budget where the money is not spent yet.

- In an application, a cost stated or estimated ("Kostnaden uppskattas till X",
  "Total projektkostnad X") is the application's budget, unless the text says
  something was spent already ("har redan lagt").
- Under a decision ("Nämnden godkänner att 350 tkr används till …", "beslutar
  att genomföra … inom en utgift om 32 mnkr") money to be used is committed: a
  budget, unless the decision is about money spent ("godkänna slutredovisningen
  … kostade").
- A calculated cost ("Utgiften beräknas till X") is a forecast, but under a
  decision that approves it (a genomförandebeslut) it is the budget
  (`decided_calculation`).
- In a form (a follow-up or an application), a figure of an earlier period or
  project ("Förra året kostade …", "Vi har tidigare fått …", "2019 års
  upprustning … kostade") is not the report's own (`earlier_period`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Sections of an application: what it estimates a project to cost is its budget. Matched as parts of a
# key, so the slugs of labels no template knows count too ("kostnadskalkyl", the seed's
# "projektets_mal_och_syfte"); templates.json's application keys lack those slugs, so this list is
# not derived from it (the follow-up keys below are).
APPLICATION_SECTIONS = ("beskrivning", "behovsanalys", "sokt", "kalkyl", "kostnadsberakning", "mal_och_syfte")
# "Nämnden godkänner att 350 tkr används till …", "beslutar att genomföra … inom en utgift om X":
# a decision about money to be used commits it ...
_DECISION_FRAME_RE = re.compile(
    r"(?<![\wåäö])(?:beslutar|beslutade|beslutat|godkänner|godkände|godkänt|föreslår|föreslog|föreslagit|tillstyrker)"
    r"\s+att(?![\wåäö])",
    re.IGNORECASE,
)
# ... unless it is about money already spent.
_ALREADY_SPENT_RE = re.compile(
    r"(?<![\wåäö])(?:har|hade|blev|kostade|kostat|uppgick|[\wåäö]*redovisning[\wåäö]*|bokslut[\wåäö]*)(?![\wåäö])",
    re.IGNORECASE,
)


# A verb that says money was spent already, in an application's past ("har redan lagt"); "har" is
# no spending where it goes with a calculation ("har vi räknat ut till X").
_SPENT_RE = re.compile(
    r"(?<![\wåäö])(?:(?:har|hade)(?!\s+(?:[\wåäö]+\s+)?(?:räknat|beräknat|uppskattat|kalkylerat|bedömt))"
    r"|kostade|kostat|blev|lades|lagts|[\wåäö]+(?:ats|ades|its|des)|förbrukat|använt)(?![\wåäö])",
    re.IGNORECASE,
)
# A cost calculated ahead ("Utgiften beräknas till X", "en beräknad kostnad om X") ...
_CALCULATED_RE = re.compile(
    r"(?<![\wåäö])(?:(?:beräknas|bedöms|uppskattas)\s+(?:[\wåäö]+\s+){0,3}?till"
    r"|(?:beräknad|uppskattad|bedömd)(?:e|a)?\s+[\wåäö]*(?:kostnad|utgift|investering)"
    # "Festivalen beräknas kosta X", "Hela projektet är beräknat till X"
    r"|(?:beräknas|väntas|förväntas|bedöms|uppskattas)\s+(?:[\wåäö]+\s+){0,2}?kosta|(?:beräknad|beräknat)\s+till)",
    re.IGNORECASE,
)
# ... under a decision that approves it ("godkände ett genomförandebeslut … Utgiften beräknas till X").
_DECISION_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*(?:genomförande|inriktnings)beslut[\wåäö]*|godkän[\wåäö]*|fastställ[\wåäö]*"
    r"|beslutar|beslutade|beslutat)(?![\wåäö])",
    re.IGNORECASE,
)


# The form's kind before a section key (`role_section`): "ansokan:finansiering" is an application's answer.
_KIND_PREFIXES = {"ansokan": "ansokan:", "uppfoljning": "uppfoljning:"}


def role_section(section_key: str | None, form_kind: str | None) -> str | None:
    """The section key the role rules read: a section both forms have ("finansiering", "ovrigt", a follow-up's
    "beskrivning") is read as its form's when the report's kind is known; else the key as it is."""
    prefix = _KIND_PREFIXES.get(form_kind or "")
    if section_key is None or prefix is None:
        return section_key
    own = is_application(section_key) if form_kind == "ansokan" else section_key in follow_up_sections()
    return section_key if own else prefix + section_key


def is_application(section_key: str | None) -> bool:
    key = (section_key or "").lower()
    if key.startswith(_KIND_PREFIXES["uppfoljning"]):
        return False
    return key.startswith(_KIND_PREFIXES["ansokan"]) or any(part in key for part in APPLICATION_SECTIONS)


# "… vid Midsommarkransen 2022, som kostade 1,8 mnkr": a year named before money spent in the past.
_YEAR_BEFORE_SPENT_RE = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)[^.;#]{0,40}?(?:kostade|kostat|blev|landade|slutade)\s+(?:[\wåäö]+\s+){0,2}$",
    re.IGNORECASE,
)
# "kostar enligt offert 4,2 mnkr": a tender's price.
# "kostar enligt offert X", and an offer named as the figure's own noun: "Offerten från snickeriet lyder på X",
# "Målarfirmans offert: X", "Offert från Markbygg AB: X" (the nineteenth round's convention: in an application the
# offer for the thing bought is its budget; several offers, "två offerter: X och Y", leave the choice to the text)
_TENDER_RE = re.compile(
    r"(?<![\wåäö])(?:enligt\s+(?:[\wåäö]+\s+)?)?[\wåäö]*(?:offert|anbud)(?:en|et)?(?![\wåäö])", re.IGNORECASE
)


def earlier_project_spent(text: str, start: int) -> bool:
    """In an application, money spent on a thing of a named earlier year ("tunneln … 2022, som kostade X") is
    that earlier project's, not the application's budget."""
    return bool(_YEAR_BEFORE_SPENT_RE.search(text, 0, start))


# "År 1 beviljades X", "Första året fick vi X", "Under det andra året kostade projektet X" opening the sentence;
# "… fick X för första året": a grant or a cost of a numbered year of the project that came before
_EARLIER_YEAR = r"(?:år\s+[1-9]|(?:det\s+)?(?:första|andra|tredje)\s+året)"
_EARLIER_YEAR_BEFORE_RE = re.compile(
    rf"(?:^|[.!?:\n]\s*)(?:under\s+|för\s+)?{_EARLIER_YEAR}\s+"
    r"(?:beviljades|tilldelades|fick|kostade|användes|använde|gick\s+det\s+åt|gick\s+åt)\s+(?:[\wåäö]+\s+){0,3}$",
    re.IGNORECASE,
)
_EARLIER_YEAR_AFTER_RE = re.compile(rf"\s+för\s+{_EARLIER_YEAR}(?![\wåäö])", re.IGNORECASE)
_RECEIVED_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:beviljades|tilldelades|fick)\s+(?:[\wåäö]+\s+){0,3}$", re.IGNORECASE)


def earlier_project_year(text: str, span: tuple[int, int]) -> bool:
    """In an application, money granted or spent in a numbered earlier year of the project ("År 1 beviljades X",
    "Fältgruppen fick X för första året") is that year's, not the application's: the applicant asks for a later
    one. (In a follow-up "Första året kostade X" is the project's own outcome: the caller asks in applications.)"""
    before = text[: span[0]]
    if _EARLIER_YEAR_BEFORE_RE.search(before):
        return True
    return bool(_RECEIVED_BEFORE_RE.search(before) and _EARLIER_YEAR_AFTER_RE.match(text, span[1]))


def tender_price(text: str) -> bool:
    """In an application, a tender's price ("kostar enligt offert X") is what the project is estimated to cost."""
    return bool(_TENDER_RE.search(text))


def committed(text: str, start: int) -> bool:
    """A decision frame before the amount commits it ("godkänner att 350 tkr används")."""
    frames = list(_DECISION_FRAME_RE.finditer(text, 0, start))
    return bool(frames) and not _ALREADY_SPENT_RE.search(text, frames[-1].end(), start)


def spent_already(text: str) -> bool:
    return bool(_SPENT_RE.search(text))


# An earlier period or project than the report's: "förra året", "i fjol", "året före projektet",
# "innan kamerorna kom upp", "har tidigare fått", "senast vi …", "2019 års upprustning".
_EARLIER_RE = re.compile(
    r"(?<![\wåäö])(?:"
    r"(?:förra|föregående)\s+(?:år|året|årets|sommaren|hösten|våren|vintern|gången|perioden|omgången|säsongen)"
    r"|i\s*fjol(?:årets?)?"
    r"|(?:året|åren|perioden|tiden)\s+(?:före|innan)\s+(?:projektet|insatsen|satsningen|åtgärden|arbetet)"
    # "innan projektet," but not "innan projektet är klart" (a time still to come)
    r"|innan\s+(?:projektet|insatsen|satsningen|åtgärden|arbetet)(?=\s*[,)])"
    # "innan kamerorna kom upp", "innan vi fick stöd": a clause in the past
    r"|innan\s+(?:[\wåäö]+\s+){1,2}?(?:kom|fick|var|hade|blev|började|startade|infördes|sattes|[\wåäö]+(?:ade|dde))"
    r"|tidigare\s+(?:år|beviljat|beviljats|fått|erhållit|tilldelats|har|hade)|(?:har|hade)\s+(?:[\wåäö]+\s+)?tidigare"
    # "Året innan var budgeten X": the year before the report's
    r"|året\s+(?:innan|före|dessförinnan)(?=\s+(?:var|blev|hade|fick|kostade|uppgick|låg)(?![\wåäö]))"
    r"|senast\s+(?:vi|det|nämnden|föreningen|stadsdelen)"
    r"|(?:19|20)\d\d\s+års(?=\s+(?!budget|ram|anslag|[\wåäö]*medel|tilldelning|kalkyl|prognos)[\wåäö])"
    r")(?![\wåäö])",
    re.IGNORECASE,
)


def earlier_period(text: str, start: int, end: int) -> bool:
    """text[start:end] (the amount's clause and the clauses it continues) is about an earlier period."""
    return bool(_EARLIER_RE.search(text, start, end))


def is_form_section(section_key: str | None) -> bool:
    """A section of a follow-up or an application form: its figures are one project's."""
    return section_key is not None and (
        is_application(section_key)
        or section_key in follow_up_sections()
        or section_key.startswith(_KIND_PREFIXES["uppfoljning"])
    )


@lru_cache(maxsize=1)
def follow_up_sections() -> frozenset[str]:
    """The section keys only a follow-up form has (templates.json, via extractor.labels)."""
    from bilagor.extractor.labels import vocabulary

    return next((keys for kind, keys in vocabulary().kind_keys if kind == "uppfoljning"), frozenset())


# "Den bedömda utgiften är nu X": a calculation said to hold now is the forecast, whatever was decided before.
_NOW_RE = re.compile(r"(?<![\wåäö])(?:nu|numera|i\s+dag|för\s+närvarande)(?![\wåäö])", re.IGNORECASE)


_APPLIES_RE = re.compile(r"(?<![\wåäö])(?:ansöker|ansökt|ansökte|söker|sökt|sökte)\s+om(?![\wåäö])", re.IGNORECASE)
# ... and money sought or granted for the project with its figure ("Kommunen har sökt 2 mnkr från …", "Föreningen
# får 60 000 kronor av kulturnämnden …"): the total it is calculated to cost is what the money funds.
_FUNDED_RE = re.compile(
    r"(?<![\wåäö])(?:söker|sökt|sökte|beviljat|beviljats|beviljade|beviljas|får|fått|fick|tilldelas|tilldelats"
    r"|tilldelades)\s+(?:[\wåäö]+\s+){0,3}?\d",
    re.IGNORECASE,
)


# An insurer as the source of money ("fått X från försäkringsbolaget", "Försäkringen ersatte X", "X i
# försäkringsersättning"): a compensation, no grant and no funding that makes a calculation the budget (the eighth
# round's convention: an insurance compensation beside a building's cost is `annat`). Försäkringskassan is an agency.
_INSURANCE_RE = re.compile(r"(?<![\wåäö])försäkring(?!s?kassan)[\wåäö]*", re.IGNORECASE)


def insurance_money(text: str) -> bool:
    """The sentence names an insurance or an insurer (not Försäkringskassan) as where money came from."""
    return bool(_INSURANCE_RE.search(text))


def decided_calculation(text: str, previous: str, public: bool = False) -> bool:
    """A calculated cost in a sentence that, or whose previous sentences (`previous`), approve it or give
    or seek money for it: the budget. In public text (`public`) only a decision that approves the work does: a
    grant or an application for part of the cost before it ("Länsstyrelsen har beviljat X … Projektet beräknas
    kosta Y", "Kommunstyrelsen har godkänt att nämnden får använda X … Parken beräknas kosta Y") leaves the
    calculation the forecast it is (tests/data/roles/README.md, "Settled conventions": 8 burned labels to 3)."""
    if not _CALCULATED_RE.search(text) or _NOW_RE.search(text):
        return False
    if public:
        given = _FUNDED_RE.search(previous) or _APPLIES_RE.search(previous) or _GIVEN_RE.search(previous)
        return bool(_DECISION_RE.search(text) or (_DECISION_RE.search(previous) and not given))
    # an application in the sentence before ("Föreningen har ansökt om stöd … Kostnaden beräknas till X")
    # makes the calculation its budget, as in an application's own sections
    return bool(
        _DECISION_RE.search(text)
        or _DECISION_RE.search(previous)
        or _APPLIES_RE.search(previous)
        or (_FUNDED_RE.search(previous) and not insurance_money(previous))
    )


# "en ny kalkyl", "den senaste kalkylen", "den slutliga kostnadsberäkningen", "enligt den senaste bedömningen"
_NEW_CALCULATION_RE = re.compile(
    r"(?<![\wåäö])(?:ny|nya|senaste|slutliga|reviderade?|uppdaterade?)\s+"
    r"(?:kalkyl|kostnadskalkyl|kostnadsberäkning|bedömning)[\wåäö]*",
    re.IGNORECASE,
)
# "Kalkylen är inte godkänd", "nämnden har ännu inte godkänt den": no decision yet
_NOT_DECIDED_RE = re.compile(r"(?<![\wåäö])(?:inte|ej)\s+(?:[\wåäö]+\s+)?(?:godkän|fastställ|beslut)", re.IGNORECASE)


# what stands between a new calculation and a figure that is not its own: a plan named, a contrast
_OTHER_FIGURE_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*budget[\wåäö]*|medan|men|mot|jämfört|förra|tidigare|ursprungliga)(?![\wåäö])|\d",
    re.IGNORECASE,
)
_RIGHT_AFTER_FIGURE_RE = re.compile(r"\s*,?\s*(?:enligt|i|efter)\s+(?:en|den)\s+", re.IGNORECASE)  # "X, enligt en ny …"
# "Den förra kalkylen låg på X", "den ursprungliga kalkylen", "I den tidigare kalkylen var kostnaden X"
_EARLIER_CALCULATION_RE = re.compile(
    r"(?<![\wåäö])(?:förra|tidigare|ursprungliga|första|gamla)\s+(?:kalkyl|kostnadskalkyl|kostnadsberäkning)[\wåäö]*",
    re.IGNORECASE,
)


def new_calculation(text: str, span: tuple[int, int]) -> bool:
    """Public text: the amount is the figure of a new or latest calculation that no decision in its sentence approves
    ("Trafikkontoret har gjort en ny kalkyl: X", "Enligt den senaste kalkylen kostar bygget X", "… X, enligt en ny
    kalkyl"): where the cost is heading, the forecast; a calculation a body approved ("har godkänt en ny kalkyl på
    X") is the budget, and a plan named between the two ("…, medan budgeten är X") is that plan's figure."""
    if _DECISION_RE.search(text) and not _NOT_DECIDED_RE.search(text):
        return False
    for m in _NEW_CALCULATION_RE.finditer(text):
        # the calculation before its figure, or right after it ("X, enligt en ny kalkyl")
        between = (m.end(), span[0]) if m.end() <= span[0] else (span[1], m.start())
        near = m.end() <= span[0] or bool(_RIGHT_AFTER_FIGURE_RE.fullmatch(text, *between))
        if near and not _OTHER_FIGURE_RE.search(text, *between):
            return True
    return False


def earlier_calculation(text: str, context: str | None) -> bool:
    """Public text: the sentence gives an earlier calculation ("Den förra kalkylen låg på X") after a new one
    (`new_calculation`) in the text before it: a figure the new one replaced, `annat`."""
    return bool(_EARLIER_CALCULATION_RE.search(text) and _NEW_CALCULATION_RE.search(context or ""))


# A decision that gives money rather than approving the work: "beslutade att bevilja …", "godkänt att … får använda".
_GIVEN_RE = re.compile(
    r"(?<![\wåäö])(?:bevilja[\wåäö]*|anvisa[\wåäö]*|tilldela[\wåäö]*|får\s+använda|fått|använda)(?![\wåäö])",
    re.IGNORECASE,
)


# "Investeringen uppgår till X och ska vara klar 2027": a cost in the present ...
_PRESENT_COPULA_RE = re.compile(
    r"(?<![\wåäö])(?:uppgår\s+till|är|blir)\s+(?:(?:totalt|sammanlagt|cirka|ca)\s+)?$", re.IGNORECASE
)
# ... of work still to come
_TO_COME_RE = re.compile(
    r"(?<![\wåäö])(?:ska|skall|kommer\s+att|planeras|påbörjas|genomförs|byggs|startar|inleds)(?![\wåäö])",
    re.IGNORECASE,
)


def work_to_come(text: str, span: tuple[int, int]) -> bool:
    """The amount is a cost stated in the present of work the sentence says is still to come: the plan."""
    return bool(_PRESENT_COPULA_RE.search(text, 0, span[0])) and bool(_TO_COME_RE.search(text, span[1]))


# "Kommunen gick med ett överskott på X", "Region Halland redovisar ett underskott på X", "Sundbybergs stad lämnade
# ett överskott på X", "Kommunalförbundet gick med ett överskott på X": a whole municipality's, region's or
# federation's surplus or deficit is its result (the README's settled conventions); a committee's ("Kulturnämnden
# redovisar ett överskott") is a deviation from its budget. A federation by its own name ("Södertörns
# brandförsvarsförbund") is left: the burned writers split on it (h15p-090 `avvikelse`, h28p-140 `utfall`).
_BODY = (
    r"(?:(?i:kommunen|regionen|landstinget|staden|förbundet)|Region\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?"
    r"|[A-ZÅÄÖ][\wåäö]+\s+(?:kommun|län|stad|region)|(?i:kommunalförbundet))(?![\wåäö])"
)
_WHOLE_BODY_RE = re.compile(r"\s*" + _BODY)
# ... or the subject after a sentence's opening phrase and its verb ("Enligt delårsrapporten räknar kommunen nu med
# ett överskott på X", "För 2026 räknar regionen med ett underskott på X")
_BODY_AFTER_VERB_RE = re.compile(
    r"(?:^|,\s*|\s(?:och|men)\s+)[^,.;:]{0,40}?\s(?:räknar|redovisar|visar|gick|gör|gjorde|lämnade|lämnar|"
    r"prognostiserar|beräknar|väntar|får|fick|hade|har)\s+(?:nu\s+|i\s+år\s+|därmed\s+)?" + _BODY
)
# ... or named after the figure ("Bokslutet visar ett överskott på X för kommunen", "… för Stockholms stad")
_BODY_AFTER_RE = re.compile(r"\s*(?:(?:för|i)\s+\d{4}\s+)?(?:för|i)\s+(?:hela\s+)?" + _BODY)
_SURPLUS_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:(?:överskott|underskott)(?:et)?\s+(?:på|om)"
    # "Region X beräknar att underskottet för 2025 blir X"
    r"|(?:överskott|underskott)et\s+(?:för\s+\d{4}\s+)?(?:blir|blev|landar\s+på|hamnar\s+på|väntas\s+bli)"
    # "För 2025 blev underskottet X"
    r"|(?:blir|blev)\s+(?:överskott|underskott)et)"
    r"\s+(?:(?:cirka|ca|drygt|knappt|nästan)\s+)?$",
    re.IGNORECASE,
)
_PART_OF_BODY_RE = re.compile(r"nämnd|förvaltning|styrelse|verksamhet|bolag|sektor", re.IGNORECASE)
# a body named in a sentence ("Kommunen", "Lunds kommun", "Region Skåne", "i Lund"), or a part of one, or a person
# ("ekonomichefen"), anywhere in it: the sentence has a subject of its own, not the one before
_BODY_NAMED_RE = re.compile(_BODY + r"|(?<![\wåäö])i\s+[A-ZÅÄÖ]|(?i:inom\s)")
_UNIT_RE = re.compile(
    r"nämnd|förvaltning|styrelse|verksamhet|bolag|sektor|enhet|omsorg|skola|chef|direktör|ordförande", re.IGNORECASE
)


def result_of_whole_body(text: str, start: int, end: int | None = None, previous: str = "") -> bool:
    """The amount (from `start` to `end`) is a surplus or deficit of the municipality, region or federation its
    sentence opens with, its clause has for subject, or the words right after it name; or of the one the sentence
    before (`previous`) opens with, when the amount's sentence names no body of its own ("Region X gick med ett
    underskott på Y. För i år prognostiseras ett överskott på Z")."""
    if not _SURPLUS_BEFORE_RE.search(text, 0, start):
        return False
    body = _WHOLE_BODY_RE.match(text)
    if body is not None and not _PART_OF_BODY_RE.search(text, body.end(), start):
        return True
    before = _WHOLE_BODY_RE.match(previous)
    if (
        before is not None
        and not _UNIT_RE.search(previous, before.end())
        and not _UNIT_RE.search(text)
        and not _BODY_NAMED_RE.search(text, 0, start)
    ):
        return True
    clause_start = max((m.end() for m in re.finditer(r"[.;:!?]\s", text, 0) if m.end() <= start), default=0)
    body = _BODY_AFTER_VERB_RE.search(text[clause_start:start])
    if body is not None and not _PART_OF_BODY_RE.search(text[clause_start:start], 0, body.end()):
        return not _PART_OF_BODY_RE.search(text[clause_start:start], body.end())
    return (
        end is not None
        and bool(_BODY_AFTER_RE.match(text, end))
        and not _PART_OF_BODY_RE.search(text, clause_start, start)
    )


# "räknar kommunen nu med ett överskott på X": a verb of forecasting in the clause, wherever its subject stands
_FORECAST_VERB_RE = re.compile(
    r"(?<![\wåäö])(?:räknar|prognostiserar|beräknar|väntar|väntas)(?![\wåäö])", re.IGNORECASE
)


def forecast_clause(text: str, start: int) -> bool:
    """The clause before the amount at `start` holds a verb of forecasting."""
    clause_start = max((m.end() for m in re.finditer(r"[.;:!?]\s|,\s", text) if m.end() <= start), default=0)
    return bool(_FORECAST_VERB_RE.search(text, clause_start, start))
