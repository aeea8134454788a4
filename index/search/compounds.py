"""Swedish compound splitting against a word-frequency lexicon.

"kameraövervakning" -> ["kamera", "övervakning"]; "trygghetsbelysning" ->
["trygghet", "belysning"] (linking -s-). The lexicon (``sv_lexicon.tsv``
beside this file: word, Zipf frequency x 100) was built at development time
from wordfreq's Swedish list (bench/table_builders.py) so loading it is fast and
results do not change with the wordfreq version. Parts must be real, fairly
common words of at least MIN_PART letters; fewer parts win, then the split
whose rarest part is most frequent. A word that is itself more frequent than
its rarest part is left whole ("tillsammans" is not "till" + "sammans").
"""

from __future__ import annotations

import re

from functools import lru_cache
from pathlib import Path

from whoosh.lang.stopwords import stoplists

from bilagor.index.search.compound_tables import listed_parts, modifier_words
from bilagor.index.search.lemmas import VERB_PARTICLES  # also begin nouns made from particle verbs ("ommålning")

LEXICON_PATH = Path(__file__).with_name("sv_lexicon.tsv")
LEXICON_VERSION = "13"  # bump when the lexicon file or the rules below change

MIN_PART = 4  # shorter parts give bad splits ("kam" + "eror") unless they pass the short-part test
MIN_PART_ZIPF = 2.5  # a part must be a reasonably common word
# Three-letter parts ("ute" + "gym", "lek" + "park", "gång" + "bro") only when
# they are common words ("ror", "lar", "kam" are not common enough) and not
# function words, which end or start many words by chance ("man", "sin").
MIN_SHORT_PART = 3
SHORT_PART_ZIPF = 4.0
# A three-letter first part (modifier) only from this list: as a modifier a short
# word is mostly a chance prefix ("tro-liga", "fru-set", "kom-igen").
SHORT_MODIFIERS = frozenset(
    {
        "ute",
        "lek",
        "bil",
        "bad",
        "gym",
        "hem",
        "fri",
        "sol",
        "bro",
        "väg",
        "sjö",
        "snö",
        "tak",
        "båt",
        "tåg",
        "fot",
        "hus",
        "mat",
        "ord",
        "bok",
        "ung",
        "hög",
        "låg",
        "syd",
        "öst",
        "sko",
        "dag",
        "tid",
        "liv",
    }
)
SHORT_NOT_PARTS = frozenset(
    {
        "man",
        "sin",
        "sig",
        "din",
        "min",
        "mig",
        "dig",
        "var",
        "det",
        "den",
        "när",
        "hur",
        "för",
        "med",
        "och",
        "som",
        "att",
        "han",
        "hon",
        "oss",
        "ett",
        "nog",
        "ner",
        "upp",
        "bra",
        "fel",
        "ens",
        "all",
        "kan",
        "ska",
        "bli",
        "får",
        "går",
        "gör",
        "har",
        "vet",
        "era",
        "ena",
        "dom",
        "mer",
        "mot",
        "vid",
        "nya",
        "nej",
        "jag",
        "hej",
        "sen",
        "tas",
        "par",
        "vis",
        "bar",
        "are",
        "ade",
        "ren",
        "rad",
        "nen",
        "ter",
        "ten",
        "lat",
        "ser",
        # endings and prefixes that are also words: "artig-het", "svik-tar", "tenta-men", "kommun-alt", "pro-..."
        "het",
        "tar",
        "ger",
        "men",
        "der",
        "son",
        "alt",
        "kap",
        "ras",
        "ned",
        "tur",
        "pro",
        "kol",
        "ber",
        "sur",
        "lig",
        "ist",
        "ant",
        "ent",
        "ell",
        "van",
        "tal",
        "ris",
        "fil",
        "rom",
        "nat",
        "ror",
        "lar",
        "sam",
        "dar",
        "mor",
        "ära",
        "dra",
        "vad",
        "san",
        "set",
        "tor",
        "get",
        "tog",
        "per",
        "jan",
        "die",
        "ton",
        "las",
        "lät",
        "red",
        "ang",
        "til",
        "tex",
        "way",
        "ass",
        "win",
        "fin",
        "for",
        "mil",
        "rio",
        "lik",
    }
)


def is_short_modifier(part: str, lookup=None) -> bool:
    """A three-letter word that may begin a compound: on the list above, or a noun the dictionary
    lets begin compounds ("jul", "sim", "kyl"; compound_tables.py)."""
    return part in SHORT_MODIFIERS or (part not in SHORT_NOT_PARTS and modifier_words(part, lookup) == (part,))


