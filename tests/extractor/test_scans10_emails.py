"""An e-mail address's "@" on a phone photo or fax read as a mark and an ampersand ("Q&", "e&"), or as "O"
and "Ö" (issue #12): the address was stored misread. Lines of (text, box) words as Tesseract gives them."""

from __future__ import annotations

import pytest

from bilagor.extractor import ocr

BOX = [0, 0, 10, 10]


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        (["sanna.akessonQ&stockholm.se"], ["sanna.akesson@stockholm.se"]),
        (["maja.", "holmqviste&stockholm.se"], ["maja.holmqvist@stockholm.se"]),  # "@" read "e&"
        (["tobias.obergOÖstockholm.se"], ["tobias.oberg@stockholm.se"]),
        (["lena.ek&stockholm.se"], ["lena.ek@stockholm.se"]),
        (["per.holmO&", "stockholm.se"], ["per.holm@stockholm.se"]),
        # eighteenth round: a 200 dpi scan's address read as two words, the second starting with the "@" as "Q"
        (["kontakt:", "ulrika.berg", "Qstockholm.se"], ["kontakt:", "ulrika.berg@stockholm.se"]),
        (["anna.ek", "©stockholm.se."], ["anna.ek@stockholm.se."]),
    ],
)
def test_an_at_read_as_a_mark_and_an_ampersand_is_an_at(line, meant):
    assert [text for text, _ in ocr.mended_line([(t, BOX) for t in line])] == meant


@pytest.mark.parametrize(
    "line",
    [
        ["Svensson", "&", "Co"],
        ["Trafik-", "&", "renhållning"],
        ["Stöd", "O&M", "för", "stockholm.se"],
        ["till", "Östermalm.se"],
        ["via", "Åkersberga.se"],
        ["mer", "på", "Odenplan.se"],
    ],
)
def test_ampersands_and_capitals_in_words_stay(line):
    assert [text for text, _ in ocr.mended_line([(t, BOX) for t in line])] == line
