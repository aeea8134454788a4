"""How often a typed word is split into parts at query time (sixth round), and a sample to judge by hand.

`PYTHONPATH=tests .venv/bin/python bench/search_query_splits.py --sample 40 --seed 61` stores the
search corpus and the reports of the burned held-out sets (the archive the judged queries run on),
then asks, for every word of the shipped lexicon of 7+ letters with Zipf >= 3.0 (common words a user
may type), which parts the query would search apart (query._parts_in_index against the index's own
words). Prints how many get parts and a random sample of them: judge each (a real compound or
particle noun, or a false split such as "kameror" -> "kam" + "eror").
"""

from __future__ import annotations

import argparse
import random
import tempfile


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=61)
    parser.add_argument("--min-zipf", type=float, default=3.0)
    args = parser.parse_args()

    import search_heldout5

    from bilagor.index.archive import Archive
    from bilagor.index.search import compounds, query

    lexicon = compounds.load_lexicon()
    words = sorted(w for w, z in lexicon.items() if z >= args.min_zipf and len(w) >= compounds.MIN_SPLIT_WORD)
    with tempfile.TemporaryDirectory() as folder:
        search_heldout5.build_heldout5_archive(folder)
        with Archive.open_for_reading(folder) as archive, archive.search_index.searcher() as searcher:
            reader, schema = searcher.reader(), searcher.schema
            analyzer = schema["content"].analyzer

            def indexed_term(word: str, whole: bool = False) -> str | None:
                terms = [t.text for t in analyzer(word, mode="query")]
                return terms[0] if len(terms) == 1 and ("content", terms[0]) in reader else None

            found = [w for w in words if query._parts_in_index(w, indexed_term)]
            sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
            # The sample's parts as words, not terms, to judge them by (only the sample's: a second pass).
            shown = {w: query._parts_in_index(w, lambda x, whole=False: x if indexed_term(x) else None) for w in sample}
    print(f"{len(words)} lexicon words (7+ letters, Zipf >= {args.min_zipf}); {len(found)} get parts at query time")
    for word in sample:
        print(f"{word} = {' + '.join('/'.join(terms) for terms in shown[word] or [])}")


if __name__ == "__main__":
    main()