MAX_PARTS = 3
LINKING = ("s",)  # trygghet-s-belysning
# A first part written without its final vowel or with another one: "skol-gården" (skola),
# "flick-gruppen" (flicka), "gatu-belysning" (gata), "kyrko-gård" (kyrka). The base word is
# the part (it stems as a query for it does); only a common one, and only when the written
# form is much rarer ("lek-park" stays "lek", not "leka"; "lind-berg" is no "linda").
MODIFIER_BASE_ZIPF = 4.0
MODIFIER_BASE_MARGIN = 1.0
MODIFIER_BASE_NEXT_ZIPF = 3.5  # the part after such a base word must be fairly common too
_CHANGED_VOWELS = ("u", "o", "e")  # gatu-, kyrko-, kvinno-, tunnelbane-: the base ends in -a
# In a word the lexicon does not know, a written form that is no word ("lykt-" in "lyktstolpar")
# stands for a base of this frequency, before a part (or a part's base) as frequent.
UNKNOWN_MODIFIER_BASE_ZIPF = MIN_PART_ZIPF
_VOWELS = "aeiouyåäöé"
# A first part of three letters that is no word of its own ("läx", "låd", "sop") stands for the common word
# it is written without the final vowel of ("läxa", "låda", "sopa"), in a word the lexicon knows whole too.
SHORT_BASE_ZIPF = 3.5
SHORT_BASE_MARGIN = 0.5
# Two-letter modifiers: "el-produktion", "el-skåp", "gå-gatan"; only before a word the
# lexicon knows whole (or a compound of such words), in a split of at most three.
TWO_LETTER_MODIFIERS = frozenset({"el", "gå"})
MIN_AFTER_TWO_LETTERS = 4
# A compound's head may be inflected when the lexicon holds only its base form
# ("cykel-stölderna": stöld, "trapp-räcken": räcke; see inflection_bases).
HEAD_BASE_ZIPF = MIN_PART_ZIPF
# Inflectional endings that happen to be words: "utför-ande", "dokument-erat", "parker-ingen";
# and derivational ones, which an inflected head would otherwise make parts: "land-ningar".
NOT_PARTS = frozenset(
    {"ande", "ende", "erat", "arat", "sade", "ades", "ares", "aren", "erna", "orna", "arna", "ingen", "ingens"}
    | {"ning", "ling", "else", "samt", "innan", "lade", "meter", "eller"}
)


# Function words are no base of a compound's head: "till" + "sammans" is no "samma" + s.
_FUNCTION_WORDS = frozenset(stoplists["sv"])


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> dict[str, float]:
    lexicon: dict[str, float] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, freq = line.rstrip("\n").partition("\t")
            lexicon[word] = int(freq) / 100
    return lexicon


def _part_zipf(part: str, lexicon: dict[str, float]) -> float:
    if len(part) < MIN_SHORT_PART or part in NOT_PARTS:
        return 0.0
    zipf = lexicon.get(part, 0.0)
    if len(part) < MIN_PART and (zipf < SHORT_PART_ZIPF or part in SHORT_NOT_PARTS):
        return 0.0
    return zipf


def _head_zipf(word: str, lexicon: dict[str, float]) -> float:
    """A compound's last part: a lexicon word, or an inflected form whose base the lexicon
    knows ("stölderna" is rarer than its base "stöld", "tunnorna" than "tunna")."""
    if word in NOT_PARTS:
        return 0.0
    zipf = _part_zipf(word, lexicon)
    for base in inflection_bases(word, heads=True):
        if len(base) >= MIN_PART and base not in NOT_PARTS and base not in _FUNCTION_WORDS:
            base_zipf = lexicon.get(base, 0.0)
            if base_zipf >= HEAD_BASE_ZIPF:
                zipf = max(zipf, base_zipf)
    return zipf


def _modifiers(head: str, lexicon: dict[str, float], *, first: bool, unknown: bool = False) -> list[tuple[str, float]]:
    """The words a part before the last may stand for, with their zipf: "trygghets" -> "trygghet";
    as the first part also the base word, first: "skol" -> "skola", then "skol"; `unknown` (a
    written form that is no word, in a word the lexicon does not know): only its base ("lykt")."""
    dictionary = modifier_words(head)
    if dictionary and dictionary != (head,):
        # A form that occurs only inside compounds stands for its word ("kvinno" -> "kvinna"), as
        # common as the word or the form, whichever the lexicon knows better ("skida" it lacks).
        return [(word, max(lexicon.get(word, 0.0), lexicon.get(head, 0.0), MIN_PART_ZIPF)) for word in dictionary]
    forms = [(head, max(_part_zipf(head, lexicon), MIN_PART_ZIPF if dictionary else 0.0))]
    if head[-1] in LINKING and len(head) > MIN_PART:
        forms.append((head[:-1], _part_zipf(head[:-1], lexicon)))
    written, written_zipf = max(forms, key=lambda f: f[1])
    if not first:
        return [(written, written_zipf)]
    # Against the written form's own frequency, even when it is no part ("mans" is no "mana").
    written_raw = max(lexicon.get(f, 0.0) for f, _ in forms)
    if len(head) == MIN_SHORT_PART and written_raw < MIN_PART_ZIPF and head[-1] not in _VOWELS:
        # "läx" (no word) in "läxhjälp" is "läxa", "låd" in "lådcykel" "låda"; counted a little rarer than the
        # base, so a common word is not cut by chance ("anklaga" is no "anka" + "laga").
        short_base = (head + "a", lexicon.get(head + "a", 0.0))
        return [(short_base[0], short_base[1] - SHORT_BASE_MARGIN)] if short_base[1] >= SHORT_BASE_ZIPF else []
    bases = []
    for stem in dict.fromkeys(f for f, _ in forms):
        if len(stem) < MIN_PART:
            continue  # "för" is no "före", "upp" no "uppe", "bro" no "bra"
        if stem[-1] in _CHANGED_VOWELS:
            bases.append(stem[:-1] + "a")
        elif stem[-1] not in _VOWELS:
            bases += [stem + "a", stem + "e"]
    base, base_zipf = max(((b, lexicon.get(b, 0.0)) for b in bases), key=lambda b: b[1], default=("", 0.0))
    if unknown and base_zipf >= UNKNOWN_MODIFIER_BASE_ZIPF:
        return [(base, base_zipf)]
    if base_zipf >= MODIFIER_BASE_ZIPF and base_zipf >= max(written_zipf, written_raw) + MODIFIER_BASE_MARGIN:
        return [(base, base_zipf), (written, written_zipf)]
    return [(written, written_zipf)]


