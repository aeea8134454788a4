"""Figures of an earlier period than the report's ("Förra året kostade …", "Sedan 2019 har …"): pure
functions over a (masked) sentence and the text before it."""

from __future__ import annotations

import re

from bilagor.extractor.entities.money import find_money
from bilagor.extractor.entities.role_clauses import BRACKET_RE, clause_at, split_clauses
from bilagor.extractor.entities.role_context import SENTENCE_END_RE, context_role, previous_sentence
from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.role_stage import earlier_period

# "Sedan 2019 har …": a sum over earlier years
_SINCE_YEAR_RE = re.compile(r"(?<![\wåäö])sedan\s+(?:år\s+)?(?:19|20)\d\d(?![\wåäö])", re.IGNORECASE)
# "…, innan vi fick stöd": a time clause after the amount's own
_WHEN_BEFORE_RE = re.compile(r"\s*innan(?![\wåäö])", re.IGNORECASE)
_NOW_RE = re.compile(r"(?<![\wåäö])(?:i\s+år|i\s+dag|hittills|nu)(?![\wåäö])", re.IGNORECASE)
_HAS_FIGURE_RE = re.compile(r"\d")


def beside_current(text: str, spans: tuple[tuple[int, int], ...], role: str, context: str | None) -> bool:
    """The sentence also holds this year's figure ("… förra året och har i år fått Y"), or the sentence
    before states a figure of the same role."""
    if len(spans) > 1 and _NOW_RE.search(text):
        return True
    return _previous_states(role, context)


def since_earlier_year(text: str, role: str, context: str | None) -> bool:
    """A sum over the years since an earlier one, after a sentence that states this year's figure of
    the same role ("Utfallet för 2023 blev X. Sedan 2019 har Y investerats")."""
    return bool(_SINCE_YEAR_RE.search(text)) and _previous_states(role, context)


def _previous_states(role: str, context: str | None) -> bool:
    """The sentence before the amount's states a figure of `role`."""
    previous = previous_sentence(context)
    return bool(_HAS_FIGURE_RE.search(previous)) and context_role(previous) == role


def of_earlier_period(text: str, span: tuple[int, int]) -> bool:
    """The amount's clause, or a clause it continues, names an earlier period ("Förra året kostade …")."""
    clauses = split_clauses(text, find_cues(text))
    here = clause_at(clauses, span[0])
    if _NOW_RE.search(text, clauses[here].start, clauses[here].end):
        return False  # "… förra året och har i år fått Y": this clause says now
    first = here
    while first > 0 and not clauses[first].contrast:
        first -= 1
    last = here + 1 if here + 1 < len(clauses) and _WHEN_BEFORE_RE.match(text, clauses[here + 1].start) else here
    # "Årets utfall X (föregående år Y)": a bracket's period is the bracket's own
    unbracketed = BRACKET_RE.sub(lambda m: m.group() if m.start() <= span[0] < m.end() else " " * len(m.group()), text)
    return earlier_period(unbracketed, clauses[first].start, clauses[last].end)


# Roles a figure of another period can wear; what is asked for is always the report's own.
DATED_ROLES = ("utfall", "beviljat", "budget", "avvikelse", "prognos")


def earlier_beside_current(
    text: str, spans: tuple[tuple[int, int], ...], role: str, context: str | None, form: bool
) -> bool:
    """A figure of an earlier period (`of_earlier_period`) that is not the report's: in a form an outcome or
    grant always ("Förra året fick vi X"), another role beside a current figure of its own role; in public
    text beside any current figure ("… har fått 600 000 kr. Förra sommaren användes 540 000 kr")."""
    if form and role in ("utfall", "beviljat"):
        return True
    if beside_current(text, spans, role, context):
        return True
    if form or role == "budget":
        return False  # "Nämnden har tidigare avsatt X för ändamålet": money set aside still stands
    previous = previous_sentence(context, 2)
    # beside an application the earlier grant is the only grant ("ansöker om X. Förra året beviljades Y")
    return _money_in(previous) and not any(c.role == "sokt" for c in find_cues(previous))


