"""Full-text search: the Whoosh schema and analysis, queries, snippets, searching.

Every Whoosh call in bilagor lives in this package.
"""
