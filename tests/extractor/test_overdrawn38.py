"""Issue #12, thirty-third round (h38/c-text2): a word run on past its table cell over the next cell's first word
(ConTeXt with hyphenation off) is read as two words, not their letters interleaved, and the row keeps its label and
its answer. Hand-made characters and words."""

from __future__ import annotations

from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.words import Page, Word
from factories import char, words
from layout_builders import lay_as_extractor, summary


def _run(text: str, x0: float, top: float, width: float = 5.0) -> list[dict]:
    """One word's characters left to right, `width` points each."""
    return [char(c, x0 + k * width, top, width=width) for k, c in enumerate(text)]


LABEL = "Behovsanalys/problembeskrivning"  # 31 letters, 155 pt: past a 120 pt cell


def test_a_word_run_on_over_the_next_cell_is_two_words() -> None:
    # The label cell is drawn first ("1.1" over the long word), then the answer cell: its second line's first word
    # starts inside the long word's span on the same baseline.
    chars = _run("1.1", 60, 100) + _run(LABEL, 60, 112)
    chars += _run("Boende", 180, 100) + _run("platsen", 180, 112) + _run("tryggare.", 220, 112)
    got = sorted((w.top, w.x0, w.text) for w in words_from_chars(chars))
    assert [text for *_, text in got] == ["1.1", "Boende", LABEL, "platsen", "tryggare."]


def test_text_drawn_in_order_is_one_piece() -> None:
    # A table cell by cell (labels, then answers beside them on the same baselines), a column after another, a
    # justified line word by word: no run starts inside an earlier one.
    chars = _run("Plats", 60, 100) + _run("Syfte", 60, 112)
    chars += _run("Tensta", 180, 100) + _run("centrum", 215, 100) + _run("Ljusare", 180, 112)
    chars += _run("Andra", 400, 100) + _run("kolumnen", 430, 100)
    from bilagor.extractor.overdrawn import pieces

    assert pieces(chars) == [chars]
    assert [w.text for w in words_from_chars(chars)] == [
        "Plats",
        "Tensta",
        "centrum",
        "Andra",
        "kolumnen",
        "Syfte",
        "Ljusare",
    ]


def test_drawn_over_evidence() -> None:
    from bilagor.extractor.overdrawn import drawn_over

    label = Word(LABEL, 56.7, 205.4, 327.2, 337.2, "LMSans10-Regular", 10.0)
    assert drawn_over(label, Word("platsen", 177.5, 208.5, 327.2, 337.2, "LMSans10-Regular", 10.0))
    # Beside it, or touching its last letter (kerning): not drawn over.
    assert not drawn_over(label, Word("platsen", 210.0, 241.0, 327.2, 337.2, "LMSans10-Regular", 10.0))
    assert not drawn_over(label, Word("platsen", 204.0, 235.0, 327.2, 337.2, "LMSans10-Regular", 10.0))


def test_a_row_whose_label_runs_over_its_answer_keeps_both() -> None:
    ws: list[Word] = []
    rows = [
        ("Namn på insats", ["Trygghetsbelysning i Rinkeby"]),
        ("Sökt belopp", ["1 200 000 kr"]),
        ("Sökande nämnd", ["Rinkeby-Kista stadsdelsnämnd"]),
    ]
    top = 100.0
    for label, lines in rows:
        ws += words(label, 60, top, 10.0)
        for line in lines:
            ws += words(line, 180, top, 10.0)
            top += 12.0
        top += 8.0
    ws += words("1.1", 60, top, 10.0)
    ws += words("Boende och föreningar vill göra", 180, top, 10.0)
    ws += [Word(LABEL, 60.0, 215.0, top + 12, top + 22, "Helvetica", 10.0)]
    ws += words("platsen tryggare kvällstid.", 180, top + 12, 10.0)
    got = summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))
    assert got[-1][:2] == ("1.1 " + LABEL, "Boende och föreningar vill göra platsen tryggare kvällstid.")
