"""Importing PDFs: discovering files, reading them in workers, storing the records."""
