"""The rules of the practice: the ask deadline, message drafts, debriefs and the prep sheet."""
