"""Features of an amount for the learned role decision (`role_model`): pure functions over its
sentence, its span, the sentence's other amounts, the section key and the text before the sentence.

`features` is the fourth round's set (words around the amount, the clause's words and first five
letters, the cue words the rules know, the sentence before). `clause_features` adds what should carry
over to wording never seen (the tenth round's try (b)): the clause's words with Swedish suffixes
stripped, the verb forms of the clause (tense and voice by their endings, the auxiliaries), the first
word of the clause and of the sentence (the subject or framing noun of Swedish word order), the
preposition right before the amount, the words between the amount and the nearest cue.
`context_features` and `report_features` read the amount's answer and report; `structure_features` and
`part_features` (the seventeenth round's try) its place in its sentence's structure and in a report's sums;
`heading_features` and `funder_features` (the eighteenth round's tries) the heading or table header above the
amount's line and who gives the money beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bilagor.extractor.entities.role_clauses import _mask
from bilagor.extractor.entities.role_cues import find_cues

_WORD_RE = re.compile(r"[\wåäöÅÄÖ]+|#+")
_CLAUSE_END_RE = re.compile(r"[,;:()]|\s[–-]\s")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?:])\s+|\n+")
WINDOW = 4  # words on each side of the amount read as its neighbours
STEM = 5  # a word's first letters, a crude lemma for inflected and compound forms

# Swedish inflectional endings, longest first (the Snowball stemmer's first step): "beviljades",
# "beviljade", "beviljat" and "beviljas" meet at "bevilj", "kostnaden" and "kostnader" at "kostnad".
_SUFFIXES = sorted(
    (
        "heterna hetens heter heten anden arnas ernas ornas andes andet arens arna erna orna ande arne aste aren"
        " ades erns ade are ern ens het ast ats its ad en ar er or as es at it a e s t"
    ).split(),
    key=len,
    reverse=True,
)
_MIN_STEM = 3
# Endings that tell a verb form's tense or voice: the s-passive and deponents ("beviljas", "beviljades",
# "har beviljats"), the past ("-ade", "-de", "-te") and the supine ("-at", "-it", "-tt").
_VERB_ENDINGS = ("ades", "ats", "its", "tts", "des", "tes", "ade", "ade", "de", "te", "as", "es", "at", "it", "tt")
_AUXILIARIES = {
    "har": "perfect",
    "hade": "pluperfect",
    "ska": "future",
    "skall": "future",
    "skulle": "conditional",
    "kommer": "future",
    "kan": "modal",
    "kunde": "modal",
    "beräknas": "estimate",
    "bedöms": "estimate",
    "väntas": "estimate",
    "förväntas": "estimate",
    "planeras": "plan",
    "blev": "past_copula",
    "blir": "copula",
    "var": "past_copula",
    "är": "copula",
    "uppgick": "past_copula",
    "uppgår": "copula",
}
_PREPOSITIONS = {"av", "till", "på", "med", "om", "för", "mot", "från", "i", "inom", "under", "över", "än", "per"}


def _words(text: str) -> list[str]:
    out = []
    for m in _WORD_RE.finditer(text.lower()):
        word = m.group()
        out.append("<amt>" if word.startswith("#") else "<num>" if word.isdigit() else word)
    return out


def stem(word: str) -> str:
    """A word without its Swedish inflectional ending (at least three letters stay)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def _with_stems(prefix: str, words: list[str]) -> list[str]:
    feats = [f"{prefix}:{w}" for w in words]
    feats += [f"{prefix}5:{w[:STEM]}" for w in words if len(w) > STEM and not w.startswith("<")]
    return feats


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    clause_start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, start)), default=0)
    following = _CLAUSE_END_RE.search(text, end)
    return clause_start, following.start() if following else len(text)


