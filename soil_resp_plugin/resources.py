"""Paths of bundled resources, always inside the package: ``soil_resp_plugin/resources/``.

The assembled plugin (scripts/build_plugin.py) holds a copy of the repository's top-level
``resources/`` there; in a repository checkout ``soil_resp_plugin/resources`` is a symbolic
link to it, so development and tests use the same files.
"""
import pathlib

FOLDER = pathlib.Path(__file__).resolve().parent / "resources"


def resource_path(name):
    path = FOLDER / name
    if not path.exists():
        raise FileNotFoundError(
            f"bundled resource {name} is missing from {FOLDER}; reinstall the plugin (in a "
            "repository checkout, build it with 'make plugin')")
    return path
