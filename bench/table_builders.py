"""Builders of the search's tables from the Swedish Hunspell dictionary (development time; the runtime only reads them).

index/search/sv_forms.tsv and sv_derived.tsv (a form's lemma, a noun's verb: read by
bilagor.index.search.lemmas), sv_modifiers.tsv and sv_compounds.tsv (compound forms and listed
compounds: read by bilagor.index.search.compound_tables), and sv_lexicon.tsv (from wordfreq: read
by bilagor.index.search.compounds). Run by bench/build_lemma_tables.py; see there for the
dictionary's download. Bump LEXICON_VERSION (index/search/compounds.py) when a table changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from bilagor.index.search.compound_tables import (
    COMPOUNDS_PATH,
    MODIFIERS_PATH,
    file_lookup,
    loaded_compounds,
    loaded_modifiers,
)
from bilagor.index.search.compounds import LEXICON_PATH
from bilagor.index.search.lemmas import DERIVED_PATH, FORMS_PATH, _stem, load_table

# --- sv_forms.tsv and sv_derived.tsv ---------------------------------------------------------------

_WORD = re.compile(r"[a-zåäöé]+")
# Hunspell flags of the Swedish dictionary that make verb forms (present, past, passive): an
# entry ending in -a with one of them is a verb.
_VERB_FLAGS = frozenset("KLMN")
_ONLY_IN_COMPOUNDS = "Z"
# Flags that derive other words rather than inflect ("satir" -> "satirisk"): no lemma of theirs.
_DERIVING_FLAGS = frozenset("T")
# A noun made from a verb, by its ending -> what the verb has in its place; the first verb the
# dictionary has wins ("räkning" -> "räkna" before "räka"; "städning" -> "städa").
NOUN_OF_VERB = (
    # "tömning" -> "tömma", "stämning" -> "stämma": a verb's -mm- is written single before -ning.
    *(("mning", "mma"), ("ning", "na"), ("ning", "a"), ("ing", "a"), ("ation", "era"), ("ans", "era"), ("ens", "era")),
    *(("eri", "era"), ("else", "a"), ("are", "a"), ("nad", "a"), ("an", "a")),
)
LEMMA_MIN_ZIPF = 2.3  # the lexicon's own floor: every lemma it holds
# Adjectives and participles by their ending ("flyttbar", "halkig", "nedfallen", "aktiv"): kept even
# when the lexicon lacks them, since the stemmer cannot relate their forms ("flyttbart", "nedfallna")
# and such words are made freely, so a frequency list misses most of them.
_ADJECTIVE_LEMMA = re.compile(r"\w{2,}(?:bar|lig|ig|isk|sam|iv|ös|ell|en)")


def _affix_rules(lines: Iterable[str]) -> dict[str, list[tuple[str, str, str, re.Pattern]]]:
    """Suffix rules of a .aff file: flag -> [(strip, add, continuation flags, condition)]."""
    rules: dict[str, list[tuple[str, str, str, re.Pattern]]] = {}
    for line in lines:
        fields = line.split()
        if len(fields) >= 5 and fields[0] == "SFX":
            flag, strip, add, condition = fields[1:5]
            add, _, continuation = add.partition("/")
            rules.setdefault(flag, []).append(
                (
                    "" if strip == "0" else strip,
                    "" if add == "0" else add,
                    continuation,
                    re.compile(f"(?:{condition})$"),
                )
            )
    return rules


def _dictionary_entries(lines: Iterable[str]) -> Iterable[tuple[str, str]]:
    """(word, flags) of a .dic file: lowercase words only (no names, abbreviations or forbidden words)."""
    lines = iter(lines)
    next(lines, None)  # the entry count
    for line in lines:
        word, _, flags = line.strip().partition("/")
        if _WORD.fullmatch(word) and "%" not in flags:
            yield word, flags


def expand(dic_lines: Iterable[str], aff_lines: Iterable[str]):
    """(form -> lemmas, verbs, entries) of a Hunspell dictionary, by its suffix rules."""
    rules = _affix_rules(aff_lines)
    forms: dict[str, set[str]] = {}
    verbs: set[str] = set()
    entries: set[str] = set()
    for word, flags in _dictionary_entries(dic_lines):
        entries.add(word)
        if word.endswith("a") and _VERB_FLAGS & set(flags):
            verbs.add(word)
        for flag in set(flags) - _DERIVING_FLAGS:
            for strip, add, continuation, condition in rules.get(flag, ()):
                if _ONLY_IN_COMPOUNDS in continuation or not word.endswith(strip) or not condition.search(word):
                    continue
                form = word[: len(word) - len(strip)] + add
                if form != word:
                    forms.setdefault(form, set()).add(word)
    return forms, verbs, entries


def form_rows(forms: dict[str, set[str]], lexicon: dict[str, float], stem) -> dict[str, tuple[str, ...]]:
    """The rows of sv_forms.tsv: a form's lemmas whose stem differs from its own, known to the lexicon."""
    rows: dict[str, tuple[str, ...]] = {}
    for form, lemmas in forms.items():
        own = stem(form)
        kept = tuple(
            sorted(
                w
                for w in lemmas
                if (lexicon.get(w, 0.0) >= LEMMA_MIN_ZIPF or _ADJECTIVE_LEMMA.fullmatch(w)) and stem(w) != own
            )
        )
        if kept:
            rows[form] = kept
    # A genitive -s of a listed form with the same lemmas is looked up without its -s.
    return {f: ls for f, ls in rows.items() if not (f.endswith("s") and len(f) > 3 and rows.get(f[:-1]) == ls)}


