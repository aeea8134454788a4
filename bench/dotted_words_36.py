"""Build extractor/sv_dotted.txt, the Swedish words OCR reads without their dots on a copy of a copy (issue #12).

    .venv/bin/python bench/dotted_words_36.py

From the search's word-frequency lexicon (index/search/sv_lexicon.tsv, which the extractor may not import): every
word with å, ä or ö that is at least ten times as frequent as the same letters undotted (å, ä -> a, ö -> o) as a word of
its own and as every other dotted reading of them ("där" for "dar", "kände" for "kande"; not "hörn" for "horn").
Rebuild it when the lexicon changes.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON_PATH = ROOT / "index" / "search" / "sv_lexicon.tsv"
MARGIN = 100  # the lexicon's Zipf values are in hundredths: 1.0 is ten times as frequent


def dotted_rows(lexicon: dict[str, int]) -> list[str]:
    """The dotted words (sorted) that are the one likely reading of their undotted letters."""
    from bilagor.extractor.ocr_dots import undotted

    readings: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for word, zipf in lexicon.items():
        if undotted(word) != word:
            readings[undotted(word)].append((zipf, word))
    rows = []
    for key, found in readings.items():
        found.sort(reverse=True)
        rival = max([lexicon.get(key, 0)] + [zipf for zipf, _ in found[1:]])
        if found[0][0] - rival >= MARGIN:
            rows.append(found[0][1])
    return sorted(rows)


def build_dotted(path: Path | None = None) -> int:
    from bilagor.extractor.ocr_dots import DOTTED_PATH

    lexicon = {}
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if line:
            word, zipf = line.split("\t")
            lexicon[word] = int(zipf)
    rows = dotted_rows(lexicon)
    (path or DOTTED_PATH).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build_dotted(), "words")
