"""Constants shared by the catalog modules."""
from rasterio.errors import RasterioError, RasterioIOError

from .grid import WGS84  # noqa: F401 - re-exported

PARAMETER = "PREDICTORS"
#: what rasterio raises for unreadable files (RasterioIOError is an OSError, not a RasterioError)
READ_ERRORS = (RasterioError, RasterioIOError)
RASTER_EXTENSIONS = (".tif", ".tiff", ".hdf", ".hdf4", ".vrt", ".img")
TEMPORAL_MAPPINGS = ("composite", "linear")
