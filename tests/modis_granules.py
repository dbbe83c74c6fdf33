"""A writer of small real-structure MODIS HDF-EOS2 granules for tests.

Each file is an HDF4 file with the HDF-EOS2 structure GDAL's ``HDF4_EOS:EOS_GRID`` driver
reads: global attributes ``StructMetadata.0`` (ODL grid definition: ``GCTP_SNSOID``,
``UpperLeftPointMtrs``/``LowerRightMtrs`` of the true MODIS tile, ``XDim``/``YDim``, one
``DataField`` per SDS with its type) and ``CoreMetadata.0`` (``LOCALGRANULEID``,
``SHORTNAME``, ``VERSIONID``, ``RANGEBEGINNINGDATE``/``RANGEENDINGDATE``); SDS whose dimensions
are named ``YDim:<grid>``/``XDim:<grid>`` with ``_FillValue``; and a vgroup of class ``GRID``
holding a ``Data Fields`` vgroup with the SDS. Tile bounds come from the MODIS sinusoidal grid
definition (sphere of radius 6,371,007.181 m, 36 x 18 tiles of 1,111,950.5197665 m).

Tiles may have fewer, larger pixels than the real products (``size`` cells across instead of
1200/2400/4800) so tests stay fast; the tile bounds are always the true ones.
"""
import datetime as dt
import os

import numpy as np
import pyhdf.V  # noqa: F401 - HDF.vgstart needs it imported
from pyhdf.HDF import HC, HDF
from pyhdf.SD import SD, SDC

TILE = 1111950.5197665
X0 = -20015109.354
Y0 = 10007554.677
SINUSOIDAL = "+proj=sinu +lon_0=0 +x_0=0 +y_0=0 +R=6371007.181 +units=m +no_defs"

_SDC_TYPES = {
    np.dtype("uint8"): (SDC.UINT8, "DFNT_UINT8"), np.dtype("int8"): (SDC.INT8, "DFNT_INT8"),
    np.dtype("uint16"): (SDC.UINT16, "DFNT_UINT16"), np.dtype("int16"): (SDC.INT16, "DFNT_INT16"),
    np.dtype("int32"): (SDC.INT32, "DFNT_INT32"), np.dtype("float32"): (SDC.FLOAT32, "DFNT_FLOAT32"),
}

#: grid names and fields of the products the tests write (real MODIS names)
PRODUCTS = {
    "MOD11A1": ("MODIS_Grid_Daily_1km_LST", ("LST_Day_1km", "QC_Day", "LST_Night_1km", "QC_Night")),
    "MYD11A1": ("MODIS_Grid_Daily_1km_LST", ("LST_Day_1km", "QC_Day", "LST_Night_1km", "QC_Night")),
    "MOD11A2": ("MODIS_Grid_8Day_1km_LST", ("LST_Day_1km", "QC_Day", "LST_Night_1km", "QC_Night")),
    "MOD15A2H": ("MOD_Grid_MOD15A2H", ("Fpar_500m", "Lai_500m", "FparLai_QC")),
    "MOD17A2H": ("MOD_Grid_MOD17A2H", ("Gpp_500m", "PsnNet_500m", "Psn_QC_500m")),
    "MCD12Q1": ("MCD12Q1", ("LC_Type1",)),
    "MOD13Q1": ("MODIS_Grid_16DAY_250m_500m_VI", ("250m 16 days NDVI", "250m 16 days EVI",
                                                  "250m 16 days VI Quality")),
    "MOD13A2": ("MODIS_Grid_16DAY_1km_VI", ("1 km 16 days NDVI", "1 km 16 days EVI",
                                           "1 km 16 days VI Quality")),
}


def tile_bounds(h, v):
    """(left, bottom, right, top) in sinusoidal metres of MODIS tile (h, v)."""
    left, top = X0 + h * TILE, Y0 - v * TILE
    return left, top - TILE, left + TILE, top


def granule_name(product, date, h, v, collection="061", produced=None):
    produced = produced or dt.datetime(2021, 1, 1, 12, 0, 0)
    return (f"{product}.A{date.year}{date.timetuple().tm_yday:03d}.h{h:02d}v{v:02d}."
            f"{collection}.{produced:%Y%j%H%M%S}.hdf")


def _struct_metadata(grid, size, h, v, fields):
    left, bottom, right, top = tile_bounds(h, v)
    lines = [
        "GROUP=SwathStructure", "END_GROUP=SwathStructure", "GROUP=GridStructure",
        "\tGROUP=GRID_1", f'\t\tGridName="{grid}"', f"\t\tXDim={size}", f"\t\tYDim={size}",
        f"\t\tUpperLeftPointMtrs=({left:.6f},{top:.6f})",
        f"\t\tLowerRightMtrs=({right:.6f},{bottom:.6f})",
        "\t\tProjection=GCTP_SNSOID", "\t\tProjParams=(6371007.181000,0,0,0,0,0,0,0,0,0,0,0,0)",
        "\t\tSphereCode=-1", "\t\tGridOrigin=HDFE_GD_UL",
        "\t\tGROUP=Dimension", "\t\tEND_GROUP=Dimension", "\t\tGROUP=DataField",
    ]
    for index, (name, dtype) in enumerate(fields, 1):
        lines += [f"\t\t\tOBJECT=DataField_{index}", f'\t\t\t\tDataFieldName="{name}"',
                  f"\t\t\t\tDataType={_SDC_TYPES[np.dtype(dtype)][1]}",
                  '\t\t\t\tDimList=("YDim","XDim")', f"\t\t\tEND_OBJECT=DataField_{index}"]
    lines += ["\t\tEND_GROUP=DataField", "\t\tGROUP=MergedFields", "\t\tEND_GROUP=MergedFields",
              "\tEND_GROUP=GRID_1", "END_GROUP=GridStructure", "GROUP=PointStructure",
              "END_GROUP=PointStructure", "END", ""]
    return "\n".join(lines)


