"""The journal: data and the rules of the practice, with no Qt (see docs/ARCHITECTURE.md)."""
