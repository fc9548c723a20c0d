"""The rules of the practice: the ask deadline, message drafts, debriefs, reading a reply, and
the questions that clarify it."""