_YEAR_RE = re.compile(r"(?<![\d#])(?:19|20)\d\d(?![\d#])")
# "förs över till 2021", "minska … till 2025", "senast 2026": a year things are due by is no period of the figure
_DUE_YEAR_RE = re.compile(r"(?<![\wåäö])(?:till|senast|inför)\s+(?:(?:år|våren|hösten|utgången\s+av)\s+)?(?:19|20)\d\d")


def of_other_year(text: str, span: tuple[int, int], previous: str, application: bool) -> bool:
    """The amount's part of the sentence (between semicolons) names one year, and an earlier part or one of
    the sentences before (`previous`), with money in it, names only other years: the figure of another
    period beside the current one ("… under 2025. Under 2024 lades X på samma ändamål", "Budget 2023 var X;
    för 2022 var motsvarande siffror Y"). In an application a later year is the project's own."""
    start = max((m.end() for m in re.finditer(";", text[: span[0]])), default=0)
    end = next((span[1] + m.start() for m in re.finditer(";", text[span[1] :])), len(text))
    years = {int(y) for y in _YEAR_RE.findall(_DUE_YEAR_RE.sub(" ", text[start:end]))}
    if len(years) != 1:
        return False
    others = {int(y) for y in _YEAR_RE.findall(text[:start])} if "#" in text[:start] else set()
    for sentence in SENTENCE_END_RE.split(previous):
        if _money_in(sentence):
            others |= {int(y) for y in _YEAR_RE.findall(sentence)}
    if not others or years & others:
        return False
    return not application or max(years) < min(others)


# A sentence's end that keeps a label line whole ("Utfall 2025: X kr."), unlike role_context's sentences.
_LABEL_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")


def next_period_line(text: str, span: tuple[int, int], role: str, previous: str = "") -> bool:
    """A grant or budget on a line of its own labelled with a later year than every line above it with money,
    one of which labels an outcome: the next period's figure beside this one's ("Anslag 2024: X / Utfall 2024:
    Y / Anslag 2025: Z"). Outcomes of later years are the project's own ("Utfall 2023: X / Utfall 2024: Y").
    The lines above may be sentences before the amount's (`previous`: "Budget 2024: X kr. Utfall 2024: Y kr.")."""
    if role not in ("beviljat", "budget"):
        return False
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = next((span[1] + m.start() for m in re.finditer("\n", text[span[1] :])), len(text))
    years = {int(y) for y in _YEAR_RE.findall(_DUE_YEAR_RE.sub(" ", text[line_start:line_end]))}
    above = [line for line in _LABEL_SENTENCE_END_RE.split(previous) if _money_in(line)]
    above += [line for line in text[:line_start].split("\n") if "#" in line]
    above_years = {int(y) for line in above for y in _YEAR_RE.findall(line)}
    outcome_above = any(c.role == "utfall" for line in above for c in find_cues(line))
    return len(years) == 1 and bool(above_years) and min(years) > max(above_years) and outcome_above


def _money_in(text: str) -> bool:
    return bool(text.strip()) and bool(find_money(text))


# "Den ursprungliga budgeten var X": a plan since replaced
_ORIGINAL_RE = re.compile(
    r"(?<![\wåäö])(?:ursprungliga?|ursprungligen|första|tidigare)\s+(?:[\wåäö]+\s+)?(?:budget|kalkyl|ram)[\wåäö]*",
    re.IGNORECASE,
)


def superseded_plan(text: str, span: tuple[int, int], context: str | None) -> bool:
    """An original budget after a sentence that states the current one ("Efter utökningen är budgeten 4 mnkr.
    Den ursprungliga budgeten var 3,2 mnkr."): the revised figure stands, the original is annat."""
    clauses = split_clauses(text, find_cues(text))
    clause = clauses[clause_at(clauses, span[0])]
    if not _ORIGINAL_RE.search(text, 0, clause.end):
        return False
    previous = previous_sentence(context, 2)
    return any(
        context_role(sentence) == "budget" and _money_in(sentence) for sentence in SENTENCE_END_RE.split(previous)
    )


