"""Query parsing: Whoosh syntax with Swedish field names, plus the filters.

`build_query(text, ...)` turns a user's query and filter options into a
`ParsedQuery` (the main query, the filter query, and the fields searched).
Field names: QUERY_FIELDS (Swedish first, English names work too) and
avsnitt (SECTION_ALIASES). Default operator AND
over project, title, location, organisations and the text, project and
title boosted.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from whoosh import qparser
from whoosh import query as wq

from bilagor.extractor.errors import QueryError
from bilagor.extractor.file_number import file_number_key, typed_file_number
from bilagor.extractor.labels import known_key
from bilagor.index.filters import (
    YEAR_RANGE,
    covered_districts,
    org_values_matching,
    parse_year,
    resolve_district,
    unknown_district_message,
)
from bilagor.index.search.analysis import (
    STOP_WORDS,
    TOKEN_PATTERN,
    folded_analyzer,
    keyword_value,
    squeeze_number,
    stemmed_analyzer,
)
from bilagor.index.search.compounds import (
    definite_base_candidates,
    inflection_bases,
    split_against,
)
from bilagor.index.search.lemmas import file_lookup, word_derived, word_lemmas
from bilagor.index.search.schema import (
    DISTRICT_FILTER_FIELD,
    is_section_field,
    org_values,
    section_field,
    section_term,
)
from bilagor.index.search.synonyms import SYNONYM_PREFIXES, SYNONYM_WEIGHT, synonym_terms


class QueryField(NamedTuple):
    names: tuple[str, ...]  # what a user may type: the Swedish name first (errors and the README show it)
    example: str  # a value to show when the field is typed without one


# The one list of the query's fields: index field -> its names (Swedish first, then tolerated spellings and
# English) and an example value.
QUERY_FIELDS: dict[str, QueryField] = {
    "year": QueryField(("år", "ar", "year"), "2019"),
    "district": QueryField(("stadsdel", "district"), "norrmalm"),
    "org": QueryField(("org", "organisation"), "stokab"),
    "project": QueryField(("projekt", "project"), "kameraövervakning"),
    "location": QueryField(("plats", "location"), "centrum"),
    "title": QueryField(("titel", "title"), "uppföljning"),
    "outcome": QueryField(("utfall", "outcome"), ">1000000"),
    "budget": QueryField(("budget",), ">1000000"),
    "stage": QueryField(("skede", "stage"), "slutredovisning"),
    "form_kind": QueryField(("form", "formulär", "formular"), "ansokan"),
    "filename": QueryField(("fil", "filename"), "kamera"),
    "file_number": QueryField(("dnr", "diarienummer", "diarienr", "file_number"), "2.1-106-2015"),
    "content": QueryField(("text",), "kamera"),
    "id": QueryField(("id",), "5edcfa93"),
}
# Typed name -> index field.
FIELD_ALIASES: dict[str, str] = {name: target for target, field in QUERY_FIELDS.items() for name in field.names}
SECTION_ALIASES = ("avsnitt", "section")
# The names an unknown field's error lists: each field's Swedish one, and the section's.
KNOWN_FIELD_NAMES: tuple[str, ...] = (*(field.names[0] for field in QUERY_FIELDS.values()), SECTION_ALIASES[0])
SECTION_EXAMPLE = "avvikelser"

# Bounds on what a query may be: parsing is super-linear in length (a 100 000-character
# query took 80 s) and recursive in nesting (thousands of parentheses overflow the stack).
MAX_QUERY_CHARS = 1000
MAX_QUERY_DEPTH = 50
MAX_FILE_NUMBER_CHARS = 100

# Fields a bare word searches, with their boosts.
DEFAULT_FIELDS: dict[str, float] = {
    "project": 3.0,
    "title": 2.0,
    "location": 2.0,
    "org_text": 1.5,
    "district_text": 1.0,
    "content": 1.0,
    "content_fold": 0.8,
}
# Fields whose matched terms are highlighted in snippets.
STEMMED_FIELDS = ("content", "project", "title", "location", "org_text")
FOLDED_FIELDS = ("content_fold",)

_SECTION_RE = re.compile(rf'(?<![\w"])(?:{"|".join(SECTION_ALIASES)}):(?:"([^"]*)"|([\w\-]+))', re.IGNORECASE)
_FIELD_RE = re.compile(r"(?<![\w:])([^\W\d][\w]*):(?=\S)")
# A field name with nothing after its colon ("år:", "år: 2019", "(stadsdel:)").
_EMPTY_FIELD_RE = re.compile(r"(?<![\w:])([^\W\d][\w]*):(?=\s|\)|$)")
# Whoosh's operators: a query of nothing else has no word to search.
_OPERATOR_RE = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|REQUIRE)\b")
_GROUPED_NUMBER_RE = re.compile(r"(?<![\w,.])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])")
_ST_RE = re.compile(r"(?<![\w\"])([Ss]:t)\s+(\w+)")
# år:2019-2021 (or år:2019-21, år:2019..2021) in the query: a range, as --year reads it.
_YEAR_FIELD_RANGE_RE = re.compile(rf"(?<![\w:])(år|ar|year):({YEAR_RANGE})(?![\w\-–.])", re.IGNORECASE)
# A quoted phrase searched in the default fields (not `plats:"..."`).
_BARE_PHRASE_RE = re.compile(r'(?<![\w:])"([^"]+)"')
# The field of the words as written (accents folded, not stemmed) that a quoted phrase must match too.
EXACT_FIELD = "content_fold"
# Prepositions a typed query carries ("stängsel runt hundrastgården") that are no stop words: not
# required, as "i", "på", "vid" and "över" are not (the stop list drops those).
QUERY_PREPOSITIONS = frozenset(
    {"runt", "kring", "omkring", "längs", "utmed", "nära", "intill", "bredvid", "bakom", "framför"}
    | {"utanför", "innanför", "ovanför", "nedanför", "genom", "hos", "bland", "inför", "bortom", "invid"}
)
_PREPOSITION_RE = re.compile(rf"(?<![\w:\-])(?:{'|'.join(sorted(QUERY_PREPOSITIONS))})(?![\w:\-])", re.IGNORECASE)
# Weights of the other words a query word searches, against its own (1.0): another inflection of
# it, and the verb a noun is made from ("belysning": "belyst"), below the reports using the noun.
INFLECTION_WEIGHT = 0.9
DERIVATION_WEIGHT = 0.7  # above a synonym's (SYNONYM_WEIGHT): the same word's family is nearer
# The Swedish stemmer strips these from a base word ("promenad" -> "promen", "resultat" -> "result")
# but only the inflection from its other forms ("promenaden" -> "promenad"): such a stem is also
# searched stemmed once more.
_RESTEM_ENDINGS = ("ad", "at", "ast", "are")
# Nouns made from verbs, by the ending of their stem: "belysning" -> "belysa", "vandalisering" ->
# "vandalisera", "installation" -> "installera", "leverans" (stem "leveran") -> "leverera".
_DERIVATIONS = (("ning", "a"), ("ing", "a"), ("ation", "era"), ("an", "era"))
MIN_DERIVED_STEM = 4
# A compound typed as one word whose parts a report writes apart ("snöröjning" for "röjning av
# snö"): both parts required, below the word itself and its other forms.
COMPOUND_PARTS_WEIGHT = 0.5

# The split is a fall-back, for a typed word (not a synonym's) that no report holds as it is
# typed: where one does, its parts' matches would crowd it in the ranking and the snippets.
SPLIT_MAX_DOCS = 0
SPLIT_FIELD = "content"
# A typed word no report holds, with no other form or parts in the index either, is taken for a
# misspelling of the words one letter away ("elsparkcycklar": "elsparkcyklar"), below a found
# word's own weight; only a long one (a short word one letter away is mostly another word), and
# its first letters as typed.
MISSPELT_MIN_LETTERS = 7
MISSPELT_PREFIX = 3
MISSPELT_WEIGHT = 0.5
# The words as written (accents folded), where a slip is looked for when the stem is no help.
MISSPELT_FOLD_FIELD = "content_fold"
# A typed fuzzy word (kamera~2): at most one edit per this many letters of it, and never more than
# FUZZY_MAX_DISTANCE, so that a large N cannot make a word match nearly everything.
FUZZY_LETTERS_PER_EDIT = 4
FUZZY_MAX_DISTANCE = 2


@dataclass
class ParsedQuery:
    text: str | None
    query: object  # the Whoosh query that scores
    filter: object | None  # the Whoosh query that only restricts
    section: str | None = None  # section key the text search is restricted to
    fields: list[str] = field(default_factory=list)
    # A field value typed in the query that names nothing the archive or the city knows (stadsdel:Brom,
    # org:Foo): searched as typed, which finds nothing, and said, as --district and --org would say it.
    notes: list[str] = field(default_factory=list)


def district_filter(name: str) -> object:
    """Reports of this district or of the districts it replaced (any case, accents optional),
    and those the index places there by their location (see filters.report_districts)."""
    names = resolve_district(name)
    return wq.Or([wq.Term(DISTRICT_FILTER_FIELD, keyword_value(n)) for n in sorted(names)])


def canonical_org(name: str) -> str | None:
    """The gazetteer's name for any of its aliases ("Polismyndigheten" -> "Polisen"), else None."""
    from bilagor.extractor.entities.organisations import lookup, strip_genitive

    name = " ".join(name.replace("-", " ").split())
    entry = lookup(name) or lookup(strip_genitive(name))
    return entry.name if entry else None


