"""`make translations`: extract every tr() text into resources/translations/*.ts, compile .qm.

pyside6-lupdate reads the Python sources. Besides `tr()` and `translate()`, it is told about
Debrief's own markers (`-tr-function-alias`): `_t("…")`, each ui module's translate
function, and `N_("…")`, the journal layer's mark for English it hands to the window, both
filed under the empty context (the window looks them up there); and `_("Actions", "…")`,
the actions registry's QT_TRANSLATE_NOOP. `--check` extracts into a temporary copy and
lists texts without a finished translation, changing nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "debrief"
FOLDER = ROOT / "resources" / "translations"
ALIASES = "tr+=_t,QT_TR_NOOP+=N_,QT_TRANSLATE_NOOP+=_"


def _tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's bin), else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def extract(ts_files: list[Path]) -> None:
    command = [_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete"]
    command += ["-locations", "none", "-tr-function-alias", ALIASES, str(SOURCES), "-ts"]
    subprocess.run([*command, *map(str, ts_files)], check=True, capture_output=True)


def unfinished(ts_file: Path) -> list[str]:
    """(context) source of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            if not done or not "".join(translation.itertext()).strip():
                missing.append(f"({name}) {message.findtext('source')}")
    return missing


def check() -> dict[str, list[str]]:
    """What each catalogue lacks after a fresh extraction (nothing is written in place)."""
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for ts_file in sorted(FOLDER.glob("debrief_*.ts")):
            copies.append(Path(folder) / ts_file.name)
            shutil.copy(ts_file, copies[-1])
        extract(copies)
        for copy in copies:
            found[copy.name] = unfinished(copy)
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        missing = check()
        for name, texts in missing.items():
            for text in texts:
                print(f"{name}: untranslated {text}")
        return 1 if any(missing.values()) else 0
    ts_files = sorted(FOLDER.glob("debrief_*.ts"))
    extract(ts_files)
    subprocess.run([_tool("pyside6-lrelease"), *map(str, ts_files)], check=True)
    for ts_file in ts_files:
        left = unfinished(ts_file)
        print(f"{ts_file.name}: {len(left)} texts still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