def _candidates(
    word: str, lexicon: dict[str, float], max_parts: int, *, last: bool = False, first: bool = True
) -> list[tuple[list[str], float, float]]:
    """Every split of `word` into ≤ max_parts lexicon words: (parts, rarest zipf, summed zipf).

    `last`: `word` ends the compound, so its last part may be inflected ("stölderna");
    `first`: `word` begins it, so its first part may stand for a base word ("skol" for "skola").
    """
    unknown_word = first and lexicon.get(word, 0.0) < MIN_PART_ZIPF
    found: list[tuple[list[str], float, float]] = []
    whole = _head_zipf(word, lexicon) if last else _part_zipf(word, lexicon)
    if whole >= MIN_PART_ZIPF:
        found.append(([word], whole, whole))
    if max_parts == 1:
        return found
    for cut in range(MIN_SHORT_PART, len(word) - MIN_SHORT_PART + 1):
        # "lykt", "trapp": no word of their own, in a word the lexicon does not know.
        unknown = unknown_word and _unknown_written(word[:cut], lexicon)
        # A three-letter part that is no word ("sop" in "soptunnor") can only be read as its base word.
        short_unwritten = cut == MIN_SHORT_PART and _unknown_written(word[:cut], lexicon)
        modifiers = [m for m in _modifiers(word[:cut], lexicon, first=first, unknown=unknown) if m[1] >= MIN_PART_ZIPF]
        if not modifiers:
            continue
        for rest, rest_min, rest_sum in _candidates(word[cut:], lexicon, max_parts - 1, last=True, first=False):
            # A base word before a rare word is mostly chance ("rena" + "vera"): the written form then,
            # unless the written form is no word at all and the rest a common one ("lykt" + "stolpar").
            if lexicon.get(rest[0], 0.0) >= MODIFIER_BASE_NEXT_ZIPF or (
                (unknown or short_unwritten) and _common_head(rest[0], lexicon)
            ):
                modifier: tuple[str, float] | None = modifiers[0]
            else:  # the written form, or the word the dictionary says it stands for ("skid" -> "skida")
                dictionary = modifier_words(word[:cut])
                modifier = next((m for m in modifiers if word.startswith(m[0]) or m[0] in dictionary), None)
            if modifier is not None:
                head, head_zipf = modifier
                found.append(([head, *rest], min(head_zipf, rest_min), head_zipf + rest_sum))
    return found


def _unknown_written(form: str, lexicon: dict[str, float]) -> bool:
    """A modifier as written is no word of its own (nor without a linking -s-): "lykt", "gat"."""
    stripped = form[:-1] if form[-1] in LINKING and len(form) > MIN_PART else form
    return max(lexicon.get(form, 0.0), lexicon.get(stripped, 0.0)) < MIN_PART_ZIPF


def _common_head(part: str, lexicon: dict[str, float]) -> bool:
    """A part after a modifier that stands for a base word: a common word, or a form of one."""
    return len(part) >= MIN_PART and _head_zipf(part, lexicon) >= UNKNOWN_MODIFIER_BASE_ZIPF


def _two_letter_candidates(word: str, lexicon: dict[str, float]) -> list[tuple[list[str], float, float]]:
    """Splits after a two-letter modifier ("el" + "produktion", "el" + "ljus" + "spår"): the rest
    must be a word the lexicon knows whole, or two such words, each of 4+ letters."""
    modifier, rest = word[:2], word[2:]
    if modifier not in TWO_LETTER_MODIFIERS or len(rest) < MIN_AFTER_TWO_LETTERS:
        return []
    found = []
    for parts, rarest, total in _candidates(rest, lexicon, MAX_PARTS - 1, last=True, first=False):
        if min(map(len, parts)) >= MIN_AFTER_TWO_LETTERS:
            found.append(([modifier, *parts], rarest, total))
    return found


