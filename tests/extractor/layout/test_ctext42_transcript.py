"""Issue #12, thirty-seventh round (h42/c-text): an interview transcript's speaker prefixes, a bold "F:" at the
margin before each label and "S:" before each answer, the label and the answer 22 pt in. Hand-made words; the
prefixes are furniture only where the document is such a transcript."""

from __future__ import annotations

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.qaprefix import strip_qa_prefixes
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE = "Uppföljning av investeringsmedel för trygghetsskapande åtgärder"
# (label lines, answer lines): a wrapped label, an answer of several lines, an empty answer ("S:" alone).
ROWS = [
    (["Projektnamn"], ["Belysning Tallkrogen"]),
    (["Vad vi lärde oss under", "året i stadsdelen"], ["Att boende vill vara med tidigt.", "Att mätningar tar tid."]),
    (["Avvikelser"], []),
    (["Resultat"], ["Platsen upplevs tryggare enligt", "trygghetsvandringen i oktober."]),
]
READ = [(" ".join(labels), " ".join(answers)) for labels, answers in ROWS]


def _transcript_page(indent: float = 22.0) -> Page:
    ws = words(TITLE, 57, 60, 14, BOLD)
    top = 100.0
    for labels, answers in ROWS:
        for k, label in enumerate(labels):
            if k == 0:
                ws += words("F:", 57, top, 10, BOLD)
            ws += words(label, 57 + indent, top, 10, BOLD)
            top += 13
        ws += words("S:", 57, top, 10)
        for k, line in enumerate(answers):
            ws += words(line, 57 + indent, top + 13 * k, 10)
        top += 13 * max(len(answers), 1) + 8
    return Page(1, 595.0, 842.0, ws)


def test_a_transcripts_speaker_prefixes_are_furniture() -> None:
    for indent in (18.0, 22.0, 30.0):
        got = summary(lay_as_extractor([_transcript_page(indent)]))
        assert [(label, text) for label, text, _ in got] == READ


def _lines(*rows: list[Word]) -> tuple[list[Page], list[list[Line]]]:
    lines = [Line(1, row) for row in rows]
    return [Page(1, 595.0, 842.0, [w for ln in lines for w in ln.words])], [lines]


def test_an_answer_opening_s_colon_and_a_label_ending_f_colon_are_left_alone() -> None:
    # an ordinary form: one answer opening "S:" set off by a wide gap, a label ending "F:", no transcript
    pages, lines = _lines(
        words("Kontaktperson F:", 57, 100, 10, BOLD),
        [Word("S:", 57, 66, 120, 130, "Helvetica", 10)] + words("Stina Berg, enhetschef", 90, 120, 10),
    )
    assert strip_qa_prefixes(pages, lines) == (pages, lines)


def test_a_word_space_after_f_colon_is_no_prefix() -> None:
    # "F:" and "S:" opening sentences, one word space after: the document's own words, however many
    rows = [words("F: avser fritidsgården", 57, 100 + 26 * k, 10) for k in range(3)]
    rows += [words("S: står för skolan", 57, 113 + 26 * k, 10) for k in range(3)]
    pages, lines = _lines(*rows)
    assert strip_qa_prefixes(pages, lines) == (pages, lines)


def test_speaker_questions_make_no_protocols_svar_furniture() -> None:
    # a transcript's "F:" prefixes take out its "S:" only: an answer opening "Svar:" keeps its word
    rows = [
        words("F:", 57, 100 + 40 * k, 10, BOLD) + words("Projektnamn", 79, 100 + 40 * k, 10, BOLD) for k in range(2)
    ]
    svar = [Word("Svar:", 57, 79, 120, 130, "Helvetica", 10)] + words("Ja.", 100, 120, 10)
    pages, lines = _lines(*rows, svar)
    _, got = strip_qa_prefixes(pages, lines)
    assert [w.text for w in got[0][-1].words] == ["Svar:", "Ja."]
    assert [w.text for ln in got[0][:2] for w in ln.words] == ["Projektnamn", "Projektnamn"]


def test_numbered_labels_of_cards_two_abreast_make_a_card_row() -> None:
    # index cards two abreast (the thirty-seventh forms' oxide_cards): the templates' numbered labels side by side
    # are a card row's labels, as unnumbered ones are
    from bilagor.extractor.labels import is_label
    from bilagor.extractor.layout.cells import _card_label_row

    for left, right in (
        ("1. Beskrivning (mål och syfte)", "1.1 Behovsanalys/problembeskrivning"),
        ("E-post", "Telefon"),
    ):
        line = Line(1, words(left, 64, 100, 10, BOLD) + words(right, 310, 100, 10, BOLD))
        assert _card_label_row(line, is_label, DEFAULT_SETTINGS) == [64, 310]
    # an answer's sentence beside a label is no card row
    line = Line(1, words("Kontaktperson", 64, 100, 10, BOLD) + words("Stina Berg, tel 08-508 11 22.", 310, 100, 10))
    assert _card_label_row(line, is_label, DEFAULT_SETTINGS) is None
