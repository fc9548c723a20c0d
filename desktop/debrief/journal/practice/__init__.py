"""The rules of the practice: the ask deadline, message drafts, the wording coach, debriefs,
reading a reply, and the questions that clarify it."""