def derived_rows(entries: set[str], verbs: set[str], lexicon: dict[str, float], stem) -> dict[str, tuple[str, ...]]:
    """The rows of sv_derived.tsv: a noun's stem -> the verb it is made from, and a verb's stem -> the nouns
    made from it. A verb the lexicon knows first ("bokning" -> "boka", not the rare "bokna"); else, for a noun
    the lexicon knows, a verb it lacks or the participle the dictionary lists in its place ("nedskräpning" ->
    "nedskräpad": no "nedskräpa")."""
    rows: dict[str, tuple[str, ...]] = {}

    def verb_of(noun: str, known_verb: bool) -> str | None:
        for ending, verb_ending in NOUN_OF_VERB:
            if noun.endswith(ending) and len(noun) - len(ending) >= 2:
                verb = noun[: -len(ending)] + verb_ending
                if not known_verb and verb not in verbs and verb_ending == "a" and verb[:-1] + "ad" in entries:
                    verb = verb[:-1] + "ad"
                elif verb not in verbs:
                    continue
                if lexicon.get(verb if known_verb else noun, 0.0) >= LEMMA_MIN_ZIPF:
                    return verb
        return None

    for noun in sorted(entries - verbs):
        verb = verb_of(noun, known_verb=True) or verb_of(noun, known_verb=False)
        if verb and stem(verb) != stem(noun):
            rows[stem(noun)] = (*rows.get(stem(noun), ()), verb)
            rows[stem(verb)] = (*rows.get(stem(verb), ()), noun)
    return {key: tuple(dict.fromkeys(words)) for key, words in rows.items()}


def write_table(path: Path, rows: dict[str, tuple[str, ...]]) -> None:
    """Sorted by the key's UTF-8 bytes, as the in-place lookup searches it."""
    keys = sorted(rows, key=lambda key: key.encode("utf-8"))
    path.write_text("".join(f"{key}\t{','.join(rows[key])}\n" for key in keys), encoding="utf-8")


def build_tables(dic_path: Path, aff_path: Path) -> tuple[int, int]:
    """Write sv_forms.tsv and sv_derived.tsv from hunspell-sv's sv_SE.dic and sv_SE.aff (see
    bench/build_lemma_tables.py)."""
    from bilagor.index.search.compounds import load_lexicon

    with open(dic_path, encoding="utf-8") as dic, open(aff_path, encoding="utf-8") as aff:
        forms, verbs, entries = expand(dic, aff)
    lexicon = load_lexicon()
    stem = _stem()
    inflected = form_rows(forms, lexicon, stem)
    derived = derived_rows(entries, verbs, lexicon, stem)
    write_table(FORMS_PATH, inflected)
    write_table(DERIVED_PATH, derived)
    return len(inflected), len(derived)


# --- sv_modifiers.tsv and sv_compounds.tsv ----------------------------------------------------------

# hunspell-sv's flags (sv_SE.aff): may begin a compound, may end one, occurs only inside one.
BEGINS_COMPOUNDS = "X"
ENDS_COMPOUNDS = "Y"
ONLY_IN_COMPOUNDS = "Z"
# Suffix flags of the dictionary's noun paradigms, and those of verbs and adjectives: a noun has one
# of the first and none of the second ("jul/AbDGX", not "röd/bOPQX" or "dum/KLMXY").
NOUN_FLAGS = frozenset("ABCDEFGHIJ")
OTHER_WORD_CLASS_FLAGS = frozenset("KLMNOPQ")
SHORT_MODIFIER = 3  # letters: the short first parts the splitter refuses unless a table says otherwise
COMMON_WORD_ZIPF = 4.0
MIN_MODIFIER_ZIPF = 2.3  # the lexicon's own floor: a three-letter modifier the lexicon knows at all
MIN_LISTED = 6  # letters of a listed compound worth a row
MIN_PART = 3


