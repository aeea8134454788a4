"""Sixth held-out layout set: forms made by other producers (Word via LibreOffice, fpdf2, Chromium, reportlab
platypus), drawn by a second independent generator (test-only tooling, never imported by bilagor)."""
