#!/usr/bin/env python3
"""Assemble the deployable plugin folder (and optionally the release ZIP).

QGIS only loads a folder holding ``__init__.py`` and ``metadata.txt`` together; the repository
keeps metadata, LICENSE, resources and translations at the top level, so this copies them in.
"""
import argparse
import configparser
import pathlib
import shutil
import subprocess
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "soil_resp_plugin"
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".pytest_cache", "*.ts")


def _package_ignore(folder, names):
    ignored = set(IGNORE(folder, names))
    if pathlib.Path(folder) == ROOT / PACKAGE:
        ignored.add("resources")  # the checkout's link to ../resources: copied as files below
    return ignored


def build(dest_parent):
    dest = pathlib.Path(dest_parent) / PACKAGE
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(ROOT / PACKAGE, dest, ignore=_package_ignore)
    shutil.copy2(ROOT / "metadata.txt", dest / "metadata.txt")
    shutil.copy2(ROOT / "LICENSE", dest / "LICENSE")
    # the plugin finds its resources only inside the package (soil_resp_plugin/resources.py);
    # in the checkout that folder is a symbolic link to the top-level resources/
    shutil.copytree(ROOT / "resources", dest / "resources", ignore=IGNORE)
    (dest / "i18n").mkdir(exist_ok=True)
    for ts in (ROOT / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    for qm in (ROOT / "i18n").glob("*.qm"):
        shutil.copy2(qm, dest / "i18n" / qm.name)
    return dest


def version():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def make_zip(plugin_dir, zip_path):
    plugin_dir = pathlib.Path(plugin_dir)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(plugin_dir.rglob("*")):
            if path.is_file():
                archive.write(path, pathlib.Path(PACKAGE) / path.relative_to(plugin_dir))
    return zip_path


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", help="folder that receives soil_resp_plugin/")
    parser.add_argument("--zip", help="also write the release ZIP here")
    args = parser.parse_args()
    plugin_dir = build(args.dest)
    print(plugin_dir)
    if args.zip:
        print(make_zip(plugin_dir, args.zip))


if __name__ == "__main__":
    main()
