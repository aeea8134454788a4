"""Features that relate an amount to another part of its text, for the learned role decision (`role_model`; the
twenty-second round's try, issue #11): pure functions over an amount's sentence and its answer's funders.

A linear model adds its features' weights, so it cannot learn "this and that together" from two features that are
each present alone. Two classes the model got wrong need exactly that:

- a change verb governing the amount ("kostnaden har stigit med 90 tkr": the amount is the change, a deviation;
  "bidraget ökar med 90 tkr": a grant that grew is still a grant), read as the verb with the preposition before the
  amount and with the roles the clause's subject names (`change_features`);
- another funder's money beside the city's ("stadsdelsnämnden beviljade 12 000 kr och föreningen bidrog med 4 000
  kr": the co-funder's share is `annat`, while "föreningen fick 4 000 kr" alone is the grant), read as the funder
  named at the amount against those named at the answer's other amounts (`funder_pair_features`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.role_model_features import _read, _words, funder_kinds

# Verbs and nouns that say a figure changed by an amount, or from or to it.
_CHANGE = re.compile(
    r"\b(?:(?P<verb>stig(?:a|er|it|ande)|steg|ök(?:a|ar|ade|at|ats|as|t)|minsk(?:a|ar|ade|at|ats|as|t)|"
    r"sjunk(?:a|er|it)|sjönk|höj(?:a|er|de|t|ts|s|des)|sänk(?:a|er|te|t|ts|s|tes)|"
    r"väx(?:a|er|te)|vuxit|förändra(?:s|t|ts|des|de)?|gått\s+(?:upp|ned|ner)|gick\s+(?:upp|ned|ner)|"
    r"överskr\w*|understig\w*|underskr\w*)|"
    r"(?P<noun>ökning(?:en)?|minskning(?:en)?|höjning(?:en)?|sänkning(?:en)?|förändring(?:en)?))\b",
    re.IGNORECASE,
)
_CHANGE_PREPOSITIONS = {"med", "från", "till", "på"}  # by, from, to, of ("en ökning på 90 tkr")


def change_features(sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None) -> list[str]:
    """A change verb (or noun) before the amount in its clause: which, the preposition right before the amount
    ("med", "från", "till", "på", else "-"), and that preposition with each role the clause's words before the
    verb name (the figure that changed: "utgifterna" a cost, "bidraget" a grant; "plain" when none)."""
    start = span[0]
    text, _, clause_start, _ = _read(sentence, span, spans)
    changes = list(_CHANGE.finditer(text, clause_start, start))
    if not changes:
        return []
    change = changes[-1]
    kind = "verb" if change.group("verb") else "noun"
    words = [w for w in _words(text[change.end() : start]) if w != "<amt>"]
    preposition = words[-1] if words and words[-1] in _CHANGE_PREPOSITIONS else "-"
    subject = sorted({cue.role for cue in find_cues(text[clause_start : change.start()])}) or ["plain"]
    return [f"chg:{kind}", f"chg:{kind}:{preposition}"] + [f"chg:{preposition}|subj:{role}" for role in subject]


def answer_funders(amounts: Sequence[tuple[str, tuple[int, int], list[tuple[int, int]]]]) -> list[tuple[str, str]]:
    """Each amount of an answer (sentence, span, the sentence's amount spans) as `funder_pair_features` reads it:
    the funder named beside it (the one before it, else the one after it; "-" for none) and its sentence."""
    out = []
    for sentence, span, spans in amounts:
        before, after = funder_kinds(sentence, span, spans)
        out.append((before or after or "-", sentence))
    return out


def funder_pair_features(index: int, funders: Sequence[tuple[str, str]]) -> list[str]:
    """The funder named at amount `index` against the funders named at the answer's other amounts (`answer_funders`):
    in its own sentence and anywhere in the answer ("other" beside "city": a co-funder's share beside the city's
    grant; "city" beside "city": two committees' grants). Nothing when no other amount names a funder."""
    own, sentence = funders[index]
    others = [f for i, f in enumerate(funders) if i != index and f[0] != "-"]
    if not others:
        return []
    answer = "+".join(sorted({kind for kind, _ in others}))
    feats = [f"fdp:{own}|ans:{answer}"]
    same = sorted({kind for kind, s in others if s == sentence})
    if same:
        feats.append(f"fdp:{own}|sent:{'+'.join(same)}")
    return feats
