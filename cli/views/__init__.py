"""What the commands print for a reader: one module per command (JSON output is cli/output.py)."""
