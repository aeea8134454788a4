"""The archive folder: the Archive facade, the record store (all SQL), the write lock, the folder."""

from bilagor.index.archive.facade import Archive

__all__ = ["Archive"]
