"""Long work off the window's thread: the runner, its progress dialog, and what it blocks."""