def split_compound(word: str, lexicon: dict[str, float] | None = None) -> list[str]:
    """The parts of a compound word, or [] when it is not (confidently) one.

    `word` should be lowercase. Pure given the lexicon.
    """
    if len(word) < 2 * MIN_SHORT_PART or not word.isalpha():
        return []
    if lexicon is None:
        return list(_split_with_shipped_lexicon(word))
    return _split(word, lexicon)


@lru_cache(maxsize=100_000)
def _split_with_shipped_lexicon(word: str) -> tuple[str, ...]:
    # A compound the dictionary lists whole, which the lexicon's frequencies leave whole ("livboj").
    return tuple(_split(word, load_lexicon())) or listed_parts(word)


def clear_caches() -> None:
    """Forget the splits made so far (after the shipped tables were rebuilt)."""
    _split_with_shipped_lexicon.cache_clear()


def _short_parts_allowed(parts: list[str], *, known_whole: bool = True, word: str = "") -> bool:
    """A three-letter part only in a split in two ("lek" + "park", not "över" + "tal" + "ning"),
    or first in a split in three, and as the first part only if it is a known modifier
    ("ute" + "gym", not "tro" + "liga") or the whole word is none the lexicon knows
    ("kod" + "lås", "nät" + "stängsel")."""
    if len(parts) < 2:
        return False
    if parts[0] in TWO_LETTER_MODIFIERS:
        return min(map(len, parts[1:])) >= MIN_AFTER_TWO_LETTERS
    if min(map(len, parts)) >= MIN_PART:
        return True
    if len(parts) == 2:
        # A three-letter base of a longer written form is no chance prefix: "löne" + "check" is "lön".
        written_long = len(word) - len(parts[1]) >= MIN_PART and word.endswith(parts[1])
        return len(parts[0]) >= MIN_PART or is_short_modifier(parts[0]) or not known_whole or written_long
    # In three, only a known modifier first, before two longer parts: "liv" + "räddnings" + "utrustning".
    return is_short_modifier(parts[0]) and min(map(len, parts[1:])) >= MIN_PART


# Heads of place names, in the forms a name ends with ("Rålambshovsparken", "Flatenbadet",
# "Hökarängsplan"): a word the lexicon does not know that ends in one of them is split
# there even when its first part is a name the lexicon cannot know.
PLACE_HEADS = frozenset(
    {
        *("park", "parken", "torg", "torget", "plan", "planen", "gata", "gatan", "väg", "vägen"),
        *("skola", "skolan", "bad", "badet", "gård", "gården", "strand", "stranden", "bro", "bron"),
        *("tunnel", "tunneln", "plats", "platsen", "backe", "backen", "hallen", "centrum", "stråk", "stråket"),
        *("allé", "allén", "skog", "skogen", "fält", "fältet", "hamn", "hamnen", "lunden", "trädgård"),
    }
)
MIN_PLACE_MODIFIER = 4  # letters before the head (a linking -s- aside): "Vasa" in "Vasaparken"


def _place_name_split(word: str, lexicon: dict[str, float]) -> list[str]:
    """[modifier, head] for a place name the lexicon does not know: "rålambshovsparken" ->
    ["rålambshov", "parken"]; [] otherwise."""
    if lexicon.get(word, 0.0) >= MIN_PART_ZIPF:
        return []
    for cut in range(MIN_PLACE_MODIFIER, len(word) - 2):
        head = word[cut:]
        if head in PLACE_HEADS:
            modifier = word[:cut]
            if modifier.endswith(LINKING) and len(modifier) > MIN_PLACE_MODIFIER:
                modifier = modifier[:-1]
            return [modifier, head]
    return []


# Last parts that are a derivational suffix with an ending (the suffix's own form after "/"): with
# that form in their place the word before them is a known word, so the word is that one inflected,
# not a compound: "festliga" is "festlig" + a (not "fest" + "liga"), "ojämnheter" "ojämnhet" + er,
# "lindring" "lindra" + ing, "versaler" "versal" + er, "johanssons" "johansson" + s; a real head keeps
# its split ("fotbollsliga": no "fotbollslig"; "vigselring": no "vigselra"). The plural and definite
# forms of -het are never a head ("heter" is a verb): "" for those.
SUFFIX_HEADS = {
    **dict.fromkeys(("liga", "ligt", "lige", "ligare", "ligast", "ligaste"), "lig"),
    **dict.fromkeys(("heter", "heten", "heterna", "hetens", "heters", "heternas"), ""),
    **dict.fromkeys(("ring", "ringen", "ringar", "ringarna", "ringens"), "ra"),
    **dict.fromkeys(("ler", "lerna", "lers"), "l"),
    **dict.fromkeys(("bara", "bart"), "bar"),
    **dict.fromkeys(("iska", "iskt"), "isk"),
    "sons": "son",
}


