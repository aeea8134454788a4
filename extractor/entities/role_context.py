"""The text before an amount's sentence (earlier sentences, a heading) as context for its role: pure
functions over plain text (rule 3 of `roles`)."""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_cues import NOUN_CUE_RE, find_cues

# Sentences of the text before the amount's sentence (context), nearest last.
SENTENCE_END_RE = re.compile(r"(?<=[.!?:])\s+|\n+")
CONTEXT_SENTENCES = 4  # how far back a heading or earlier sentence still names the role
WORD_RE = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")
WORD_CHAR = r"[\wåäö]"  # one character of a word, in the role rules' patterns (every role_* module's `_W`)
# charged to the project later in the sentence ("…, som belastade projektet", "och belastar projektets budget"):
# a cost so charged stays part of the outcome (matched from right after an amount)
CHARGED_TO_PROJECT_RE = re.compile(rf"[^.;]*?(?<!{WORD_CHAR})belast{WORD_CHAR}*\s+(?:projekt|budget)", re.IGNORECASE)
_SENTENCE_WORDS = 3  # fewer words is a list item or label, skipped when counting back


def context_role(context: str | None, points_back: bool | str = False) -> str | None:
    """The role the text before a sentence sets: the subject (first cue) of
    the nearest earlier sentence or heading that has one. A sentence that
    points back ("Den visar 2,7 mnkr") names a thing, so its role is the last
    noun of the sentence before ("Vi fick en ny prognos"), not its verb; with points_back="noun"
    (the sentence has a copula of its own) only such a noun counts."""
    if not context:
        return None
    counted = 0
    for sentence in reversed(SENTENCE_END_RE.split(context)):
        cues = find_cues(sentence)
        nouns = [c for c in cues if NOUN_CUE_RE.search(sentence, c.start, c.end)]
        if points_back and nouns:
            return nouns[-1].role
        if cues:
            # "… skulle kosta X. Det blev Y": a pronoun with no noun to point to is no reference.
            return None if points_back == "noun" else cues[0].role
        # A list's label or bare figure ("Farsta:", "1,6 mnkr.") is not counted: a heading names
        # every item of a list under it, however long.
        counted += len(WORD_RE.findall(sentence)) >= _SENTENCE_WORDS
        if counted >= CONTEXT_SENTENCES:
            break
    return None


def previous_sentence(context: str | None, count: int = 1) -> str:
    """The last sentence of `context` (the last `count`, joined by a space)."""
    sentences = [s for s in SENTENCE_END_RE.split(context or "") if s.strip()]
    return " ".join(sentences[-count:])
