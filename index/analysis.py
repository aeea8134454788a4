"""Old home of the search analyzers, kept because Whoosh pickles their class paths.

Every index written before index/ became sub-packages names
``bilagor.index.analysis.IndexTermsAnalyzer`` and its filters; without this
module such an archive could not be opened. New code imports
bilagor.index.search.analysis.
"""

from bilagor.index.search.analysis import (
    BaseFormFilter,
    CompoundFilter,
    FoldFilter,
    FoldVariantFilter,
    IndexTermsAnalyzer,
    NumberFilter,
    WholeValueFolder,
)

__all__ = [
    "BaseFormFilter",
    "CompoundFilter",
    "FoldFilter",
    "FoldVariantFilter",
    "IndexTermsAnalyzer",
    "NumberFilter",
    "WholeValueFolder",
]
