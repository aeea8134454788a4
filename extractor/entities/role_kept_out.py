"""Money a sentence keeps out of the project's accounts: a pure rule over an amount's (masked) sentence.

"Egna timmar värda X, som inte belastar projektet", "Polisens insats kostade X; den belastar inte nämndens bidrag",
"Föreningens arbete, värt X, men det redovisas inte här", "Kostnader som inte ingår i redovisningen: X": another
party's cost or an unpaid effort told beside the accounts is neither the grant, the budget nor the outcome, but
`annat` (tests/data/roles/README.md). Only the amount's own relative clause, the next clause of its sentence with a
subject pointing back at it, or a lead before it up to a colon is read: "Budgeten var X, men moms ingår inte" says
nothing of X (its clause's subject is another thing)."""

from __future__ import annotations

import re

_VERBS = r"(?:belasta[\wåäö]*|ingår|ingick|räknas|räknades|redovisa[\wåäö]*)"
# "…, som inte belastar projektet", "X ingår inte": right after the amount or in its relative clause
_RIGHT_AFTER_RE = re.compile(
    rf"^\s*(?:,?\s*(?:som|vilket|vilka)\s+(?:[\wåäö]+\s+){{0,2}}?(?:inte|ej)\s+{_VERBS}"
    r"|(?:belastar|belastade|belastat|ingår|ingick|räknas|räknades|redovisas|redovisades)\s+(?:inte|ej))(?![\wåäö])",
    re.IGNORECASE,
)
# A subject pointing back at the amount ("den", "kostnaden", "hela summan", "det"); a dummy "det" before a noun
# ("…, men det ingår inte moms i X" names what is left out, not X) is not read: "ingår inte" must end its clause.
_BACK = r"(?:den|de|dessa|denna|(?:den\s+|hela\s+)?(?:kostnaden|summan|beloppet))"
_NOT = r"(?:inte|ej)"
_END = r"(?=\s*(?:in\s+i|i|här|heller)(?![\wåäö])|\s*(?:[.;)]|$))"
# "belastar inte" takes its object ("nämndens bidrag"); "ingår inte" ends its clause or names the whole ("i …")
_OUT = (
    rf"(?:belasta[\wåäö]*\s+{_NOT}|(?:ingår|ingick|räknas|räknades|redovisa[\wåäö]*)\s+(?:in\s+)?{_NOT}{_END}"
    rf"|{_NOT}\s+{_VERBS})"
)
_NEXT_CLAUSE_RE = re.compile(
    rf"^[^;,.:]*[;,]\s*(?:(?:och|men|vilket)\s+)?(?:{_BACK}|det)\s+{_OUT}(?![\wåäö])",
    re.IGNORECASE,
)
# A lead up to a colon naming what follows as kept out ("Kostnader som inte ingår i redovisningen:", "Utanför
# budgeten:"), or a fronted phrase ("Ej med i redovisningen är de X som …")
_LEAD_RE = re.compile(
    rf"(?:{_NOT}\s+(?:ingår|ingick|räknas|redovisa[\wåäö]*|belasta[\wåäö]*|med)\s+i\s+[\wåäö]+"
    r"|utanför\s+(?:redovisningen|budgeten|bidraget|projektets\s+[\wåäö]+))"
    r"\s*(?::[^:]*|är\s+(?:de|den|det)\s*)$",
    re.IGNORECASE,
)


def kept_out_of_accounts(sentence: str, start: int, end: int) -> bool:
    """The sentence keeps the amount at start:end out of the project's accounts: in its own relative clause or right
    after it, in the next clause with a subject pointing back at it, or in a lead before it up to a colon."""
    after, before = sentence[end:], sentence[:start]
    return bool(_RIGHT_AFTER_RE.search(after) or _NEXT_CLAUSE_RE.search(after) or _LEAD_RE.search(before))
