"""Budgets and grants revised during a project: pure rules over one report's amounts.

A report may tell its budget's history: "Ursprungligen budgeterades X, men budgeten justerades upp till Y",
"en tilläggsbudget på X, så att den totala budgeten blev Y", "en ny kalkyl på Y", "bidraget höjdes till Y".
Only the latest figure is the report's budget; the one it replaced and the increment that led to it are not
summed beside it (`annat`, as the held-out sets' writers annotate them).

This module owns the report-level step's choice of which figure is summed (`superseded`, `revision_of`): revisions
("justerades till", "en ny kalkyl", "från X till Y") and the figures before them. A supplement's wording (a
tilläggsbudget, "utökades med") is `role_supplements`' (`SUPPLEMENT_WORDS`), which also sets, in one passage, the
roles of a supplement and the new total after it; here an increment only drops out of the sum beside a larger figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_supplements import SUPPLEMENT_WORDS

REVISED, EARLIER, INCREMENT = "revised", "earlier", "increment"
_REVISION_STEMS = (
    r"(?:justera|revidera|ändra|utöka|minska|öka|räkna)(?:des|de|ts|t|s)|(?:sänk|höj)(?:des|tes|te|ts|t|s)"
)
# "justerades budgeten upp till X", "reviderades till X", "sänktes senare till X", "höjdes bidraget till X"
_REVISED_VERB_RE = re.compile(
    rf"(?<!{_W})(?:{_REVISION_STEMS}|skrevs)(?:\s+{_W}+){{0,5}}?\s+till\s+(?:(?:ca|cirka|drygt|knappt|omkring|nästan|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)
# "en ny kalkyl fram på X", "Reviderad budget: X" ("den totala budgeten" may be a sum of parts, not a revision)
_REVISED_NOUN_RE = re.compile(
    rf"(?<!{_W})(?:ny|nya|reviderad|reviderade|justerad|justerade|uppdaterad|uppdaterade)\s+"
    rf"(?:budget|budgeten|kalkyl|kalkylen|ram|ramen|bidrag|bidraget)(?!{_W})[^.;]{{0,40}}$",
    re.IGNORECASE,
)
# "en tilläggsbudget på X", "utökades med X", "ett tillskott om X" (the supplement's words are role_supplements')
_INCREMENT_RE = re.compile(
    rf"{SUPPLEMENT_WORDS}\s+(?:{_W}+\s+){{0,2}}?(?:på|om|med)\s+(?:{_W}+\s+)?$",
    re.IGNORECASE,
)
_EARLIER_RE = re.compile(
    rf"(?<!{_W})(?:ursprunglig{_W}*|initialt|inledningsvis|först|första|från\s+början|tidigare|"
    rf"i\s+ansökan|preliminär{_W}*)(?!{_W})",
    re.IGNORECASE,
)
# "justerades i maj från X till Y": the figure a revision left, and the words between it and "till"
_FROM_RE = re.compile(rf"(?<!{_W})(?:{_REVISION_STEMS})(?:\s+{_W}+){{0,5}}?\s+från\s+$", re.IGNORECASE)
_FROM_FIGURE_RE = re.compile(
    r"\s+från\s+(?:ca\s+|cirka\s+)?\d[\d\s\u00a0.,]*(?:\s*(?:kr|kronor|tkr|mnkr|msek|miljoner(?:\s+kronor)?|:-))?(?=\s+till\s+\S*$)",
    re.IGNORECASE,
)
# "Budgeten räknades om i september … och landade då på X", "Kalkylen reviderades efter anbudet och hamnade på X":
# a budget noun whose revision opens the sentence, and the first figure after it, after "till"/"på"
_REVISED_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?:den|det|projektets|vår|vårt)\s+)?(?P<noun>budget|kalkyl|ram|bidrag|anslag){_W}*\s+(?:har\s+|hade\s+)?"
    rf"(?:{_REVISION_STEMS}|skrevs)(?!{_W})(?!\s+(?:inte|aldrig|ej)(?!{_W}))[^\d]*(?<!{_W})(?:till|på)\s+"
    r"(?:(?:ca|cirka|drygt|knappt|omkring|nästan|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)
# "Efter att leverantören höjt priset reviderades budgeten i maj till X": the same revision in inverted order, the
# verb before its budget noun, right before the amount's clause ends in "till"/"på"
_REVISED_INVERTED_RE = re.compile(
    rf"(?<!{_W})(?:{_REVISION_STEMS})(?:\s+om)?\s+(?:den\s+|det\s+|projektets\s+)?(?P<noun>budget|kalkyl|ram|bidrag|anslag)"
    rf"(?:en|et|ramen)?(?!{_W})(?!\s+(?:inte|aldrig|ej)(?!{_W}))[^\d]*(?<!{_W})(?:till|på)\s+"
    r"(?:(?:ca|cirka|drygt|knappt|omkring|nästan|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_START_RE = re.compile(r"[.;!?]\s|[\n|]")
_CLAUSE_START_RE = re.compile(r"[.;!?]\s|[\n|]|\s(?:men|och)\s", re.IGNORECASE)  # not ":": "Summa: X"


def clause_before(sentence: str, text: str) -> str | None:
    """The words of the amount's clause before it; None if the amount is not found in its sentence."""
    where = re.search(r"(?<![\w,.])" + re.escape(text), sentence)
    if where is None:
        return None
    head = sentence[: where.start()]
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(head)]
    return head[starts[-1] :] if starts else head


