"""Glyphs struck over each other read as what a reader sees: a typewriter's underline (underscores over the
letters), a double strike, an accent typed over its letter (issue #12)."""

from __future__ import annotations

from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.overstrike import combining_mark, without_overstrikes
from bilagor.extractor.pdf_reader import read_pdf
from factories import char
from odd_pdfs import pdf_bytes

PITCH = 6.0  # Courier 10 pt: every character 6 pt wide


def _typed(text: str, column: int = 0, top: float = 100.0, size: float = 10.0) -> list[dict]:
    """`text` typed in Courier from `column`, a character a column."""
    return [
        char(c, 66.0 + (column + k) * PITCH, top=top, font="Courier", size=size, width=PITCH)
        for k, c in enumerate(text)
    ]


def _texts(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


def _words(chars: list[dict]) -> list[str]:
    return [w.text for w in words_from_chars(chars)]


def test_a_label_typed_again_as_underscores_reads_as_its_words():
    label = "Sökt belopp"
    chars = _typed(label) + _typed("_" * len(label))  # the carriage back, underscores over the line
    assert _texts(without_overstrikes(chars)) == label
    assert _words(chars) == ["Sökt", "belopp"]


def test_an_underscore_after_each_letter_over_a_backspace_reads_as_the_label():
    chars: list[dict] = []
    for letter, under in zip(_typed("Projektnamn"), _typed("_" * 11)):
        chars += [letter, under]  # "P", backspace, "_", "r", backspace, "_" ...
    assert _words(chars + _typed("Trygga parker", column=25)) == ["Projektnamn", "Trygga", "parker"]


def test_underscores_that_stand_on_their_own_positions_are_kept():
    chars = _typed("Underskrift: ________") + _typed("fil_namn", top=112)
    assert without_overstrikes(chars) == chars


def test_an_underscore_over_a_space_leaves_the_space_between_the_words():
    chars = _typed("Ev medsökande") + _typed("_" * 13)
    assert _words(chars) == ["Ev", "medsökande"]


def test_a_letter_struck_twice_a_little_aside_is_one_letter():
    again = [dict(c, x0=c["x0"] + 1.5, x1=c["x1"] + 1.5, top=c["top"] + 0.3) for c in _typed("Dnr", size=10.0001)]
    chars = _typed("Dnr") + again  # a little aside and down, at a size differing in the last digits
    assert _texts(without_overstrikes(chars)) == "Dnr"


def test_an_accent_typed_over_its_letter_is_composed_with_it():
    chars = _typed("Sokande namnd")
    accents = _typed("¨", column=1) + _typed("¨", column=9)  # "o" and "a", backspace, "¨"
    assert _words(chars + accents) == ["Sökande", "nämnd"]
    ring = _typed("˚", column=0) + _typed("atgard")  # a dead key: the accent first, the letter under it
    assert _texts(without_overstrikes(ring)) == "åtgard"


def test_glyphs_of_neighbouring_positions_and_other_lines_are_kept():
    tight = [char("V", 10, width=6.0), char("a", 14.5, width=5.0), char("_", 19.0, width=5.0)]  # kerned "Va_"
    below = _typed("Belopp", top=100) + _typed("______", top=110)  # an answer line under, not over, the word
    assert without_overstrikes(tight) == tight
    assert without_overstrikes(below) == below


def test_two_different_letters_over_each_other_are_both_kept():
    chars = _typed("O") + _typed("/")  # "Ø" struck the typewriter's way is no composition Unicode has
    assert without_overstrikes(chars) == chars


def test_a_glyph_of_another_font_inside_a_wide_glyphs_box_is_kept():
    wide = char("»", 200.0, font="SimSun", size=20.0, width=30.0)
    inside = char("»", 222.0, font="Times-Roman", size=10.0, width=6.0)
    assert without_overstrikes([wide, inside]) == [wide, inside]


def test_turned_characters_are_left_as_they_are():
    chars = [dict(c, upright=False) for c in _typed("A") + _typed("_")]
    assert without_overstrikes(chars) == chars


def test_a_spacing_accent_stands_for_its_combining_mark():
    assert combining_mark("¨") == "\u0308"
    assert combining_mark("´") == "\u0301"
    assert combining_mark("^") == "\u0302"
    assert combining_mark("\u0308") == "\u0308"
    assert combining_mark("a") is None
    assert combining_mark("_") is None


def _courier_page(lines: list[str]) -> bytes:
    """One page of content-stream lines (text operators) in base-14 Courier 10 pt."""
    stream = "BT /F1 10 Tf\n" + "\n".join(lines) + "\nET"
    return pdf_bytes(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            " /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
        ]
    )


def test_a_typewritten_page_reads_its_underlined_labels_both_ways_and_keeps_its_own_underscores(tmp_path):
    backspaced = " ".join(f"({c}) 600 (_)" for c in "Telefon")  # each letter, a backspace, an underscore
    path = tmp_path / "typewriter.pdf"
    path.write_bytes(
        _courier_page(
            [
                "1 0 0 1 66 760 Tm (Kontaktperson) Tj 1 0 0 1 66 760 Tm (_____________) Tj",  # typed again as ____
                "1 0 0 1 216 760 Tm (Reza Borg) Tj",
                f"1 0 0 1 66 736 Tm [{backspaced}] TJ 1 0 0 1 216 736 Tm (08-508 18 573) Tj",
                "1 0 0 1 66 712 Tm (Underskrift: ________ fil_namn) Tj",  # underscores of their own
            ]
        )
    )
    words = [w.text for w in read_pdf(path).pages[0].words]
    assert words[:7] == ["Kontaktperson", "Reza", "Borg", "Telefon", "08-508", "18", "573"]
    assert words[7:] == ["Underskrift:", "________", "fil_namn"]


def test_the_overprint_and_overstrike_passes_each_read_once_what_the_other_leaves_twice():
    from bilagor.extractor.glyphs import without_overprint

    # a narrow glyph drawn again 0.9 pt aside: the boxes overlap under OVERLAP_SHARE, so only the overprint pass
    narrow = [char("l", 10.0, width=2.2), char("l", 10.9, width=2.2), char("a", 12.3)]
    # a typewriter's bold strike 1.5 pt aside: more than the overprint pass's point, so only the overstrike pass
    wide = [
        char("B", 66.0, top=130.0, font="Courier", width=PITCH),
        char("B", 67.5, top=130.0, font="Courier", width=PITCH),
    ]
    wide.append(char("o", 72.0, top=130.0, font="Courier", width=PITCH))
    # turned text (a column head set sideways): only the overprint pass reads it, the overstrike pass reads upright glyphs
    turned = [dict(char("X", 200.0, top=300.0), upright=False), dict(char("X", 200.4, top=300.0), upright=False)]
    assert len(without_overprint(narrow)) == 2 and without_overstrikes(narrow) == narrow
    assert without_overprint(wide) == wide and _texts(without_overstrikes(wide)) == "Bo"
    assert len(without_overprint(turned)) == 1 and without_overstrikes(turned) == turned
    assert _words(narrow + wide) == ["la", "Bo"]
