"""Write index/search/sv_strong.tsv and merge the strong verbs' forms into sv_forms.tsv and sv_derived.tsv (development time).

    .venv/bin/python bench/build_strong_verbs.py

The Hunspell dictionary lists a strong verb's past, supine and participle ("bröt", "brutit",
"bruten") as words of their own, not as forms of "bryta", so the tables built from it
(bench/build_lemma_tables.py, which runs this merge too) cannot relate them. The principal parts
in bench/sv_strong_verbs.txt give every form: the past and its passive ("bröt", "bröts"), the supine
and its passive ("brutit", "brutits"), the participle's three forms ("bruten", "brutet", "brutna"),
the present and its passive where the stem changes ("gör", "görs"). Each form whose stem differs
from the infinitive's becomes a row of sv_forms.tsv (form -> infinitive); each noun made from the
verb by ablaut ("stöld", "brand") a pair of rows of sv_derived.tsv, as a noun in -ning is. Every
form, the stemmer's own too ("huggen"), is a row of sv_strong.tsv, which says which words end in a
strong verb's form ("knivhöggs", "sönderslagen": lemmas.word_lemmas). Merging twice gives the same
tables. Bump LEXICON_VERSION (index/search/compounds.py) when they change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

SOURCE = Path(__file__).with_name("sv_strong_verbs.txt")
NONE = "-"


def paradigms(lines: Iterable[str]) -> list[tuple[list[str], ...]]:
    """The rows of sv_strong_verbs.txt: (infinitives, presents, pasts, supines, participles, nouns),
    each a list of its alternatives ([] for "-")."""
    rows = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split()
        if len(columns) != 6:
            raise ValueError(f"{SOURCE.name}: six columns wanted, not {len(columns)}: {line.strip()!r}")
        rows.append(tuple([] if c == NONE else c.split("/") for c in columns))
    return rows


def present_passive(present: str) -> str:
    """ "bryter" -> "bryts", "ser" -> "ses", "slår" -> "slås", "gör" -> "görs"."""
    if present.endswith("er"):
        return present[:-1] + "s" if len(present) <= 3 else present[:-2] + "s"
    if present.endswith(("år", "ar")):
        return present[:-1] + "s"
    return present + "s"


def participle_forms(participle: str) -> list[str]:
    """The common gender, neuter and plural (also definite) forms: "bruten", "brutet", "brutna";
    "vunnen", "vunnet", "vunna"; "gjord", "gjort", "gjorda"; "sedd", "sett", "sedda"."""
    if participle.endswith("en"):
        stem = participle[:-2]
        plural = stem[:-1] + "na" if stem.endswith("nn") else stem + "na"
        return [participle, stem + "et", plural]
    if participle.endswith("dd"):
        return [participle, participle[:-2] + "tt", participle + "a"]
    if participle.endswith("d"):
        return [participle, participle[:-1] + "t", participle + "a"]
    return [participle, participle + "a"]  # "satt", "satta"


def verb_forms(presents: list[str], pasts: list[str], supines: list[str], participles: list[str]) -> list[str]:
    """Every form of a verb by its principal parts (not the infinitive's own forms, which the stemmer relates)."""
    forms = [*presents, *map(present_passive, presents)]
    forms += [f for past in pasts for f in (past, past + "s")]
    forms += [f for supine in supines for f in (supine, supine + "s")]
    forms += [f for participle in participles for f in participle_forms(participle)]
    return list(dict.fromkeys(forms))


Table = dict[str, tuple[str, ...]]


def strong_rows(rows: list[tuple[list[str], ...]], stem: Callable[[str], str]) -> tuple[Table, Table, Table]:
    """(form -> infinitives, stem -> derived words, every form -> infinitives): a form whose stem
    differs from its verb's; each noun with its verb both ways (a noun's stem -> the verb, the verb's
    stem -> the noun); and every form, the infinitive's too."""
    forms: dict[str, list[str]] = {}
    derived: dict[str, list[str]] = {}
    every: dict[str, list[str]] = {}
    for infinitives, presents, pasts, supines, participles, nouns in rows:
        verb = infinitives[0]
        for form in [*infinitives, *verb_forms(presents, pasts, supines, participles)]:
            every.setdefault(form, []).append(verb)
            if stem(form) != stem(verb):
                forms.setdefault(form, []).append(verb)
        for noun in nouns:
            if stem(noun) != stem(verb):
                derived.setdefault(stem(noun), []).append(verb)
                derived.setdefault(stem(verb), []).append(noun)
    return tuple({k: tuple(dict.fromkeys(v)) for k, v in table.items()} for table in (forms, derived, every))  # type: ignore[return-value]


def merged(table: dict[str, tuple[str, ...]], rows: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`table` with the values of `rows` added to its rows (after those it has), new keys added."""
    out = dict(table)
    for key, values in rows.items():
        out[key] = tuple(dict.fromkeys((*out.get(key, ()), *values)))
    return out


def merge_strong_verbs(source: Path = SOURCE) -> tuple[int, int]:
    """Write sv_strong.tsv and add the strong verbs' rows to the shipped sv_forms.tsv and sv_derived.tsv;
    (form rows, derived rows) added."""
    from whoosh.lang.snowball.swedish import SwedishStemmer

    from table_builders import write_table

    from bilagor.index.search.lemmas import DERIVED_PATH, FORMS_PATH, STRONG_PATH, load_table

    with open(source, encoding="utf-8") as handle:
        forms, derived, every = strong_rows(paradigms(handle), SwedishStemmer().stem)
    write_table(STRONG_PATH, every)
    for path, rows in ((FORMS_PATH, forms), (DERIVED_PATH, derived)):
        write_table(path, merged(load_table(path), rows))
        load_table.cache_clear()
    return len(forms), len(derived)


def main() -> None:
    forms, derived = merge_strong_verbs()
    print(f"strong verbs: {forms} forms in sv_forms.tsv, {derived} rows in sv_derived.tsv")


if __name__ == "__main__":
    main()
