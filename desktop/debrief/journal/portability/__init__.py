"""Bringing interviews in from other trackers and taking the journal out: CSV, JSON, checks."""