def _odl_value(name, value, quote=True):
    text = f'"{value}"' if quote else str(value)
    return (f"    OBJECT                 = {name}\n      NUM_VAL              = 1\n"
            f"      VALUE                = {text}\n    END_OBJECT             = {name}\n")


def _core_metadata(product, collection, granule_id, begin, end):
    return (
        "GROUP                  = INVENTORYMETADATA\n  GROUPTYPE            = MASTERGROUP\n"
        "  GROUP                  = ECSDATAGRANULE\n"
        + _odl_value("LOCALGRANULEID", granule_id)
        + "  END_GROUP              = ECSDATAGRANULE\n"
        "  GROUP                  = RANGEDATETIME\n"
        + _odl_value("RANGEBEGINNINGDATE", begin.isoformat())
        + _odl_value("RANGEBEGINNINGTIME", "00:00:00.000000")
        + _odl_value("RANGEENDINGDATE", end.isoformat())
        + _odl_value("RANGEENDINGTIME", "23:59:59.999999")
        + "  END_GROUP              = RANGEDATETIME\n"
        "  GROUP                  = COLLECTIONDESCRIPTIONCLASS\n"
        + _odl_value("VERSIONID", int(collection), quote=False)
        + _odl_value("SHORTNAME", product)
        + "  END_GROUP              = COLLECTIONDESCRIPTIONCLASS\n"
        "END_GROUP              = INVENTORYMETADATA\nEND\n"
    )


def _set_attribute(sds, name, value, dtype):
    """An SDS attribute stored as in real granules: text, float64 (``scale_factor``,
    ``add_offset``), or integers of the field's own type (``valid_range``)."""
    if isinstance(value, str):
        sds.attr(name).set(SDC.CHAR8, value)
    elif isinstance(value, float):
        sds.attr(name).set(SDC.FLOAT64, value)
    else:
        sds.attr(name).set(_SDC_TYPES[dtype][0], value)


def write_granule(folder, product, date, h, v, data, *, collection="061", produced=None,
                  name=None, fill=None, metadata_date=None, days=None, bounds_tile=None,
                  attributes=None):
    """Write one granule; ``data`` maps field name -> 2-D array (square, same size). Returns
    the path. One field makes the granule of a subsetting tool (HEG, MRT), which GDAL
    opens as a plain raster without SUBDATASETS. ``name`` overrides the MODIS file name (a
    renamed granule keeps the original name in LOCALGRANULEID); ``metadata_date`` writes
    another RANGEBEGINNINGDATE than ``date`` (a contradicting granule); ``bounds_tile`` (h, v)
    georeferences the data as another tile (a mislabelled file); ``attributes`` maps field
    name -> {SDS attribute: value} (``scale_factor``, ``units``... as real granules have)."""
    grid, _ = PRODUCTS[product]
    fill = fill or {}
    attributes = attributes or {}
    original = granule_name(product, date, h, v, collection, produced)
    path = os.path.join(os.fspath(folder), name or original)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    arrays = {k: np.ascontiguousarray(a) for k, a in data.items()}
    size = next(iter(arrays.values())).shape[0]
    begin = metadata_date or date
    if days is None:
        days = 1 if product[-2:] in ("A1",) and product.startswith("M") and "11" in product else 8
        days = 16 if product.startswith(("MOD13", "MYD13")) else days
        days = 365 if product.startswith("MCD12") else days
    end = begin + dt.timedelta(days=days - 1)
    sd = SD(path, SDC.WRITE | SDC.CREATE | SDC.TRUNC)
    sd.attr("StructMetadata.0").set(SDC.CHAR8, _struct_metadata(
        grid, size, *(bounds_tile or (h, v)), [(k, a.dtype) for k, a in arrays.items()]))
    sd.attr("CoreMetadata.0").set(SDC.CHAR8, _core_metadata(product, collection, original,
                                                              begin, end))
    refs = []
    for field_name, array in arrays.items():
        sdc_type = _SDC_TYPES[array.dtype][0]
        sds = sd.create(field_name, sdc_type, array.shape)
        sds.dim(0).setname(f"YDim:{grid}")
        sds.dim(1).setname(f"XDim:{grid}")
        if field_name in fill:
            sds.setfillvalue(fill[field_name])
        for attribute, value in attributes.get(field_name, {}).items():
            _set_attribute(sds, attribute, value, array.dtype)
        sds[:] = array
        refs.append(sds.ref())
        sds.endaccess()
    sd.end()
    hdf = HDF(path, HC.WRITE)
    vg = hdf.vgstart()
    grid_group = vg.create(grid)
    grid_group._class = "GRID"
    fields_group = vg.create("Data Fields")
    fields_group._class = "GRID Vgroup"
    for ref in refs:
        fields_group.add(HC.DFTAG_NDG, ref)
    attrs_group = vg.create("Grid Attributes")
    attrs_group._class = "GRID Vgroup"
    grid_group.insert(fields_group)
    grid_group.insert(attrs_group)
    for group in (attrs_group, fields_group, grid_group):
        group.detach()
    vg.end()
    hdf.close()
    return path


def sinusoidal_xy(h, v, size):
    """Cell-centre x and y (2-D arrays, sinusoidal metres) of tile (h, v) at ``size`` cells."""
    left, bottom, right, top = tile_bounds(h, v)
    cell = TILE / size
    xs = left + (np.arange(size) + 0.5) * cell
    ys = top - (np.arange(size) + 0.5) * cell
    return np.meshgrid(xs, ys)
