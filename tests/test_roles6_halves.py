"""The fixed halves of the burned fifth to twentieth sets (tests/roles_scoring.py, HALF_SPLITS)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from roles_scoring import load_split  # noqa: E402


def test_halves_partition_each_set_by_pseudo_report_or_passage():
    for base in (
        "heldout5",
        "heldout5_public",
        "heldout6",
        "heldout6_public",
        "heldout7",
        "heldout7_public",
        "heldout8",
        "heldout8_public",
        "heldout9",
        "heldout9_public",
        "heldout10",
        "heldout10_public",
        "heldout12",
        "heldout12_public",
        "heldout13",
        "heldout13_public",
        "heldout14",
        "heldout14_public",
        "heldout15",
        "heldout15_public",
        "heldout16",
        "heldout16_public",
        "heldout17",
        "heldout17_public",
        "heldout18",
        "heldout18_public",
        "heldout19",
        "heldout19_public",
        "heldout20",
        "heldout20_public",
        "heldout21",
        "heldout21_public",
        "heldout22",
        "heldout22_public",
        "heldout23",
        "heldout23_public",
        "heldout24",
        "heldout24_public",
        "heldout25",
        "heldout25_public",
        "heldout26",
        "heldout26_public",
        "heldout27",
        "heldout27_public",
        "heldout28",
        "heldout28_public",
        "heldout29",
        "heldout29_public",
        "heldout30",
        "heldout30_public",
        "heldout31",
        "heldout31_public",
        "heldout32",
        "heldout32_public",
        "heldout33",
        "heldout33_public",
        "heldout34",
        "heldout34_public",
        "heldout35",
        "heldout35_public",
        "heldout36",
        "heldout36_public",
    ):
        dev, keep = load_split(f"{base}_dev"), load_split(f"{base}_keep")
        assert sorted(i["id"] for i in dev + keep) == sorted(i["id"] for i in load_split(base))
        assert dev and keep
        # a pseudo-report is never split between the halves
        assert not {i.get("report") for i in dev if "report" in i} & {i.get("report") for i in keep if "report" in i}
