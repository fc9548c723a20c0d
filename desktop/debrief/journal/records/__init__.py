"""Interviews, the people who ran them, and what they produced: validated reads and writes."""
