"""The practice of asking for feedback: the checks that coach each message to the interviewer."""
