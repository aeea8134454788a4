"""The rules' roles of one form answer, as the round-by-round role tests read them (tests/extractor/entities)."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts

FOLLOW_UP = "ekonomiskt_utfall"
APPLICATION = "kostnadsberakning"


def roles(text: str, section: str | None = FOLLOW_UP) -> list[tuple[int, str]]:
    """(value, role) of each amount of `text` in `section`, a follow-up's economy answer by default."""
    kind = "ansokan" if section == APPLICATION else "uppfoljning" if section else None
    return [(a.sek, a.role) for a in find_amounts(text, section, form_kind=kind, role_decision="rules")]
