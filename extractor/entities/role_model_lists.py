"""Features for the model's largest loss to the rules, for the learned role decision (`role_model`; the
twenty-third round's try, issue #11): pure functions over a report's amounts and an amount's sentence.

Over nineteen rounds, 74 of the 101 amounts the model got wrong where the rules had them right were overrides to
`annat` of a clear role, mostly of two kinds:

- the cost lines of an outcome answer with no total beside them ("Lokaler 9 400 kr / Material 3 100 kr" under the
  grant they spent): the structure features read a list line as a part of a breakdown, which the corpus marks
  `annat` when its total stands beside it; without a total the lines are the outcome. `sibling_features` reads the
  amount's run of same-kind amounts in its answer (by the rules' roles), whether any other amount of the report is
  their sum, and their sum against the report's budget or grant;
- a grant received or given, the amount the object of "fick", "har fått", "tog emot", "beviljade", "gav"
  (`receipt_features`), kept apart from a thing got *för* an amount ("fick nya fönster för 80 000 kr", a cost).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_model_features import (
    _BUDGETS,
    _NEAR,
    Neighbour,
    _kind,
    _ratio_bucket,
    _read,
    _words,
)

_MAX_SIBLINGS = 4  # runs longer than this read as this long


def sibling_features(index: int, amounts: Sequence[Neighbour]) -> list[str]:
    """Amount `index` of a report (`report_neighbours`) as one of its answer's amounts of the same kind by the
    rules' roles (not `annat`): how many, whether another amount of the report is their sum (a total beside the
    parts: within 2 %), and their sum against the report's largest budget or grant outside them. Each with the
    amount's own role; nothing for an amount alone of its kind in its answer."""
    me = amounts[index]
    if me.role == "annat" or me.sek <= 0:
        return []
    group = [a for a in amounts if a.answer == me.answer and _kind(a.role) == _kind(me.role) and a.sek > 0]
    if len(group) < 2:
        return []
    rest = [a for a in amounts if a not in group]
    total = sum(a.sek for a in group)
    # a total of the run: exactly their sum, or a rounded sum of the same kind (a grant within 2 % of the costs
    # is the money they spent, not their total)
    summed = any(
        a.sek == total or (_kind(a.role) == _kind(me.role) and abs(a.sek - total) <= _NEAR * total) for a in rest
    )
    own = f"own:{me.role}"
    size = f"sib:{min(len(group), _MAX_SIBLINGS)}"
    feats = [f"{own}|{size}", f"{own}|sib_total:{'yes' if summed else 'no'}"]
    feats.append(f"{own}|sib_total:{'yes' if summed else 'no'}|sec:{me.section or '-'}")
    budgets = [a.sek for a in rest if a.role in _BUDGETS]
    if budgets and not summed:
        feats.append(f"{own}|sib_vs_budget:{_ratio_bucket(total, max(budgets))}")
    return sorted(set(feats))


# Verbs whose object is money received ("fick", "har fått", "tog emot", "erhöll") or given ("beviljade", "gav",
# "tilldelade", "delade ut"), the receiver or giver their subject.
_RECEIVE = re.compile(
    r"\b(?:fick|får|fått|erhöll|erhåller|erhållit|tog\s+emot|tar\s+emot|tagit\s+emot|mottog|mottagit|"
    r"beviljades|tilldelades|tillerkändes)\b",
    re.IGNORECASE,
)
_GIVE = re.compile(
    r"\b(?:gav|ger|ge|gett|givit|beviljade|beviljar|bevilja|tilldelade|tilldelar|delade\s+ut|delar\s+ut|anslog|"
    r"anslår|skänkte|bidrog)\b",
    re.IGNORECASE,
)
_OBJECT_WORDS = 3  # at most this many words between the verb and the amount: the amount is its object


def receipt_features(
    sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None, role: str | None = None
) -> list[str]:
    """A receiving or giving verb before the amount in its clause: `rcv:` or `give:` with "direct" when the amount
    follows within three words (its object: "I år fick jouren 250 000 kr") and "for" when "för" stands right
    before it (a thing got for the money: a cost), else "far"; each also with the rules' `role` when given."""
    start = span[0]
    text, _, clause_start, _ = _read(sentence, span, spans)
    feats = []
    for name, verb_re in (("rcv", _RECEIVE), ("give", _GIVE)):
        verb = None
        for m in verb_re.finditer(text, clause_start, start):
            verb = m
        if verb is None:
            continue
        between = [w for w in _words(text[verb.end() : start]) if w != "<amt>"]
        if between and between[-1] == "för":
            feats.append(f"{name}:for")
        elif len(between) <= _OBJECT_WORDS:
            feats.append(f"{name}:direct")
        else:
            feats.append(f"{name}:far")
    return feats + ([f"{f}|own:{role}" for f in feats] if role else [])
