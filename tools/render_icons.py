"""Render the commands' icons from qtawesome into resources/icons/actions (`make icons`).

Each command in ui/actions.py names a qtawesome icon ("mdi6.magnify"). At run time,
importing qtawesome costs about 35 MiB (qtpy star-imports every PySide6 class) and 0.3 s,
so the app never imports it: this tool draws each named icon once as an alpha mask
(black on transparent) at 16, 24 and 48 px, and the app tints the masks with the accent
colour of the light or dark palette (ui/action_icons.py). Run it after adding an icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from debrief.ui.action_icons import MASK_SIZES, mask_path  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    import qtawesome

    from debrief.ui.actions import COMMANDS

    names = sorted({command.icon for command in COMMANDS if command.icon})
    folder = mask_path(names[0], MASK_SIZES[0]).parent
    for old in folder.glob("*.png"):
        old.unlink()
    for name in names:
        icon = qtawesome.icon(name, color="black")
        for size in MASK_SIZES:
            path = mask_path(name, size)
            if not icon.pixmap(size, size).save(str(path), "PNG"):
                print(f"render_icons: could not write {path}", file=sys.stderr)
                return 1
        print(f"{name}: {', '.join(str(s) for s in MASK_SIZES)} px")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
