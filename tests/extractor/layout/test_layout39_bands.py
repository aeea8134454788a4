"""Issue #12, thirty-fourth round (h39/c-text): rows on grey bands with no rule, the label at the left in a narrow
column. A label word that cannot break ("Behovsanalys/problembeskrivning") is wider than its column and runs up to
its answer's first word with less than a word space between them: the text layer gives one word across the
column boundary ("Behovsanalys/problembeskrivningAnmälningarna"), parted where the known label words end."""

from __future__ import annotations

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

SIZE = 10.0
LABEL_X, ANSWER_X = 50.0, 202.0


def _page() -> Page:
    ws = words(
        "Bilaga 5b Ansökan om investeringsmedel för trygghetsskapande åtgärder", LABEL_X, 80, 14, "Helvetica-Bold"
    )
    top = 120.0
    rows = [
        (["Namn på insats"], ["Belysning i Tunnlandsparken"]),
        (["Sökt belopp"], ["400 000 kr"]),
        (["1. Beskrivning (mål och", "syfte)"], ["Målet är en tryggare park.", "Insatsen görs under 2024."]),
    ]
    for label, answer in rows:
        for k in range(max(len(label), len(answer))):
            if k < len(label):
                ws += words(label[k], LABEL_X, top, SIZE)
            if k < len(answer):
                ws += words(answer[k], ANSWER_X, top, SIZE)
            top += SIZE * 1.3
        top += 6
    # "1.1" over the label word too wide for its column, run up to the answer's second line's first word.
    ws += words("1.1", LABEL_X, top, SIZE)
    ws += words("Många undviker platsen efter mörkret.", ANSWER_X, top, SIZE)
    top += SIZE * 1.3
    ws.append(Word("Behovsanalys/problembeskrivningAnmälningarna", LABEL_X, 262.0, top, top + SIZE, "Helvetica", SIZE))
    ws += words("om skadegörelse har ökat.", 265.0, top, SIZE)
    return Page(1, 595.0, 842.0, ws)


def test_a_label_word_run_up_to_its_answer_is_parted_where_the_label_words_end() -> None:
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_page()]))]
    assert got[-1] == (
        "1.1 Behovsanalys/problembeskrivning",
        "Många undviker platsen efter mörkret. Anmälningarna om skadegörelse har ökat.",
    )
    assert got[0] == ("Namn på insats", "Belysning i Tunnlandsparken")