def file_number_filter(number: str) -> object:
    """The reports with this diarienummer (case, spaces and a misread ':' for '.' aside, as rule 3 compares)."""
    return wq.Term("file_number", file_number_key(number) or number)


def org_filter(name: str, known_orgs: Collection[str] | None = None) -> object:
    """Reports naming this organisation, by any alias the gazetteer knows.

    With `known_orgs` (the index's organisation values) a name that is neither
    in the gazetteer nor in any report is an error, as an unknown district is.
    """
    canonical = canonical_org(name) or name.strip()
    values = [keyword_value(v) for v in org_values(canonical)]
    if canonical_org(name) is None and known_orgs is not None and not any(v in known_orgs for v in values):
        # Part of a name, in any case: "bostäder" for AB Svenska Bostäder, "polis" for Polisen.
        values = org_values_matching(name, known_orgs)
        if not values:
            raise QueryError(f"okänd organisation '{name.strip()}' (de kända: bilagor list orgs)")
    return wq.Or([wq.Term("org", v) for v in values])


def resolve_section(name: str, known: list[str]) -> str:
    """A section key from what the user typed: exact, folded, a unique prefix, or the words
    of its label as forms write them ("resultat", "syfte", "Beskrivning av slutresultat")."""
    key = section_term(re.sub(r"\s+", "_", name.strip()))
    if key in known or not known:
        return key
    matches = [k for k in known if k.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    by_label = known_key(name) or known_key(name, "uppfoljning") or known_key(name, "ansokan")
    if by_label and section_term(by_label) in known:
        return section_term(by_label)
    if matches:  # the start of several sections: not unknown, only ambiguous
        raise QueryError(f"avsnittet '{name}' kan vara: {', '.join(matches)} (skriv fler bokstäver)")
    raise QueryError(f"okänt avsnitt '{name}'; kända: {', '.join(known)}")


def _quoted(text: str, limit: int = 80) -> str:
    """A query as an error message quotes it: shortened, so the message stays one readable line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_query_size(text: str) -> None:
    """Refuse a query too long to parse in reasonable time (nesting is checked with the syntax)."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"sökfrågan är {len(text)} tecken lång; högst {MAX_QUERY_CHARS} tillåts")


def _check_syntax(text: str) -> None:
    if text.count('"') % 2:
        raise QueryError(f"citattecken som inte stängs i sökfrågan: {_quoted(text)}")
    depth = deepest = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
        if depth < 0:
            break
    if depth != 0:
        raise QueryError(f"parenteserna går inte jämnt ut i sökfrågan: {_quoted(text)}")
    if deepest > MAX_QUERY_DEPTH:
        raise QueryError(f"sökfrågan har parenteser i {deepest} nivåer; högst {MAX_QUERY_DEPTH} nivåer tillåts")
    if text.count("[") != text.count("]") or text.count("{") != text.count("}"):
        raise QueryError(f"intervallets hakparenteser går inte jämnt ut i sökfrågan: {_quoted(text)}")
    unquoted = re.sub(r'"[^"]*"', " ", text)
    if not re.search(r"[\w*]", _OPERATOR_RE.sub(" ", unquoted)) and '"' not in text:  # "*" alone: every report
        raise QueryError(f"sökfrågan '{_quoted(text)}' har inga sökbara ord")
    _check_operators(text)
    # A phrase is a field's value ('org:"svenska bostäder"'); an empty one ('org:""') is none.
    phrases_as_words = re.sub(r'"([^"]*)"', lambda m: "x" if m.group(1).strip() else " ", text)
    for name in _EMPTY_FIELD_RE.findall(phrases_as_words):
        if name.lower() in FIELD_ALIASES or name.lower() in SECTION_ALIASES:
            target = FIELD_ALIASES.get(name.lower())
            example = QUERY_FIELDS[target].example if target else SECTION_EXAMPLE
            raise QueryError(
                f"fältet '{name}:' saknar värde; skriv värdet direkt efter kolonet, t.ex. {name}:{example}"
            )
    for name in _FIELD_RE.findall(unquoted):
        if name.lower() not in FIELD_ALIASES and name.lower() not in SECTION_ALIASES:
            raise QueryError(f"okänt fält '{name}:' i sökfrågan (kända: {', '.join(KNOWN_FIELD_NAMES)})")


def _make_parser(schema, fields: dict[str, float]):
    parser = qparser.MultifieldParser(list(fields), schema, fieldboosts=fields, group=qparser.AndGroup)
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    aliases: dict[str, list[str]] = {}
    for alias, target in FIELD_ALIASES.items():
        if alias != target:
            aliases.setdefault(target, []).append(alias)
    parser.add_plugin(qparser.FieldAliasPlugin(aliases))
    return parser


def fuzzy_distance_cap(word: str) -> int:
    """The largest edit distance `word~N` searches: one per FUZZY_LETTERS_PER_EDIT letters, at least 1
    and at most FUZZY_MAX_DISTANCE ("kamera~9" would match nearly every word of six letters)."""
    return max(1, min(FUZZY_MAX_DISTANCE, len(word) // FUZZY_LETTERS_PER_EDIT))


def _capped_fuzzy(node):
    if not isinstance(node, wq.FuzzyTerm):
        return node
    text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
    cap = fuzzy_distance_cap(text)
    if node.maxdist <= cap:
        return node
    return wq.FuzzyTerm(node.fieldname, text, boost=node.boost, maxdist=cap, prefixlength=node.prefixlength)


def _expand_field_terms(q, known_orgs: Collection[str] | None = None, notes: list[str] | None = None, typed: str = ""):
    """Field terms typed in the query, read as the options read them: stadsdel:X also finds the
    districts X replaced; org:X any alias of X, or the organisations X is part of (as --org);
    form:ansökan is form:ansokan; fil:X matches part of a file name; dnr:X is folded as the index holds it;
    id:X is a prefix of the id. A district or organisation nothing knows stays the term as typed (it finds
    nothing: one unknown name must not fail a query of several parts) and is said in `notes`."""
    if isinstance(q, wq.Phrase) and q.fieldname == "file_number":  # dnr:"SDN 2019/44"
        return file_number_filter(" ".join(w.decode() if isinstance(w, bytes) else w for w in q.words))
    if not isinstance(q, wq.Term) or q.fieldname not in (
        "district",
        "org",
        "form_kind",
        "filename",
        "file_number",
        "id",
    ):
        return q
    text = q.text.decode() if isinstance(q.text, bytes) else q.text
    if q.fieldname == "district":
        if covered_districts(text):
            return district_filter(text)
        if notes is not None:
            notes.append(unknown_district_message(f"stadsdel:{_as_typed(text, typed)}"))
        return q
    if q.fieldname == "org":
        try:
            return org_filter(text, known_orgs)
        except QueryError:  # no report has it: the term as typed, which finds nothing
            if notes is not None:
                notes.append(
                    f"org:{_as_typed(text, typed)}: ingen rapport i arkivet nämner organisationen"
                    " (de kända: bilagor list orgs)"
                )
            return q
    if q.fieldname == "form_kind":
        return wq.Term("form_kind", keyword_value(text))
    if q.fieldname == "file_number":
        return file_number_filter(text)
    if q.fieldname == "id":  # the id as the output shows it (12 characters) or any prefix, as bilagor show takes it
        return wq.Prefix("id", text.lower())
    return wq.Wildcard("filename", f"*{text}*")


def _as_typed(value: str, typed: str) -> str:
    """A field's value as the user wrote it in the query (the index's analyser lower-cases it)."""
    at = typed.lower().find(value.lower())
    return typed[at : at + len(value)] if at >= 0 else value


def _errors(q) -> list[str]:
    """Messages of the parts Whoosh could not parse (it marks them, never raises)."""
    found = [str(q.error)] if getattr(q, "error", None) else []
    for child in q.children():
        found.extend(_errors(child))
    return found


def _required_and_words(parsed: ParsedQuery) -> tuple[list, list] | None:
    """The query's parts that stay required (field terms) and its plain words searched in the
    default text fields; None when the query is no AND of words."""
    q = parsed.query
    if not isinstance(q, wq.And):
        return None
    text_fields = set(parsed.fields)
    words: list[wq.Query] = []
    required: list[wq.Query] = []
    for sub in q.subqueries:
        fields_used = {leaf.field() for leaf in sub.leaves()}
        # A word the user excludes (NOT) is no word to leave out: it stays required.
        excluded = _has_not(sub)
        if words and fields_used == {EXACT_FIELD} and not excluded:
            # A quoted phrase's words as written (exact_phrases): one word with the phrase before it,
            # which the parser's And left beside it.
            words[-1] = wq.And([words[-1], sub])
            continue
        (words if fields_used and fields_used <= text_fields and not excluded else required).append(sub)
    return required, words


def _has_not(q) -> bool:
    return isinstance(q, wq.Not) or any(_has_not(child) for child in q.children())


def _with_required(parsed: ParsedQuery, required: list, words_query) -> ParsedQuery:
    q = wq.And([*required, words_query]) if required else words_query
    return ParsedQuery(parsed.text, q, parsed.filter, parsed.section, parsed.fields, parsed.notes)


def relaxed(parsed: ParsedQuery) -> ParsedQuery | None:
    """The query with its plain words OR-ed instead of AND-ed, or None if nothing to relax.

    Field terms (år:2019, stadsdel:..., org:...) stay required; only words
    searched in the default text fields become "any of" (the searcher ranks
    the reports matching more of them first: word_queries).
    """
    parts = _required_and_words(parsed)
    if parts is None or len(parts[1]) < 2:
        return None
    required, words = parts
    return _with_required(parsed, required, wq.Or(words))


# All words but one: for queries of this many plain words or more (of two, one word alone is too
# little of what was asked), and at most this many (one AND per left-out word).
ALL_BUT_ONE_MIN_WORDS = 3
ALL_BUT_ONE_MAX_WORDS = 8


def all_but_one(parsed: ParsedQuery) -> ParsedQuery | None:
    """The query matching the reports that hold every plain word but one (field terms still
    required), for 3 to 8 plain words; None otherwise."""
    parts = _required_and_words(parsed)
    if parts is None or not ALL_BUT_ONE_MIN_WORDS <= len(parts[1]) <= ALL_BUT_ONE_MAX_WORDS:
        return None
    required, words = parts
    either = wq.Or([wq.And(words[:left_out] + words[left_out + 1 :]) for left_out in range(len(words))])
    return _with_required(parsed, required, either)


def word_queries(parsed: ParsedQuery) -> list:
    """One query per plain word, with the field terms required: the searcher counts how many of
    them each report matches."""
    parts = _required_and_words(parsed)
    if parts is None:
        return []
    required, words = parts
    return [_with_required(parsed, required, word).query for word in words]


_TYPED_WORD_RE = re.compile(r'[^\s"]*"[^"]*"\)*|\S+')  # a field's phrase is one token
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def word_labels(parsed: ParsedQuery) -> list[str]:
    """The plain words as typed, one per query of word_queries, to say which words reports hold.

    Matched by order with the words typed (field terms, operators and stop words left out);
    when they do not line up (a query with parentheses, say), each word's first index term.
    """
    parts = _required_and_words(parsed)
    words = parts[1] if parts is not None else []
    typed = [label for token in _TYPED_WORD_RE.findall(parsed.text or "") if (label := _typed_label(token, parsed))]
    if len(typed) == len(words):
        return typed
    return [_first_term(word) for word in words]


def _typed_label(token: str, parsed: ParsedQuery) -> str | None:
    """A typed token's label if it is one of the query's words: a word, a phrase, or a field term of a field
    the words are searched in (`projekt:"Nya lampor"`, as typed); None for an operator, a stop word or a filter
    (`år:2019`). The brackets of a group are no part of its words ("(kamera torg)")."""
    token = token.strip("()")
    if token.startswith('"'):
        return token.strip('"')
    name, colon, _ = token.partition(":")
    if colon:
        return token if FIELD_ALIASES.get(name.lower()) in parsed.fields else None
    return token if token and token not in _OPERATORS and token.lower() not in STOP_WORDS else None


def _first_term(q) -> str:
    for leaf in q.leaves():
        text = getattr(leaf, "text", None)
        if text:
            return text.decode("utf-8") if isinstance(text, bytes) else str(text)
    return str(q)


def _check_operators(text: str) -> None:
    """An AND, OR or NOT with no word after it, or an AND or OR with none before it ("kamera OR",
    "(NOT)", "AND kamera"): Whoosh would search the operator as a word and find nothing by it."""
    tokens = re.findall(r"[()]|[^\s()]+", re.sub(r'"[^"]*"', " x ", text))
    for i, token in enumerate(tokens):
        if token not in _OPERATORS:
            continue
        before = tokens[i - 1] if i else "("
        after = tokens[i + 1] if i + 1 < len(tokens) else ")"
        if after == ")" or after in ("AND", "OR"):
            raise QueryError(f"'{token}' har inget sökord efter sig i sökfrågan: {_quoted(text)}")
        if token != "NOT" and (before == "(" or before in _OPERATORS):
            raise QueryError(f"'{token}' har inget sökord före sig i sökfrågan: {_quoted(text)}")


def normalise_query_text(text: str) -> str:
    """Join grouped thousands ('1 650 000' -> '1650000'), quote 'S:t Erik', make
    år:2019-2021 the range år:[2019 TO 2021] and an amount field's figures in a unit kronor
    (utfall:>2,5mnkr -> utfall:>2500000)."""
    text = _GROUPED_NUMBER_RE.sub(lambda m: squeeze_number(m.group(0)), text)
    text = _YEAR_FIELD_RANGE_RE.sub(_year_range, text)
    text = _AMOUNT_FIELD_RE.sub(lambda m: m.group(1) + _UNIT_AMOUNT_RE.sub(_in_kronor, m.group(2)), text)
    return _ST_RE.sub(r'"\1 \2"', text)


# An amount field's value (a bound, or a range in brackets) and a figure in it with its unit: an official
# thinks in mnkr and tkr, the index holds kronor.
_AMOUNT_FIELD_RE = re.compile(
    r"(?<![\w:])((?:utfall|outcome|budget):)(\[[^\]]*\]|\{[^}]*\}|[<>=]*\S+(?:\s(?:mnkr|msek|tkr|kr|sek)(?!\w))?)",
    re.IGNORECASE,
)
_UNIT_AMOUNT_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s?(mnkr|msek|tkr|kr|sek)(?!\w)", re.IGNORECASE)
_UNIT_FACTORS = {"mnkr": 1_000_000, "msek": 1_000_000, "tkr": 1_000, "kr": 1, "sek": 1}


def _in_kronor(match: re.Match) -> str:
    from decimal import Decimal

    return str(int(Decimal(match.group(1).replace(",", ".")) * _UNIT_FACTORS[match.group(2).lower()]))


def _year_range(match: re.Match) -> str:
    first, last = parse_year(match.group(2))
    return f"{match.group(1)}:[{first} TO {last}]"


def typed_words(text: str) -> dict[str, set[str]]:
    """Query term -> the words typed for it ("promenad" -> {"promenaden"}): a word's endings
    say which forms to look for, its stem no longer does ("försenad" stems to "försen", which
    is no definite form of "förse")."""
    found: dict[str, set[str]] = {}
    for match in re.finditer(TOKEN_PATTERN, text):
        word = match.group().lower()
        term = _stem(word)
        if term:
            found.setdefault(term, set()).add(word)
    return found


def with_base_forms(q, schema, reader, typed: dict[str, set[str]] | None = None):
    """Search a word's other forms where the index knows them.

    The stemmer leaves "torget", "tunneln" and "torgets" alone; the index holds
    each such word also as its base ("torg"), so a definite form is searched as
    its base word, which finds the reports whose place is written "Husby torg"
    as well as those that say "torget". Other forms are searched beside the
    word, a little below it: its base by the endings ("installerats" ->
    "installera", "promenaden" -> "promenad", which the stemmer makes "promen")
    or by the lemma table ("klottret" -> "klotter", lemmas.py), and lower still
    the verb a noun is made from ("beställning" finds "beställdes"). A typed
    compound no report holds is searched by its parts too, lowest, both required
    (_parts_in_index). The forms are worked out from the words as typed (`typed`,
    see typed_words), else from the term. The accent-folded field keeps the
    exact form (no base forms there). Checked against the index's own words: no
    lexicon is loaded on the search path (the lemma table is looked up in place).
    """

    analysed: dict[tuple[int, str], list[str]] = {}  # the fields share one analyzer: each word once
    # A term is searched in several fields: its candidate words are worked out once.
    candidates: dict[str, tuple[list[str], list[str], list[str]]] = {}

    def candidate_words(text: str) -> tuple[list[str], list[str], list[str]]:
        """The definite bases, the other forms and the verbs to look up for `text`."""
        if text not in candidates:
            words = sorted((typed or {}).get(text) or {text})
            definite = [b for word in words for b in definite_base_candidates(word)]
            restem = [text] if text.endswith(_RESTEM_ENDINGS) else []
            # The lemma table, looked up in place (the index holds each form's lemma too).
            lemmas = [b for word in words for b in word_lemmas(word, file_lookup())]
            forms = [*lemmas, *(b for word in words for b in inflection_bases(word)), *restem]
            verbs = [
                text[: -len(ending)] + verb_ending
                for ending, verb_ending in _DERIVATIONS
                if text.endswith(ending) and len(text) - len(ending) >= MIN_DERIVED_STEM
            ]
            verbs += [d for word in words for d in word_derived(word, file_lookup())]
            candidates[text] = (definite, forms, verbs)
        return candidates[text]

    def visit(node):
        if not isinstance(node, wq.Term) or not (node.fieldname in STEMMED_FIELDS or is_section_field(node.fieldname)):
            return node
        text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
        field = node.fieldname

        def indexed_term(word: str, whole: bool = False) -> str | None:
            """The term of `word` if the index holds it (and, unless `whole`, it is not the node's own)."""
            key = (id(schema[field].analyzer), word)
            if key not in analysed:
                analysed[key] = list(schema[field].process_text(word, mode="query"))
            terms = analysed[key]
            if len(terms) != 1 or (terms[0] == text and not whole):
                return None
            return terms[0] if (field, terms[0]) in reader else None

        definite_bases, other_forms, verbs = candidate_words(text)
        if (field, text) not in reader:  # a term no report holds: its base word in its place
            for base in definite_bases:
                term = indexed_term(base)
                if term:
                    return wq.Term(field, term, boost=node.boost)
        forms = list(dict.fromkeys(filter(None, map(indexed_term, other_forms))))
        derived = [t for t in dict.fromkeys(filter(None, map(indexed_term, verbs))) if t not in forms]
        parts = None
        if typed and text in typed and reader.doc_frequency(SPLIT_FIELD, text) <= SPLIT_MAX_DOCS:
            parts = next(filter(None, (_parts_in_index(word, indexed_term) for word in sorted(typed[text]))), None)
        if not forms and not derived and not parts:
            return _misspelt(node, field, text, typed, reader)
        alternatives = [
            node,
            *(wq.Term(field, t, boost=node.boost * INFLECTION_WEIGHT) for t in forms),
            *(wq.Term(field, t, boost=node.boost * DERIVATION_WEIGHT) for t in derived),
        ]
        if parts:
            required = [
                wq.Or([wq.Term(field, t) for t in terms]) if len(terms) > 1 else wq.Term(field, terms[0])
                for terms in parts
            ]
            both = required[0] if len(required) == 1 else wq.And(required)
            both.boost = node.boost * COMPOUND_PARTS_WEIGHT
            alternatives.append(both)
        return wq.Or(alternatives)

    return q.accept(visit)


def _misspelt(node, field: str, text: str, typed, reader):
    """`node`, or for a typed word no report holds the words one slip away (SPLIT_FIELD only): the stems one
    letter from a long stem, and the words as written one slip from a long typed word whose stem is short
    or cut oddly by the slip ("belysnig" is stemmed "belysn", "trygghte" "trygght")."""
    if field != SPLIT_FIELD or not typed or text not in typed or reader.doc_frequency(field, text) > 0:
        return node
    boost = node.boost * MISSPELT_WEIGHT
    near = [
        *_near_written(typed[text], field, boost, reader),
        *(
            [wq.FuzzyTerm(field, text, boost=boost, maxdist=1, prefixlength=MISSPELT_PREFIX)]
            if len(text) >= MISSPELT_MIN_LETTERS
            else []
        ),
    ]
    return wq.Or([node, *near]) if near else node


def _near_written(words, field: str, boost: float, reader) -> list:
    """For each typed word of MISSPELT_MIN_LETTERS letters or more, the words the reports write one slip
    (Damerau-Levenshtein) from it, accents folded: each as written, and its stem where the index holds it,
    so that the word's other forms are found too (the stemmed fields hold each word's accent-folded twin
    too, so the folded word's stem finds them)."""
    found = []
    for word in sorted(words):
        folded_word = _fold_word(word)
        if folded_word is None or len(folded_word) < MISSPELT_MIN_LETTERS:
            continue
        for near in sorted(_one_slip_away(folded_word, reader) - {folded_word}):
            found.append(wq.Term(MISSPELT_FOLD_FIELD, near, boost=boost))
            stem = _stem(near)
            if stem and reader.doc_frequency(field, stem) > 0:
                found.append(wq.Term(field, stem, boost=boost))
    return found


def _one_slip_away(word: str, reader) -> set[str]:
    """The folded field's words one letter added, dropped or changed from `word` (Whoosh's automaton), or two
    neighbours swapped (which it counts as two), each with `word`'s first MISSPELT_PREFIX letters."""
    near = set(reader.terms_within(MISSPELT_FOLD_FIELD, word, 1, prefix=MISSPELT_PREFIX))
    for i in range(MISSPELT_PREFIX, len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if (MISSPELT_FOLD_FIELD, swapped) in reader:
            near.add(swapped)
    return near


@lru_cache(maxsize=1)
def _folded_analyzer():
    return folded_analyzer()


def _fold_word(word: str) -> str | None:
    """A word as the folded field's query analysis makes it."""
    terms = [t.text for t in _folded_analyzer()(word, mode="query")]
    return terms[0] if len(terms) == 1 else None


def _parts_in_index(word: str, indexed_term) -> list[list[str]] | None:
    """The parts of a typed compound the index holds, by the one splitter (compounds.split_against)."""
    return split_against(word, indexed_term, _stem)


# A word led by a minus ("kamera -belysning"), as a web search reads it: the word excluded. Only at a
# word's start (after a space or a parenthesis) and before a letter or a phrase, so that a Dnr's or a
# district's hyphen ("2.1-106-2015", "Hägersten-Liljeholmen") and a negative figure stay as typed.
_MINUS_WORD_RE = re.compile(r'"[^"]*"|(?<![^\s(])-(?=[^\W\d_]|")')


def with_minus_as_not(text: str) -> str:
    """The query with each word (or quoted phrase) led by "-" excluded as NOT excludes it; a phrase's
    own words are left as quoted."""
    return _MINUS_WORD_RE.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "NOT ", text)


def without_prepositions(text: str) -> str:
    """The query without the bare prepositions typed in it ("runt", "längs"), unless nothing else
    is left; quoted phrases keep theirs."""
    parts = text.split('"')
    parts[::2] = [_PREPOSITION_RE.sub(" ", part) for part in parts[::2]]
    stripped = '"'.join(parts)
    return stripped if re.search(r"\w", stripped) else text


@lru_cache(maxsize=1)
def _stemmed_analyzer():
    return stemmed_analyzer()


def _stem(word: str) -> str | None:
    """A word as the stemmed fields' query analysis makes it (one for all of them)."""
    terms = [t.text for t in _stemmed_analyzer()(word, mode="query")]
    return terms[0] if len(terms) == 1 else None


@lru_cache(maxsize=1)
def _synonym_table() -> dict[str, list[str]]:
    """A synonym's term -> the terms of the others in its group."""
    return synonym_terms(_stem)


def _synonyms_of(term: str, typed: Collection[str] = ()) -> list[str]:
    """The synonyms' terms for a query term in any inflection: "cykelbanorna" is the term of
    "cykelbana"; "lekplatsens" is "lekplats", which stems once more to the table's "lekplat";
    "klottret" (typed) has the lemma "klotter"; "vandaliserad" (typed) the derived noun "vandalisering"."""
    table = _synonym_table()
    lemmas = [_stem(lemma) for word in typed for lemma in word_lemmas(word, file_lookup())]
    for key in (term, _stem(term), *map(_stem, definite_base_candidates(term)), *lemmas):
        if key in table:
            return [t for t in table[key] if t != term]
    # Last: the noun a typed verb form is made into, when that noun is the near-term ("vandaliserad" is
    # "vandalisering", a near-term of "skadegörelse"); below the word's own forms, which are nearer.
    derived = [_stem(noun) for word in typed for noun in word_derived(word, file_lookup())]
    for key in derived:
        if key in table:
            return [t for t in table[key] if t != term]
    return []


def with_synonyms(q, typed: dict[str, set[str]] | None = None):
    """A query word that is one of the domain's near-terms ("lekplats", "lekparken") also
    searches the others ("lekpark"), weighted below itself (see synonyms.py). `typed`: the
    words typed for each term (typed_words), whose lemmas are looked up too."""

    def visit(node):
        if not isinstance(node, wq.Term) or not (node.fieldname in STEMMED_FIELDS or is_section_field(node.fieldname)):
            return node
        text = node.text.decode("utf-8") if isinstance(node.text, bytes) else node.text
        words = sorted((typed or {}).get(text, ()))
        if not text.startswith(SYNONYM_PREFIXES) and not any(w.startswith(SYNONYM_PREFIXES) for w in words):
            return node  # most words: no table needed
        others = _synonyms_of(text, words)
        if not others:
            return node
        # Not scaled by the field's boost: a near-term in a project name (boost 3) would outrank the
        # user's own word in a report's text; below the word itself in any field.
        weight = min(node.boost, 1.0) * SYNONYM_WEIGHT
        return wq.Or([node, *(wq.Term(node.fieldname, other, boost=weight) for other in others)])

    return q.accept(visit)


def exact_phrases(text: str) -> str:
    """Make each bare quoted phrase also require its exact (accent-folded) words in order.

    '"trygghetsskapande åtgärder"' becomes '("trygghetsskapande åtgärder"
    content_fold:"trygghetsskapande åtgärder")': it still ranks by the stemmed
    fields, but no longer matches "trygghetsskapande åtgärd". Bare words keep
    matching inflected forms.
    """
    return _BARE_PHRASE_RE.sub(lambda m: f"({m.group(0)} {EXACT_FIELD}:{m.group(0)})", text)


def build_query(
    schema,
    text: str | None,
    *,
    year: str | int | None = None,
    district: str | None = None,
    org: str | None = None,
    section: str | None = None,
    file_number: str | None = None,
    known_sections: list[str] | None = None,
    reader=None,
    known_orgs: Collection[str] | None = None,
) -> ParsedQuery:
    """Parse the user's query and options into Whoosh queries (raises QueryError)."""
    text = (text or "").strip()
    check_query_size(text)
    known_sections = known_sections or []
    # avsnitt:KEY restricts the text search to one section instead of being a term.
    sections_in_text = [m.group(1) or m.group(2) or "" for m in _SECTION_RE.finditer(text)]
    if any(not name.strip() for name in sections_in_text):
        raise QueryError("avsnitt: behöver ett avsnittsnamn, t.ex. avsnitt:avvikelser")
    text = _SECTION_RE.sub(" ", text).strip()
    wanted = [section] if section else []
    wanted += sections_in_text
    keys = list(dict.fromkeys(resolve_section(s, known_sections) for s in wanted))
    if len(keys) > 1:
        raise QueryError(f"sök i ett avsnitt i taget (fick {', '.join(keys)})")
    section_key = keys[0] if keys else None

    filters = []
    notes: list[str] = []
    if year is not None:
        first, last = parse_year(year)
        filters.append(wq.NumericRange("year", first, last))
    if district:
        filters.append(district_filter(district))
    if org:
        filters.append(org_filter(org, known_orgs))
    if section_key:
        filters.append(wq.Term("sections", section_key))
    if file_number and file_number.strip():
        if len(file_number) > MAX_FILE_NUMBER_CHARS:  # no registry's number; a paste gone wrong
            raise QueryError(f"--dnr är {len(file_number)} tecken långt; högst {MAX_FILE_NUMBER_CHARS} tillåts")
        filters.append(file_number_filter(file_number))

    fields = {section_field(section_key): 1.0} if section_key else dict(DEFAULT_FIELDS)
    typed_number = typed_file_number(text)
    if typed_number:
        text = typed_number  # "Dnr: 2.1-106-2015" pasted from a report: its label is no field and no word
    if text:
        text = with_minus_as_not(without_prepositions(text))
        normalised = normalise_query_text(text)
        _check_syntax(normalised)
        parser = _make_parser(schema, fields)
        try:
            # Only the user's own quotes, not those normalise_query_text adds ("S:t Erik").
            q = parser.parse(normalise_query_text(exact_phrases(text)))
        except Exception as exc:  # Whoosh's parser fails on some odd inputs ("NOT NOT x"): the query's fault
            raise QueryError(
                f"sökfrågan '{_quoted(text)}' kan inte tolkas (kontrollera NOT, OR och parenteser)"
            ) from exc
        problems = _errors(q)
        if problems:
            hint = "; belopp i kronor (utfall:>2500000) eller med enhet (utfall:>2,5mnkr, budget:[500tkr TO 2mnkr])"
            amounts = _AMOUNT_FIELD_RE.search(text)
            raise QueryError(f"sökfrågan '{_quoted(text)}' kan inte tolkas: {problems[0]}{hint if amounts else ''}")
        q = q.accept(_capped_fuzzy)
        q = q.accept(partial(_expand_field_terms, known_orgs=known_orgs, notes=notes, typed=text))
        typed = typed_words(text)
        # First: a synonym's other forms are searched too ("vandalisering": "vandaliserats").
        q = with_synonyms(q, typed)
        if reader is not None:
            q = with_base_forms(q, schema, reader, typed)
        if isinstance(q, type(wq.NullQuery)):
            raise QueryError(f"sökfrågan '{_quoted(text)}' har inga sökbara ord (bara stoppord?)")
        if typed_number:
            # A diarienummer typed alone finds its report, which may print it only in a running header (not
            # in the text searched); the words as typed still search the text, for a report citing it.
            q = wq.Or([file_number_filter(typed_number), q])
    else:
        q = wq.Every()
    filter_q = wq.And(filters) if filters else None
    return ParsedQuery(text or None, q, filter_q, section_key, list(fields), list(dict.fromkeys(notes)))
