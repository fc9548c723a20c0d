"""The wheel carries every package and the resources, so an installed Debrief is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ABSENT_WARNING = "is absent from the `packages` configuration"


def _listed_packages() -> set[str]:
    return set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )


def _dotted(prefix: str, folder: Path, top: Path) -> str:
    return ".".join((prefix, *folder.relative_to(top).parts))


def _resource_files() -> list[Path]:
    """Every file under resources/ as a path inside it, caches left out."""
    top = ROOT / "resources"
    return sorted(
        path.relative_to(top)
        for path in top.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def test_every_source_package_is_listed_for_the_wheel():
    top = ROOT / "desktop" / "debrief"
    found = {_dotted("debrief", init.parent, top) for init in top.rglob("__init__.py")}
    assert found - _listed_packages() == set(), "add these to [tool.setuptools] packages"


def test_every_resource_folder_is_listed_so_setuptools_does_not_warn():
    top = ROOT / "resources"
    folders = {top} | {path for path in top.rglob("*") if path.is_dir()}
    found = {_dotted("debrief.resources", f, top) for f in folders if f.name != "__pycache__"}
    assert found - _listed_packages() == set(), "add these to [tool.setuptools] packages"


def test_resources_are_found_as_package_data():
    templates = files("debrief.resources") / "templates"
    assert any(entry.name.endswith(".txt") for entry in templates.iterdir())
    assert (files("debrief.resources") / "icons" / "debrief.svg").is_file()


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory) -> tuple[Path, str]:
    """A wheel built from a copy of the source (so no build/ lands in the checkout) with
    the setuptools of the test extra, offline; and what the build printed."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "--wheel-dir", str(out), str(source)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("debrief-*.whl")
    return wheel, result.stdout + result.stderr


def test_building_the_wheel_prints_no_setuptools_package_warnings(built_wheel):
    _, output = built_wheel
    assert ABSENT_WARNING not in output
    assert "BuildBackendWarning" not in output


def test_the_wheel_ships_every_resource(built_wheel):
    wheel, _ = built_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"debrief/resources/{path.as_posix()}" for path in _resource_files()}
    assert expected - names == set()
    assert {
        "debrief/resources/icons/debrief.svg",
        "debrief/resources/templates/ask_email.txt",
    } <= names
    assert any(name.endswith(".desktop") for name in names)
    models = ("journal/practice/wording/model", "journal/practice/replies/theme_model")
    for folder in models:  # the learned arrays, read with importlib.resources
        for name in ("vocab.txt", "weights.npy", "meta.json"):
            assert f"debrief/{folder}/{name}" in names
