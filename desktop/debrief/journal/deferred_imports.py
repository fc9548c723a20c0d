"""Standard modules that peewee imports at start but Debrief never calls, loaded on first use.

`import peewee` pulls in `hashlib` (which maps OpenSSL's libcrypto), `socket`, `uuid`
(which imports `platform`), `json` and `calendar` for field types and database back ends
the window's start does not use: about 5 MiB and 7 ms of every start. A placeholder
module stands in for each until code touches one of its attributes; then the real module
is imported and takes its place.

`importlib.util.LazyLoader` cannot do this on Python 3.11: every later `import` statement
reads the module's `__spec__`, which makes a lazy module load at once. The placeholder
answers `__spec__`, `__name__` and `__file__` itself and loads on anything else.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

#: Imported by peewee at module level, used by it only in functions the start never calls
#: (Debrief's own drafts and exports load json when they first need it).
PEEWEE_UNUSED = ("hashlib", "socket", "uuid", "json", "calendar")

_loading = threading.Lock()


class DeferredModule(types.ModuleType):
    """Stands in `sys.modules[name]` until an attribute is asked for, then becomes the module."""

    def __getattr__(self, attribute: str) -> Any:
        # Only called for attributes the placeholder does not have: time to load for real.
        return getattr(self._load(), attribute)

    def _load(self) -> types.ModuleType:
        with _loading:
            name = self.__name__
            if sys.modules.get(name) is self:
                del sys.modules[name]  # so the import below runs the real module
                try:
                    real = importlib.import_module(name)
                except BaseException:
                    sys.modules[name] = self
                    raise
                self.__dict__.update(real.__dict__)
                self.__class__ = types.ModuleType  # later look-ups are plain module ones
                return real
            return sys.modules.get(name, self)


def defer(names: tuple[str, ...] = PEEWEE_UNUSED) -> None:
    """Put a placeholder in `sys.modules` for each of `names` not imported yet."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        module = DeferredModule(name)
        module.__spec__ = spec
        module.__file__ = spec.origin
        module.__loader__ = spec.loader
        sys.modules[name] = module


def is_deferred(name: str) -> bool:
    """Whether `name` is still a placeholder (tests and the benchmark check it)."""
    return isinstance(sys.modules.get(name), DeferredModule)
