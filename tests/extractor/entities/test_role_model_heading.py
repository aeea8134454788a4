"""The eighteenth round's heading features of the learned role decision (role_model_features.heading_features):
the roles a heading above a list names, and a table column's header cell; the decision reads them only when its
weights say so."""

from __future__ import annotations

from bilagor.extractor.entities.role_model import reconsider, weights_from_json
from bilagor.extractor.entities.role_model_features import heading_features
from bilagor.extractor.entities.roles import Decision
from bilagor.extractor.record import AMOUNT_ROLES


def _span(sentence: str, amount: str) -> tuple[int, int]:
    start = sentence.index(amount)
    return start, start + len(amount)


def test_a_list_line_under_a_heading_naming_a_role():
    text = "Kostnadsberäkning\nLokalhyra 40 000 kr\nMaterial 12 500 kr"
    assert "hd:budget" in heading_features(text, _span(text, "12 500 kr"))
    # the heading is found in the text before the sentence as well
    assert heading_features("Material 12 500 kr", (9, 18), "Utfall per post (kr):") == ["hd:utfall"]
    assert heading_features("Vi hyrde en lokal för 40 000 kr.", (22, 31)) == []  # no line above: no heading
    plain = "Våra aktiviteter\nLokalhyra 40 000 kr"
    assert heading_features(plain, _span(plain, "40 000 kr")) == ["hd:plain"]
    prose = "Under året genomfördes elva träffar med sammanlagt över hundra deltagare från hela området\nLokal 9 000 kr"
    assert heading_features(prose, _span(prose, "9 000 kr")) == []  # a long line is prose, not a heading


def test_a_table_cell_under_its_columns_header():
    table = "Post | Kalkyl | Utfall\nAsfaltering | 410 000 | 438 000"
    first, second = heading_features(table, _span(table, "410 000")), heading_features(table, _span(table, "438 000"))
    assert "col:budget" in first and "col:utfall" not in first
    assert "col:utfall" in second and "col:budget" not in second
    assert {"hd:budget", "hd:utfall"} <= set(first)  # the header row read as a heading names both
    tabbed = "Post\tBeviljat\nLokal\t20 000"
    assert "col:beviljat" in heading_features(tabbed, _span(tabbed, "20 000"))


def test_the_decision_reads_the_heading_only_when_its_weights_say_so():
    text = "Utfall per post\nLokalhyra 40 000 kr"
    span = _span(text, "40 000 kr")
    row = [9 if r == "utfall" else 0 for r in AMOUNT_ROLES]
    data = {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {"hd:utfall": row}, "threshold": 0.5}
    decision = Decision("annat", "default")
    without = weights_from_json(data | {"settings": {"heading": False}})
    with_heading = weights_from_json(data | {"settings": {"heading": True}})
    assert reconsider(decision, text, span, [span], weights=without) == decision
    assert reconsider(decision, text, span, [span], weights=with_heading).role == "utfall"