def _read(
    sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None
) -> tuple[str, list[tuple[int, int]], int, int]:
    """The sentence with the other amounts masked, those amounts, and the bounds of the amount's clause."""
    others = [s for s in (spans or []) if s != span]
    text = _mask(sentence, others)
    return (text, others, *_clause_bounds(text, *span))


def features(
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    context: str | None = None,
) -> list[str]:
    """The amount's context features, sorted and without repeats (their names say what they are)."""
    start, end = span
    text, others, clause_start, clause_end = _read(sentence, span, spans)
    before, after = _words(text[:start]), _words(text[end:])
    feats = ["bias"]
    feats += [f"b1:{w}" for w in before[-1:]] + [f"b2:{w}" for w in before[-2:-1]]
    feats += [f"a1:{w}" for w in after[:1]] + [f"a2:{w}" for w in after[1:2]]
    feats += _with_stems("wb", before[-WINDOW:]) + _with_stems("wa", after[:WINDOW])
    feats += _with_stems("c", _words(text[clause_start:start]) + _words(text[end:clause_end]))
    feats += _with_stems("s", before + after)
    # The words since the amount before ("2,6 mnkr jämfört med 3 mnkr"): how the two relate.
    previous_end = max((e for s, e in others if e <= start), default=None)
    if previous_end is not None:
        feats += [f"since:{w}" for w in _words(text[previous_end:start])]
    for cue in find_cues(text):
        side = "b" if cue.end <= start else "a"
        in_clause = clause_start <= cue.start < clause_end
        feats += [f"cue:{cue.role}", f"cue:{cue.role}:{side}"] + ([f"cuec:{cue.role}:{cue.rank}"] if in_clause else [])
    feats.append(f"sec:{section_key or '-'}")
    feats.append("pos:first" if not any(s < start for s, _ in others) else "pos:later")
    feats.append("n:one" if not others else "n:more")
    amount_words = sentence[start:end].lower()
    feats += [f"unit:{w}" for w in _words(amount_words) if not w.startswith("<")][-1:]
    earlier = [s for s in _SENTENCE_END_RE.split(context or "") if s.strip()]
    if earlier:
        last = earlier[-1]
        feats += _with_stems("x", _words(last))
        feats += [f"xcue:{c.role}" for c in find_cues(last)]
    return sorted(set(feats))


def _verb_features(words: list[str]) -> list[str]:
    """Tense and voice of a clause's verb forms, by ending and auxiliary."""
    feats = [f"aux:{_AUXILIARIES[w]}" for w in words if w in _AUXILIARIES]
    for w in words:
        if len(w) > 4 and not w.startswith("<"):
            ending = next((e for e in _VERB_ENDINGS if w.endswith(e)), None)
            if ending:
                feats.append(f"vend:{ending}")
                feats.append(f"vstem:{stem(w)}:{ending}")
    return feats


def clause_features(
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    context: str | None = None,
) -> list[str]:
    """`features` and the features that generalise over wording (try (b) of the tenth round)."""
    start, end = span
    text, _, clause_start, clause_end = _read(sentence, span, spans)
    before = _words(text[clause_start:start])
    after = _words(text[end:clause_end])
    content = [w for w in before + after if not w.startswith("<")]
    feats = features(sentence, span, spans, section_key, context)
    feats += [f"cst:{stem(w)}" for w in content]
    feats += [f"cstb:{stem(w)}" for w in before if not w.startswith("<")]
    feats += [f"csta:{stem(w)}" for w in after if not w.startswith("<")]
    feats += _verb_features(before + after)
    feats += [f"first:{stem(w)}" for w in before[:1] if not w.startswith("<")]
    sentence_words = _words(text[:start])
    feats += [f"sfirst:{stem(w)}" for w in sentence_words[:2] if not w.startswith("<")]
    whole = _words(text[:start])
    if whole and whole[-1] in _PREPOSITIONS:
        feats.append(f"prep:{whole[-1]}")
        feats += [f"prep:{whole[-1]}:{stem(w)}" for w in whole[-2:-1]]
    else:
        feats.append("prep:-")
    cues = find_cues(text)
    nearest = min(cues, key=lambda c: min(abs(c.end - start), abs(c.start - end)), default=None)
    if nearest is not None:
        between = text[nearest.end : start] if nearest.end <= start else text[end : nearest.start]
        side = "b" if nearest.end <= start else "a"
        feats.append(f"near:{nearest.role}:{side}")
        feats += [f"tocue:{stem(w)}" for w in _words(between) if not w.startswith("<")][:6]
        feats.append(f"tocue_n:{min(len(_words(between)), 5)}")
    earlier = [s for s in _SENTENCE_END_RE.split(context or "") if s.strip()]
    if earlier:
        feats += [f"xst:{stem(w)}" for w in _words(earlier[-1]) if not w.startswith("<")]
    feats += sought_features(sentence, span, spans)
    return sorted(set(feats))


