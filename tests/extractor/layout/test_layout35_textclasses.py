"""Issue #12, thirtieth round (h35/c-text): labels in a narrow bold column at the right of their answers, and a
question-and-answer protocol's "Fråga N:" / "Svar:" margin prefixes. Hand-made words and rules; each class told by
evidence on the page."""

from __future__ import annotations

from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.qaprefix import strip_qa_prefixes
from bilagor.extractor.layout.rightlabels import move_right_labels
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"
TITLE = "Uppföljning av investeringsmedel för trygghetsskapande åtgärder"
# (label lines, answer lines); one label unknown to the vocabulary, one wrapped in its narrow column.
ROWS = [
    (["Projektnamn"], ["Belysning Tallkrogen"]),
    (["Vad vi lärde", "oss under året"], ["Att boende vill vara med tidigt.", "Att mätningar tar tid."]),
    (["Resultat"], ["Platsen upplevs tryggare enligt", "trygghetsvandringen i oktober.", "Skadegörelsen har minskat."]),
    (["Avvikelser"], ["Inga avvikelser."]),
]
# Each field read as its label and its answer's lines joined.
READ = [(" ".join(labels), " ".join(answers)) for labels, answers in ROWS]


def _right_label_page() -> Page:
    """Answers from the left margin, bold labels at x 440 on their answers' first lines, a hairline between the
    columns and under each row."""
    ws = words(TITLE, 57, 60, 14, BOLD)
    rules: list[tuple[float, float, float, float]] = []
    top = 100.0
    for labels, answers in ROWS:
        for k, line in enumerate(answers):
            ws += words(line, 57, top + 14 * k, 10)
        for k, line in enumerate(labels):
            ws += words(line, 440, top + 14 * k, 10, BOLD)
        bottom = top + 14 * max(len(answers), len(labels)) + 4
        rules += [(430.0, top - 3, 430.0, bottom), (57.0, bottom, 538.0, bottom)]
        top = bottom + 8
    # a note under the form, full width in the regular weight: outside the labelled rows
    ws += words(
        "Blanketten skickas till förvaltningens registrator senast en månad efter att projektet", 57, top + 20, 10
    )
    return Page(1, 595.0, 842.0, ws, rules=rules)


def test_labels_in_a_bold_column_at_the_right_are_read_over_their_answers() -> None:
    got = summary(lay_as_extractor([_right_label_page()]))
    assert [(label, text) for label, text, _ in got][:-1] == READ[:-1]
    assert got[-1][1].startswith("Inga avvikelser.")


def test_a_bold_word_ending_an_answer_line_now_and_then_is_no_label_column() -> None:
    # two emphasised words at lines' ends, past the middle: too few to be a column
    lines = [
        Line(1, words("Vi har haft en bra dialog med", 57, 100, 10) + words("polisen", 400, 100, 10, BOLD)),
        Line(1, words("och med boende i", 57, 114, 10) + words("området", 400, 114, 10, BOLD)),
    ]
    page = Page(1, 595.0, 842.0, [w for ln in lines for w in ln.words])
    assert move_right_labels([page], [lines], is_label) == ([page], [lines])


def _qa_page(colon: str = ":") -> Page:
    """The protocol's "Fråga N:" and "Svar:" small and grey at the margin, the bold label and its answer at an indent of 60 pt."""
    ws = words(TITLE, 57, 60, 14, BOLD)
    top = 100.0
    for n, (labels, answers) in enumerate(ROWS, 1):
        ws += words(f"Fråga {n}{colon}", 57, top + 1, 8)
        ws += words(" ".join(labels), 117, top, 10, BOLD)
        top += 16
        ws += words(f"Svar{colon}", 57, top + 1, 8)
        for k, line in enumerate(answers):
            ws += words(line, 117, top + 13 * k, 10)
        top += 13 * len(answers) + 10
    return Page(1, 595.0, 842.0, ws)


def test_question_and_answer_prefixes_at_the_margin_are_furniture() -> None:
    for colon in (":", ""):
        got = summary(lay_as_extractor([_qa_page(colon)]))
        assert [(label, text) for label, text, _ in got] == READ


def test_one_answer_opening_svar_is_left_alone() -> None:
    # an ordinary answer that opens "Svar:" set off by a wide gap: no protocol without several "Fråga N:"
    line = Line(1, [Word("Svar:", 57, 80, 100, 110, "Helvetica", 10)] + words("Ja, enligt plan.", 120, 100, 10))
    page = Page(1, 595.0, 842.0, line.words)
    assert strip_qa_prefixes([page], [[line]]) == ([page], [[line]])