# "Budgeten justerades från X till Y", "ramen har höjts i maj från X till Y": the figure changed from is
# superseded by the one it changed to. Told in the past only: "Bidraget minskar nästa år från X till Y" sets
# this year's figure beside next year's.
_CHANGED_FROM_RE = re.compile(
    r"(?<![\wåäö])(?:(?:revider|juster|ändr|minsk)(?:ades|ats|at)|(?:höj|sänk|utök)(?:des|tes|ades|ts|t|ats|at)"
    r"|räkna(?:de|des|ts)\s+upp|skr(?:ev|evs|ivits)\s+(?:upp|ned|ner)"
    # ... or by a body, in the active ("Nämnden höjde i juni budgeten från X till Y", "som nämnden sänkte från X")
    r"|höjde|sänkte|(?:minsk|utök|juster|revider|ändr)ade)"
    r"\s+(?:[\wåäö]+\s+){0,4}?från\s+$",
    re.IGNORECASE,
)
_CHANGED_TO_RE = re.compile(r"\s+till\s+#", re.IGNORECASE)
# ... or told as happening now ("Mediebudgeten sänks från X till Y") or decided ("beslutade att sänka budgeten från
# X till Y"), in a sentence that names no later year the change is for
_CHANGING_FROM_RE = re.compile(
    r"(?<![\wåäö])(?:(?:revider|juster|ändr|minsk)as|(?:höj|sänk|utök)s"
    r"|(?:beslutade|beslöt|bestämde|beslutat|bestämt)\s+(?:[\wåäö]+\s+){0,3}?att\s+(?:revidera|justera|ändra|minska|höja|sänka|utöka))"
    r"\s+(?:[\wåäö]+\s+){0,4}?från\s+$",
    re.IGNORECASE,
)
_LATER_YEAR_RE = re.compile(
    r"(?<![\wåäö])(?:nästa|kommande|nästkommande)\s+år|(?:från\s+och\s+med|inför|för)\s+(?:år\s+)?20\d\d", re.IGNORECASE
)
# A passive of changing a plan ("justerades", "har sänkts", "räknades upp").
_CHANGE_VERB = (
    r"(?:revider|juster|ändr|minsk)(?:ades|ats)|(?:höj|sänk|utök)(?:des|tes|ades|ts|ats)|räkna(?:des|ts)\s+upp"
    r"|skr(?:evs|ivits)\s+(?:upp|ned|ner)"
)
# ... or the verb after the figure: "Budgeten på X justerades i maj till Y", "Ramen om X har sänkts till Y".
_CHANGED_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s+(?:har\s+|hade\s+)?(?:{_CHANGE_VERB})\s+(?:[\wåäö]+\s+){{0,4}}?till\s+#", re.IGNORECASE
)
# "… sänktes budgeten i juni till Y", "Budgeten på X justerades i maj till Y när hyran blev lägre": the figure a
# plan was changed to is the plan its noun names, whatever a clause after it says.
_PLAN_NOUN = r"budget(?:en)?|ram(?:en)?|kalkyl(?:en)?|bidrag(?:et)?|stöd(?:et)?"
_CHANGED_TO_BEFORE_RE = re.compile(
    rf"(?<![\wåäö])(?P<noun>{_PLAN_NOUN})(?:\s+(?:på|om)\s+#+(?:\s*(?:kronor|kr))?)?\s+(?:har\s+|hade\s+)?"
    rf"(?:{_CHANGE_VERB})\s+(?:[\wåäö]+\s+){{0,3}}?till\s+$"
    rf"|(?<![\wåäö])(?:{_CHANGE_VERB})\s+(?P<noun_after>{_PLAN_NOUN})\s+(?:[\wåäö]+\s+){{0,3}}?till\s+$",
    re.IGNORECASE,
)


