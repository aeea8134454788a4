"""Amount-role classes of the thirty-sixth round (issue #11, rules side): a structure counted over every burned
round's misses and the thirty-fifth dev halves, written here in new sentences (none a held-out case's or a tuning
file's), with controls where the rule must not fire; and the pure functions behind it."""

from __future__ import annotations

from bilagor.extractor.entities import find_amounts
from bilagor.extractor.entities.role_owner_shares import owner_share_role, share_owner


def roles(text: str, section: str | None = None) -> list[tuple[int, str]]:
    return [(a.sek, a.role) for a in find_amounts(text, section, role_decision="rules")]


def _spans(text: str, *figures: str) -> list[tuple[int, int]]:
    """The masked spans of the figures (each written once in `text`)."""
    return [(text.index(f), text.index(f) + len(f)) for f in figures]


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + "#" * (e - s) + text[e:]
    return text


# 1. Another party's share named by its genitive right before the figure ("Svenska Bostäders del X",
# "Kyrkans andel av kostnaden var X", "Ellevios bidrag, X"): co-funding, `annat`, in a form
# (a copula or "blev" made it the outcome, "bidrag" the grant).
def test_another_partys_share_by_its_genitive_is_co_funding() -> None:
    text = "Lekplatsen kostade 210 000 kr. Bostadsrättsföreningens del blev 60 000 kr."
    assert roles(text, "ekonomiskt_utfall") == [(210000, "utfall"), (60000, "annat")]
    text = "Vi har använt 88 000 kr. Ellevios bidrag, 30 000 kr, gick till armaturerna."
    assert roles(text, "ekonomiskt_utfall") == [(88000, "utfall"), (30000, "annat")]


# 2. A total broken down ("varav", "Av detta var") into the committee's share and another party's: the committee's
# money beside co-funding is the grant, `beviljat`.
def test_the_committees_share_beside_another_partys_in_a_breakdown_is_the_grant() -> None:
    text = (
        "Upprustningen kostade 880 000 kr, varav stadsdelsnämndens del 600 000 kr och Svenska Bostäders del 280 000 kr."
    )
    assert roles(text, "ekonomiskt_utfall") == [(880000, "utfall"), (600000, "beviljat"), (280000, "annat")]
    text = (
        "Totalkostnaden var 97 000 kr. Av detta var Hyresgästföreningens andel 22 000 kr och nämndens bidrag 75 000 kr."
    )
    assert roles(text, "ekonomiskt_utfall") == [(97000, "utfall"), (22000, "annat"), (75000, "beviljat")]


def test_owner_share_controls() -> None:
    # the committee's share alone is left to the other rules (a part or the outcome, as the writers read it)
    assert roles("Nämndens andel av kostnaden blev 45 000 kr.", "ekonomiskt_utfall") != [(45000, "beviljat")]
    # a genitive that names no party ("projektets del") changes nothing
    text = "Projektets andel av hyran var 9 000 kr."
    assert share_owner(_masked(text, _spans(text, "9 000 kr")), _spans(text, "9 000 kr")[0]) is None
    # the city as a whole is the committee's side, another city office another party
    text = "Stadens del av kostnaden uppgick till 310 000 kr och trafikkontorets andel var 90 000 kr."
    spans = _spans(text, "310 000 kr", "90 000 kr")
    assert [share_owner(_masked(text, spans), s) for s in spans] == ["committee", "other"]
    # the committee's share with no total broken down and no other party beside it is left alone
    text = "Stadsdelsnämndens del var 40 000 kr."
    spans = _spans(text, "40 000 kr")
    assert owner_share_role(_masked(text, spans), spans[0], tuple(spans)) is None  # no breakdown, no other party
    text = "Kostnaden blev 70 000 kr, varav nämndens del 50 000 kr och Stockholmshems del 20 000 kr."
    spans = _spans(text, "70 000 kr", "50 000 kr", "20 000 kr")
    masked = _masked(text, spans)
    assert [owner_share_role(masked, s, tuple(spans)) for s in spans] == [None, "beviljat", "annat"]
    assert share_owner(masked, spans[2]) == "other"
