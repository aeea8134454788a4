"""Judged misspelt queries for the search (issue #12's search, written 2026-12-07 before the fix of misspellings
whose stem is short, "belysnig" stemmed "belysn").

Each query is a word of seven letters or more typed with one slip (a letter dropped, doubled, swapped with its
neighbour or replaced, or a compound's linking -s- lost) of a word the reports hold. Relevant are the reports whose
text holds the intended word (`intended`: a string matched inside words, accents folded, so that compounds and
inflected forms count), judged from the report texts by `relevant_keys`, never from search results. The reports are
those of the eighth judged set (search_heldout8.all_rows).

Two parts written together, before the fix: TUNING (misses may be listed and tuned on) and HELDOUT (aggregate
only: scored once before and once after the fix, never with --misses). Also scored: the intended words as typed
correctly (a ceiling), so a change that finds the misspelt word by losing the right one shows.

    PYTHONPATH=tests .venv/bin/python tests/search_typos.py [--part tuning|heldout] [--misses]
"""

from __future__ import annotations

import re

from bilagor.extractor.text import fold as folded  # the corpus writes some reports without å, ä and ö

# (misspelt query, the word meant)
TUNING = [
    ("belysnig", "belysning"),
    ("grafitti", "graffiti"),
    ("trygghte", "trygghet"),
    ("sittbänakr", "sittbänk"),
    ("skridksor", "skridsko"),
    ("narkotiak", "narkotika"),
    ("hastighte", "hastighet"),
    ("plaskdamen", "plaskdamm"),
    ("utrusning", "utrustning"),
    ("informaton", "information"),
    ("brandvarare", "brandvarnare"),
    ("solpanler", "solpanel"),
    ("räddningstänsten", "räddningstjänst"),
    ("cykelparkring", "cykelparkering"),
    ("tillsammas", "tillsammans"),
    ("misshandell", "misshandel"),
    ("pendeltågsstaionen", "pendeltågsstation"),
    ("föreingarna", "förening"),
    ("inbrottskydd", "inbrottsskydd"),
    ("ledstägner", "ledstäng"),
    ("värmesligorna", "värmesling"),
    ("övergångställen", "övergångsställ"),
    ("bevattningsäckar", "bevattningssäck"),
    ("dricksvattenfontäer", "dricksvattenfontän"),
    ("busshålplatsen", "busshållplats"),
    ("synnedsätning", "synnedsättning"),
    ("väderskyd", "väderskydd"),
    ("lekparkne", "lekpark"),
    ("arkeologsika", "arkeologisk"),
    ("föräldravandirngar", "föräldravandring"),
]

HELDOUT = [
    ("hastighetsdisplyer", "hastighetsdisplay"),
    ("crossmotorcykalr", "crossmotorcykl"),
    ("konstgräsmatan", "konstgräsmatta"),
    ("medborgarkontroet", "medborgarkontor"),
    ("socialtjänstne", "socialtjänst"),
    ("gångtunnalr", "gångtunn"),
    ("schackbrod", "schackbord"),
    ("perennre", "perenn"),
    ("växelrikatre", "växelriktare"),
    ("passersystmet", "passersystem"),
    ("källardörarna", "källardörr"),
    ("ungdomsgåden", "ungdomsgård"),
    ("idrottsplatesn", "idrottsplats"),
    ("simhalen", "simhall"),
    ("sandlådna", "sandlåd"),
    ("ljusslingonra", "ljusslingor"),
    ("elsparkcykalr", "elsparkcykl"),
    ("glassplitetr", "glassplitter"),
    ("föreläsnig", "föreläsning"),
    ("solcellsbelysnig", "solcellsbelysning"),
    ("medelhastighten", "medelhastighet"),
    ("cykelgarge", "cykelgarage"),
    ("ledningscentarlen", "ledningscentral"),
    ("gungställnig", "gungställning"),
    ("trafikerda", "trafikerad"),
    ("vintermånadrena", "vintermånad"),
    ("regnvatnet", "regnvatt"),
    ("blomkurkor", "blomkruk"),
    ("kontrollkp", "kontrollköp"),
    ("hemtjänstpersnal", "hemtjänstpersonal"),
]

PARTS = {"tuning": TUNING, "heldout": HELDOUT}


def report_text(row) -> str:
    """Every string of a search_corpus row: its project, place, organisations and sections."""
    return " ".join(x if isinstance(x, str) else " ".join(x) for x in row if isinstance(x, (str, list)))


def relevant_keys(rows, intended: str) -> set[str]:
    """The keys of the reports whose text holds `intended` inside a word, accents folded."""
    pattern = re.compile(re.escape(folded(intended)))
    return {row[0] for row in rows if pattern.search(folded(report_text(row)))}


def judged(rows, part, *, correct: bool = False):
    """`part` as a judged set (query, filters, relevant keys, class); with `correct`, the intended words typed
    right instead of the misspellings."""
    out = []
    for typo, intended in part:
        relevant = relevant_keys(rows, intended)
        if not relevant:
            raise ValueError(f"no report holds {intended!r}: the query {typo!r} judges nothing")
        out.append((intended if correct else typo, {}, relevant, "typo"))
    return out


def main() -> None:
    import sys
    import tempfile

    import search_heldout8
    import search_scoring

    from bilagor.index.archive import Archive

    args = sys.argv[1:]
    part = args[args.index("--part") + 1] if "--part" in args else "tuning"
    if part not in PARTS:
        raise SystemExit(f"--part takes one of {', '.join(PARTS)}, not {part!r}")
    misses = [] if "--misses" in args and part == "tuning" else None
    rows = search_heldout8.all_rows()
    with tempfile.TemporaryDirectory() as folder:
        key_of = {r.id: key for key, r in search_scoring.build_archive(folder, rows).items()}
        with Archive.open_for_reading(folder) as archive:
            for label, correct in (("misspelt", False), ("as meant", True)):
                found = misses if not correct else None
                _, recall, mrr = search_scoring.score(
                    archive, key_of, judged(rows, PARTS[part], correct=correct), found
                )
                print(f"{part} {label:<9} {len(PARTS[part]):3d} queries: recall@10 {recall:.3f}, MRR {mrr:.3f}")
    if misses:
        search_scoring.print_misses(misses)


if __name__ == "__main__":
    main()
