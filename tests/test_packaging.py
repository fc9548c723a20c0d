"""The wheel carries every package and the resources, so an installed Debrief is complete."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_source_package_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(("debrief", *init.parent.relative_to(ROOT / "desktop" / "debrief").parts)).rstrip(
            "."
        )
        for init in (ROOT / "desktop" / "debrief").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_resources_are_found_as_package_data():
    templates = files("debrief.resources") / "templates"
    assert any(entry.name.endswith(".txt") for entry in templates.iterdir())
    assert (files("debrief.resources") / "icons" / "debrief.svg").is_file()
