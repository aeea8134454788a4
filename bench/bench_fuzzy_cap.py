"""How many reports of the test search corpus a fuzzy word matches, with and without the distance cap
(docs/benchmarks.md, "Eighteenth round (odd queries, f-query)"). Run: .venv/bin/python bench/bench_fuzzy_cap.py"""

import sys
import tempfile
import pathlib

sys.path.insert(0, "tests")
from search_corpus import build_archive
from bilagor.index.archive import Archive
import bilagor.index.search.query as q

folder = pathlib.Path(tempfile.mkdtemp())
build_archive(folder)


def count(text):
    with Archive.open(folder) as a:
        return a.search(text, limit=1).total


total = count("år:[2000 TO 2100]")
after = {t: count(t) for t in ("kameror~9", "kameror~1")}
q._capped_fuzzy = lambda node: node
before = {t: count(t) for t in ("kameror~9", "kameror~1")}
print("reports", total, "before", before, "after", after)