def changed_to_role(text: str, span: tuple[int, int]) -> str | None:
    """The role of the figure a budget or grant was changed to ("… sänktes budgeten till X"): its noun's."""
    m = _CHANGED_TO_BEFORE_RE.search(text, 0, span[0])
    if m is None:
        return None
    noun = (m.group("noun") or m.group("noun_after")).lower()
    return "beviljat" if noun.startswith(("bidrag", "stöd")) else "budget"


# "Sänkningen av budgeten med X", "en höjning av ramen med X": the change named as a noun, not the plan itself.
_CHANGE_NAMED_RE = re.compile(
    rf"(?<![\wåäö])(?:sänkning|höjning|ökning|minskning|utökning|neddragning)(?:en)?\s+av\s+(?:[\wåäö]+\s+)?"
    rf"(?:{_PLAN_NOUN}|anslag(?:et)?)\s+med\s+$",
    re.IGNORECASE,
)


def changed_by(text: str, span: tuple[int, int]) -> bool:
    """The amount is the change of a budget or grant named as a noun ("Höjningen av ramen med X")."""
    return bool(_CHANGE_NAMED_RE.search(text, 0, span[0]))


def changed_from(text: str, span: tuple[int, int]) -> bool:
    """The amount is the figure a budget or grant was changed from, the new one following it."""
    if _CHANGED_AFTER_RE.match(text, span[1]):
        return True
    if not _CHANGED_TO_RE.match(text, span[1]):
        return False
    if _CHANGED_FROM_RE.search(text, 0, span[0]):
        return True
    return bool(_CHANGING_FROM_RE.search(text, 0, span[0])) and not _LATER_YEAR_RE.search(text)


# "Nämnden höjde i juni bidraget till cirkusskolan från X till Y", "Kostnaden har stigit från X till Y", "en utökad
# budget, från X till Y": whatever the noun, the level a figure was changed from is no longer the figure (the
# held-out writers of twelve rounds: `annat`). Any verb or noun of change before it in its sentence, any distance.
_FROM_BEFORE_RE = re.compile(r"(?<![\wåäö])från\s+(?:(?:ca|cirka|c:a|drygt|knappt|runt)\s+)?$", re.IGNORECASE)
_ANY_CHANGE_RE = re.compile(
    r"(?<![\wåäö])(?:höj|sänk|minsk|utök|juster|ändr|revider|förändr|halver|fördubbl|stig|steg|sjunk|sjönk"
    r"|ök(?:a|ar|ade|at|ats|ning)|räkna\w*\s+upp|skr[ie]v\w*\s+(?:upp|ned|ner)|dra\w*\s+(?:ned|ner)"
    r"|gå(?:r|tt)?(?![\wåäö])|gick(?![\wåäö]))",
    re.IGNORECASE,
)
_SENTENCE_START_RE = re.compile(r"[.!?]\s|\n")
# A change decided or done, not one told as coming: "har beslutat att sänka", "höjde", "har stigit".
_DONE_RE = re.compile(
    r"(?<![\wåäö])(?:beslut\w*|beslöt|bestämt|bestämde|godkänt|godkände|har|hade)(?![\wåäö])", re.IGNORECASE
)


def changed_from_level(text: str, span: tuple[int, int]) -> bool:
    """The amount is the level a figure was changed from, "från X till Y", Y the figure after it; a change told as
    coming in a later year ("Bidraget minskar nästa år från X till Y") sets this year's figure beside it instead."""
    if not (_CHANGED_TO_RE.match(text, span[1]) and _FROM_BEFORE_RE.search(text, 0, span[0])):
        return False
    start = max((m.end() for m in _SENTENCE_START_RE.finditer(text, 0, span[0])), default=0)
    if not _ANY_CHANGE_RE.search(text, start, span[0]):
        return False
    if _LATER_YEAR_RE.search(text) and not (
        _CHANGED_FROM_RE.search(text, start, span[0]) or _DONE_RE.search(text, start, span[0])
    ):
        return False
    return True


