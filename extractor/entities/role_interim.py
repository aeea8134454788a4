"""A figure of the period so far beside a forecast of the whole, and an earlier forecast beside the final figure,
in public text: pure rules over plain text.

The sets' convention since the nineteenth round (tests/data/roles/README.md): a cost, payment, deficit or surplus
of the period so far ("hittills", "än så länge", "per den 30 juni", "vid halvårsskiftet", "Tertialrapporten visar
…") is an interim figure, `annat`, when the passage forecasts the whole, with money ("Prognosen för året är Y",
"slutkostnaden beräknas bli Y") or in words only ("förvaltningen bedömer att budgeten håller", "tror att resten går
åt"); with no forecast beside it, it stays the outcome (or the deviation) so far. Swedish states the period so far
in many ways, so the markers are words of time, not a sentence's shape; `role_passage` applies the rule.

The other way round, a forecast made earlier ("I tertialrapporten räknade nämnden med X", "Vid delårsbokslutet
bedömdes kostnaden till X", "I våras hade regionen prognostiserat X") beside the year's or the work's final figure
is overtaken, `annat` (the sets' convention since the seventh round).
"""

from __future__ import annotations

import re

MONTH = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november)"  # not december: the year is over
# The period so far, beside role_passage's markers of a part of the year gone: a date or month's end a figure is
# booked to ("den sista april", "i slutet av maj", "vid utgången av september"), the half-year's turn: a year's
# figure.
PART_OF_YEAR_RE = re.compile(
    rf"(?<![\wåäö])(?:(?:vid|i)\s+slutet\s+av\s+{MONTH}|den\s+sista\s+{MONTH}|(?:vid|efter)\s+utgången\s+av\s+{MONTH}"
    r"|(?:vid|efter)\s+halvårsskiftet|efter\s+halva\s+året|efter\s+(?:ett|första)\s+halvår(?:et)?"
    r")(?![\wåäö])",
    re.IGNORECASE,
)
# ... or up to now, a project's or a year's ("har hittills kostat", "har kostat X så här långt", "fram till nu")
SO_FAR_RE = re.compile(
    r"(?<![\wåäö])(?:hittills|hitintills|än\s+så\s+länge|så\s+här\s+långt|fram\s+till\s+nu|i\s+dagsläget)(?![\wåäö])"
    rf"|{PART_OF_YEAR_RE.pattern}",
    re.IGNORECASE,
)
# A report of a part of the year framing the sentence the figure stands in ("Tertialrapporten visar att …",
# "Enligt delårsrapporten …", "Tertialrapport 1 visar …").
_INTERIM_REPORT_RE = re.compile(
    r"(?<![\wåäö])(?:tertialrapport|delårsrapport|delårsbokslut|månadsrapport|tertialuppföljning)[\wåäö]*"
    r"(?:\s+\d)?(?![\wåäö])",
    re.IGNORECASE,
)
# A forecast told in words ("bedömer att …", "räknar med att …", "tror att …", "väntar sig att …", "Prognosen …")
# whose words then speak of the money or the year ("… att budgeten håller", "… att resten går åt", "… att helåret
# slutar i balans"): a forecast of the whole without a figure. A project expected to be finished is no such forecast.
_FORECAST_VERB_RE = re.compile(
    r"(?<![\wåäö])(?:bedömer|bedöms|bedömningen|tror|räknar\s+med|väntar\s+sig|väntas|förväntas|beräknar|beräknas"
    r"|uppskattar|[\wåäö]*prognos[\wåäö]*)(?![\wåäö])",
    re.IGNORECASE,
)
_MONEY_OR_YEAR_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*budget[\wåäö]*|ramen|[\wåäö]*kostnad[\wåäö]*|beloppet|resten|återstoden|pengarna"
    r"|medlen|helåret|året|årets\s+slut|balans|[\wåäö]*underskott[\wåäö]*|[\wåäö]*överskott[\wåäö]*|räck[\wåäö]*"
    r"|gå[rt]?\s+åt|förbruka[\wåäö]*|använd[\wåäö]*|jämnt|kosta[rt]?|vinter(?:n|ns)|säsong(?:en|ens))(?![\wåäö])",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# Where a clause after the amount starts: a comma or semicolon, or "men"/"och"/"medan" opening a new subject.
_NEXT_CLAUSE_RE = re.compile(
    r"[,;]|(?<![\wåäö])(?:men|medan|och)\s+(?=[\wåäö]+\s+(?:bedömer|tror|räknar|väntar))", re.IGNORECASE
)


def own_clause_end(text: str, after: int, end: int) -> int:
    """Where the amount's own words end: the first clause boundary after it (`after`: the amount's end), at the
    latest `end`."""
    m = _NEXT_CLAUSE_RE.search(text, after, end)
    return m.start() if m else end


# The rest of the work or money, not the whole ("återstående arbeten", "den sista etappen", "ytterligare X")
_PART_RE = re.compile(
    r"(?<![\wåäö])(?:återst[åo][\wåäö]*|resterande|ytterligare|sista|kvar|extra)(?![\wåäö])", re.IGNORECASE
)
# A project's final or total cost ("slutkostnaden", "den totala kostnaden", "den slutliga notan")
_FINAL_COST_RE = re.compile(r"(?<![\wåäö])(?:slut[\wåäö]*|total[\wåäö]*|notan)(?![\wåäö])", re.IGNORECASE)
# A forecast said not to exist ("Någon prognos för helåret har inte lämnats")
_NO_FORECAST_RE = re.compile(r"(?<![\wåäö])(?:inte|ingen|inga|saknas)(?![\wåäö])", re.IGNORECASE)


