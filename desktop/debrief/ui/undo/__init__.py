"""Undo and redo of the main window's edits: a QUndoStack over journal snapshots."""
