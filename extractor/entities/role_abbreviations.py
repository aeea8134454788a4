"""Abbreviated labels read as their full words ("Kostn. ca 28 tkr", "Tot. kostn.", "Bev. bel.", "Bud."), so
the cues of role_cues name their amounts. Pure: the sentence is rewritten and its amounts' offsets moved."""

from __future__ import annotations

import re

# Longest first: "tot. kostn." before "tot.", "bev. bel." before "bev.". "Tot." alone before a figure is "Totalt".
_ABBREVIATIONS = (
    (r"tot\.\s*kostn\.?", "total kostnad"),
    (r"ber\.\s*kostn\.?", "beräknad kostnad"),
    (r"bev\.\s*bel\.?", "beviljat belopp"),
    (r"sökt\s+bel\.?", "sökt belopp"),
    (r"kostn\.", "kostnad"),
    (r"budg?\.", "budget"),
    (r"utf\.", "utfall"),
    (r"progn\.", "prognos"),
    (r"avv\.", "avvikelse"),
    (r"kalk\.", "kalkyl"),
    (r"bev\.", "beviljat"),
    # "Förbr. 27,5 tkr / Återbet. 2,5 tkr": spent and handed back
    (r"förbr\.", "förbrukat"),
    (r"återbet\.", "återbetalas"),
    (r"tot\.", "totalt"),
    # "Bidr. fr. SDN 30 tkr": a grant from the city ("fr.o.m." is a date's)
    (r"bidr\.", "bidrag"),
    (r"fr\.(?!\s*o\.?\s*m)", "från"),
)
_ABBREVIATION_RE = re.compile(
    "|".join(f"(?P<a{i}>(?<![\\wåäö]){p})" for i, (p, _) in enumerate(_ABBREVIATIONS)), re.IGNORECASE
)
Span = tuple[int, int]


def _full(m: re.Match[str]) -> str:
    word = next(_ABBREVIATIONS[int(k[1:])][1] for k, v in m.groupdict().items() if v is not None)
    return word.capitalize() if m.group()[0].isupper() else word


def expand_abbreviations(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """`text` with its abbreviated labels written out, and `spans` (offsets into it) moved alike."""
    if "." not in text:
        return text, spans
    parts: list[str] = []
    moves: list[tuple[int, int]] = []  # (offset in the old text after which to move, by how much)
    last, shift = 0, 0
    for m in _ABBREVIATION_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue  # never inside an amount
        full = _full(m)
        # keep a word apart from the figure after it ("Bud.50 000")
        if m.end() < len(text) and not text[m.end()].isspace() and full[-1].isalpha():
            full += " "
        parts += [text[last : m.start()], full]
        shift += len(full) - (m.end() - m.start())
        moves.append((m.end(), shift))
        last = m.end()
    if not moves:
        return text, spans
    parts.append(text[last:])

    def moved(pos: int) -> int:
        return pos + max((by for at, by in moves if at <= pos), default=0)

    return "".join(parts), [(moved(s), moved(e)) for s, e in spans]


def expand_text(text: str | None) -> str | None:
    """A context (the text before a sentence) with its abbreviated labels written out."""
    return expand_abbreviations(text, [])[0] if text else text
