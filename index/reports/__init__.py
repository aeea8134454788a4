"""What is read out of an archive: amount summaries, exports, charts, statistics."""
