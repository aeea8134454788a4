"""Money amounts and organisations in a report's section texts.

Placeholder until the entities work lands: returns nothing.
"""

from __future__ import annotations

from bilagor.extractor.record import Amount, Organisation, Report


def find_entities(report: Report) -> tuple[list[Amount], list[Organisation]]:
    return [], []
