"""What a change of the compound rules does to the lexicon's words: a dump before, a comparison after.

    .venv/bin/python bench/search_split_changes.py --dump /tmp/splits-before.tsv     # on the old code
    .venv/bin/python bench/search_split_changes.py --compare /tmp/splits-before.tsv --sample 50 --seed 41

The dump holds, for every word of the shipped lexicon (6+ letters), the parts
the index adds beside it (`compounds.index_parts` when the code has it, else
`split_compound`). The comparison counts the words whose parts changed (new
splits, lost splits, other parts) and prints a random sample of the new and
changed ones to judge by hand (a real compound, or a false split).
"""

from __future__ import annotations

import argparse
import random

from bilagor.index.search import compounds


def current_parts(word: str, lexicon: dict[str, float]) -> tuple[str, ...]:
    index_parts = getattr(compounds, "index_parts", None)
    if index_parts is not None:
        # The shipped lexicon as the index uses it: with the dictionary's listed compounds, where the code has them.
        return tuple(index_parts(word) if lexicon is compounds.load_lexicon() else index_parts(word, lexicon))
    return tuple(compounds.split_compound(word, lexicon))


def all_parts() -> dict[str, tuple[str, ...]]:
    lexicon = compounds.load_lexicon()
    words = [w for w in lexicon if len(w) >= 2 * compounds.MIN_SHORT_PART and w.isalpha()]
    return {w: current_parts(w, lexicon) for w in sorted(words)}


def read_dump(path: str) -> dict[str, tuple[str, ...]]:
    found = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, parts = line.rstrip("\n").partition("\t")
            found[word] = tuple(parts.split()) if parts else ()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", help="write every word's parts to this file")
    parser.add_argument("--compare", help="compare with a dump made earlier")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=41)
    args = parser.parse_args()
    now = all_parts()
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            handle.writelines(f"{w}\t{' '.join(p)}\n" for w, p in now.items())
        print(f"{len(now)} words, {sum(1 for p in now.values() if p)} with parts, written to {args.dump}")
    if args.compare:
        before = read_dump(args.compare)
        new = sorted(w for w, p in now.items() if p and not before.get(w))
        lost = sorted(w for w, p in now.items() if not p and before.get(w))
        changed = sorted(w for w, p in now.items() if p and before.get(w) and set(p) != set(before[w]))
        print(
            f"{len(now)} words; with parts before {sum(1 for p in before.values() if p)}, "
            f"now {sum(1 for p in now.values() if p)}; new {len(new)}, lost {len(lost)}, other parts {len(changed)}"
        )
        rng = random.Random(args.seed)
        for title, words in (("new", new), ("other parts", changed), ("lost", lost)):
            print(f"-- {title}: a sample of {min(args.sample, len(words))}")
            for word in rng.sample(words, min(args.sample, len(words))):
                print(f"{word} = {' + '.join(now[word]) or '(whole)'}   (before: {' + '.join(before[word]) or '-'})")


if __name__ == "__main__":
    main()