def dictionary_entries(dic_lines: Iterable[str], aff_lines: Iterable[str]) -> dict[str, set[str]]:
    """Word -> its flags, for the .dic entries and the compound-only forms the suffix rules make
    (flagged Z, as a .dic entry of that form would be); the form's word in its flag ".word"."""
    rules = _affix_rules(aff_lines)
    entries: dict[str, set[str]] = {}
    for word, written_flags in _dictionary_entries(dic_lines):
        entries.setdefault(word, set()).update(written_flags)
    forms: dict[str, set[str]] = {}
    for word, flags in entries.items():
        for flag in flags:
            for strip, add, continuation, condition in rules.get(flag, ()):
                if ONLY_IN_COMPOUNDS in continuation and word.endswith(strip) and condition.search(word):
                    form = word[: len(word) - len(strip)] + add
                    # Not a word of its own, nor a bare linking -s-, which the splitter strips itself.
                    if form not in entries and form != word + "s":
                        forms.setdefault(form, {ONLY_IN_COMPOUNDS}).add("." + word)
    return entries | forms


def _is_noun(flags: set[str]) -> bool:
    return bool(flags & NOUN_FLAGS) and not flags & OTHER_WORD_CLASS_FLAGS


def _base_of_form(form: str, flags: set[str], entries: dict[str, set[str]], lexicon: dict[str, float]) -> str | None:
    """The word a compound-only form stands for: the one its suffix rule made it from, else the entry
    its ending points to ("kvinno" -> "kvinna", "källar" -> "källare", "skatte" -> "skatt"), the most
    frequent of several."""
    made_from = [f[1:] for f in flags if f.startswith(".")]
    by_ending = (
        form + "a",
        form + "e",
        form[:-1] + "a" if form[-1] in "eou" else "",
        form[:-1] if form[-1] == "e" else "",
    )
    candidates = [*made_from, *(b for b in by_ending if b in entries and ONLY_IN_COMPOUNDS not in entries[b])]
    return max(candidates, key=lambda base: (lexicon.get(base, 0.0), -len(base)), default=None)


