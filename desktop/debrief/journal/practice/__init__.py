"""The coaching side of the practice: reading an interviewer's reply, questions that clarify it."""
