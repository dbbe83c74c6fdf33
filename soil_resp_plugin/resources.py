"""Paths of bundled resources. The repository keeps them in the top-level ``resources/``;
the assembled plugin has them in ``soil_resp_plugin/resources/``."""
import pathlib

_PACKAGE = pathlib.Path(__file__).resolve().parent


def resource_path(name):
    for folder in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"bundled resource {name} is missing from {_PACKAGE / 'resources'}")
