"""Layout: running headers that change a little from page to page, and labels at a page's top."""

from bilagor.extractor.words import Page

from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay, summary

BODY = (
    "Belysningen har förstärkts längs gångvägarna och vid entréerna, och röjningen gjordes tillsammans "
    "med fastighetsägaren."
).split()


def page_with(number: int, header: str, rows: list[tuple[str, int]], top: float = 90.0) -> Page:
    ws = words(header, LABEL_X, 40.0)
    y = top
    for label, count in rows:
        ws += words(label, LABEL_X, y, size=9.0)
        for i in range(count):
            ws += words(" ".join(BODY[(i * 5) % 10 : (i * 5) % 10 + 6]), VALUE_X, y + 14 * i)
        y += 14 * count + 10
    return Page(number, 595.0, 842.0, ws)


def test_a_header_that_adds_a_word_after_page_one_is_still_a_running_header():
    first = page_with(1, "Dnr 1.2-345-2020 Bilaga 5", [("Projektnamn", 3), ("Avvikelser", 30)], top=100.0)
    first.words[:0] = TITLE
    second = page_with(2, "Dnr 1.2-345-2020 Bilaga 5, forts.", [("Ekonomiskt utfall", 4)])
    result = lay([first, second])
    assert "Dnr 1.2-345-2020 Bilaga 5, forts." in result.removed
    assert all("forts" not in text for _, text, _ in summary(result))


def test_a_label_in_small_type_at_the_top_of_a_page_is_kept():
    first = page_with(1, "", [("Projektnamn", 3), ("Avvikelser", 30)], top=100.0)
    first.words[:0] = TITLE
    second = page_with(2, "", [("Ekonomiskt utfall", 4)], top=50.0)
    labels = [label for label, _, _ in summary(lay([first, second]))]
    assert labels == ["Projektnamn", "Avvikelser", "Ekonomiskt utfall"]
