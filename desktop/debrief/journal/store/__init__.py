"""The store: one open journal file, its models, its schema history and its derived columns."""
