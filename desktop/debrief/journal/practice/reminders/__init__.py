"""Reminders of the practice's moments: the ask deadline, follow-ups, and rounds to prepare.

`rules` computes them from plain facts with any clock (no Qt, no database); `facts` reads
those facts from a journal.
"""
