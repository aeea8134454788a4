"""Details of an outcome told where a follow-up reports its results: a pure rule over one report's amounts.

A follow-up states its outcome in its economy answer ("Ekonomiskt utfall"). An amount spent that another answer
tells (the results, the deviations: "Taxin hem för tre deltagare kostade 840 kr", "vi fick hyra ett extra tält för
2 500 kr") and that is smaller than that outcome is a part of it, told again for what the money paid: summed beside
the outcome it would count twice, so it is `annat` (the README's convention for parts beside their total). An
outcome its clause names as the outcome or the total ("Korrekt utfall är X", "Totalt kostade det X") is the report's
figure told again or corrected, no detail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_revisions import clause_before
from bilagor.extractor.record import Amount

ECONOMY_SECTION = "ekonomiskt_utfall"  # the follow-up form's answer that states the outcome
# Words that name an amount the report's outcome or total rather than what one thing cost.
_WHOLE_NAMED_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*utfall[\wåäö]*|slut[\wåäö]*|total[\wåäö]*|sammanlagt|summa[\wåäö]*|korrekt[\wåäö]*"
    r"|faktisk[\wåäö]*|projekt(?:et|ets)|hela)(?![\wåäö])",
    re.IGNORECASE,
)


def details_of_outcome(amounts: Sequence[Amount]) -> list[int]:
    """The indices of the outcomes told outside the economy answer that are smaller than its largest outcome."""
    stated = [a.sek for a in amounts if a.section == ECONOMY_SECTION and a.role == "utfall" and _plain(a)]
    if not stated:
        return []
    whole = max(v for v in stated if v is not None)
    return [
        i
        for i, a in enumerate(amounts)
        if a.role == "utfall"
        and a.section not in (None, ECONOMY_SECTION)
        and _plain(a)
        and (a.sek or 0) < whole
        and not _WHOLE_NAMED_RE.search(clause_before(a.sentence, a.text) or "")
    ]


def _plain(a: Amount) -> bool:
    return isinstance(a.sek, int) and a.sek > 0 and a.high is None
