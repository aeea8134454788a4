"""How many words the three-letter compound parts split, and a sample to judge by hand.

`.venv/bin/python bench/search_short_parts.py --sample 50 --seed 7` splits every word of the shipped
lexicon (6+ letters) and prints how many splits have a three-letter part, then a random sample of them
(judge each: a real compound or a false split such as "kameror" -> "kam" + "eror").
"""

from __future__ import annotations

import argparse
import random

from bilagor.index.search import compounds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    lexicon = compounds.load_lexicon()
    words = [w for w in lexicon if len(w) >= 2 * compounds.MIN_SHORT_PART and w.isalpha()]
    split = {w: compounds.split_compound(w, lexicon) for w in words}
    short = sorted(w for w, parts in split.items() if parts and min(map(len, parts)) < compounds.MIN_PART)
    print(
        f"{len(words)} lexicon words; {sum(1 for p in split.values() if p)} split; "
        f"{len(short)} with a three-letter part"
    )
    for word in random.Random(args.seed).sample(short, min(args.sample, len(short))):
        print(f"{word} = {' + '.join(split[word])}")


if __name__ == "__main__":
    main()
