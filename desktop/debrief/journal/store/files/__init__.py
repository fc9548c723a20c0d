"""Files around the journal: atomic private writes, backups and restore, crash leftovers."""
