"""The arrays a shipped linear model is made of, read from its package's folder.

Both learned parts of the practice (the wording classifier, the reply reader's themes) are
a vocabulary, a weight matrix and a little JSON written by a training script; the app needs
only numpy to read them, and reads them from the installed package, never the network.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

M = TypeVar("M")

MODEL_FILES = ("vocab.txt", "weights.npy", "meta.json")


def read_model(package: str, folder: str) -> tuple[list[str], Any, dict]:
    """(vocabulary, weights as a numpy array, meta) from `package`'s `folder`."""
    import numpy as np  # loaded with the first model, never at start-up

    where = resources.files(package) / folder
    vocab = (where / "vocab.txt").read_text(encoding="utf-8").split("\n")
    with (where / "weights.npy").open("rb") as stream:
        weights = np.load(stream, allow_pickle=False)
    meta = json.loads((where / "meta.json").read_text(encoding="utf-8"))
    return vocab, weights, meta


_lock = threading.Lock()
_loaded: dict[tuple[str, str], Any] = {}


def shipped_model(package: str, folder: str, build: Callable[[list[str], Any, dict], M]) -> M:
    """The model in `package`'s `folder`, built by `build(vocab, weights, meta)` the first
    time any thread asks and kept for the process: each check after the first is free."""
    with _lock:
        if (package, folder) not in _loaded:
            _loaded[package, folder] = build(*read_model(package, folder))
        return _loaded[package, folder]


def is_loaded(package: str, folder: str) -> bool:
    """Whether that model has been read yet (the start-up tests check it has not)."""
    return (package, folder) in _loaded
