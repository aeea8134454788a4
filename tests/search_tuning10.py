"""Tuning queries of the thirty-sixth round's search fix (h41/s-search, issue #12): written before the fix.

One class, from the sixth held-out set's misses ("vandaliserad" found neither report that writes
"skadegörelse"): a verb form typed whose derived noun is a near-term of the thesaurus (sv_thesaurus.txt). The
thesaurus pairs "skadegörelse" with "vandalisering"; "vandaliserad", "vandaliseras", "vandaliserades" have the
lemma table's derived noun "vandalisering", but the near-terms were looked up by the word and its lemmas only,
so a report writing "skadegörelse" stayed unfound. Over the reports of the eighth held-out set (burned,
search_heldout8.all_rows); the judgments were written from the report texts (every report that writes
"skadegörelse" or a form of "vandalisera"), not from search results.

TUNING10 was tuned on; HELDOUT10 was written with it, before the fix, and kept aside (other forms, filters and
words beside the verb) until it was scored once after:

    PYTHONPATH=tests .venv/bin/python tests/search_tuning10.py [--misses] [--half tuning|heldout]
"""

from __future__ import annotations

# Every report of search_heldout8.all_rows that writes "skadegörelse" or a form of "vandalisera".
DAMAGED = {
    "skolgard-hjulsta-2019",
    "cykeltak-gubbangen-2020",
    "toalett-bjornstradgard-2023",
    "hjartstartare-vasterort-2022",
    "forskolor-aspudden-2019",
    "cykelverkstad-skarholmen-2023",
    "hundlatriner-traneberg-2016",
}

# (query, filters, relevant keys, class)
TUNING10 = [
    ("vandaliserad", {}, DAMAGED, "derived"),
    ("vandaliseras", {}, DAMAGED, "derived"),
]

HELDOUT10 = [
    ("vandaliserades", {}, DAMAGED, "derived"),
    ("vandaliserats", {}, DAMAGED, "derived"),
    ("vandaliserad", {"district": "Spånga-Tensta"}, {"skolgard-hjulsta-2019"}, "derived"),
    ("vandaliserades", {"year": "2023"}, {"toalett-bjornstradgard-2023", "cykelverkstad-skarholmen-2023"}, "derived"),
    ("vandaliserad skolgård", {}, {"skolgard-hjulsta-2019"}, "derived"),
    ("toaletten vandaliserades", {}, {"toalett-bjornstradgard-2023"}, "derived"),
]

HALVES = {"tuning": TUNING10, "heldout": HELDOUT10}
CLASSES = ("derived",)


def build_tuning10_archive(folder):
    """The reports of the eighth held-out set (search_heldout8.all_rows), stored in `folder`."""
    from search_heldout8 import build_heldout8_archive

    return build_heldout8_archive(folder)


def main() -> None:
    """Print the aggregate figures; with --misses each imperfect query (the held-out part's only after the fix)."""
    import search_scoring

    search_scoring.main_by_half(build_tuning10_archive, HALVES, CLASSES)


if __name__ == "__main__":
    main()
