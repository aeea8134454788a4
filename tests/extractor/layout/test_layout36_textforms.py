"""Issue #12, thirty-first round (h36/f-textforms): a form's last fields left empty in a ruled table, a label
column at the right of one-line answers (fixturegen.ftextforms36's `rl_rightempty`, tuning seeds 36 and 37), and
short answers on shaded fields under labels in their own type (fixturegen.ftextgrey36's `rl_greymixed`, seed 36), on
pages as the reader gives their words, rules and fills; the reader's shaded fields on a page it draws."""

from __future__ import annotations

import json
from pathlib import Path

from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.words import Page, Word
from layout_builders import lay_as_extractor, summary


def _page(name: str) -> Page:
    data = json.loads((Path(__file__).parent / name).read_text(encoding="utf-8"))
    rules = [(r[0], r[1], r[2], r[3]) for r in data["rules"]]
    return Page(1, data["width"], data["height"], [Word(*w) for w in data["words"]], rules)


def test_empty_last_rows_of_a_ruled_table_are_no_signature_block() -> None:
    # Seed 36's ft-0003: "Bilder före" and "Bilder efter", answers left empty, each right under its row's
    # full-width rule. Seen to fail without the known-wording check in signing.strip_signature: both were taken for
    # a signature block's captions and dropped.
    blocks = summary(lay_as_extractor([_page("layout36_emptyrows_page.json")]))
    assert [(label, text) for label, text, _ in blocks[-2:]] == [("Bilder före", ""), ("Bilder efter", "")]


def test_labels_right_of_one_line_answers_are_no_second_text_column() -> None:
    # Seed 37's ft-0006: an application's labels in a bold column at the right, most answers one line, the
    # description's further lines with no label beside them, the last label's number "1.1" wrapped alone. Seen to
    # fail without the mirrored label-column check in text_columns._columns_at: the labels were read as a second
    # text column under the answers.
    page = _page("layout36_rightempty_page.json")
    assert in_column_order(page) == page
    blocks = summary(lay_as_extractor([page]))
    assert blocks[0][:2] == ("Namn på insats", "Solceller på förskolan vid Medborgarplatsen")
    assert ("Sökt belopp", "1 770 000") in [(label, text) for label, text, _ in blocks]
    assert blocks[-1][:2] == ("1.1 Behovsanalys/problembeskrivning", "")

