"""Standard modules that peewee imports at start but Debrief never calls, loaded on first use.

`import peewee` pulls in `hashlib` (which maps OpenSSL's libcrypto), `socket`, `uuid`
(which imports `platform`) and `calendar` (which imports `locale`) for field types and
database back ends the window's start does not use: about 5 MiB and 6 ms of every
start. A placeholder module stands in for each until code touches one of its attributes;
then the module's own code runs inside the placeholder, which so becomes the one real
module object.

`importlib.util.LazyLoader` cannot do this on Python 3.11: every later `import` statement
reads the module's `__spec__`, which makes a lazy module load at once. The placeholder
carries `__spec__`, `__name__` and `__file__` itself, and answers the probes of `inspect`
and the import system (`__wrapped__`, `__path__`) without loading. Packages are never
deferred: importing one of their submodules first would load the package halfway through.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from typing import Any

#: Imported by peewee at module level, used by it only in functions the start never calls.
PEEWEE_UNUSED = ("hashlib", "socket", "uuid", "calendar")

#: Looked up by inspect.unwrap and the import system to learn what a module is; a
#: placeholder answers them as the module would without running it.
_PROBES = frozenset({"__wrapped__", "__path__"})

_loading = threading.RLock()
_LOADING = "__deferred_loading__"


class DeferredModule(types.ModuleType):
    """Stands in `sys.modules[name]` until an attribute is asked for, then runs the
    module's code in itself, so every holder of it sees the real module."""

    def __getattr__(self, attribute: str) -> Any:
        # Only called for attributes the placeholder does not have (yet).
        if attribute in _PROBES:
            raise AttributeError(attribute)
        with _loading:  # re-entrant: the module's own imports may look at it mid-load
            if type(self) is DeferredModule and not self.__dict__.get(_LOADING):
                self._load()
        try:
            return self.__dict__[attribute]
        except KeyError:
            raise AttributeError(
                f"module {self.__name__!r} has no attribute {attribute!r}"
            ) from None

    def _load(self) -> None:
        before = dict(self.__dict__)
        self.__dict__[_LOADING] = True
        try:
            self.__spec__.loader.exec_module(self)
        except BaseException:
            self.__dict__.clear()
            self.__dict__.update(before)  # still deferred: the next use tries again
            raise
        del self.__dict__[_LOADING]
        self.__class__ = types.ModuleType  # from now on a plain module


def defer(names: tuple[str, ...] = PEEWEE_UNUSED) -> None:
    """Put a placeholder in `sys.modules` for each of `names` not imported yet."""
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or not hasattr(spec.loader, "exec_module"):
            continue
        if spec.submodule_search_locations is not None:
            continue  # a package (see the module docstring)
        module = DeferredModule(name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
        module.__package__ = name.rpartition(".")[0]
        sys.modules[name] = module


def is_deferred(name: str) -> bool:
    """Whether `name` is still a placeholder (tests and the benchmark check it)."""
    return type(sys.modules.get(name)) is DeferredModule