# The thirty-fourth round's words that say a figure is the one applied for, wherever they stand in its sentence
# ("…, som är vårt sökta belopp", "Resten, 300 000 kr, söks härmed", "det är den summan vi ansöker om"): the rules'
# cues read them only beside the amount, and the sentence's bag of words does not say which amount they name.
_SOUGHT_WORDS = re.compile(
    r"\b(?:an)?sök(?:er|s|t|ta|te|a|an|ning\w*)?\b|\bansökningssumm\w*|\bbegär(?:an|t|de|er)?\b|"
    r"\b(?:ber|bad|bett)\s+(?:om|att\s+få)\b",
    re.IGNORECASE,
)


def sought_features(sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None) -> list[str]:
    """Where a word of applying stands from the amount in its sentence (before or after it), and whether another
    amount stands between them (`far`) or none (`next`: the figure the word names)."""
    start, end = span
    text, others, _, _ = _read(sentence, span, spans)
    feats = []
    for match in _SOUGHT_WORDS.finditer(text):
        if match.end() <= start:
            side, low, high = "b", match.end(), start
        elif match.start() >= end:
            side, low, high = "a", end, match.start()
        else:
            continue
        between = any(low <= s and e <= high for s, e in others)
        feats.append(f"sought:{side}:{'far' if between else 'next'}")
    return sorted(set(feats))


# The feature sets by the name a weights file records ("features" of its settings).
FEATURE_SETS: dict[str, Callable[..., list[str]]] = {"plain": features, "clause": clause_features}


@dataclass(frozen=True)
class Neighbour:
    """One amount of an answer or report as the wider-context features read it: its value, the rules' role of
    it, and (for `report_features`) which answer of the report it is in and that answer's section key."""

    sek: int
    role: str
    answer: int = 0
    section: str | None = None


_BUDGETS = ("budget", "beviljat")


def _ratio_bucket(sek: int, other: int) -> str:
    if other <= 0:
        return "-"
    ratio = sek / other
    for bound, name in ((0.25, "tiny"), (0.9, "part"), (0.999, "under"), (1.001, "equal"), (1.25, "over")):
        if ratio < bound:
            return name
    return "far_over"


def context_features(index: int, amounts: Sequence[Neighbour], form_kind: str | None) -> list[str]:
    """Features of amount `index` over its whole answer (form section; the twelfth round's lever (a)): the
    form kind, the rules' roles of the answer's other amounts (before and after it, in any sentence), the
    summed kinds the answer lacks, its position, and its magnitude against the others and against the
    answer's budget and outcome."""
    me = amounts[index]
    others = [a for i, a in enumerate(amounts) if i != index]
    kind = form_kind if form_kind not in (None, "okand") else "-"  # a record's unknown kind is no kind
    feats = [f"kind:{kind}", f"ans_n:{min(len(amounts), 4)}"]
    feats.append("ans_pos:only" if not others else "ans_pos:first" if index == 0 else "ans_pos:later")
    if index > 0:
        feats.append(f"ans_prev:{amounts[index - 1].role}")
    if index + 1 < len(amounts):
        feats.append(f"ans_next:{amounts[index + 1].role}")
    feats += [f"ans_has:{r}" for r in sorted({a.role for a in others})]
    lacks = ("budget" if not any(a.role in _BUDGETS for a in others) else "") + (
        "utfall" if not any(a.role == "utfall" for a in others) else ""
    )
    feats += [f"lacks:{lacks or '-'}", f"own:{me.role}|lacks:{lacks or '-'}"]
    if others:
        values = [a.sek for a in others]
        size = "largest" if me.sek > max(values) else "smallest" if me.sek < min(values) else "middle"
        feats += [f"mag:{size}", f"own:{me.role}|mag:{size}"]
    feats += _against_summed(me.sek, others, "")
    return sorted(set(feats))


