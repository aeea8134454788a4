"""Rebuild index/search/sv_forms.tsv, sv_derived.tsv, sv_modifiers.tsv and sv_compounds.tsv from the Swedish Hunspell dictionary (development time).

    .venv/bin/python -m pip download --no-deps hunspell-sv==2026.10.25 -d /tmp/hunspell-sv
    unzip -o /tmp/hunspell-sv/hunspell_sv-2026.10.25-py3-none-any.whl -d /tmp/hunspell-sv
    .venv/bin/python bench/build_lemma_tables.py /tmp/hunspell-sv/hunspell_sv-2026.10.25.data/data/share/hunspell

The dictionary (LGPL-3.0) is not a dependency of bilagor: only the derived tables are shipped. The strong
verbs' forms (bench/sv_strong_verbs.txt) are merged into the first two afterwards (bench/build_strong_verbs.py).
Bump LEXICON_VERSION (index/search/compounds.py) when they change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_strong_verbs import merge_strong_verbs

from table_builders import build_compound_tables, build_tables


def main() -> None:
    folder = Path(sys.argv[1])
    forms, derived = build_tables(folder / "sv_SE.dic", folder / "sv_SE.aff")
    print(f"sv_forms.tsv: {forms} rows; sv_derived.tsv: {derived} rows")
    strong, nouns = merge_strong_verbs()  # the strong verbs' forms, which the dictionary leaves unrelated
    print(f"strong verbs: {strong} forms, {nouns} derived rows merged in")
    modifiers, listed = build_compound_tables(folder / "sv_SE.dic", folder / "sv_SE.aff")
    print(f"sv_modifiers.tsv: {modifiers} rows; sv_compounds.tsv: {listed} rows")


if __name__ == "__main__":
    main()
