"""A realistic sample journal for the demo, screenshots and tests."""
