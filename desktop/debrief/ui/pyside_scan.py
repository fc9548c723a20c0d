"""PySide's check of every imported module, made to read each file once and keep nothing.

PySide6 hooks `import` to learn which modules use it (for `from __feature__ import
snake_case`). For each module imported after it, it calls `inspect.getsource`, which
leaves the module's whole text in `linecache` for the life of the process: at Debrief's
start that is 1.4 MB of source held as 3.3 MiB of line strings, never read again. The
replacement asks the same question (does the source mention "PySide6"?) of the file's
bytes. Modules without a `.py` file still go to PySide's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = b"PySide6"


def _lean(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return _MARK in source.read()
        except OSError:
            return original(module)

    mod_uses_pyside.__wrapped__ = original
    return mod_uses_pyside


def install() -> bool:
    """Swap in the lean check; False (and nothing changed) if this PySide has none to swap."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or hasattr(original, "__wrapped__"):
        return False
    feature._mod_uses_pyside = _lean(original)
    return True
