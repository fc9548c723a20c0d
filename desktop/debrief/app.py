"""Command line and start-up: parse arguments, open the journal, show the main window."""

from __future__ import annotations

import argparse
import sys

from debrief import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="debrief", description="Debrief: interview journal")
    parser.add_argument("--db", metavar="PATH", help="journal file to open")
    parser.add_argument("--demo", action="store_true", help="open a sample journal")
    parser.add_argument("--version", action="version", version=f"debrief {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    parse_args(sys.argv[1:] if argv is None else argv)
    return 0
