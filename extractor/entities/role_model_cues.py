"""Three wordings of a follow-up report that the per-amount decision and the report step's sums misread (the
thirty-first round's report step): a pure rule over one report's amounts, after the per-amount decision, the
report-level rules and the prune, before the written-out products are read.

- A figure ordered or delivered but not yet invoiced or paid ("Beställt men ej fakturerat: X", "… om X som inte har
  fakturerats än", "… är beställt men inte betalt") beside another outcome figure is not part of the outcome: it
  becomes `annat` (the prune took out the figure the model found likelier `annat`, often the one already paid).
- Of a grant summed from two or more figures, where one figure's nearest funder is a committee ("nämnden",
  "stadsdelsnämnden") and others' nearest funder is another body ("Allmänna arvsfonden", "en stiftelse",
  "Studieförbundet"), the others become `annat`: co-funding is a source of the cost, not the committee's grant (the
  README's convention). Their sum often equals the outcome, so the agreement of budget and outcome that stops the
  prune cannot tell them apart.
- A figure stated as the change of the costs ("kostnaderna har ökat med X", "utgifterna steg med X") in a report that
  states a budget or grant is its deviation, `avvikelse` (as "X dyrare än beräknat"), where the model or the report
  step read it as the outcome or left it `annat` (then the fill for a missing outcome took it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bilagor.extractor.record import Amount

CUES_SOURCE = "report"  # the role_source of a role this step set (role_model_report.REPORT_SOURCE)
_DECIDED = ("model", "report")  # roles the learned decision set; a rules' role is left to the rules

_UNBILLED = re.compile(
    r"\b(?:ej|inte|ännu inte|än inte)\s+(?:har\s+)?(?:\w+\s+eller\s+)?(?:fakturer\w*|betal\w*)"
    r"|\bväntar\s+på\s+faktura|\bofakturer\w*|\bobetal\w*",
    re.IGNORECASE,
)
_COMMITTEE = re.compile(r"\b\w*nämnd\w*", re.IGNORECASE)
# another body than the city: the city's own administrations and boards ("kulturförvaltningen", "kommunstyrelsens
# medel", "trafikkontoret") give city money, a grant like the committee's (the README's co-funding convention)
_OTHER_BODY = re.compile(
    r"\b(?:\w*stiftelse\w*|\w*förbund\w*|\w*fond\w*|\w*verket|\w*rådet|\w*bolag\w*|(?i:region\s+\w+|länsstyrelse\w*)"
    # a named association ("Hyresgästföreningen"), not the applicant ("föreningen") nor a kind of grant
    # ("föreningsbidrag")
    r"|\w+förening(?:en)?\b|sponsor\w*|[A-ZÅÄÖ]\w*(?:bibliotek|förlag|bank)\w*)",
)
_CHANGE_BY = re.compile(
    r"\b(?:ökat|ökade|ökar|stigit|steg|stiger|höjts|höjdes|minskat|minskade|sjunkit|sjönk)\s+med\s+$", re.IGNORECASE
)
_COSTS = re.compile(r"\b(?:kostnad\w*|utgift\w*|notan|slutnotan)\b", re.IGNORECASE)


def report_cues_read(amounts: Sequence[Amount]) -> list[Amount]:
    """`amounts` of one follow-up report with a not-yet-invoiced figure taken out of the outcome, another body's
    share taken out of the grant and a stated change of the costs read as the deviation (the module's three)."""
    return changes_read(cofunders_out(unbilled_out(amounts)))


def unbilled_out(amounts: Sequence[Amount]) -> list[Amount]:
    """An outcome figure alone among the outcome's figures in a sentence that says it is not yet invoiced or paid
    becomes `annat`, where the outcome sums two or more distinct figures and at least one is not such a figure."""
    out = list(amounts)
    outcomes = [i for i, a in enumerate(out) if a.role == "utfall"]
    if len({out[i].sek for i in outcomes}) < 2:
        return out
    unbilled = [
        i
        for i in outcomes
        if _UNBILLED.search(out[i].sentence) and sum(1 for j in outcomes if out[j].sentence == out[i].sentence) == 1
    ]
    if not unbilled or len(unbilled) == len(outcomes):
        return out
    for i in unbilled:
        out[i] = replace(out[i], role="annat", role_source=CUES_SOURCE)
    return out


def _funders(sentence: str, texts: list[str]) -> list[set[str]] | None:
    """For each amount text of `sentence` (in order), the kinds of funder named nearest it: "ours" (a committee),
    "other" (another body); None where a text is not found in order."""
    where = []
    start = 0
    for text in texts:
        at = sentence.find(text, start)
        if at < 0:
            return None
        where.append((at, at + len(text)))
        start = at + len(text)
    found: list[set[str]] = [set() for _ in texts]
    for kind, pattern in (("ours", _COMMITTEE), ("other", _OTHER_BODY)):
        for match in pattern.finditer(sentence):
            middle = (match.start() + match.end()) / 2
            near = min(range(len(where)), key=lambda k: min(abs(middle - where[k][0]), abs(middle - where[k][1])))
            found[near].add(kind)
    return found


def cofunders_out(amounts: Sequence[Amount]) -> list[Amount]:
    """Of a grant summed from two or more distinct figures, where exactly one figure's nearest funder is a committee
    alone, the figures whose nearest funder is another body alone become `annat`."""
    out = list(amounts)
    grants = [i for i, a in enumerate(out) if a.role == "beviljat"]
    if len({out[i].sek for i in grants}) < 2:
        return out
    kinds: dict[int, set[str]] = {}
    for sentence in {out[i].sentence for i in grants}:
        same = [i for i, a in enumerate(out) if a.sentence == sentence]
        funders = _funders(sentence, [out[i].text for i in same])
        if funders is not None:
            kinds.update(zip(same, funders))
    ours = {out[i].sek for i in grants if kinds.get(i) == {"ours"}}
    others = [i for i in grants if kinds.get(i) == {"other"}]
    if len(ours) != 1 or not others:
        return out
    for i in others:
        out[i] = replace(out[i], role="annat", role_source=CUES_SOURCE)
    return out


def changes_read(amounts: Sequence[Amount]) -> list[Amount]:
    """In a report that states a budget or grant, a figure right after "ökat med", "steg med" … in a sentence about
    the costs, read by the learned decision as the outcome or `annat`, becomes `avvikelse`."""
    out = list(amounts)
    if not any(a.role in ("budget", "beviljat") for a in out):
        return out
    for i, a in enumerate(out):
        if a.role not in ("utfall", "annat") or a.role_source not in _DECIDED:
            continue
        at = a.sentence.find(a.text)
        if at < 0 or not _CHANGE_BY.search(a.sentence[:at]) or not _COSTS.search(a.sentence[:at]):
            continue
        out[i] = replace(a, role="avvikelse", role_source=CUES_SOURCE)
    return out