def suffix_head(word: str, head: str, lexicon: dict[str, float]) -> bool:
    """`head` ends `word` as a derivational suffix would, after a word the lexicon knows at all (SUFFIX_HEADS)."""
    base = SUFFIX_HEADS.get(head)
    return base == "" or (base is not None and word[: len(word) - len(head)] + base in lexicon)


def _split(word: str, lexicon: dict[str, float]) -> list[str]:
    candidates = _candidates(word, lexicon, MAX_PARTS) + _two_letter_candidates(word, lexicon)
    known_whole = lexicon.get(word, 0.0) >= MIN_PART_ZIPF
    splits = [
        c
        for c in candidates
        if _short_parts_allowed(c[0], known_whole=known_whole, word=word)
        and not (word.endswith(c[0][-1]) and suffix_head(word, c[0][-1], lexicon))
    ]
    if not splits:
        return _place_name_split(word, lexicon)
    # Fewest parts, then the most frequent rarest part, then the most frequent
    # overall (tunnland-s-parken beats tunnland-sparken).
    parts, rarest, _ = min(splits, key=lambda c: (len(c[0]), -c[1], -c[2]))
    # A word more frequent than its rarest part is no compound ("tillsammans"), unless a
    # known short modifier begins it and a common word ends it: "fotboll" (fot + boll),
    # "hemsida" (not "mat" + "cher").
    short_modified = len(parts) == 2 and parts[0] in SHORT_MODIFIERS and lexicon.get(parts[1], 0.0) >= SHORT_PART_ZIPF
    if lexicon.get(word, 0.0) >= rarest and not short_modified:
        return []
    return parts


MIN_SUBSPLIT = 2 * MIN_SHORT_PART  # a part this long may be a compound itself


def index_parts(word: str, lexicon: dict[str, float] | None = None) -> list[str]:
    """The parts the index holds beside a word: its compound parts and theirs
    ("gångvägsbelysning" -> "gångväg", "belysning", "gång", "väg"). Pure given the lexicon."""
    parts = split_compound(word, lexicon)
    found = list(parts)
    for part in parts:
        if len(part) >= MIN_SUBSPLIT:
            found.extend(p for p in split_compound(part, lexicon) if p not in found)
    if len(parts) == 3:
        # The last two parts as written, a compound of their own: "hund|rastgården", "liv|räddningsutrustning".
        start = word.rfind(parts[1], 0, len(word) - len(parts[2]))
        if start > 0 and word[start:] not in found:
            found.append(word[start:])
    return found


# Definite and genitive endings the Swedish Snowball stemmer leaves on:
# "torget", "projektet", "tunneln", "gatan", "området", "torgets".
_DEFINITE_ENDINGS = ("ets", "et", "ns", "n", "ts", "t")


# Three-letter words whose definite form the stemmer leaves alone: "bron", "sjön", "huset", "badet"
# ("sten" is not "ste" + n).
SHORT_DEFINITE_BASES = frozenset({"bro", "sjö", "sko", "snö", "hus", "tak", "bad", "tåg"})


def definite_base_candidates(word: str) -> list[str]:
    """Words that `word` may be the definite or genitive form of, longest ending first, by
    the endings alone (no lexicon): "torget" -> ["torg"], "tunneln" -> ["tunnel"], "bron" -> ["bro"]."""
    if len(word) < 4 or not word.isalpha():
        return []
    found = []
    for ending in _DEFINITE_ENDINGS:
        base = word[: -len(ending)]
        if not word.endswith(ending) or (len(base) < 4 and base not in SHORT_DEFINITE_BASES):
            continue
        if ending.startswith("t") and not base.endswith("e"):
            continue  # "-t" only after -e: "området", not "stort"
        if ending.startswith("n") and base[-1] not in _VOWELS + "lr":
            continue  # "-n" after a vowel, -el or -er: "gatan", "tunneln"; not the stem "byggn"
        found.append(base)
        if re.search(_DOUBLED_END, base):
            found.append(base[:-1])  # "gymmet" -> "gymm" -> "gym"
    # A base ending in -s, whose -s the stemmer strips from the base but not from "platsen":
    # "platsen" -> "plats", "bussens" -> "buss".
    s_base = re.fullmatch(_S_BASE_DEFINITE, word)
    if s_base and s_base["base"] not in found:
        found.append(s_base["base"])
    return found


# Patterns kept as text: compiled (and cached by re) on first use, not when the search imports this module.
_S_BASE_DEFINITE = r"(?P<base>\w{3,}s)ens?"
# A short word doubles its last consonant before a definite ending: "gym" -> "gymmet".
_DOUBLED_END = r"([bdfgklmnprstv])\1$"