# "Budgeten var först X men sänktes i maj till Y", "en budget på X, som höjdes i september till Y", "X, vilken i maj
# utökades till Y": a plan its own sentence changes later is superseded (`annat`); "och i år har ramen höjts till Y"
# is another year's plan beside it, not a change of this one. The change, after the plan, up to "till":
_LATER_CHANGE = (
    r"(?<![\wåäö])(?:men|som|vilken|vilket)\s+(?P<words>[^.#\n]{0,40}?)(?<![\wåäö])"
    r"(?:revider|juster|ändr|minsk|höj|sänk|utök|skrevs?\s+(?:upp|ned|ner)|räknade?s?\s+upp)[\wåäö]*"
    r"(?P<after>[^.#\n]{0,40}?)(?<![\wåäö])till\s+"
)
_CHANGED_LATER_RE = re.compile(rf"\s*(?:kronor|kr)?[^.#\n]{{0,60}}?{_LATER_CHANGE}#", re.IGNORECASE)


def changed_later(text: str, span: tuple[int, int]) -> bool:
    """The amount is a plan its sentence goes on to change ("… men höjdes i juni till Y")."""
    return bool(_CHANGED_LATER_RE.match(text, span[1]))


# ... and the figure it was changed to is the plan now, whatever words follow it ("… som höjdes i september till Y
# när en lokal blev ledig"): the budget, or the grant when the change names one ("höjde bidraget till Y").
_CHANGED_TO_LATER_RE = re.compile(rf"#[^.#\n]{{0,70}}?{_LATER_CHANGE}(?:(?:ca|cirka)\s+)?$", re.IGNORECASE)


def changed_later_to(text: str, span: tuple[int, int]) -> str | None:
    """The role of the figure a plan before it in its sentence was changed to ("X men höjdes i juni till Y")."""
    m = _CHANGED_TO_LATER_RE.search(text, 0, span[0])
    if m is None:
        return None
    return "beviljat" if re.search(r"bidrag|stöd", m.group("words") + m.group("after"), re.IGNORECASE) else "budget"


# "Prognosen i juni låg på X, men utfallet blev Y": a forecast told in the past, overtaken in its sentence.
_BUT_RE = re.compile(r"(?<![\wåäö])men(?![\wåäö])", re.IGNORECASE)
_FORECAST_TOLD_RE = re.compile(r"prognos|prognostiserade", re.IGNORECASE)
_PAST_COPULA_OR_VERB_RE = re.compile(r"(?<![\wåäö])(?:var|låg|blev|visade|pekade|prognostiserade)(?![\wåäö])", re.I)


def overtaken_forecast(text: str, span: tuple[int, int]) -> bool:
    """A forecast told in the past whose sentence goes on, after "men", to state the outcome."""
    if not (_FORECAST_TOLD_RE.search(text, 0, span[0]) and _PAST_COPULA_OR_VERB_RE.search(text, 0, span[0])):
        return False
    but = _BUT_RE.search(text, span[1])
    if but is None:
        return False
    return any(c.role == "utfall" for c in find_cues(text[but.end() :]))


# "I februariprognosen var underskottet X", "Vid förra prognosen låg det på X": a forecast named and told in the past
_FORECAST_NAMED_RE = re.compile(
    r"(?<![\wåäö])(?:vid|i)\s+(?:(?:den|det)\s+)?(?:[\wåäö]+\s+)?[\wåäö]*prognos(?:en)?(?:\s+\d)?(?![\wåäö])",
    re.IGNORECASE,
)
_PAST_COPULA_RE = re.compile(r"(?<![\wåäö])(?:var|låg|blev|visade|pekade)(?![\wåäö])", re.IGNORECASE)
_FORECAST_RE = re.compile(r"prognos", re.IGNORECASE)


def earlier_forecast(text: str, span: tuple[int, int], context: str | None) -> bool:
    """A figure of an earlier forecast after a sentence stating the current forecast with its figure."""
    if not (_FORECAST_NAMED_RE.search(text, 0, span[0]) and _PAST_COPULA_RE.search(text, 0, span[0])):
        return False
    previous = previous_sentence(context, 2)
    return _money_in(previous) and bool(_FORECAST_RE.search(previous))


