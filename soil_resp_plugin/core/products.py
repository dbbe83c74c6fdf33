"""What the predictor catalog knows about MODIS products and canonical variables.

One table so scale factors, fill values and layer names live in a single place. Scale factors
come from the product user guides, never from GDAL metadata: GDAL reports MOD13's HDF attribute
``scale_factor=10000`` as a multiplier although the physical NDVI is the stored value / 10000.
Pure Python (no numpy), so the plugin can describe products without optional packages.
"""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class VariableSpec:
    """A canonical predictor: its unit and how stored integers become physical values.

    ``fill_values``/``valid_range`` apply to integer storage only; ``physical_range`` is what
    float files (already in physical units) may contain — anything outside is masked.
    """

    id: str
    unit: str
    long_name: str
    scale: float = 1.0
    offset: float = 0.0
    fill_values: tuple = ()
    valid_range: tuple = None
    physical_range: tuple = None
    categorical: bool = False
    static: bool = False


_VARIABLES = (
    VariableSpec("lst_day", "K", "land surface temperature, day", 0.02, 0.0, (0,), (7500, 65535),
                 (150.0, 400.0)),
    VariableSpec("lst_night", "K", "land surface temperature, night", 0.02, 0.0, (0,),
                 (7500, 65535), (150.0, 400.0)),
    VariableSpec("ndvi", "1", "normalised difference vegetation index", 1e-4, 0.0, (-3000,),
                 (-2000, 10000), (-0.2, 1.0)),
    VariableSpec("evi", "1", "enhanced vegetation index", 1e-4, 0.0, (-3000,), (-2000, 10000),
                 (-0.2, 1.0)),
    VariableSpec("lai", "m2 m-2", "leaf area index", 0.1, 0.0, tuple(range(249, 256)), (0, 100),
                 (0.0, 10.0)),
    VariableSpec("fpar", "1", "fraction of absorbed photosynthetically active radiation", 0.01,
                 0.0, tuple(range(249, 256)), (0, 100), (0.0, 1.0)),
    VariableSpec("gpp", "kg C m-2 8d-1", "gross primary production per 8 days", 1e-4, 0.0,
                 tuple(range(32761, 32768)), (0, 30000), (0.0, 3.0)),
    VariableSpec("landcover", "IGBP class", "IGBP land cover class", 1.0, 0.0, (255,), (0, 254),
                 (0, 254), categorical=True, static=True),
    VariableSpec("elevation", "m", "elevation above sea level", static=True,
                 physical_range=(-500.0, 9000.0)),
    VariableSpec("soil_temperature", "degC", "gridded soil temperature",
                 physical_range=(-60.0, 70.0)),
    VariableSpec("soil_moisture", "m3 m-3", "gridded volumetric soil moisture",
                 physical_range=(0.0, 1.0)),
)
VARIABLES = {spec.id: spec for spec in _VARIABLES}
#: column order of training tables: known predictors first, in this order, then the rest
CANONICAL_ORDER = tuple(spec.id for spec in _VARIABLES)
TIME_FEATURE_UNITS = {"doy_sin": "1", "doy_cos": "1"}

#: names users and tools give the canonical variables (lower case, ``-`` and spaces as ``_``)
ALIASES = {
    "lst_day_1km": "lst_day", "lstday": "lst_day", "lst_d": "lst_day",
    "lst_night_1km": "lst_night", "lstnight": "lst_night", "lst_n": "lst_night",
    "land_cover": "landcover", "igbp": "landcover", "lc_type1": "landcover",
    "igbp_landcover": "landcover", "land_cover_type_1": "landcover",
    "dem": "elevation", "altitude": "elevation", "srtm": "elevation",
    "tsoil": "soil_temperature", "soil_temp": "soil_temperature", "ts": "soil_temperature",
    "swc": "soil_moisture", "vwc": "soil_moisture", "sm": "soil_moisture",
}

#: names that are the target (soil respiration) itself: never predictors (target leakage)
_TARGET_NAME = re.compile(r"^(sr|rs|rh|soil_respiration|respiration)(_.*)?$")


def normalise_name(name):
    """Lower case, spaces/dashes as underscores, no leading/trailing underscores."""
    return re.sub(r"[\s\-]+", "_", str(name).strip()).strip("_").lower()


def canonical_variable(name):
    """Canonical id for a variable name, or ``None`` when unknown."""
    key = normalise_name(name)
    if key in VARIABLES:
        return key
    return ALIASES.get(key)


