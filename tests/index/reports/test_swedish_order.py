"""Groups in Swedish alphabetical order: Å, Ä and Ö are letters after Z, so an auditor finds Östermalm last,
not between Norrmalm and Rinkeby-Kista, and Skarpnäck before Skärholmen."""

from __future__ import annotations

from bilagor.index.reports.amounts import AmountRow, ReportRow, summarise, swedish_order


def test_amounts_groups_come_in_swedish_order():
    districts = ["Östermalm", "Skärholmen", "Norrmalm", "Skarpnäck", "Älvsjö", "Rinkeby-Kista", "Bromma"]
    reports = [ReportRow(f"r{i}", year=2019, district=d) for i, d in enumerate(districts)]
    amounts = [AmountRow(f"r{i}", 100_000, "budget", role_source="cue") for i in range(len(districts))]
    groups = [g.group for g in summarise(reports, amounts, by="district").groups]
    assert groups == ["Bromma", "Norrmalm", "Rinkeby-Kista", "Skarpnäck", "Skärholmen", "Älvsjö", "Östermalm"]


def test_the_order_ignores_case_and_other_accents_but_not_the_swedish_letters():
    names = ["Örby", "ängby", "Åby", "Étoile", "abc", "Zeta"]
    assert sorted(names, key=swedish_order) == ["abc", "Étoile", "Zeta", "Åby", "ängby", "Örby"]
