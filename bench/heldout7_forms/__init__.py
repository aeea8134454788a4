"""The seventh held-out form set: a third independent generator (test-only tooling; never imported by bilagor)."""