# "beräknad kostnad 28 000 kr, verklig kostnad 24 300 kr": in a follow-up, an estimate labelled as one beside the
# figure labelled the actual one is the plan the outcome is set against, the budget (no forecast: the work is done).
_ESTIMATE_LABEL_RE = re.compile(
    r"(?<![\wåäö])(?:beräknad|uppskattad|kalkylerad|bedömd|preliminär|budgeterad)e?\s+(?:[\wåäö]+\s+)?(?:[:=]\s*)?$",
    re.IGNORECASE,
)
_ACTUAL_LABEL_RE = re.compile(
    r"(?<![\wåäö])(?:verklig|faktisk|slutlig)(?:a|t)?\s+(?:[\wåäö]+\s+)?(?:[:=]\s*)?$", re.IGNORECASE
)
_LABEL_WINDOW = 40  # characters before an amount where its label stands


def estimate_beside_actual(text: str, span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    """The amount is labelled an estimate and another amount of the sentence the actual figure."""
    if not _ESTIMATE_LABEL_RE.search(text, max(0, span[0] - _LABEL_WINDOW), span[0]):
        return False
    return any(s != span and _ACTUAL_LABEL_RE.search(text, max(0, s[0] - _LABEL_WINDOW), s[0]) for s in spans)


# A level changed for a coming year ("Bidraget sänks från X till Y nästa år", "Ramen höjs 2027 från X till Y"):
# told in the present, with the year it is for (the settled conventions, tests/data/roles/README.md)
_FUTURE_CHANGE_RE = re.compile(
    r"(?<![\wåäö])(?:höjs|sänks|minskar|minskas|ökar|ökas|utökas|skärs\s+(?:ned|ner)|dras\s+(?:ned|ner)|räknas\s+upp)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)
_COMING_YEAR_RE = re.compile(
    rf"{_LATER_YEAR_RE.pattern}|(?<![\wåäö])(?:från|under|år)\s+(?:och\s+med\s+)?20\d\d(?![\wåäö])"
    r"|(?:höjs|sänks|minskar|minskas|ökar|ökas|utökas)\s+20\d\d(?![\wåäö])",
    re.IGNORECASE,
)
_FROM_BEFORE_RE = re.compile(r"(?<![\wåäö])från\s+$", re.IGNORECASE)
_TO_BEFORE_RE = re.compile(
    r"(?<![\wåäö])från\s+#+(?:\s*(?:kronor|kr|mnkr|tkr|miljoner(?:\s+kronor)?))?(?:\s+i\s+år)?\s+till\s+$",
    re.IGNORECASE,
)
# Money the body gets rather than spends: the state's compensation or grant to a municipality, income
_INCOME_RE = re.compile(r"ersättning|statsbidrag|statlig|statens|intäkt", re.IGNORECASE)


def future_level_role(text: str, span: tuple[int, int]) -> str | None:
    """The role of a figure in a level changed for a coming year (masked `text`): the old level `annat`, the new
    one the coming year's budget, or `annat` where the level is income the body gets."""
    if not (_FUTURE_CHANGE_RE.search(text) and _COMING_YEAR_RE.search(text)):
        return None
    before = text[: span[0]]
    if _FROM_BEFORE_RE.search(before) and _CHANGED_TO_RE.match(text, span[1] + _unit_length(text, span[1])):
        return "annat"
    if _TO_BEFORE_RE.search(before):
        return "annat" if _INCOME_RE.search(text) else "budget"
    return None


def _unit_length(text: str, end: int) -> int:
    """The length of a unit word right after a masked amount ("# kronor till #")."""
    m = re.match(r"\s*(?:kronor|kr|mnkr|tkr|miljoner(?:\s+kronor)?|i\s+år)(?![\wåäö])", text[end:], re.IGNORECASE)
    return m.end() if m else 0