def looks_like_target(name):
    return bool(_TARGET_NAME.match(normalise_name(name)))


def safe_identifier(name):
    """A column-safe id for a user variable name (letters, digits, underscores)."""
    key = re.sub(r"[^0-9a-z_]+", "_", normalise_name(name)).strip("_")
    if not key or key[0].isdigit():
        key = "v_" + key
    return key


@dataclass(frozen=True)
class QcRule:
    """Which bits of a MODIS QC layer rate a pixel: value = qc & ``mask``; good when
    ``value <= good_max``, usable when ``value <= usable_max``."""

    mask: int
    good_max: int
    usable_max: int


#: MOD11 QC_Day/Night and MOD13 VI Quality bits 0-1: 0 good, 1 other quality, 2-3 not produced
QC_BITS01 = QcRule(0b11, 0, 1)
#: MOD15 FparLai_QC / MOD17 Psn_QC bit 0 (MODLAND): 0 good, 1 other quality
QC_BIT0 = QcRule(0b1, 0, 1)
QUALITY_LEVELS = ("any", "usable", "good")


@dataclass(frozen=True)
class LayerRule:
    pattern: str  # regex on the normalised layer/field name
    variables: tuple  # canonical ids it holds (QC layers: the variables it rates)
    qc: QcRule = None

    def matches(self, layer):
        return re.search(self.pattern, normalise_name(layer)) is not None


@dataclass(frozen=True)
class Product:
    """A MODIS product family; ``composite_days`` maps product names to their time step
    (1 daily, 4/8/16-day composites, 0 static/yearly)."""

    family: str
    name_pattern: str
    composite_days: tuple  # ((regex on the short name, days), ...)
    layers: tuple

    def days_for(self, short_name):
        for pattern, days in self.composite_days:
            if re.match(pattern, short_name):
                return days
        return None


PRODUCTS = (
    Product(
        "MOD11",
        r"^M[OY]D11[A-C]\d$",
        ((r"^M[OY]D11[A-C]1$", 1), (r"^M[OY]D11[A-C]2$", 8)),
        (
            LayerRule(r"^lst_day(_(1km|5km|6km|cmg))?$", ("lst_day",)),
            LayerRule(r"^lst_night(_(1km|5km|6km|cmg))?$", ("lst_night",)),
            LayerRule(r"^qc_day$", ("lst_day",), QC_BITS01),
            LayerRule(r"^qc_night$", ("lst_night",), QC_BITS01),
        ),
    ),
    Product(
        "MOD13",
        r"^M[OY]D13(A1|A2|Q1|C1)$",
        ((r"^M[OY]D13", 16),),
        (
            LayerRule(r"(^|_)ndvi$", ("ndvi",)),
            LayerRule(r"(^|_)evi$", ("evi",)),
            LayerRule(r"vi_quality$", ("ndvi", "evi"), QC_BITS01),
        ),
    ),
    Product(
        "MOD15",
        r"^M[OYC]D15A[23]H?$",
        ((r"^M[OYC]D15A3", 4), (r"^M[OYC]D15A2", 8)),
        (
            LayerRule(r"^lai(_500m)?$", ("lai",)),
            LayerRule(r"^fpar(_500m)?$", ("fpar",)),
            LayerRule(r"^fparlai_qc$", ("lai", "fpar"), QC_BIT0),
        ),
    ),
    Product(
        "MOD17",
        r"^M[OY]D17A2H?(GF)?$",
        ((r"^M[OY]D17A2", 8),),
        (
            LayerRule(r"^gpp(_500m)?$", ("gpp",)),
            LayerRule(r"^psn_qc(_500m)?$", ("gpp",), QC_BIT0),
        ),
    ),
    Product(
        "MCD12",
        r"^MCD12(Q1|C1)$",
        ((r"^MCD12", 0),),
        (
            LayerRule(
                r"^(lc_type1|majority_land_cover_type_1|land_cover_type_1)$|igbp|landcover",
                ("landcover",),
            ),
        ),
    ),
)


def product_for(short_name):
    """The :class:`Product` of a MODIS short name such as ``MOD13A2``, or ``None``."""
    for product in PRODUCTS:
        if re.match(product.name_pattern, short_name):
            return product
    return None


def layer_rule(product, layer):
    for rule in product.layers:
        if rule.matches(layer):
            return rule
    return None