# The year or its season the figures are of ("i år", "helåret", "före årsskiftet", "under hösten", "vinterns")
_YEAR_RE = re.compile(
    r"(?<![\wåäö])(?:i\s+år|helår[\wåäö]*|årets|året|årsskiftet|årsbudget[\wåäö]*"
    r"|(?:i|under|till)\s+(?:höst|vår|vinter|sommar)(?:en)?|höstens|vinter(?:n|ns)|säsong(?:en|ens))(?![\wåäö])",
    re.IGNORECASE,
)
# Another year than the one running ("under nästa år")
_OTHER_YEAR_RE = re.compile(r"(?<![\wåäö])(?:nästa|kommande)\s+års?(?![\wåäö])", re.IGNORECASE)


def names_year(text: str) -> bool:
    """The passage speaks of the year running or its season: its figures so far are a period's, not only a
    project's."""
    return bool(_YEAR_RE.search(text))


def of_another_year(sentence: str) -> bool:
    """The sentence speaks of another year than the one running ("under nästa år")."""
    return bool(_OTHER_YEAR_RE.search(sentence))


def forecast_of_part(clause: str) -> bool:
    """A forecast's clause names the rest only: no forecast of the whole."""
    return bool(_PART_RE.search(clause))


def final_cost(clause: str) -> bool:
    """A forecast's clause names a final or total cost."""
    return bool(_FINAL_COST_RE.search(clause))


def names_period_so_far(clause: str, sentence_before: str) -> bool:
    """The amount's clause names the period so far, or a report of a part of the year frames its sentence
    (`sentence_before`: the sentence up to the amount)."""
    return bool(SO_FAR_RE.search(clause) or _INTERIM_REPORT_RE.search(sentence_before))


def forecast_in_words(text: str) -> bool:
    """`text` (the passage outside the interim figure's clause) forecasts the whole: a forecast verb or noun
    followed, in its sentence, by words of the money or the year."""
    for verb in _FORECAST_VERB_RE.finditer(text):
        end = _SENTENCE_END_RE.search(text, verb.end())
        stop = end.start() if end else len(text)
        begin = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, verb.start())), default=0)
        if (
            _MONEY_OR_YEAR_RE.search(text, verb.end(), stop)
            and not _NO_FORECAST_RE.search(text, begin, stop)
            and not _OTHER_YEAR_RE.search(text, begin, stop)
        ):
            return True
    return False


def is_forecast(clause: str) -> bool:
    """The clause is itself a forecast ("Prognosen efter april är ett underskott på X"): no interim figure."""
    return bool(_FORECAST_VERB_RE.search(clause))


# A forecast told in the past: a verb of forecasting in the past tense, or the forecast noun with a past copula.
_PAST_FORECAST_RE = re.compile(
    # ("det prognostiserade resultatet" is a forecast named, not told in the past)
    r"(?<![\wåäö])(?:(?<!det\s)(?<!den\s)(?<!de\s)prognostiserade|prognostiserades|prognostiserat|bedömdes|bedömde|räknade\s+(?:[\wåäö]+\s+){0,2}?med|beräknades"
    r"|beräknade|uppskattades|uppskattade|trodde|väntades|förväntades"
    r"|[\wåäö]*prognos(?:en)?\s+(?:[\wåäö]+\s+){0,4}?(?:var|låg|varit|visade|pekade)"
    # ... or after it ("I tertialrapport 2 var prognosen X")
    r"|(?:var|låg|visade|pekade)\s+(?:[\wåäö]+\s+){0,2}?[\wåäö]*prognos(?:en)?)(?![\wåäö])",
    re.IGNORECASE,
)
# ... made at an earlier time of the year: an interim report, a month, a season gone, a part of the year
_EARLIER_TIME_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*tertial[\wåäö]*|delårs[\wåäö]*|[\wåäö]*rapporten|i\s+våras|i\s+höstas|i\s+somras"
    rf"|(?:i|efter|per|under)\s+{MONTH}|(?:efter|vid)\s+halvåret|förra\s+prognosen|(?:den\s+)?tidigare\s+prognos(?:en)?)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)


def earlier_forecast(clause: str) -> bool:
    """The clause tells a forecast made at an earlier time of the year, in the past ("I tertialrapporten räknade
    nämnden med X")."""
    return bool(_PAST_FORECAST_RE.search(clause) and _EARLIER_TIME_RE.search(clause))


def plain_figure(clause: str) -> bool:
    """The clause states a figure as it is, no forecast and no period so far: a final figure."""
    return not (_FORECAST_VERB_RE.search(clause) or _PAST_FORECAST_RE.search(clause) or SO_FAR_RE.search(clause))


# A budget of the period itself ("Budgeten för perioden är Y", "periodens budget"): the figure so far is that
# period's outcome, set against its own plan, not an interim figure of the year.
_PERIOD_BUDGET_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*budget[\wåäö]*\s+för\s+perioden|periodens\s+budget|periodbudget[\wåäö]*)(?![\wåäö])",
    re.IGNORECASE,
)


def period_budget(text: str) -> bool:
    """The passage gives a budget of the period so far itself."""
    return bool(_PERIOD_BUDGET_RE.search(text))
