"""Another party's share of a follow-up's cost: "Av det betalade Stockholmshem X och stadsdelsnämnden resten",
"Idrottsförvaltningen betalade X av kostnaden", "Den andra halvan, X, betalades av trafikkontoret", "Ellevio
betalade därtill färgen, värd X".

In a follow-up every figure is the project's; money a party other than the committee (and its grant) paid is that
party's share, co-funding, `annat` (tests/data/roles/README.md), not the project's outcome: the verb of paying made
it `utfall`. The committee's own share ("stadsdelsnämnden resten genom sitt bidrag på X") is left to the other
rules (the writers split it between `beviljat` and `annat`). Pure rules over one masked clause; role_passage asks
only beside a larger outcome of the passage that names no payer."""

from __future__ import annotations

import re

_PAYS = (
    r"betal(?:ade|ar|at)|bekost(?:ade|ar|at)|täck(?:te|er|t)|st(?:od|år)\s+för|(?:lade|la|lagt)\s+till"
    r"|sköt\s+till|fakturerade"
)
# The payer as the subject before its verb, with the thing paid for or an adverb between ("Ellevio betalade
# därtill färgen, värd X", "Av det betalade Stockholmshem X"): the payer is the subject, before or after the verb.
_SUBJECT_BEFORE_RE = re.compile(
    rf"(?P<who>(?:[\wåäö:-]+\s+){{0,3}}?[\wåäö:-]+)\s+(?:har\s+|hade\s+)?(?:{_PAYS})(?![\wåäö])", re.IGNORECASE
)
_SUBJECT_AFTER_RE = re.compile(
    rf"(?:av\s+(?:det|detta|dessa|den|kostnaden|summan)\s+)(?:{_PAYS})\s+(?P<who>(?:[\wåäö:-]+\s+){{0,3}}?[\wåäö:-]+)\s+#",
    re.IGNORECASE,
)
# ... or after the amount: "X, betalade Svenska Bostäder", "X betalades av trafikkontoret", "bekostades av".
_AGENT_AFTER_RE = re.compile(
    rf"^[\s,]*(?:och\s+)?(?:(?:betalades|bekostades|täcktes|finansierades)\s+(?:[\wåäö]+\s+)?av|(?:{_PAYS}))\s+"
    r"(?P<who>(?:[\wåäö:-]+\s*){1,4})",
    re.IGNORECASE,
)
# The committee, its office or the project itself: their money is the grant or the outcome, not another party's.
_OWN_RE = re.compile(
    r"(?<![\wåäö])(?:vi|oss|(?:(?:stadsdels)?nämnden|(?:stadsdels)?förvaltningen|stadsdelen|staden|projektet"
    r"|föreningen|[\wåäö-]+\s+stadsdels(?:nämnd|förvaltning)|sdn|sdf)s?|[\wåäö]*(?:trygghets|investerings)med[\wåäö]*"
    r"|bidraget|budgeten|det|den|som|vilket)(?![\wåäö])",
    re.IGNORECASE,
)


def other_party_paid(clause: str, start: int, end: int) -> bool:
    """The clause (masked, the amount at start:end) names a payer other than the committee or the project."""
    before, after = clause[:start], clause[end:]
    who = None
    m = _SUBJECT_AFTER_RE.search(clause[: end + 1])
    if m is not None:
        who = m.group("who")
    else:
        m = _AGENT_AFTER_RE.match(after)
        if m is not None:
            who = m.group("who")
        else:
            found = list(_SUBJECT_BEFORE_RE.finditer(before))
            if found:
                who = found[-1].group("who")
    if who is None:
        return False
    return _OWN_RE.search(who) is None