def revision_of(sentence: str, text: str) -> str | None:
    """What the words before an amount in its clause say of it as a budget: the figure a revision arrived at
    (REVISED), the increment that led to it (INCREMENT), the figure before a revision (EARLIER), or None."""
    head = clause_before(sentence, text)
    if head is None:
        return None
    if _INCREMENT_RE.search(head):
        return INCREMENT
    if _FROM_RE.search(head):
        return EARLIER
    if _REVISED_VERB_RE.search(head) or _REVISED_VERB_RE.search(_FROM_FIGURE_RE.sub("", head)):
        return REVISED
    if _REVISED_NOUN_RE.search(head) or revised_subject(sentence, text):
        return REVISED
    if _EARLIER_RE.search(head):
        return EARLIER
    return None


def revised_subject(sentence: str, text: str) -> str | None:
    """The role of the budget noun whose revision opens the amount's sentence, when the amount is the first figure
    after it ("Budgeten räknades om i maj och låg sedan på X", "Anslaget …": budget; "Bidraget justerades … till X":
    beviljat), or
    whose verb comes first ("… reviderades budgeten i maj till X")."""
    where = re.search(r"(?<![\w,.])" + re.escape(text), sentence)
    if where is None:
        return None
    head = sentence[: where.start()]
    starts = [m.end() for m in _SENTENCE_START_RE.finditer(head)]
    own = head[starts[-1] :] if starts else head
    found = _REVISED_SUBJECT_RE.search(own) or _REVISED_INVERTED_RE.search(own)
    if found is None:
        return None
    return "beviljat" if found.group("noun").lower() == "bidrag" else "budget"  # an "anslag" is the budget


def superseded(sentences: Sequence[str], texts: Sequence[str], values: Sequence[int | None]) -> set[int]:
    """Of one role's amounts in document order (their sentences, texts and values), the indices that a later
    revision replaced: with a revised figure, every other value before it and every earlier or increment
    figure; with none, an earlier figure beside another value that is not earlier, an increment beside a larger
    one."""
    kinds = [revision_of(s, t) for s, t in zip(sentences, texts)]
    revised = [i for i, kind in enumerate(kinds) if kind == REVISED and values[i] is not None]
    if revised:
        last = revised[-1]
        keep = values[last]
        return {
            i
            for i, (kind, value) in enumerate(zip(kinds, values))
            if value is not None and value != keep and (i < last or kind in (EARLIER, INCREMENT))
        }
    earlier = {i for i, kind in enumerate(kinds) if kind in (EARLIER, INCREMENT) and values[i] is not None}
    others = {v for i, v in enumerate(values) if i not in earlier and v is not None}
    # an increment only beside the larger total it led to ("ett tillskott på X" alone is the grant)
    return {
        i
        for i in earlier
        if others and values[i] not in others and (kinds[i] == EARLIER or any(v > (values[i] or 0) for v in others))
    }