# The one table of endings for every use (a compound's head, the base forms the index adds beside a
# word, the query's look-ups of base forms): (ending, what takes its place), longest ending first.
# Nouns: definite, plural, both, genitive, and the plurals of -a and -e words ("lampor" -> "lampa",
# "stolpar" -> "stolpe", "räcken" -> "räcke", "vandrarna" -> "vandrare").
_NOUN_ENDINGS = (
    *(("ornas", "a"), ("arnas", ""), ("arnas", "e"), ("arnas", "are"), ("ernas", ""), ("ernas", "e")),
    *(("orna", "a"), ("arna", ""), ("arna", "e"), ("arna", "are"), ("erna", ""), ("erna", "e")),
    *(("ena", ""), ("ens", ""), ("ets", ""), ("ors", "a")),
    *(("or", "a"), ("ar", ""), ("ar", "e"), ("er", ""), ("er", "e"), ("en", ""), ("et", ""), ("na", "")),
    *(("n", ""), ("s", "")),
)
# Verb forms to the infinitive ("levererades", "installerats", "beställdes", "belyst"), and an
# adjective's -t to its -a form ("aktivt" -> "aktiva"), which stems as the base word does.
_VERB_ENDINGS = (
    *(("ades", "a"), ("ade", "a"), ("ats", "a"), ("at", "a"), ("ar", "a"), ("des", "a"), ("de", "a")),
    *(("tes", "a"), ("te", "a"), ("ts", "a"), ("t", "a"), ("es", "a"), ("er", "a"), ("s", "a")),
)
_ALL_ENDINGS = tuple(sorted(_NOUN_ENDINGS + _VERB_ENDINGS, key=lambda e: -len(e[0])))
# A compound's head: not a bare genitive -s, which made "till" + "sammans" of "tillsammans".
_HEAD_ENDINGS = tuple(sorted((e for e in _NOUN_ENDINGS if e[0] != "s"), key=lambda e: -len(e[0])))


def inflection_bases(word: str, *, heads: bool = False) -> list[str]:
    """Words that `word` may be an inflected form of, by its ending alone (no lexicon): the definite
    and genitive bases first ("torget" -> "torg"), then plurals and verb forms ("tunnorna" -> "tunna",
    "installerats" -> "installera"); with `heads`, only those a compound's head may carry.
    Which of them is a word, the caller's lexicon or index says."""
    found = definite_base_candidates(word)
    if len(word) < MIN_PART + 1 or not word.isalpha():
        return found
    for ending, added in _HEAD_ENDINGS if heads else _ALL_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < MIN_PART:
            continue
        if ending in ("na", "n") and stem[-1] not in "ae":
            continue  # "bytena", "räcken", "gatan"; not "ledsna", "öppen"
        base = stem + added
        if base != word and base not in found:
            found.append(base)
    return found


# Plurals that drop the e of -el/-en/-er, which the stemmer cannot undo:
# "tunnlar" (tunnel), "cyklarna" (cykel), "regler" (regel), "öknar" (öken).
_CONSONANT = r"[^\Waeiouyåäöé]"
_SYNCOPATED_PLURAL = re.compile(rf"(?P<stem>\w*{_CONSONANT})(?P<end>[lnr])(?:ar|or|er)(?:nas?|s)?")


def base_form(word: str, lexicon: dict[str, float] | None = None) -> str | None:
    """The base word of a form the stemmer misses, if the lexicon knows it.

    Definite and genitive forms: "torget" -> "torg", "tunneln" -> "tunnel",
    "området" -> "område"; plurals without the e: "tunnlar" -> "tunnel",
    "cyklarna" -> "cykel". None otherwise.
    """
    if len(word) < 4 or not word.isalpha():
        return None
    lexicon = load_lexicon() if lexicon is None else lexicon
    found = _own_base_form(word, lexicon)
    if found is None:
        # A compound the lexicon does not know whole: its head's base ("gångtunnlarna" -> "gångtunnel").
        return _on_compound_head(word, lexicon, _own_base_form)
    return found


# Plurals the stemmer cannot undo: of three-letter words ending in a vowel ("broarna" -> "bro",
# "sjöar" -> "sjö": too short for its suffix region; not "-r" alone, which is a verb's: "bror", "tror";
# not after -a: "ökar" is a verb) and of words ending in -s ("platserna" -> "plats").
_SHORT_PLURAL = r"(?P<base>\w\w[eiouyåäö])(?:ar|or)(?:na|nas|s)?"
_S_BASE_PLURAL = r"(?P<base>\w{3,}s)(?:ar|or|er)(?:na|nas|s)?"


def _plural_base(word: str, lexicon: dict[str, float]) -> str | None:
    match = re.fullmatch(_SHORT_PLURAL, word)
    if match and _part_zipf(match["base"], lexicon) >= SHORT_PART_ZIPF:
        return match["base"]
    match = re.fullmatch(_S_BASE_PLURAL, word)
    if match and lexicon.get(match["base"], 0.0) >= MIN_PART_ZIPF:
        return match["base"]
    return None


