"""Amounts whose role comes from another amount beside them: pure rules.

- A list: "Budget och utfall blev 2 mnkr respektive 2,2 mnkr" (`paired_role`).
- A comparison: "Utfallet blev lägre än budget, 3,6 mnkr mot 4 mnkr", "415 000 kr i
  stället för 350 000 kr", "Istället för 420 000 kr blev den 365 000 kr", "beräknas
  till X, att jämföra med budgeterade Y" (`compared_pair_roles`): the second
  amount is what the first is measured against, the first is the measured
  figure, and the two never share a role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_cues import NOUN, YEAR_BEFORE, find_cues

# "Budget och utfall blev 2 mnkr respektive 2,2 mnkr": amounts listed in the
# order of the roles named before them.
_LIST_LINK_RE = re.compile(r"\s*(?:respektive|resp\.|och|,)\s*", re.IGNORECASE)
_NAMES_LINK_RE = re.compile(r"\s*(?:[\wåäö]+\s+)?(?:och|,|samt|respektive)\s*", re.IGNORECASE)


def paired_role(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> str | None:
    """The role of an amount in a list ("A respektive B", or "A och B" after a
    colon) matched by position to an equally long list of role names before it."""
    ordered = sorted(spans)
    if span not in ordered:
        return None
    i = ordered.index(span)
    lo = hi = i
    while lo > 0 and _LIST_LINK_RE.fullmatch(text, ordered[lo - 1][1], ordered[lo][0]):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_LINK_RE.fullmatch(text, ordered[hi][1], ordered[hi + 1][0]):
        hi += 1
    chain = ordered[lo : hi + 1]
    links = "".join(text[a[1] : b[0]] for a, b in zip(chain, chain[1:])).lower()
    head = text[: chain[0][0]]
    if len(chain) < 2 or not ("respektive" in links or "resp." in links or ":" in head):
        return None
    cues = [c for c in find_cues(head) if c.rank >= NOUN]
    names = cues[-len(chain) :]
    if len(names) < len(chain) or len({c.role for c in names}) < len(names):
        return None
    if not all(_NAMES_LINK_RE.fullmatch(text, a.end, b.start) for a, b in zip(names, names[1:])):
        return None
    return names[i - lo].role


# "A mot B", "A jämfört med B", "A, att jämföra med B" (B may carry a participle: "budgeterade").
_COMPARED_LINK_RE = re.compile(
    r"\s*,?\s*(?:mot|jämfört\s+med|att\s+jämföra\s+med|i\s+förhållande\s+till|i\s+stället\s+för|istället\s+för)\s+"
    r"(?:(?:de|den|det|[\wåäö]+(?:ade|ta|da|na|de))\s+){0,2}$",
    re.IGNORECASE,
)
# What a deviation measures against: "lägre än budget", "mer än planerat".
_AGAINST_RE = re.compile(
    r"(?:mer|mindre|lägre|högre|dyrare|billigare|över|under)\s+(?:än\s+)?(?:(?:den|det|vad|i)\s+)?(?:[\wåäö]+\s+)?"
    r"(?P<against>budget|planer|kalkyl|beräkn|bevilj|prognos)",
    re.IGNORECASE,
)
_AGAINST_ROLES = {"budget": "budget", "planer": "budget", "kalkyl": "budget", "beräkn": "budget"}
_AGAINST_ROLES.update({"bevilj": "beviljat", "prognos": "prognos"})
# "2 mnkr mot 1,5 mnkr året innan" compares two years, not a figure with its budget.
_OTHER_YEAR_RE = re.compile(rf"\s*(?:kronor|kr)?\s*(?:{YEAR_BEFORE}|(?:för|under|år)\s+(?:19|20)\d\d)", re.IGNORECASE)
_FORECAST_WORD_RE = re.compile(
    r"(?<![\wåäö])(?:beräknas|bedöms|väntas|förväntas|uppskattas|prognos[\wåäö]*)(?![\wåäö])", re.IGNORECASE
)


def compared_pair_roles(text: str, spans: list[tuple[int, int]], own: dict[tuple[int, int], str]) -> dict:
    """Roles for amounts compared in pairs, where the sentence alone would
    misread them: the measured figure is not the deviation its sentence
    speaks of, and the two figures never share a role.

    own: each amount's role as decided on its own. Returns changed roles only.
    """
    ordered = sorted(spans)
    changed: dict[tuple[int, int], str] = {}
    for first, second in zip(ordered, ordered[1:]):
        if _FRONTED_INSTEAD_RE.search(text, 0, first[0]) and not _OTHER_YEAR_RE.match(text, first[1]):
            # "Istället för 420 000 kronor blev den 365 000 kronor": the first is what the second is measured against
            changed.update(_measured_against(text, second, first, own))
            continue
        if not _COMPARED_LINK_RE.fullmatch(text[first[1] : second[0]]) or _OTHER_YEAR_RE.match(text, second[1]):
            continue
        against = _AGAINST_RE.search(text, 0, first[0])
        second_role = own[second]
        # "blev billigare än beräknat, A i stället för B": both read as the subject's figure at first
        if second_role in ("annat", "avvikelse") or second_role == own[first]:
            second_role = _AGAINST_ROLES[against.group("against").lower()[:6]] if against else "budget"
        first_role = own[first]
        if first_role in ("annat", "avvikelse", second_role):
            first_role = "prognos" if _FORECAST_WORD_RE.search(text, 0, first[0]) else "utfall"
        for span, role in ((first, first_role), (second, second_role)):
            if role != own[span]:
                changed[span] = role
    return changed


# "Istället för 420 000 kronor blev …", "I stället för de planerade X …": the sentence opens on the figure replaced.
_FRONTED_INSTEAD_RE = re.compile(
    r"^\s*(?:i\s+stället|istället)\s+för\s+(?:(?:de|den|det|[\wåäö]+(?:ade|ta|da|na|de))\s+){0,2}$", re.IGNORECASE
)
_AGAINST_KEPT = ("budget", "beviljat", "prognos")


def _measured_against(
    text: str, measured: tuple[int, int], against: tuple[int, int], own: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    """The roles of a measured figure and the figure it replaced, where the sentence alone gave them one role."""
    against_role = own[against] if own[against] in _AGAINST_KEPT else "budget"
    measured_role = own[measured]
    if measured_role in ("annat", "avvikelse", against_role):
        measured_role = "prognos" if _FORECAST_WORD_RE.search(text) else "utfall"
    return {span: role for span, role in ((against, against_role), (measured, measured_role)) if role != own[span]}


# "128 000 kr av 250 000 kr": a part and the whole it is taken of.
_SHARE_LINK_RE = re.compile(r"\s+av\s+(?:(?:de|den|det|totalt|sammanlagt)\s+)?", re.IGNORECASE)
# "hälften av budgeten, 128 000 kr av 250 000 kr": the share's base names the whole
_SHARE_BASE_CUE_RE = re.compile(
    r"(?:procent|%|hälften|halva|del(?:en|ar)?|tredjedel(?:en|ar)?|fjärdedel(?:en|ar)?|andel(?:en)?)\s+av\s+"
    r"(?:(?:den|det|de)\s+)?$",
    re.IGNORECASE,
)


def share_pair_role(
    text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]], own: str, read: bool = True
) -> str | None:
    """The role of an amount in "A av B" (A a part of the whole B), or None in any other place: the whole is
    what the share's base names ("hälften av budgeten"), else the plan; the part with no role of its own is
    what was used of it. `read`: `own` was read from a word (not the default)."""
    ordered = sorted(spans)
    i = ordered.index(span) if span in ordered else -1
    if i > 0 and _SHARE_LINK_RE.fullmatch(text, ordered[i - 1][1], span[0]):
        bases = [c for c in find_cues(text[: ordered[i - 1][0]]) if _SHARE_BASE_CUE_RE.search(text, 0, c.start)]
        if bases:
            return bases[-1].role
        return own if read else "budget"
    if 0 <= i < len(ordered) - 1 and _SHARE_LINK_RE.fullmatch(text, span[1], ordered[i + 1][0]):
        return None if read else "utfall"
    return None
