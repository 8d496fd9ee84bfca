"""Cross-record rules. Each module yields problems for one kind of record; none raises."""