def _own_base_form(word: str, lexicon: dict[str, float]) -> str | None:
    for base in definite_base_candidates(word):
        # A three-letter base must be a common word, not a function word ("minnet" is not "min").
        if len(base) < MIN_PART:
            known = _part_zipf(base, lexicon) >= SHORT_PART_ZIPF
        else:
            known = lexicon.get(base, 0.0) >= MIN_PART_ZIPF
        if known:
            return base
    plural_base = _plural_base(word, lexicon)
    if plural_base:
        return plural_base
    plural = _SYNCOPATED_PLURAL.fullmatch(word)
    if plural:
        base = plural["stem"] + "e" + plural["end"]
        if len(base) >= 4 and lexicon.get(base, 0.0) >= MIN_PART_ZIPF:
            return base
    return _inflected_base(word, lexicon)


# A word far more frequent than the base its ending points to is no form of it: "kort" is no "kora".
INFLECTED_BASE_MARGIN = 1.0
# Verbs in -era the lexicon may not hold ("vandaliserats"): a productive class, known by its endings.
_ERA_VERB = r"(?P<stem>\w{4,}er)(?:ade|ades|at|ats|ar|as|ad|ande)"


def _inflected_base(word: str, lexicon: dict[str, float]) -> str | None:
    """The base word an ending points to ("tunnorna" -> "tunna", "beställdes" -> "beställa",
    "promenaden" -> "promenad"), if the lexicon knows it: the shortest, so not another inflected
    form ("byggnadens" -> "byggnad", not "byggnaden"), then the most frequent; an -era verb by its form."""
    word_zipf = lexicon.get(word, 0.0)
    stem = _snowball_stem()
    word_stem = stem(word)
    known = []
    for base in inflection_bases(word):
        zipf = lexicon.get(base, 0.0)
        if (
            len(base) < MIN_PART
            or base in NOT_PARTS
            or zipf < MIN_PART_ZIPF
            or word_zipf > zipf + INFLECTED_BASE_MARGIN
        ):
            continue
        if stem(base) != word_stem:  # only what the stemmer cannot relate: "kameror" and "kamera" are "kamer"
            known.append((zipf, base))
    if known:
        return min(known, key=lambda k: (len(k[1]), -k[0]))[1]
    verb = re.fullmatch(_ERA_VERB, word)
    return verb["stem"] + "a" if verb and stem(verb["stem"] + "a") != word_stem else None


@lru_cache(maxsize=1)
def _snowball_stem():
    """The Swedish stemmer the analyzers end with (imported when indexing, not when searching)."""
    from whoosh.lang.snowball.swedish import SwedishStemmer

    return SwedishStemmer().stem


def _on_compound_head(word: str, lexicon: dict[str, float], form) -> str | None:
    """`form` of a compound's last part, with the rest of the word kept: "gång" + form("tunneln")."""
    parts = split_compound(word, lexicon)
    if len(parts) < 2 or not word.endswith(parts[-1]):  # a listed compound's head is its base ("livbojar": "boj")
        return None
    head = form(parts[-1], lexicon)
    return word[: len(word) - len(parts[-1])] + head if head else None


_SYNCOPATING_BASE = re.compile(rf"(?P<stem>\w*{_CONSONANT})e(?P<end>[lnr])")


