"""Issue #12, fourteenth round: answers set justified (Typst, LaTeX, Word's "Justify", a newspaper's
columns). A justified line stretches its word spaces to fill the measure, all of them alike, so a narrow
column's spaces grow as wide as a column gap: read as runs, every such line looked parted by a gutter. Then
a page in two text columns read as one column across the gutter (a column "parted" nearly line by line), and
labels set flush right beside justified answers gave no value column (the answers' wide spaces looked like
labels' gaps, all starting at one x). A line whose spaces are all equal is one run of text, however wide
they are; a label beside its answer leaves a gap of its own."""

from __future__ import annotations

from bilagor.extractor.layout.columns import segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

W, H = 595.0, 842.0
BOLD = "Times-Bold"
PITCH = 13.0
SIZE = 10.0


def justified(text: str, x: float, top: float, width: float, size: float = SIZE, font: str = "Times") -> list[Word]:
    """A line of `text` set justified to `width`: its word spaces stretched alike to fill the measure."""
    tokens = text.split()
    widths = [0.5 * size * len(t) for t in tokens]
    space = (width - sum(widths)) / (len(tokens) - 1) if len(tokens) > 1 else 0.0
    out = []
    for token, w in zip(tokens, widths):
        out.append(Word(token, x, x + w, top, top + size, font, size))
        x += w + space
    return out


def paragraph(lines: list[str], x: float, top: float, width: float, size: float = SIZE) -> tuple[list[Word], float]:
    """Justified lines but the last (set ragged, as justified paragraphs end)."""
    ws: list[Word] = []
    for i, text in enumerate(lines):
        ws += justified(text, x, top, width, size) if i < len(lines) - 1 else words(text, x, top, size=size)
        top += size + 3.0
    return ws, top


def test_a_justified_line_is_one_run_however_wide_its_spaces():
    line = Line(1, justified("har förts över till kontoret", 60.0, 100.0, 210.0))
    assert len(segments(line)) == 1


def test_a_label_beside_its_answer_is_two_runs_even_when_the_answer_is_justified():
    ws = words("Telefon", 60.0, 100.0, size=SIZE, font=BOLD) + justified("08-508 11 000", 160.0, 100.0, 80.0)
    runs = segments(Line(1, ws))
    assert [" ".join(w.text for w in run) for run in runs][0] == "Telefon"
    assert len(runs) >= 2


# Two newspaper columns of justified text: narrow measures, so the spaces of many lines are wider than a
# column gap. The title stands in the left column only (the page's columns hold it too), and the right
# column starts at the top of the text area with the left column's last answer running on.
LEFT, RIGHT, MEASURE = 60.0, 310.0, 225.0
LEFT_FIELDS = [
    ("Projektnamn", ["Trygghetsbelysning längs gångvägen", "vid Farsta strand"]),
    ("Geografisk plats för investering", ["Farsta strand, Farsta stadsdelsområde"]),
    (
        "Projektets mål och syfte",
        [
            "Att göra gångvägen tryggare under kvällar och",
            "nätter för alla som går där till och från",
            "tunnelbanan och skolan.",
        ],
    ),
    (
        "Beskrivning av slutresultat",
        [
            "Belysningen är nu på plats längs hela stråket",
            "och fler rör sig där även sent på kvällen enligt",
            "den uppföljande vandringen med boende och",
            "polisen, som också har sett färre anmälningar",
            "om skadegörelse sedan arbetet avslutades och",
        ],
    ),
]
RIGHT_FIELDS = [
    ("", ["lämnats över till driftorganisationen."]),
    ("Avvikelser", ["Arbetet blev klart en månad senare än", "planerat på grund av leveranser."]),
    ("Ekonomiskt utfall", ["Utfallet blev 1,2 mnkr mot beviljade 1,3", "mnkr."]),
    ("Bilder före", ["Se bilaga 1."]),
    ("Bilder efter", ["Se bilaga 2."]),
]


def _column(fields, x: float, top: float) -> tuple[list[Word], float]:
    ws: list[Word] = []
    for label, lines in fields:
        if label:
            top += 6.0
            ws += words(label, x, top, size=11.0, font=BOLD)
            top += PITCH + 2.0
        more, top = paragraph(lines, x, top, MEASURE)
        ws += more
    return ws, top


def _newspaper(header: bool) -> Page:
    ws: list[Word] = []
    if header:  # a running header in the margin: the committee left, the file number flush right
        ws += words("Bilaga 5", LEFT, 30.0, size=8.0) + words("Dnr 1.2.3-456-2024", 460.0, 30.0, size=8.0)
    right, _ = _column(RIGHT_FIELDS, RIGHT, 60.0)
    ws += right
    ws += words("Bilaga 5 - Uppföljning", LEFT, 100.0, size=16.0, font=BOLD)
    ws += words("trygghetsinvestering", LEFT, 120.0, size=16.0, font=BOLD)
    left, _ = _column(LEFT_FIELDS, LEFT, 140.0)
    return Page(1, W, H, ws + left)