def _against_summed(sek: int, others: Sequence[Neighbour], prefix: str) -> list[str]:
    """The amount's size against the largest budget (or grant) and outcome among `others`."""
    budgets = [a.sek for a in others if a.role in _BUDGETS]
    outcomes = [a.sek for a in others if a.role == "utfall"]
    feats = [f"{prefix}vs_budget:{_ratio_bucket(sek, max(budgets))}"] if budgets else []
    return feats + ([f"{prefix}vs_outcome:{_ratio_bucket(sek, max(outcomes))}"] if outcomes else [])


_NEAR = 0.02  # "near" another figure: within 2 % of it (a rounded restatement), not equal
_MAX_PAIRS = 12  # sums and differences of pairs are read only in reports of at most this many amounts


def _kind(role: str) -> str:
    return "budget" if role in _BUDGETS else role


def report_features(index: int, amounts: Sequence[Neighbour]) -> list[str]:
    """Features of amount `index` over its whole report (the thirteenth round's lever (a)): the kinds of figure
    the report's other answers state by the rules' roles (and in which section), what the rest of the report
    lacks, and whether the amount is the same figure as, near, or the sum or difference of other amounts of the
    report (a budget line restated, a deviation of a budget and an outcome). An amount outside a report, or
    whose report has one answer, gets only what the rest of its answer says (`rep:alone` when that is nothing)."""
    me = amounts[index]
    others = [a for i, a in enumerate(amounts) if i != index]
    elsewhere = [a for a in others if a.answer != me.answer]
    own = f"own:{me.role}"
    feats = [] if elsewhere else ["rep:alone"]
    for a in elsewhere:
        feats += [f"rep_has:{_kind(a.role)}", f"rep_at:{_kind(a.role)}@{a.section or '-'}"]
        feats.append(f"{own}|rep_has:{_kind(a.role)}")
    if elsewhere:
        feats.append(
            f"sec_pair:{me.section or '-'}|{_kind(me.role)}|rep_has:{'+'.join(sorted({_kind(a.role) for a in elsewhere}))}"
        )
    lacks = ("budget" if not any(a.role in _BUDGETS for a in others) else "") + (
        "utfall" if not any(a.role == "utfall" for a in others) else ""
    )
    feats += [f"rep_lacks:{lacks or '-'}", f"{own}|rep_lacks:{lacks or '-'}"]
    same_kind = [a for a in others if _kind(a.role) == _kind(me.role) and a.role != "annat"]
    if same_kind:
        feats.append(f"{own}|rep_dup:{'same' if any(a.sek == me.sek for a in same_kind) else 'other'}")
    if me.sek <= 0:
        return sorted(set(feats))
    for a in others:
        where = "ans" if a.answer == me.answer else "rep"
        if a.sek == me.sek:
            feats += [f"{where}_eq:{_kind(a.role)}", f"{own}|{where}_eq:{_kind(a.role)}"]
        elif a.sek > 0 and abs(a.sek - me.sek) <= _NEAR * max(a.sek, me.sek):
            feats.append(f"{where}_near:{_kind(a.role)}")
    if len(others) <= _MAX_PAIRS:
        for i, a in enumerate(others):
            for b in others[i + 1 :]:
                pair = "+".join(sorted((_kind(a.role), _kind(b.role))))
                if a.sek > 0 and b.sek > 0 and a.sek + b.sek == me.sek:
                    feats += [f"rep_sum:{pair}", f"{own}|rep_sum"]
                if a.sek != b.sek and abs(a.sek - b.sek) == me.sek:
                    feats += [f"rep_diff:{pair}", f"{own}|rep_diff:{pair}"]
    feats += _against_summed(me.sek, elsewhere, "rep_")
    return sorted(set(feats))