def syncopated_plural(word: str, lexicon: dict[str, float] | None = None) -> str | None:
    """The plural without the e, if the lexicon knows it: "tunnel" -> "tunnlar", "regel" -> "regler".

    Indexed beside the base, so a query in the plural finds the singular too
    (the other way round from base_form).
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    found = _own_syncopated_plural(word, lexicon)
    if found is None and len(word) >= 4 and word.isalpha():
        return _on_compound_head(word, lexicon, _own_syncopated_plural)  # "gångtunnel" -> "gångtunnlar"
    return found


def _own_syncopated_plural(word: str, lexicon: dict[str, float]) -> str | None:
    match = _SYNCOPATING_BASE.fullmatch(word) if len(word) >= 4 else None
    if not match:
        return None
    for ending in ("ar", "er", "or"):
        plural = match["stem"] + match["end"] + ending
        if lexicon.get(plural, 0.0) >= MIN_PART_ZIPF:
            return plural
    return None


# --- the query's splitter: against the index's own words (the search path loads no lexicon) ---

MIN_SPLIT_WORD = 7  # letters; "utegym" and shorter words are not split at query time
MIN_QUERY_PART = 3
# Endings that look like a compound's last part ("lagr-ing", "hund-ring" for "-ering").
NOT_QUERY_TAILS = frozenset({"ing", "ring", "lig", "len", "sta", "skap"})  # compared by stem too: "-skapen"
# Prefixes that look like a first part ("före-komma", "miss-handel", "fast-ställd").
NOT_QUERY_HEADS = frozenset({"före", "miss", "fast"})


@lru_cache(maxsize=2)
def _near_word_table(stem) -> dict[str, tuple[str, ...]]:
    """The stem of each thesaurus word -> the other words of its groups (see near_words)."""
    from bilagor.index.search.synonyms import SYNONYM_GROUPS

    table: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = {word: stem(word) for word in group}
        for own in filter(None, dict.fromkeys(stems.values())):
            others = [w for w in group if stems[w] != own]
            table[own] = list(dict.fromkeys([*table.get(own, []), *others]))
    return {own: tuple(others) for own, others in table.items()}


def near_words(part: str, stem) -> tuple[str, ...]:
    """The thesaurus's near-terms of a compound's part, by its stem: "frisbeegolf" -> ("discgolf",), "knark" ->
    ("narkotika", "drog"); () for most words."""
    own = stem(part)
    return _near_word_table(stem).get(own, ()) if own else ()


def split_against(word: str, indexed_term, stem) -> list[list[str]] | None:
    """The query's splitter: the terms of the parts of a typed compound that the index holds as words of their own, each
    part with its other forms: "snöröjning" -> [["snö"], ["röjning"]], "tunnelsopning" -> [["tunnel"],
    ["sopning", "sop"]] (the verb a report writes, "sopades"); a verb particle before a noun made
    from a verb stands for the particle written apart, a stop word: "ommålning" -> [["målning",
    "mål"]] ("målades om"). None when no split has every part.

    By the index's own words, not the lexicon (the search path loads none): a first part may
    carry a linking -s- ("trygghets-"); a three-letter first part only from the known short
    modifiers, and no part that is a function word or an ending ("het", "ning"). Of several
    splits, the one with the longest shorter part. `indexed_term(word, whole=False)`: the index's
    term for a word, or None; `stem`: the query analysis of a word."""
    from bilagor.index.search.compound_tables import file_lookup as compound_lookup
    from bilagor.index.search.lemmas import file_lookup, word_derived, word_lemmas

    modifiers = compound_lookup()[0]

    if len(word) < MIN_SPLIT_WORD or not word.isalpha():
        return None

    def forms_in_index(part: str) -> list[str]:
        others = [*word_lemmas(part, file_lookup()), *word_derived(part, file_lookup())]
        return list(dict.fromkeys(filter(None, (indexed_term(w, whole=True) for w in (part, *others)))))

    def near_in_index(part: str) -> list[str]:
        # A part's near-terms stand beside it: "frisbeegolfbana" finds "Discgolfbana", "knarkhandel"
        # "narkotikahandeln" (the thesaurus is otherwise looked up for whole words only).
        return list(filter(None, (indexed_term(w, whole=True) for w in near_words(part, stem))))

    particle = next(
        (p for p in VERB_PARTICLES if word.startswith(p) and len(word) - len(p) >= MIN_SPLIT_WORD - 2), None
    )
    if particle:
        rest = word[len(particle) :]
        # Only a noun made from a verb ("målning": "måla"), not a verb form ("omsätter").
        verbs = [w for w in word_derived(rest, file_lookup()) if w.endswith("a") and not rest.endswith("a")]
        if any(indexed_term(w, whole=True) for w in verbs):
            return [forms_in_index(rest)]
    found: list[tuple[int, int, list[list[str]]]] = []
    for cut in range(MIN_QUERY_PART, len(word) - MIN_QUERY_PART + 1):
        head, tail = word[:cut], word[cut:]
        if tail in NOT_PARTS or tail in SHORT_NOT_PARTS or tail in NOT_QUERY_TAILS or stem(tail) in NOT_QUERY_TAILS:
            continue
        if len(tail) == MIN_QUERY_PART and tail not in SHORT_MODIFIERS:
            continue  # a three-letter last part only from the common short words ("gym", "tåg"), not "kor"
        heads = [head]
        if head.endswith(LINKING) and len(head) > MIN_QUERY_PART + 1:
            heads.append(head[:-1])
        for modifier in heads:
            # The index's rules for a first part: a three-letter one only if it may begin compounds, a
            # compound-only form as the word it stands for ("kvinno-": "kvinna").
            if len(modifier) == MIN_QUERY_PART and not is_short_modifier(modifier, modifiers):
                continue
            if modifier in NOT_PARTS or modifier in SHORT_NOT_PARTS or modifier in NOT_QUERY_HEADS:
                continue
            words = modifier_words(modifier, modifiers) or (modifier,)
            modifier_term = next(filter(None, (indexed_term(w, whole=True) for w in words)), None)
            modifier_terms = list(dict.fromkeys(filter(None, [modifier_term, *near_in_index(modifier)])))
            if not modifier_terms:
                continue
            tail_terms = list(dict.fromkeys([*forms_in_index(tail), *near_in_index(tail)]))
            # A longer tail whose stem is as short as an ending is mostly endings ("lägenh-eterna": "et").
            tail_stem = stem(tail) or ""
            if tail_terms and len(tail_stem) >= MIN_QUERY_PART + (len(tail) > MIN_QUERY_PART):
                found.append((min(len(modifier), len(tail)), len(tail), [modifier_terms, tail_terms]))
                break
    return max(found)[2] if found else None
