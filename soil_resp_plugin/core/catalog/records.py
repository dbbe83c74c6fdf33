"""What the catalog knows about each raster: recognised candidates, layers and series."""
from dataclasses import dataclass, field

from .. import products
from .grid import Grid


@dataclass(frozen=True)
class RasterLayer:
    """One band of one file: a variable at one date (``date`` None: static, undated)."""

    variable: str
    date: object
    source: str  # what rasterio opens: a path or an HDF4_EOS subdataset name
    band: int
    path: str  # the file on disk, for messages
    product: str
    days: int  # time step: 0 static, 1 daily, 4, 8 or 16-day composite
    storage: str = "int"  # "int": stored integers to scale; "float": already physical
    nodata: float = None
    gdal_scale: float = 1.0
    gdal_offset: float = 0.0
    tile: str = None
    qc_source: str = None
    qc_band: int = 1
    qc_rule: products.QcRule = None
    tiles: tuple = ()  # MODIS tiles of a mosaic (source is then a VRT over their subdatasets)
    missing_tiles: tuple = ()  # tiles of the variable's mosaic without a granule this date
    platform: str = None  # "terra" (MOD), "aqua" (MYD) or "combined" (MCD)
    paths: tuple = ()  # every file of a mosaic (``path`` is the first)


@dataclass
class Series:
    variable: str
    spec: products.VariableSpec
    unit: str
    static: bool
    categorical: bool
    layers: list
    grid: Grid
    days: int
    resolution: dict = field(default_factory=dict)  # period -> (mode, ((layer, weight), ...))

    @property
    def product(self):
        return ", ".join(sorted({layer.product for layer in self.layers}))


@dataclass(frozen=True)
class Candidate:
    """A file (band) recognised by name, before it is opened."""

    path: str
    variable: str
    date: object
    product: str
    days: int
    source: str = None
    band: int = 1
    qc_for: tuple = ()
    qc_rule: products.QcRule = None
    static: bool = False
    tile: str = None
    multiband: bool = False
    collection: str = None  # MODIS collection (006, 061) of a granule
    produced: str = None  # production time in a granule's name (YYYYDDDHHMMSS)
    granule: str = None  # the granule's own name (LOCALGRANULEID), even when renamed
    layout: str = None  # an HDF subdataset's description (size, field, grid, type)

