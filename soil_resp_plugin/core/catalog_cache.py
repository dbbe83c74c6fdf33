"""The scan cache: what a scan found per file, reused while the file keeps its size and
modification time."""
import os


def cache_folder():
    """The user cache folder of the catalog (``SOILRESP_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/soil_resp_plugin``, else ``~/.cache/soil_resp_plugin``)."""
    folder = os.environ.get("SOILRESP_CACHE_DIR")
    if folder:
        return folder
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "soil_resp_plugin")
