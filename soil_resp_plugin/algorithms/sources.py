"""The file behind a QGIS data source or destination string.

Not an algorithm module: the provider only registers ``SoilRespAlgorithm`` subclasses.
"""
import os
import re
import urllib.parse

_DBNAME = re.compile(r"""dbname=(['"])(?P<path>.*?)\1""")
_TABLE = re.compile(r"""table=(['"]?)(?P<table>[^'" ]+)\1""")


def file_of_source(source, must_exist=True):
    """(file path, layer name or None) of a source such as ``x.gpkg|layername=obs``,
    ``ogr:dbname='x.gpkg' table="t" (geom)`` or ``file:///x.csv?delimiter=,``; (None, None)
    for memory layers, databases and (when ``must_exist``) paths that do not exist."""
    if not source:
        return None, None
    text = str(source)
    layer = None
    if text.startswith("memory:") or text == "TEMPORARY_OUTPUT":
        return None, None
    match = _DBNAME.search(text)
    if match:
        table = _TABLE.search(text)
        path, layer = match.group("path"), table.group("table") if table else None
    elif text.startswith("file://"):
        path = urllib.parse.unquote(urllib.parse.urlparse(text).path)
    else:
        if text.startswith("ogr:"):
            text = text[4:]
        path, _, options = text.partition("|")
        for option in options.split("|"):
            key, _, value = option.partition("=")
            if key == "layername":
                layer = value
    if must_exist and not os.path.exists(path):
        return None, None
    return path, layer