# The seventeenth round's structure of the clause (`structure_features`): words that say an amount is a part
# of a figure named beside it ("varav 2 mnkr", "av det gick 42 000 kr till"), words that close a list of parts
# with its total ("totalt", "sammanlagt"), and words that date a figure within the year (a figure "hittills" or
# "per 31 augusti" is an interim outcome or a forecast's base, not the year's outcome).
_PART_OPENERS = re.compile(
    r"\b(?:varav|därav|varav\s+\w+|av\s+(?:det|detta|dessa|summan|beloppet|pengarna|bidraget|anslaget)|"
    r"fördela(?:t|de|s|des)|uppdela(?:t|d)|bestående\s+av|bl\.\s*a\.|bland\s+annat|fördelat\s+på)\b",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(r"\b(?:totalt|sammanlagt|summa|tillsammans|i\s+allt|allt\s+som\s+allt|tot\.)", re.IGNORECASE)
_INTERIM = re.compile(
    r"\b(?:hittills|hitintills|än\s+så\s+länge|per\s+(?:den\s+)?\d{1,2}|t\.\s*o\.\s*m\.|till\s+och\s+med|"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|"
    r"tertial\w*|delår\w*|halvår\w*|kvartal\w*|i\s+dagsläget|i\s+nuläget|återstår|återstående|kvar)\b",
    re.IGNORECASE,
)
_LIST_LINE_WORDS = 4  # a line with at most this many words before its amount and none after reads as a list line


def structure_features(
    sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None, context: str | None = None
) -> list[str]:
    """Where the amount stands in its sentence's structure: inside a parenthesis (and after another amount:
    a part named after its total), on a list line of its own among other amount lines (a breakdown or a label
    line), after words that make it a part of an earlier figure, before words that close a list with its
    total, and beside a date within the year."""
    start, end = span
    text, others, clause_start, clause_end = _read(sentence, span, spans)
    before_text = text[:start]
    feats = []
    if before_text.count("(") > before_text.count(")"):
        feats.append("st:paren")
        opened = before_text.rfind("(")
        if any(e <= opened for _, e in others):
            feats.append("st:paren_after_amount")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lines_with_amounts = {text.rfind("\n", 0, s) for s, _ in others} - {line_start - 1}
    if lines_with_amounts:
        words_before = [w for w in _words(text[line_start:start]) if w != "<amt>"]
        words_after = [w for w in _words(text[end:line_end]) if w != "<amt>"]
        feats.append("st:list_line")
        if len(words_before) <= _LIST_LINE_WORDS and len(words_after) <= 1:
            feats.append("st:label_line")
        feats.append("st:list_first" if line_start == 0 else "st:list_later")
    opener = max((m.end() for m in _PART_OPENERS.finditer(text, 0, start)), default=None)
    if opener is not None and (context or any(e <= opener for _, e in others)):  # a figure it can be a part of
        feats.append("st:part_after_opener")
    if _TOTAL_WORDS.search(text, end) and any(s >= end for s, _ in others):
        feats.append("st:part_before_total")
    if _TOTAL_WORDS.search(text, clause_start, start) or _TOTAL_WORDS.search(text, end, clause_end):
        feats.append("st:total_word")
    if _INTERIM.search(text, clause_start, clause_end):
        feats.append("st:interim")
    elif _INTERIM.search(text):
        feats.append("st:interim_sentence")
    return feats


_MAX_RUN = 8  # the longest run of consecutive amounts read as the parts of a total


def part_features(index: int, amounts: Sequence[Neighbour]) -> list[str]:
    """Whether amount `index` of a report is one of a run of consecutive amounts that add up exactly to another
    amount of the report (a breakdown of a total, before or after it), or is itself such a total of three
    or more parts (`report_features` reads pairs). The total's rules' role and the amount's own go with it."""
    me = amounts[index]
    if me.sek <= 0:
        return []
    feats = []
    own = f"own:{me.role}"
    values = [a.sek for a in amounts]
    for first in range(max(0, index - _MAX_RUN + 1), index + 1):
        total = 0
        for last in range(first, min(len(amounts), first + _MAX_RUN)):
            total += values[last]
            if last < index or last == first:
                continue
            for k, whole in enumerate(amounts):
                if first <= k <= last or whole.sek != total:
                    continue
                where = "after" if k > last else "before"
                feats += [
                    f"part_of:{_kind(whole.role)}",
                    f"part_of_total:{where}",
                    f"{own}|part_of:{_kind(whole.role)}",
                ]
    for first in range(len(amounts)):
        total = 0
        for last in range(first, min(len(amounts), first + _MAX_RUN)):
            if first <= index <= last:
                break
            total += values[last]
            if last - first >= 2 and total == me.sek:
                feats += ["total_of:3+", f"{own}|total_of:3+"]
    return sorted(set(feats))


_HEADING_LINES = 8  # how many lines above an amount's line are searched for its heading
_HEADING_WORDS = 8  # a line without digits of at most this many words reads as a heading or a table header
_CELL_RE = re.compile(r"[|\t]")


def heading_features(sentence: str, span: tuple[int, int], context: str | None = None) -> list[str]:
    """The roles a heading names above a list or table the amount is a line or cell of: the nearest line
    without digits above the amount's line, within its sentence and the text before it ("Budget och utfall"
    over "Material 200 000 / 214 000"), and, in a table whose cells are split by "|" or tabs, the role its
    column's header cell names ("Post | Kalkyl | Utfall")."""
    start = span[0]
    before = ((context or "") + "\n" + sentence[:start]).split("\n")
    row, above = before[-1], before[-1 - _HEADING_LINES : -1]
    heading = next((line for line in reversed(above) if line.strip() and not any(c.isdigit() for c in line)), None)
    if heading is None or len(_words(heading)) > _HEADING_WORDS:
        return []
    feats = [f"hd:{role}" for role in sorted({cue.role for cue in find_cues(heading)})] or ["hd:plain"]
    if _CELL_RE.search(row):
        cells = _CELL_RE.split(heading)
        column = len(_CELL_RE.findall(row))
        if len(cells) > column:
            feats += [f"col:{role}" for role in sorted({cue.role for cue in find_cues(cells[column])})] or ["col:plain"]
    return feats


# Who gives money named beside an amount (`funder_features`): a committee, office or pot of the city, whose money is
# the grant a form reports, or another funder (the state, a region, a foundation, an association, the applicant's own
# money), whose share beside the city's grant the corpus reads as `annat` (tests/data/roles/README.md).
_CITY_FUNDER = re.compile(
    r"stadsdels\w*|\w*nämnd\w*|\w*förvaltning\w*|\bsd[nf]\b|\bstaden\b|\bstadens\b|stockholms\s+stad|\w*kontoret\b|"
    r"kommunstyrelse\w*|kommunfullmäktige\b",
    re.IGNORECASE,
)
_OTHER_FUNDER = re.compile(
    r"\w*stiftelse\w*|\w*förening\w*|\w*förbund\w*|länsstyrelse\w*|\bregion\w*|\w*fonde?n?\b|\w*(?<!om)rådet\b|"
    r"\w*verket\b|\w*myndighet\w*|föräldr\w*|sponsor\w*|företag\w*|\bab\b|\w*kyrk\w*|församling\w*|"
    r"universitet\w*|högskola\w*|\bstaten\b|statlig\w*|deltagar\w*|\begna?\b|\begen\b|\w*klubb\w*",
    re.IGNORECASE,
)


_FUNDER_BREAK = re.compile(r"[,;]|\.\s|\b(?:och|samt|men|medan)\b", re.IGNORECASE)


def _funder_kind(text: str, last: bool) -> str | None:
    """ "city" or "other" for the last (or first) funder named in `text`, None if none is."""
    found = [(m.start(), "city") for m in _CITY_FUNDER.finditer(text)]
    found += [(m.start(), "other") for m in _OTHER_FUNDER.finditer(text)]
    if not found:
        return None
    return (max(found) if last else min(found))[1]


def funder_kinds(
    sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None
) -> tuple[str | None, str | None]:
    """Who gives the amount, as named beside it up to a comma, "och" or the sentence's next amount: the last
    funder before it ("stadsdelsnämnden 28 000 kr", "Länsstyrelsen gav 45 000 kr") and the first after it
    ("14 600 kr, kom från Stiftelsen X"), each "city" (a committee, office or pot of the city), "other" or None."""
    start, end = span
    others = [s for s in (spans or []) if s != span]
    before = sentence[max((e for _, e in others if e <= start), default=0) : start]
    after = sentence[end : min((s for s, _ in others if s >= end), default=len(sentence))]
    # only the stretch of text bound to the amount: after the last "och" or comma before it, up to the first after
    before, after = _FUNDER_BREAK.split(before)[-1], _FUNDER_BREAK.split(after.lstrip(" ,;"))[0]
    return _funder_kind(before, last=True), _funder_kind(after, last=False)


def funder_features(sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None) -> list[str]:
    """`funder_kinds` as features: `fd:` the funder before the amount, `fd_after:` the one after it."""
    before, after = funder_kinds(sentence, span, spans)
    return ([f"fd:{before}"] if before else []) + ([f"fd_after:{after}"] if after else [])


# The thirty-second round's words that open a breakdown of a figure into its parts (`breakdown_features`): a noun or
# verb the seventeenth round's openers lack ("består av", "Fördelning:", "fördelar sig på", "Av utgifterna gick X till
# …", "Pengarna gick till …"). The parts after such a word are `annat`, the figure before it (its whole) the kind.
_BREAKDOWN_WORDS = re.compile(
    r"\b(?:best(?:år|od|ått)\s+av|fördelning\w*|fördela(?:r|de|t)?\s+sig|fördelades|fördelas|"
    r"(?:av|utav)\s+(?:utgifterna|kostnaderna|kostnaden|medlen|summan|pengarna|beloppet|bidraget)\s+gick|"
    r"(?:pengarna|medlen|summan|bidraget|utgifterna|kostnaderna)\s+gick\s+(?:åt\s+)?till|gick\s+åt)\b",
    re.IGNORECASE,
)


def breakdown_features(sentence: str, span: tuple[int, int], spans: list[tuple[int, int]] | None = None) -> list[str]:
    """Whether the amount stands after a word that opens a breakdown into parts (the first part named after it,
    or a later one) or right before one (the whole the parts make up)."""
    start, end = span
    text, others, _, _ = _read(sentence, span, spans)
    feats = []
    opener = max((m.end() for m in _BREAKDOWN_WORDS.finditer(text, 0, start)), default=None)
    if opener is not None:
        between = any(opener <= s and e <= start for s, e in others)
        feats.append("bd:part_later" if between else "bd:part_first")
        if any(s >= end for s, _ in others):
            feats.append("bd:part_in_run")
    following = _BREAKDOWN_WORDS.search(text, end)
    if following is not None and not any(end <= s and e <= following.start() for s, e in others):
        feats.append("bd:whole_before")
    return feats
