"""Labels in small caps: a browser prints each word's first capital at full size and the rest
as smaller capitals, two words in the text layer; they are one word again."""

from __future__ import annotations

from bilagor.extractor.layout.smallcaps import join_small_caps
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import LABEL_X, TITLE, VALUE_X, lay_as_extractor, small_caps, summary


def test_a_small_caps_label_beside_its_answer_reads_as_its_words():
    ws = list(TITLE)
    ws += small_caps("Projektnamn", LABEL_X, 100) + words("Trygghetsbelysning i Husby", VALUE_X, 100)
    ws += small_caps("Projektets mål och syfte", LABEL_X, 124) + words("Platsen ska bli tryggare.", VALUE_X, 124)
    ws += small_caps("Avvikelser", LABEL_X, 148) + words("Inga avvikelser.", VALUE_X, 148)
    ws += words("Plats", LABEL_X, 172) + words("Väg E 4 vid Häggvik", VALUE_X, 172)  # a capital apart stays apart
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert got == [
        ("PROJEKTNAMN", "Trygghetsbelysning i Husby", 1),
        ("PROJEKTETS MÅL OCH SYFTE", "Platsen ska bli tryggare.", 1),
        ("AVVIKELSER", "Inga avvikelser.", 1),
        ("Plats", "Väg E 4 vid Häggvik", 1),
    ]


def _joined(ws: list[Word]) -> list[tuple[str, float]]:
    return [(w.text, w.size) for w in join_small_caps(Page(1, 595.0, 842.0, ws)).words]


def test_a_small_caps_word_without_a_capital_of_its_own_takes_its_lines_size():
    # 'mål' and 'och' print wholly as smaller capitals: they read in the size of the line's capitals.
    assert _joined(small_caps("Projektets mål och syfte", LABEL_X, 100)) == [
        ("PROJEKTETS", 11.0),
        ("MÅL", 11.0),
        ("OCH", 11.0),
        ("SYFTE", 11.0),
    ]


def test_touching_pieces_in_two_fonts_or_at_no_small_caps_ratio_stay_apart():
    capital = Word("P", 70.0, 76.6, 100.0, 111.0, "Helvetica", 11.0)
    other_font = Word("ROJEKT", 76.6, 100.0, 103.3, 111.0, "Times-Roman", 7.7)
    tiny = Word("ROJEKT", 76.6, 90.0, 106.0, 111.0, "Helvetica", 5.0)  # under half the size: no small capitals
    same_size = Word("ROJEKT", 76.6, 110.0, 100.0, 111.0, "Helvetica", 11.0)
    for rest in (other_font, tiny, same_size):
        assert _joined([capital, rest]) == [("P", 11.0), ("ROJEKT", rest.size)]


def test_smaller_lowercase_letters_touching_a_capital_make_no_small_caps_size():
    # A smaller lowercase piece is no small capitals: capitals elsewhere in that size keep it ('AB' in a footnote).
    capital = Word("K", 70.0, 76.6, 100.0, 111.0, "Helvetica", 11.0)
    rest = Word("ista", 76.6, 90.0, 103.3, 111.0, "Helvetica", 7.7)
    footnote = Word("AB", 200.0, 210.0, 103.3, 111.0, "Helvetica", 7.7)
    assert _joined([capital, rest, footnote]) == [("Kista", 11.0), ("AB", 7.7)]


def _piece(text: str, x0: float, size: float, top: float = 100.0) -> Word:
    width = len(text) * size * 0.55
    return Word(text, x0, x0 + width, top + (11.0 - size), top + 11.0, "DejaVuSans", size)


def test_small_caps_whose_text_layer_lost_the_case_read_in_capitals():
    # WeasyPrint maps a glyph drawn as both a capital and a small capital to one letter, either case:
    # 'NamN på iNsats', 'ev medsökaNde NämNd'. Such a word, and the small words of its line in its
    # font and size, are small caps: capitals at the line's size. A footer in that size stays.
    line = [_piece("N", 70.0, 10.0), _piece("amN", 75.5, 8.0), _piece("på", 95.0, 8.0), _piece("iNsats", 110.0, 8.0)]
    line += [_piece("e", 200.0, 10.0), _piece("v", 205.5, 8.0), _piece("medsökaNde", 215.0, 8.0)]
    footer = [_piece("Sida", 280.0, 8.0, top=800.0), _piece("1", 302.0, 8.0, top=800.0)]
    assert _joined(line + footer) == [
        ("NAMN", 10.0),
        ("PÅ", 10.0),
        ("INSATS", 10.0),
        ("EV", 10.0),
        ("MEDSÖKANDE", 10.0),
        ("Sida", 8.0),
        ("1", 8.0),
    ]
