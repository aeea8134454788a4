"""Fifth held-out layout set: forms drawn by an independent generator (test-only tooling, never imported by bilagor)."""