def modifier_rows(entries: dict[str, set[str]], lexicon: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """The rows of sv_modifiers.tsv: a compound-only form -> its word; a three-letter noun that
    begins compounds (and the lexicon knows) -> itself."""
    from bilagor.index.search.compounds import _FUNCTION_WORDS, SHORT_NOT_PARTS

    rows: dict[str, tuple[str, ...]] = {}
    for word, flags in entries.items():
        if word in _FUNCTION_WORDS or word in SHORT_NOT_PARTS:
            continue  # "mot" is no form of "mota"
        if ONLY_IN_COMPOUNDS in flags and len(word) >= MIN_PART:
            if word.endswith("s") or flags & (NOUN_FLAGS | OTHER_WORD_CLASS_FLAGS):
                continue  # a linking -s- ("tings", "hyres"), or a word of its own too ("tanke", "färsk")
            base = _base_of_form(word, flags, entries, lexicon)
            # Not a common word of its own that a suffix rule happens to make too ("tanke", "allmän").
            if base and not lexicon.get(word, 0.0) >= max(COMMON_WORD_ZIPF, lexicon.get(base, 0.0)):
                rows[word] = (base,)
        elif (
            BEGINS_COMPOUNDS in flags
            and len(word) == SHORT_MODIFIER
            and _is_noun(flags)
            and word not in SHORT_NOT_PARTS
            and lexicon.get(word, 0.0) >= MIN_MODIFIER_ZIPF
        ):
            rows[word] = (word,)
    return rows


def _noun_flags(flags: set[str]) -> set[str]:
    return flags & NOUN_FLAGS


def listed_rows(
    entries: dict[str, set[str]],
    lexicon: dict[str, float],
    modifiers: dict[str, tuple[str, ...]],
    split: Callable[[str], list[str]],
) -> dict[str, tuple[str, ...]]:
    """The rows of sv_compounds.tsv: a noun the dictionary lists whole, which `split` (the lexicon
    splitter) leaves whole -> (its modifier's word, its head). The modifier: a form of the modifier
    table, or a word of 4+ letters that begins compounds (a linking -s- aside); the head: a noun
    entry (or one that ends compounds) whose inflection flags the compound has too, more frequent
    than the compound. Of several, the longest head."""
    from bilagor.index.search.compounds import NOT_PARTS, SHORT_NOT_PARTS, suffix_head

    def modifier_word(written: str) -> str | None:
        if written in modifiers:
            return modifiers[written][0]
        for form in (written, written[:-1] if written.endswith("s") else ""):
            if len(form) > SHORT_MODIFIER and BEGINS_COMPOUNDS in entries.get(form, ()):
                return form
        return None

    rows: dict[str, tuple[str, ...]] = {}
    for word, flags in entries.items():
        if len(word) < MIN_LISTED or ONLY_IN_COMPOUNDS in flags or not flags & NOUN_FLAGS:
            continue
        whole = lexicon.get(word, 0.0)
        best: tuple[int, tuple[str, str]] | None = None
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head = word[cut:]
            head_flags = entries.get(head)
            if not head_flags or head in NOT_PARTS or head in SHORT_NOT_PARTS or ONLY_IN_COMPOUNDS in head_flags:
                continue
            if suffix_head(word, head, lexicon):  # "lagring" is "lagra" + ing, not "lag" + "ring"
                continue
            if head_flags & OTHER_WORD_CLASS_FLAGS or not (head_flags & NOUN_FLAGS or ENDS_COMPOUNDS in head_flags):
                continue
            if not _noun_flags(head_flags) <= _noun_flags(flags) or (whole and whole >= lexicon.get(head, 0.0)):
                continue
            modifier = modifier_word(word[:cut])
            if modifier and (best is None or len(head) > best[0]):
                best = (len(head), (modifier, head))
        if best and not split(word):
            rows[word] = best[1]
    return rows


def build_compound_tables(dic_path: Path, aff_path: Path) -> tuple[int, int]:
    """Write sv_modifiers.tsv, then sv_compounds.tsv against the splitter that reads it (development
    time: see bench/build_lemma_tables.py)."""
    from bilagor.index.search import compounds

    with open(dic_path, encoding="utf-8") as dic, open(aff_path, encoding="utf-8") as aff:
        entries = dictionary_entries(dic, aff)
    lexicon = compounds.load_lexicon()
    modifiers = modifier_rows(entries, lexicon)
    write_table(MODIFIERS_PATH, modifiers)
    load_table.cache_clear()
    file_lookup.cache_clear()
    loaded_modifiers.cache_clear()
    compounds.clear_caches()
    listed = listed_rows(entries, lexicon, modifiers, split=lambda word: compounds.split_compound(word, lexicon))
    write_table(COMPOUNDS_PATH, listed)
    load_table.cache_clear()
    loaded_compounds.cache_clear()
    return len(modifiers), len(listed)


# --- sv_lexicon.tsv ---------------------------------------------------------------------------------


def build_lexicon(path: Path = LEXICON_PATH, *, min_zipf: float = 2.3, n: int = 300_000) -> int:
    """Write the lexicon file from wordfreq (development time only: pip install 'bilagor[lexicon]')."""
    import wordfreq

    rows = []
    for word in wordfreq.top_n_list("sv", n):
        if len(word) >= 3 and re.fullmatch(r"[a-zåäöéü]+", word):
            zipf = wordfreq.zipf_frequency(word, "sv")
            if zipf >= min_zipf:
                rows.append(f"{word}\t{round(zipf * 100)}")
    path.write_text("\n".join(sorted(rows)) + "\n", encoding="utf-8")
    return len(rows)


# --- extractor/sv_form_neighbours.txt -----------------------------------------------------------------


def form_neighbour_rows(lexicon: Iterable[str]) -> list[str]:
    """The lexicon's words the OCR misread mender would change into a form word ("inventering" ->
    "investering"), sorted; a form word written without its dots ("genomforande") is a misread, not one."""
    from bilagor.extractor.ocr_misreads import MIN_LENGTH, form_words, near_form_word
    from bilagor.extractor.text import fold

    words = form_words()
    return sorted(
        word
        for word in lexicon
        if len(word) >= MIN_LENGTH and fold(word) not in words and near_form_word(word) is not None
    )


def build_form_neighbours(path: Path | None = None) -> int:
    """Write the mender's list of real words near a form word, from sv_lexicon.tsv. Rebuild it when the
    templates' labels change (tests/extractor/test_ocr_real_words.py says when)."""
    from bilagor.extractor.ocr_misreads import FORM_NEIGHBOURS_PATH

    lexicon = [line.split("\t", 1)[0] for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines() if line]
    rows = form_neighbour_rows(lexicon)
    (path or FORM_NEIGHBOURS_PATH).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)