EXPECTED = [
    ("Projektnamn", "Trygghetsbelysning längs gångvägen vid Farsta strand"),
    ("Geografisk plats för investering", "Farsta strand, Farsta stadsdelsområde"),
    (
        "Projektets mål och syfte",
        "Att göra gångvägen tryggare under kvällar och nätter för alla som går där till och från tunnelbanan och "
        "skolan.",
    ),
    (
        "Beskrivning av slutresultat",
        "Belysningen är nu på plats längs hela stråket och fler rör sig där även sent på kvällen enligt den "
        "uppföljande vandringen med boende och polisen, som också har sett färre anmälningar om skadegörelse "
        "sedan arbetet avslutades och lämnats över till driftorganisationen.",
    ),
    ("Avvikelser", "Arbetet blev klart en månad senare än planerat på grund av leveranser."),
    ("Ekonomiskt utfall", "Utfallet blev 1,2 mnkr mot beviljade 1,3 mnkr."),
    ("Bilder före", "Se bilaga 1."),
    ("Bilder efter", "Se bilaga 2."),
]


def test_two_columns_of_justified_text_are_read_column_by_column():
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_newspaper(header=False)]))]
    assert got == EXPECTED


def test_a_running_header_above_the_columns_stays_out_of_them():
    layout = lay_as_extractor([_newspaper(header=True)])
    got = [(label, text) for label, text, _ in summary(layout)]
    assert got == EXPECTED


# Labels set flush right in a label column beside justified answers (a Typst grid, an HTML table with
# `text-align: right` on its labels, a word processor's table): every answer line's spaces are stretched.
LABEL_END, VALUE_X, VALUE_WIDTH = 274.0, 284.0, 243.0  # a 10 pt gutter, as wide as a word gap is
BESIDE = [
    ("Namn på insats", ["Trygghetsbelysning längs gångvägen", "vid Farsta strand"]),
    ("Sökt belopp", ["350 000 kr"]),
    ("E-post", ["eva.strand@stockholm.se"]),
    (
        "1. Beskrivning (mål och syfte)",
        [
            "Insatsen genomförs under året vid",
            "Farsta strand där många boende nu",
            "undviker gångvägen när det är mörkt",
            "och där ljuset är gammalt och ofta",
            "trasigt sedan länge.",
        ],
    ),
    (
        "1.1 Behovsanalys/problembeskrivning",
        [
            "I trygghetsmätningen uppger många",
            "boende att de undviker platsen när",
            "det är mörkt och att buskagen skymmer",
            "sikten mot gångvägen.",
        ],
    ),
]


def _flush_right_page() -> Page:
    ws = words("Bilaga 5b Ansökan om investeringsmedel (CM4)", 60.0, 60.0, size=16.0, font=BOLD)
    ws += words("för trygghetsskapande åtgärder", 60.0, 80.0, size=16.0, font=BOLD)
    top = 120.0
    for label, lines in BESIDE:
        label_words = words(label, 0.0, top, size=11.0, font=BOLD)
        dx = LABEL_END - label_words[-1].x1
        ws += [Word(w.text, w.x0 + dx, w.x1 + dx, w.top, w.bottom, w.fontname, w.size) for w in label_words]
        more, top = paragraph(lines, VALUE_X, top, VALUE_WIDTH, size=11.0)
        ws += more
        top += 8.0
    return Page(1, W, H, ws)


def test_labels_flush_right_beside_justified_answers_keep_their_answers_first_lines():
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([_flush_right_page()]))]
    assert got == [(label, " ".join(lines)) for label, lines in BESIDE]


def test_a_column_whose_only_label_wraps_is_a_text_column_and_a_page_number_under_it_no_answer():
    # The right column holds the left column's last answer running on and a single label, wrapped in
    # its narrow measure; the footer's page number sits close under the left column, at the page's foot.
    ws, top = _column([("", ["lämnats över till driftorganisationen."])], RIGHT, 60.0)
    ws += words("1.1 Behovsanalys/", RIGHT, top + 6.0, size=11.0, font=BOLD)
    ws += words("problembeskrivning", RIGHT, top + 6.0 + PITCH, size=11.0, font=BOLD)
    more, _ = paragraph(["Många boende undviker gångvägen när", "det är mörkt."], RIGHT, top + 8.0 + 2 * PITCH, MEASURE)
    ws += more
    ws += words("Bilaga 5 - Uppföljning", LEFT, 100.0, size=16.0, font=BOLD)
    ws += words("trygghetsinvestering", LEFT, 120.0, size=16.0, font=BOLD)
    left, bottom = _column(LEFT_FIELDS, LEFT, 140.0)
    ws += left + words("Sida 1 av 1", LEFT, bottom + 20.0, size=8.0)
    got = [(label, text) for label, text, _ in summary(lay_as_extractor([Page(1, W, bottom + 50.0, ws)]))]
    assert got == [
        *EXPECTED[:4],
        ("1.1 Behovsanalys/problembeskrivning", "Många boende undviker gångvägen när det är mörkt."),
    ]
