"""Synthetic demo region over Japan with a known truth, so every step of the chain can be
checked against the answer.

Everything is drawn from one seed (``numpy.random.SeedSequence``): the same seed and
parameters give byte-identical files. The layout is the one in ``docs/CONTRACTS.md``; the
formulas are written to the output ``README.md`` (see ``docs/demo.md``).
"""
import datetime as dt
import math
import os
import pathlib
import shutil
import tempfile

import numpy as np

from .errors import InputError
from .i18n import tr
from .periods import period_days, period_end, period_label, periods_of_year
from .reporting import as_reporter
from .units import FLUX_TO_GC_M2_D

BOX_WEST, BOX_SOUTH, BOX_EAST, BOX_NORTH = 122.0, 24.0, 154.0, 46.0
BASE_CELL = 0.05
BASE_WIDTH, BASE_HEIGHT = 640, 440
LAND_COVER_RESOURCE = "MCD12C1_2019_IGBP_japan_0p05deg.tif"
GLOBAL_CELL = 0.5
GLOBAL_BIAS_FACTOR = 1.2
GLOBAL_NOISE_SD = 0.05
LOCAL_TZ = dt.timezone(dt.timedelta(hours=9))  # Etc/GMT-9 = JST, no daylight saving
UMOL_TO_GC = FLUX_TO_GC_M2_D["umol CO2 m-2 s-1"]  # 1.0378 g C m-2 d-1 per umol CO2 m-2 s-1

IGBP_NAMES = (
    "Water", "Evergreen needleleaf forest", "Evergreen broadleaf forest",
    "Deciduous needleleaf forest", "Deciduous broadleaf forest", "Mixed forests",
    "Closed shrublands", "Open shrublands", "Woody savannas", "Savannas", "Grasslands",
    "Permanent wetlands", "Croplands", "Urban and built-up",
    "Cropland/natural vegetation mosaic", "Snow and ice", "Barren or sparsely vegetated",
)
FOREST_CLASSES = (1, 2, 3, 4, 5)
# Seasonal LAI range per IGBP class (index = class): evergreen classes keep most leaves.
LAI_MAX = np.array(
    [0, 4.5, 5.5, 4.0, 5.0, 5.0, 2.5, 1.5, 3.5, 2.5, 2.0, 2.5, 3.5, 1.0, 3.0, 0.1, 0.3])
LAI_MIN = np.array(
    [0, 2.5, 4.5, 0.3, 0.4, 1.5, 0.8, 0.3, 1.0, 0.5, 0.3, 0.3, 0.2, 0.4, 0.6, 0.0, 0.05])

# Truth model constants (also written to the README)
R_REF = 2.6  # g C m-2 d-1 at 10 degC soil temperature, optimal moisture, LAI 5
R_REF_SPATIAL_SD = 0.1
LT_E0, LT_T0, LT_TREF = 308.56, 227.13, 283.15  # Lloyd & Taylor 1994, kelvin
MOISTURE_OPTIMUM, MOISTURE_WIDTH, MOISTURE_FLOOR = 0.30, 0.25, 0.15
VEG_BASE, VEG_SLOPE, VEG_LAI_CAP = 0.55, 0.09, 5.0

#: Eight chamber sites at (approximately) real coordinates, none on a 0.05 degree cell edge so
#: every consumer puts them in the same cell. interval_h: hours between daytime measurements;
#: rs_ports: Rs chambers; nee_port: an NEE chamber (plants inside) as at the real Teshio site;
#: snowy: no measurements while the soil is frozen/snow-covered.
SITES = (
    dict(site_id="TSE", site_name="Teshio (synthetic)", lon=142.107, lat=45.056,
         interval_h=3, rs_ports=3, nee_port=4, snowy=True),
    dict(site_id="TMK", site_name="Tomakomai (synthetic)", lon=141.52, lat=42.74,
         interval_h=2, rs_ports=2, nee_port=None, snowy=True),
    dict(site_id="API", site_name="Appi, northern Honshu (synthetic)", lon=140.94, lat=40.01,
         interval_h=2, rs_ports=2, nee_port=None, snowy=True),
    dict(site_id="FHK", site_name="Fuji-Hokuroku (synthetic)", lon=138.76, lat=35.44,
         interval_h=1, rs_ports=1, nee_port=None, snowy=False),
    dict(site_id="TGF", site_name="Tsukuba TGF (synthetic)", lon=140.094, lat=36.113,
         interval_h=1, rs_ports=1, nee_port=None, snowy=False),
    dict(site_id="YMS", site_name="Yamashiro (synthetic)", lon=135.84, lat=34.79,
         interval_h=2, rs_ports=2, nee_port=None, snowy=False),
    dict(site_id="HRS", site_name="Hiroshima, Kiryu-like (synthetic)", lon=132.67, lat=34.42,
         interval_h=2, rs_ports=2, nee_port=None, snowy=False),
    dict(site_id="AYA", site_name="Miyazaki Aya (synthetic)", lon=131.22, lat=32.02,
         interval_h=3, rs_ports=2, nee_port=None, snowy=False),
)
DAY_FIRST_HOUR, DAY_LAST_HOUR = 6, 18  # daytime campaigns, local time

# AppEEARS-style predictor files: variable -> (file prefix, dtype, scale, fill, sea code,
# stored valid range, units, long name, 16-day?). The sea codes are the products' own
# "water" fill classes (MOD15 254, MOD17 32766).
PREDICTORS = {
    "lst_day": ("MOD11A2.061_LST_Day_1km", "uint16", 0.02, 0, 0, (7500, 65535), "K",
                "Daytime land surface temperature", False),
    "lst_night": ("MOD11A2.061_LST_Night_1km", "uint16", 0.02, 0, 0, (7500, 65535), "K",
                  "Nighttime land surface temperature", False),
    "ndvi": ("MOD13A2.061__1_km_16_days_NDVI", "int16", 0.0001, -3000, -3000, (-2000, 10000),
             "NDVI", "16 day NDVI", True),
    "evi": ("MOD13A2.061__1_km_16_days_EVI", "int16", 0.0001, -3000, -3000, (-2000, 10000),
            "EVI", "16 day EVI", True),
    "lai": ("MOD15A2H.061_Lai_500m", "uint8", 0.1, 255, 254, (0, 100), "m^2/m^2",
            "Leaf area index", False),
    "gpp": ("MOD17A2HGF.061_Gpp_500m", "int16", 0.0001, 32767, 32766, (0, 30000),
            "kg C/m^2/8day", "Gross primary productivity", False),
}
FLOAT_NODATA = -9999.0


def allowed_cell_sizes():
    """Cell sizes (degrees) that tile both the 32 x 22 degree box and the 0.5 degree global
    product grid from whole 0.05 degree land-cover cells."""
    return [round(BASE_CELL * f, 2) for f in range(1, 41) if 40 % f == 0]


def _cell_factor(cell_size):
    factor = float(cell_size) / BASE_CELL
    if abs(factor - round(factor)) > 1e-6 or round(factor) < 1 or 40 % round(factor):
        sizes = ", ".join(f"{c:g}" for c in allowed_cell_sizes())
        raise InputError(
            tr("Cell size {cell_size} degrees does not tile the demo region from the 0.05 degree "
               "land cover; use one of: {sizes}.").format(cell_size=cell_size, sizes=sizes),
            parameter="CELL_SIZE",
        )
    return int(round(factor))


class DemoGrid:
    """The demo grid: EPSG:4326, north-up, cell centres in ``lons``/``lats``."""

    def __init__(self, factor):
        self.factor = factor
        self.cell = BASE_CELL * factor
        self.width = BASE_WIDTH // factor
        self.height = BASE_HEIGHT // factor
        self.lons = BOX_WEST + (np.arange(self.width) + 0.5) * self.cell
        self.lats = BOX_NORTH - (np.arange(self.height) + 0.5) * self.cell

    def transform(self):
        from rasterio.transform import from_origin

        return from_origin(BOX_WEST, BOX_NORTH, self.cell, self.cell)

    def index(self, lon, lat):
        col = int(math.floor((lon - BOX_WEST) / self.cell))
        row = int(math.floor((BOX_NORTH - lat) / self.cell))
        return row, col


def _value_noise(rng, spacing, grid):
    """Smooth random field: N(0,1) values on nodes ``spacing`` degrees apart, interpolated
    with smoothstep weights to the cell centres. Nodes are fixed in degrees, so the field is
    the same at every cell size."""
    nx = int(math.ceil((BOX_EAST - BOX_WEST) / spacing)) + 3
    ny = int(math.ceil((BOX_NORTH - BOX_SOUTH) / spacing)) + 3
    nodes = rng.standard_normal((ny, nx))
    fx = (grid.lons - (BOX_WEST - spacing)) / spacing
    fy = (grid.lats - (BOX_SOUTH - spacing)) / spacing
    ix, iy = np.floor(fx).astype(int), np.floor(fy).astype(int)
    wx, wy = fx - ix, fy - iy
    wx, wy = wx * wx * (3 - 2 * wx), wy * wy * (3 - 2 * wy)
    top = nodes[iy][:, ix] * (1 - wx) + nodes[iy][:, ix + 1] * wx
    bottom = nodes[iy + 1][:, ix] * (1 - wx) + nodes[iy + 1][:, ix + 1] * wx
    return top * (1 - wy)[:, None] + bottom * wy[:, None]


def _fractal_noise(rng, grid, spacings=(4.0, 2.0, 1.0, 0.5, 0.25)):
    field = sum(_value_noise(rng, s, grid) * (s / spacings[0]) ** 0.6 for s in spacings)
    return (field - field.mean()) / field.std()


def _read_land_cover(factor):
    """Real MCD12C1 classes aggregated by ``factor``: land where most sub-cells are land, the
    class is the most frequent land class (lowest class on ties)."""
    import rasterio

    from ..resources import resource_path

    with rasterio.open(resource_path(LAND_COVER_RESOURCE)) as src:
        classes = src.read(1)
        origin = (src.transform.c, src.transform.f, src.transform.a)
    if classes.shape != (BASE_HEIGHT, BASE_WIDTH) or not np.allclose(
        origin, (BOX_WEST, BOX_NORTH, BASE_CELL)
    ):
        raise InputError(tr("unexpected grid in bundled {resource}").format(
            resource=LAND_COVER_RESOURCE))
    if factor == 1:
        return classes.copy()
    h, w = BASE_HEIGHT // factor, BASE_WIDTH // factor
    blocks = classes.reshape(h, factor, w, factor).transpose(0, 2, 1, 3).reshape(h, w, -1)
    counts = np.stack([(blocks == c).sum(axis=2) for c in range(17)], axis=0)
    n_land = counts[1:].sum(axis=0)
    mode = 1 + np.argmax(counts[1:], axis=0)
    out = np.where(counts[0] > 0, 0, 255).astype(np.uint8)
    is_land = 2 * n_land > factor * factor
    out[is_land] = mode[is_land]
    return out


def _smooth_bump(doy, centre, width):
    return math.exp(-(((doy - centre) / width) ** 2))


def lloyd_taylor(soil_temperature_c):
    """Lloyd & Taylor (1994) response, 1 at 10 degC."""
    t_k = np.maximum(soil_temperature_c + 273.15, LT_T0 + 5.0)
    return np.exp(LT_E0 * (1.0 / (LT_TREF - LT_T0) - 1.0 / (t_k - LT_T0)))


def moisture_response(theta):
    return np.maximum(MOISTURE_FLOOR, 1.0 - ((theta - MOISTURE_OPTIMUM) / MOISTURE_WIDTH) ** 2)


def vegetation_response(lai):
    return VEG_BASE + VEG_SLOPE * np.minimum(lai, VEG_LAI_CAP)


def true_sr(soil_temperature_c, soil_moisture, lai, r_ref):
    """Truth model in g C m-2 d-1 (see README)."""
    return (
        r_ref * lloyd_taylor(soil_temperature_c) * moisture_response(soil_moisture)
        * vegetation_response(lai)
    )


def predictor_filename(variable, start):
    prefix = PREDICTORS[variable][0]
    return f"{prefix}_doy{period_label(start)}_aid0001.tif"


def _write_tif(path, array, dtype, nodata, grid, tags):
    import rasterio
    from rasterio.crs import CRS

    block = 256 if min(grid.width, grid.height) >= 256 else 128
    profile = dict(
        driver="GTiff", width=grid.width, height=grid.height, count=1, dtype=dtype,
        crs=CRS.from_epsg(4326), transform=grid.transform(), nodata=nodata, tiled=True,
        blockxsize=block, blockysize=block, compress="deflate",
    )
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(array.astype(dtype), 1)
        dst.update_tags(SYNTHETIC="true", **tags)


class _Builder:
    def __init__(self, root, seed, start_year, n_years, factor, reporter):
        self.root = pathlib.Path(root)
        self.seed, self.start_year, self.n_years = seed, start_year, n_years
        self.grid = DemoGrid(factor)
        self.reporter = reporter
        streams = np.random.SeedSequence(seed).spawn(8)
        (self.rng_static, self.rng_weather, self.rng_clouds, self.rng_noise,
         self.rng_obs, self.rng_global, self.rng_rain, self.rng_spare) = (
            np.random.default_rng(s) for s in streams
        )
        self.periods = [p for y in range(start_year, start_year + n_years)
                        for p in periods_of_year(y)]
        self.n_files = 0
        self.sites = []
        self.notes = []

    # ---------------------------------------------------------------- static fields
    def build_static(self):
        g = self.grid
        self.landcover = _read_land_cover(g.factor)
        self.land = (self.landcover != 0) & (self.landcover != 255)
        lat2d = np.repeat(g.lats[:, None], g.width, axis=1)
        lon2d = np.repeat(g.lons[None, :], g.height, axis=0)
        rng = self.rng_static
        relief = _fractal_noise(rng, g)
        alps = np.exp(-(((lon2d - 137.8) ** 2) / 2.0 + ((lat2d - 36.0) ** 2) / 1.5))
        self.elevation = np.clip(250.0 + 350.0 * relief + 900.0 * alps, 0.0, 3000.0)
        self.t_mean = 16.0 - 0.9 * (lat2d - 35.0) - 5.5 * self.elevation / 1000.0
        self.t_amplitude = np.clip(10.5 + 0.33 * (lat2d - 35.0), 5.0, 15.0)
        modes = [_value_noise(rng, 4.0, g) for _ in range(3)]
        self.temperature_modes = [m / m.std() for m in modes]
        soil_texture = _fractal_noise(rng, g)
        self.theta_min = np.clip(0.12 + 0.03 * soil_texture, 0.08, 0.16)
        self.theta_max = np.clip(0.45 + 0.04 * soil_texture, 0.38, 0.52)
        self.wetness_bias = 0.03 * _fractal_noise(rng, g)
        self.veg_texture = np.clip(_fractal_noise(rng, g), -2.5, 2.5)
        classes = np.where(self.land, self.landcover, 0)
        self.lai_min = LAI_MIN[classes] * (1 + 0.08 * self.veg_texture)
        self.lai_max = LAI_MAX[classes] * (1 + 0.12 * self.veg_texture)
        self.r_ref = R_REF * (1 + R_REF_SPATIAL_SD * np.clip(_fractal_noise(rng, g), -2, 2))

        folder = self.root / "static"
        folder.mkdir()
        self.land_cover_path = folder / "MCD12C1_IGBP_landcover.tif"
        _write_tif(
            self.land_cover_path, self.landcover, "uint8", 255, self.grid,
            dict(units="IGBP class", long_name="MCD12C1 2019 IGBP land cover (real), "
                 f"aggregated to {self.grid.cell:g} deg", _FillValue="255",
                 scale_factor="1", add_offset="0", classes="; ".join(
                     f"{i}={n}" for i, n in enumerate(IGBP_NAMES))),
        )
        self.n_files += 1

    # ---------------------------------------------------------------- sites
    def place_sites(self):
        g = self.grid
        land_rows, land_cols = np.nonzero(self.land)
        for spec in SITES:
            site = dict(spec)
            row, col = g.index(site["lon"], site["lat"])
            if not self.land[row, col]:
                # nearest land cell centre (distance in km-ish degrees)
                d2 = ((g.lats[land_rows] - site["lat"]) ** 2
                      + ((g.lons[land_cols] - site["lon"]) * math.cos(math.radians(site["lat"])))
                      ** 2)
                k = int(np.argmin(d2))
                row, col = int(land_rows[k]), int(land_cols[k])
                new_lon, new_lat = round(float(g.lons[col]), 4), round(float(g.lats[row]), 4)
                self.notes.append(
                    f"{site['site_id']}: ({site['lon']}, {site['lat']}) falls on a water cell at "
                    f"{g.cell:g} deg; moved to the nearest land cell centre ({new_lon}, {new_lat})."
                )
                site["lon"], site["lat"] = new_lon, new_lat
            site["row"], site["col"] = row, col
            site["igbp_class"] = int(self.landcover[row, col])
            site["igbp"] = IGBP_NAMES[site["igbp_class"]]
            site["elevation"] = int(round(float(self.elevation[row, col])))
            self.sites.append(site)
        rows = np.array([s["row"] for s in self.sites])
        cols = np.array([s["col"] for s in self.sites])
        self.site_index = (rows, cols)
        n = len(self.periods)
        self.site_series = {k: np.zeros((n, len(SITES))) for k in (
            "sr", "soil_temperature", "soil_moisture", "gpp_daily", "air_temperature")}

    # ---------------------------------------------------------------- time loop
    def build_series(self):
        g = self.grid
        land = self.land
        for sub in ("predictors", "insitu", "truth"):
            (self.root / sub).mkdir()
        n_periods = len(self.periods)
        months = sorted({(d.year, d.month) for p in self.periods for d in _days(p)})
        self.months = months
        self.monthly_total = np.zeros((len(months), g.height, g.width), dtype=np.float64)
        month_index = {m: i for i, m in enumerate(months)}

        coeffs = np.zeros(len(self.temperature_modes))
        air_anomaly_prev = np.zeros((g.height, g.width))
        soil_anomaly = np.zeros((g.height, g.width))
        first = self.periods[0]
        green_temperature = self._air_climatology(_mid_doy(first))
        wetness = np.full((g.height, g.width), 0.55)
        pending16 = None
        noise = self.rng_noise
        for k, start in enumerate(self.periods):
            self.reporter.check_cancelled()
            doy = _mid_doy(start)
            n_days = period_days(start)
            # weather: air temperature = climatology + AR(1) large-scale anomalies
            coeffs = 0.5 * coeffs + math.sqrt(0.75) * self.rng_weather.standard_normal(len(coeffs))
            air_anomaly = 0.9 * sum(c * m for c, m in zip(coeffs, self.temperature_modes))
            air = self._air_climatology(doy) + air_anomaly
            radiation = 0.5 * (1 + math.cos(2 * math.pi * (doy - 172) / 365.25))
            # soil temperature: damped and lagged air temperature, insulated by snow below 0.5
            soil_anomaly = 0.5 * soil_anomaly + 0.35 * (air_anomaly + air_anomaly_prev) / 2
            air_anomaly_prev = air_anomaly
            soil = (self.t_mean + 0.8
                    - 0.85 * self.t_amplitude * np.cos(2 * math.pi * (doy - 28 - 14) / 365.25)
                    + soil_anomaly)
            soil = np.where(soil < 0.5, 0.5 + 0.2 * (soil - 0.5), soil)
            # soil moisture: rainfall-driven bucket, independent of temperature anomalies
            season = (0.9 + 0.9 * _smooth_bump(doy, 185, 20) + 0.7 * _smooth_bump(doy, 255, 18)
                      + 0.3 * _smooth_bump(doy, 30, 25))
            rain = season * np.exp(0.9 * _value_noise(self.rng_rain, 1.5, g)
                                   + 0.5 * _value_noise(self.rng_rain, 0.5, g) - 0.5)
            evaporation = np.clip(air, 0, None) / 25.0 * (0.5 + 0.5 * radiation)
            wetness = np.clip(0.6 * wetness + 0.25 * rain - 0.2 * evaporation + 0.05
                              + self.wetness_bias, 0.0, 1.0)
            moisture = np.clip(self.theta_min + (self.theta_max - self.theta_min) * wetness,
                               0.10, 0.50)
            # phenology: greenness follows lagged air temperature
            green_temperature = 0.6 * green_temperature + 0.4 * air
            greenness = 1.0 / (1.0 + np.exp(-(green_temperature - 9.0) / 2.5))
            lai = self.lai_min + (self.lai_max - self.lai_min) * greenness
            lai = np.clip(lai + noise.normal(0, 0.15, lai.shape), 0.0, 7.0)
            fapar = 1 - np.exp(-0.5 * lai)
            snow = np.clip(-air / 4.0, 0.0, 1.0)
            ndvi = (0.08 + 0.8 * (1 - np.exp(-0.6 * lai))) * (1 - 0.7 * snow)
            ndvi = np.clip(ndvi + noise.normal(0, 0.02, lai.shape), -0.2, 0.95)
            evi = (0.05 + 0.55 * (1 - np.exp(-0.5 * lai))) * (1 - 0.6 * snow)
            evi = np.clip(evi + noise.normal(0, 0.02, lai.shape), -0.2, 0.95)
            par = 3.0 + 8.0 * radiation  # MJ m-2 d-1
            water_stress = np.clip((moisture - 0.10) / 0.10, 0.3, 1.0)
            gpp_daily = 0.95 * fapar * par * np.clip((air + 3.0) / 13.0, 0, 1) * water_stress
            lst_day = (air + 273.15 + 1.5 + 7.0 * radiation * (1 - 0.5 * fapar)
                       + noise.normal(0, 0.8, lai.shape))
            lst_night = air + 273.15 - 3.5 - 1.5 * (1 - radiation) + noise.normal(0, 0.6, lai.shape)
            sr = true_sr(soil, moisture, lai, self.r_ref)

            # files
            label = period_label(start)
            tags = dict(period_start=start.isoformat(), period_end=period_end(start).isoformat())
            self._write_predictor("lst_day", start, lst_day, self._cloud_mask(doy))
            self._write_predictor("lst_night", start, lst_night, self._cloud_mask(doy))
            self._write_predictor("lai", start, lai, None)
            self._write_predictor("gpp", start, gpp_daily * n_days / 1000.0, None)
            if (start.timetuple().tm_yday - 1) % 16 == 0:
                pending16 = (start, ndvi, evi)
            elif pending16 is not None:
                first16, ndvi0, evi0 = pending16
                gaps = self.rng_clouds.random(ndvi.shape) < 0.01
                # maximum value composite of the two 8-day states, like MOD13
                self._write_predictor("ndvi", first16, np.maximum(ndvi0, ndvi), gaps)
                self._write_predictor("evi", first16, np.maximum(evi0, evi), gaps)
                pending16 = None
            self._write_float(self.root / "insitu" / f"soil_temperature_doy{label}.tif", soil,
                              dict(tags, units="degC", long_name="soil temperature at 5 cm "
                                   "(gridded in-situ, synthetic)"))
            self._write_float(self.root / "insitu" / f"soil_moisture_doy{label}.tif", moisture,
                              dict(tags, units="m3 m-3", long_name="volumetric soil moisture "
                                   "at 5 cm (gridded in-situ, synthetic)"))
            self._write_float(self.root / "truth" / f"sr_true_doy{label}.tif", sr,
                              dict(tags, units="g C m-2 d-1", long_name="true soil respiration, "
                                   "period mean daily rate (synthetic)"))
            # bookkeeping for observations and the global product
            rows, cols = self.site_index
            for name, field in (("sr", sr), ("soil_temperature", soil),
                                ("soil_moisture", moisture), ("gpp_daily", gpp_daily),
                                ("air_temperature", air)):
                self.site_series[name][k] = field[rows, cols]
            sr_land = np.where(land, sr, 0.0)
            for day in _days(start):
                self.monthly_total[month_index[(day.year, day.month)]] += sr_land
            self.reporter.progress(0.02 + 0.83 * (k + 1) / n_periods)
        if pending16 is not None:  # cannot happen with whole years; keep files complete anyway
            first16, ndvi0, evi0 = pending16
            self._write_predictor("ndvi", first16, ndvi0, None)
            self._write_predictor("evi", first16, evi0, None)

    def _air_climatology(self, doy):
        return self.t_mean - self.t_amplitude * np.cos(2 * math.pi * (doy - 28) / 365.25)

    def _cloud_mask(self, doy):
        field = _value_noise(self.rng_clouds, 1.0, self.grid)
        field = field / field.std()
        threshold = 1.9 - 0.5 * _smooth_bump(doy, 180, 25)  # cloudier in the rainy season
        return (field > threshold) | (self.rng_clouds.random(field.shape) < 0.01)

    def _write_predictor(self, variable, start, values, gaps):
        prefix, dtype, scale, fill, water_code, valid, units, long_name, is16 = (
            PREDICTORS[variable])
        stored = np.clip(np.round(values / scale), *valid)
        stored = np.where(self.land, stored, water_code)
        if gaps is not None:
            stored = np.where(self.land & gaps, fill, stored)
        end = period_end(start) if not is16 else min(
            start + dt.timedelta(days=15), dt.date(start.year, 12, 31))
        _write_tif(
            self.root / "predictors" / predictor_filename(variable, start), stored, dtype, fill,
            self.grid,
            dict(scale_factor=repr(scale), add_offset="0", _FillValue=str(fill), units=units,
                 long_name=f"{long_name} (synthetic)", period_start=start.isoformat(),
                 period_end=end.isoformat(), product=prefix.split("_")[0]),
        )
        self.n_files += 1

    def _write_float(self, path, values, tags):
        data = np.where(self.land, values, FLOAT_NODATA).astype(np.float32)
        _write_tif(path, data, "float32", FLOAT_NODATA, self.grid, tags)
        self.n_files += 1

    # ---------------------------------------------------------------- observations
    def build_observations(self):
        import pandas as pd

        folder = self.root / "observations"
        folder.mkdir()
        rng = self.rng_obs
        all_rows = []
        for s_index, site in enumerate(self.sites):
            self.reporter.check_cancelled()
            frame = self._site_records(s_index, site, rng)
            site_dir = folder / site["site_id"]
            site_dir.mkdir()
            frame.to_csv(site_dir / "data.csv", index=False, float_format="%.5f",
                         lineterminator="\n")
            (site_dir / "PORTS.txt").write_text(_ports_text(site), encoding="utf-8")
            (site_dir / "DESCRIPTION.txt").write_text(_description_text(site), encoding="utf-8")
            self.n_files += 3
            rs = frame[frame["CSR_PORT"] != site["nee_port"]]
            all_rows.append(pd.DataFrame({
                "site_id": site["site_id"], "lon": site["lon"], "lat": site["lat"],
                "timestamp": rs["CSR_TIMESTAMP_BEGIN"] + "+09:00",
                "flux_umol": rs["CSR_FLUX_CO2"], "soil_temperature": rs["CSR_T5"],
                "soil_moisture": rs["CSR_SM5"],
            }))
            site["n_records"] = len(frame)
            site["n_rs_records"] = len(rs)
            self.reporter.progress(0.86 + 0.06 * (s_index + 1) / len(self.sites))
        table = pd.concat(all_rows, ignore_index=True)
        table["timestamp"] = table["timestamp"].str.replace(" ", "T", regex=False)
        table.to_csv(folder / "all_sites.csv", index=False, float_format="%.5f",
                     lineterminator="\n")
        sites = pd.DataFrame([{k: s[k] for k in ("site_id", "site_name", "lon", "lat", "igbp")}
                              for s in self.sites])
        sites.to_csv(folder / "sites.csv", index=False, lineterminator="\n")
        self.n_files += 2

    def _site_records(self, s_index, site, rng):
        """Daytime chamber records on campaign days, with multi-day gaps, a winter gap at
        snowy sites, spikes and a few negative values."""
        import pandas as pd

        series = {k: v[:, s_index] for k, v in self.site_series.items()}
        hours = np.arange(DAY_FIRST_HOUR, DAY_LAST_HOUR + 1, site["interval_h"])
        diurnal_t = 2.0 * np.sin(math.pi * (hours - 9) / 12.0)
        diurnal_t -= diurnal_t.mean()  # sampled hours average to the period mean
        ports = list(range(1, site["rs_ports"] + 1))
        port_mult = np.exp(rng.normal(0, 0.15, len(ports)))
        port_mult /= port_mult.mean()
        records = []
        active, run_left = True, int(rng.integers(3, 12))
        outage_day = int(rng.integers(60, 300))  # one instrument failure of 3-5 weeks a year
        outage_len = int(rng.integers(20, 36))
        for k, start in enumerate(self.periods):
            t_soil, theta = series["soil_temperature"][k], series["soil_moisture"][k]
            sr, gpp = series["sr"][k], series["gpp_daily"][k]
            for day in _days(start):
                run_left -= 1
                if run_left <= 0:
                    active = not active
                    run_left = int(rng.integers(3, 13) if active else rng.integers(2, 11))
                doy = day.timetuple().tm_yday
                if not active or outage_day <= doy < outage_day + outage_len:
                    continue
                if site["snowy"] and t_soil < 1.0:
                    continue
                day_t = t_soil + rng.normal(0, 1.0)
                day_theta = float(np.clip(theta + rng.normal(0, 0.015), 0.05, 0.6))
                for h_index, hour in enumerate(hours):
                    t5 = day_t + diurnal_t[h_index] + rng.normal(0, 0.2)
                    rate = sr * float(lloyd_taylor(t5) / lloyd_taylor(t_soil))
                    for p_index, port in enumerate(ports + ([site["nee_port"]]
                                                            if site["nee_port"] else [])):
                        minute = 10 * p_index
                        begin = dt.datetime(day.year, day.month, day.day, int(hour), minute)
                        if port == site["nee_port"]:
                            light = max(0.0, math.sin(math.pi * (hour - 5) / 14.0))
                            flux_gc = 1.3 * rate - 2.2 * gpp * light
                        else:
                            flux_gc = rate * port_mult[p_index] * math.exp(
                                rng.normal(0, 0.12) - 0.0072)
                        flux = flux_gc / UMOL_TO_GC + rng.normal(0, 0.05)
                        u = rng.random()
                        if u < 0.004:
                            flux *= rng.uniform(4, 10)  # spike
                        elif u < 0.007:
                            flux = -rng.uniform(0.05, 0.6)  # negative artefact
                        sensor_ok = rng.random() > 0.01
                        records.append((
                            port, begin, begin + dt.timedelta(minutes=2), flux,
                            t5 + rng.normal(0, 0.05) if sensor_ok else np.nan,
                            day_theta + rng.normal(0, 0.003) if sensor_ok else np.nan,
                        ))
        frame = pd.DataFrame(records, columns=[
            "CSR_PORT", "CSR_TIMESTAMP_BEGIN", "CSR_TIMESTAMP_END", "CSR_FLUX_CO2", "CSR_T5",
            "CSR_SM5"])
        frame = frame.sort_values(["CSR_TIMESTAMP_BEGIN", "CSR_PORT"], kind="stable")
        for column in ("CSR_TIMESTAMP_BEGIN", "CSR_TIMESTAMP_END"):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d %H:%M:%S")
        return frame.reset_index(drop=True)

    # ---------------------------------------------------------------- global product
    def build_global_product(self):
        import netCDF4

        self.reporter.check_cancelled()
        g = self.grid
        f = g.factor
        land_base = np.repeat(np.repeat(self.land, f, axis=0), f, axis=1)
        k = int(round(GLOBAL_CELL / BASE_CELL))
        h, w = BASE_HEIGHT // k, BASE_WIDTH // k
        land_count = land_base.reshape(h, k, w, k).sum(axis=(1, 3))
        box = np.full((len(self.months), h, w), np.nan)
        for i, total in enumerate(self.monthly_total):
            base = np.repeat(np.repeat(total, f, axis=0), f, axis=1)
            sums = base.reshape(h, k, w, k).sum(axis=(1, 3))
            with np.errstate(invalid="ignore", divide="ignore"):
                box[i] = np.where(land_count > 0, sums / np.maximum(land_count, 1), np.nan)
        self.global_truth_box = box  # north-up, 0.5 deg, box only (for the README check)
        noise = np.exp(self.rng_global.normal(0, GLOBAL_NOISE_SD, (h, w))
                       - GLOBAL_NOISE_SD ** 2 / 2)
        biased = box * GLOBAL_BIAS_FACTOR * noise[None]

        n_lat, n_lon = 360, 720
        lat = -89.75 + GLOBAL_CELL * np.arange(n_lat)  # south to north, as many products
        lon = 0.25 + GLOBAL_CELL * np.arange(n_lon)
        full = np.full((len(self.months), n_lat, n_lon), -999.0, dtype=np.float32)
        j0 = int(round((BOX_SOUTH + 0.25 - lat[0]) / GLOBAL_CELL))
        i0 = int(round((BOX_WEST + 0.25 - lon[0]) / GLOBAL_CELL))
        box_south_up = biased[:, ::-1, :]
        full[:, j0:j0 + h, i0:i0 + w] = np.where(np.isnan(box_south_up), -999.0, box_south_up)

        folder = self.root / "global_product"
        folder.mkdir()
        path = folder / "synthetic_global_rs_monthly_0p5deg.nc"
        origin = dt.date(self.start_year, 1, 1)
        with netCDF4.Dataset(path, "w", format="NETCDF4") as ds:
            ds.createDimension("time", len(self.months))
            ds.createDimension("lat", n_lat)
            ds.createDimension("lon", n_lon)
            ds.createDimension("nv", 2)
            t = ds.createVariable("time", "f8", ("time",))
            t.units = f"days since {origin.isoformat()} 00:00:00"
            t.calendar = "standard"
            t.bounds = "time_bnds"
            tb = ds.createVariable("time_bnds", "f8", ("time", "nv"))
            starts = [dt.date(y, m, 1) for y, m in self.months]
            ends = [_next_month(d) for d in starts]
            t[:] = [(d - origin).days for d in starts]
            tb[:] = [[(a - origin).days, (b - origin).days] for a, b in zip(starts, ends)]
            la = ds.createVariable("lat", "f8", ("lat",))
            la.units, la.standard_name = "degrees_north", "latitude"
            la[:] = lat
            lo = ds.createVariable("lon", "f8", ("lon",))
            lo.units, lo.standard_name = "degrees_east", "longitude"
            lo[:] = lon
            rs = ds.createVariable("rs", "f4", ("time", "lat", "lon"), zlib=True, complevel=4,
                                   fill_value=np.float32(-999.0))
            rs.units = "g C m-2 month-1"
            rs.long_name = "soil respiration, monthly total (synthetic, biased)"
            rs[:] = full
            ds.setncatts({
                "title": "SYNTHETIC global soil respiration product (demo data, not real)",
                "SYNTHETIC": "true",
                "Conventions": "CF-1.8",
                "synthetic_bias_factor": GLOBAL_BIAS_FACTOR,
                "synthetic_noise_sd": GLOBAL_NOISE_SD,
                "comment": (
                    "rs = synthetic_bias_factor x (monthly total of the demo truth averaged over "
                    "land 0.05-degree cells in each 0.5-degree cell) x exp(N(0, "
                    "synthetic_noise_sd) - sd^2/2), one noise value per cell. Values only "
                    "inside 122-154 E, 24-46 N; -999 elsewhere. Latitudes run south to north."
                ),
                "seed": self.seed,
            })
        self.global_path = path
        self.n_files += 1

    # ---------------------------------------------------------------- README
    def write_readme(self):
        self.n_files += 1  # the README counts itself
        (self.root / "README.md").write_text(_readme_text(self), encoding="utf-8")


def _days(start):
    return [start + dt.timedelta(days=i) for i in range(period_days(start))]


def _mid_doy(start):
    return start.timetuple().tm_yday + (period_days(start) - 1) / 2.0


def _next_month(day):
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _ports_text(site):
    lines = [
        "# PORTS.txt (SYNTHETIC demo data, COSORE layout)",
        "#",
        "# CSR_PORT: port number; CSR_MSMT_VAR: Rs, Rh or NEE; see the COSORE documentation",
        "#",
        "CSR_PORT,\tCSR_MSMT_VAR,\tCSR_TREATMENT,\tCSR_OPAQUE,\tCSR_PLANTS_REMOVED,\tCSR_FAN,"
        "\tCSR_AREA,\tCSR_VOLUME,\tCSR_DEPTH,\tCSR_SPECIES",
    ]
    for port in range(1, site["rs_ports"] + 1):
        lines.append(f"{port},\t\t\tRs,\t\t\t\tNone,\t\t\tTRUE,\t\tTRUE,\t\t\t\tFALSE,\t\t361,"
                     f"\t\t9025,\t\t10,\t\t\t\"{site['igbp']}; bare soil\"")
    if site["nee_port"]:
        lines.append(f"{site['nee_port']},\t\t\tNEE,\t\t\tNone,\t\t\tFALSE,\t\tFALSE,\t\t\t\t"
                     "FALSE,\t\t361,\t\t9025,\t\t10,\t\t\t\"understory plants inside the chamber\"")
    return "\n".join(lines) + "\n"


def _description_text(site):
    return "\n".join([
        "# DESCRIPTION.txt (SYNTHETIC demo data, COSORE layout)",
        "# --------------------------------------",
        f"CSR_SITE_NAME: {site['site_name']}",
        f"CSR_LONGITUDE: {site['lon']}",
        f"CSR_LATITUDE: {site['lat']}",
        f"CSR_ELEVATION: {site['elevation']}",
        "CSR_TIMEZONE: Etc/GMT-9",
        f"CSR_IGBP: {site['igbp']}",
        "CSR_NETWORK: SYNTHETIC",
        f"CSR_SITE_ID: {site['site_id']}",
        "CSR_INSTRUMENT: synthetic automated chambers",
        "CSR_MSMT_LENGTH: 120",
        "CSR_FILE_FORMAT: Processed_csv",
        "CSR_TIMESTAMP_FORMAT: %Y-%m-%d %H:%M:%S",
        "CSR_TIMESTAMP_TZ: Etc/GMT-9",
        "CSR_PRIMARY_PUB: ",
        "CSR_ACKNOWLEDGMENT: SYNTHETIC data generated by the Soil Respiration Upscaling plugin "
        "(soilresp:createdemodata); not a real measurement.",
        "",
    ])


_README_FOLDERS = """\
- `static/MCD12C1_IGBP_landcover.tif`: the real MCD12C1 2019 IGBP classes (NASA LP DAAC,
  public domain) aggregated to the grid: land where most 0.05 degree sub-cells are land, the
  most frequent land class. uint8, 0 = water, nodata 255. Land = class not 0 and not 255.
- `predictors/`, AppEEARS-style GeoTIFFs (`{product}_{layer}_doy{YYYYDDD}_aid0001.tif`):
  - `MOD11A2.061_LST_Day_1km_...`, `MOD11A2.061_LST_Night_1km_...`: uint16, x 0.02 = K,
    fill 0 (sea and cloud gaps), every 8-day period;
  - `MOD13A2.061__1_km_16_days_NDVI_...`, `..._EVI_...`: int16 / 10000, fill -3000, 16-day
    composites (DOY 1, 17, ..., 353), the maximum of the two 8-day states as in MOD13;
  - `MOD15A2H.061_Lai_500m_...`: uint8 x 0.1 m2 m-2, fill 255; sea = 254 (the MOD15 water
    class; 249-255 are all fill), every 8-day period;
  - `MOD17A2HGF.061_Gpp_500m_...`: int16 x 0.0001 kg C m-2 per period (sum over the period's
    days), fill 32767; sea = 32766 (32761-32767 are all fill), every 8-day period.
- `insitu/soil_temperature_doy{YYYYDDD}.tif` (float32 degC at 5 cm) and
  `insitu/soil_moisture_doy{YYYYDDD}.tif` (float32 m3 m-3): gridded "in-situ" drivers, nodata
  -9999 on the sea, every 8-day period.
- `truth/sr_true_doy{YYYYDDD}.tif`: float32 true soil respiration, g C m-2 d-1 (mean daily
  rate of the period), nodata -9999.
- `observations/sites.csv`: site_id, site_name, lon, lat, igbp (class of the site's cell).
- `observations/<site_id>/`: COSORE layout. `data.csv` holds CSR_PORT, CSR_TIMESTAMP_BEGIN,
  CSR_TIMESTAMP_END (local time Etc/GMT-9), CSR_FLUX_CO2 (umol CO2 m-2 s-1), CSR_T5 (degC),
  CSR_SM5 (m3 m-3); `PORTS.txt` says what each port measures; `DESCRIPTION.txt` the site.
- `observations/all_sites.csv`: the Rs records of all sites as one table: site_id, lon, lat,
  timestamp (ISO 8601 with +09:00), flux_umol, soil_temperature, soil_moisture (no NEE).
- `global_product/synthetic_global_rs_monthly_0p5deg.nc`: netCDF4, 0.5 degree global grid,
  lon 0.25-359.75 (0-360 convention), lat -89.75..89.75 (south to north), monthly; `rs` in
  g C m-2 month-1, fill -999, values only inside the demo box.

Predictor GeoTIFFs carry the tags `scale_factor`, `add_offset`, `_FillValue`, `units`,
`long_name`, `period_start`, `period_end` but no GDAL band scale: the stored integers are raw,
as AppEEARS delivers them. Sea cells hold fill; LST has cloud gaps (about 3-6 % of the land
cells per period, more in the June-July rainy season), NDVI/EVI 1 % gaps.
"""

_README_DRIVERS = """\
Drivers (all from the seed; doy = mid-day of the period):
- air temperature T_a = T_mean - A cos(2 pi (doy - 28) / 365.25) + anomaly, with
  T_mean = 16 - 0.9 (lat - 35) - 5.5 elev / 1000 degC, A = clip(10.5 + 0.33 (lat - 35), 5, 15),
  elev an elevation-like random relief (0-3000 m, higher over central Honshu) and anomaly
  AR(1) weights (0.5 per period) on three smooth spatial modes (sd about 1.6 K);
- soil temperature Ts = T_mean + 0.8 - 0.85 A cos(2 pi (doy - 42) / 365.25) + damped, lagged
  anomaly; below 0.5 degC, Ts = 0.5 + 0.2 (Ts - 0.5) (snow insulation);
- soil moisture: bucket w = clip(0.6 w_prev + 0.25 rain - 0.2 ET + 0.05 + b, 0, 1) driven by
  lognormal smooth rain fields (rainy season around DOY 185, typhoons around DOY 255) that
  are independent of the temperature anomalies; theta = theta_min + (theta_max - theta_min) w,
  clipped to 0.10-0.50 (theta_min, theta_max and b from soil-texture fields). A model that
  knows theta can therefore beat a remote-sensing-only model;
- LAI = LAI_min + (LAI_max - LAI_min) g per IGBP class (evergreen classes keep their leaves),
  g = logistic((lagged T_a - 9) / 2.5), plus noise (sd 0.15);
  NDVI = (0.08 + 0.8 (1 - exp(-0.6 LAI))) (1 - 0.7 snow),
  EVI = (0.05 + 0.55 (1 - exp(-0.5 LAI))) (1 - 0.6 snow), snow = clip(-T_a / 4, 0, 1);
- GPP (g C m-2 d-1) = 0.95 fAPAR PAR clip((T_a + 3) / 13, 0, 1) clip((theta - 0.1) / 0.1,
  0.3, 1), fAPAR = 1 - exp(-0.5 LAI), PAR = 3 + 8 rad MJ m-2 d-1, rad = 0-1 seasonal radiation;
- LST_day = T_a + 273.15 + 1.5 + 7 rad (1 - 0.5 fAPAR) + N(0, 0.8),
  LST_night = T_a + 273.15 - 3.5 - 1.5 (1 - rad) + N(0, 0.6).
"""


def _readme_text(b):
    g = b.grid
    first, last = b.periods[0], period_end(b.periods[-1])
    site_lines = []
    for s in b.sites:
        ports = f"{s['rs_ports']} Rs" + (f" + NEE port {s['nee_port']}" if s["nee_port"] else "")
        site_lines.append(
            f"| {s['site_id']} | {s['site_name']} | {s['lon']} | {s['lat']} | {s['igbp']} | "
            f"{s['interval_h']} h | {ports} | {s['n_rs_records']} |")
    notes = "\n".join(f"- {n}" for n in b.notes) or "- All eight sites are on land; none moved."
    lt = (f"exp({LT_E0} * (1/{LT_TREF - LT_T0:.2f} - 1/(Ts + 273.15 - {LT_T0})))")
    return f"""# SYNTHETIC demo dataset: soil respiration over Japan (not real data)

Made by the Soil Respiration Upscaling plugin (`soilresp:createdemodata`). Every value except
the land cover is invented from a known model, so each step of the upscaling chain can be
checked against the truth. The same parameters give byte-identical files.

- seed: {b.seed}; years: {b.start_year}-{b.start_year + b.n_years - 1}
  ({len(b.periods)} 8-day periods, {first} to {last})
- grid: EPSG:4326, 122-154 E, 24-46 N, {g.cell:g} degree cells, {g.width} x {g.height}
- files: {b.n_files}; every raster/netCDF carries `SYNTHETIC=true` (GeoTIFF tag, netCDF
  global attribute)

## Files
{_README_FOLDERS}
## Truth model
Period mean daily soil respiration (g C m-2 d-1) on every land cell:

    SR         = R_ref * f_T(Ts) * f_M(theta) * f_V(LAI)
    f_T(Ts)    = {lt}
                 (Lloyd & Taylor 1994; 1 at 10 degC)
    f_M(theta) = max({MOISTURE_FLOOR}, 1 - ((theta - {MOISTURE_OPTIMUM}) / {MOISTURE_WIDTH})^2)
    f_V(LAI)   = {VEG_BASE} + {VEG_SLOPE} * min(LAI, {VEG_LAI_CAP})
    R_ref      = {R_REF} * (1 + {R_REF_SPATIAL_SD} * z), z a smooth N(0, 1) field clipped to +-2

Ts = `insitu/soil_temperature`, theta = `insitu/soil_moisture`, LAI = the physical LAI of the
period (the MOD15 file before rounding to 0.1). Annual total = sum over periods of SR x days.

{_README_DRIVERS}
## Observations
| site | name | lon | lat | IGBP (grid) | interval | ports | Rs records |
|---|---|---|---|---|---|---|---|
{chr(10).join(site_lines)}

{notes}

Records: daytime ({DAY_FIRST_HOUR}:00-{DAY_LAST_HOUR}:00 local) campaigns of 3-12 days
separated by 2-10-day gaps, one 3-5-week instrument outage a year, no records at the snowy
sites (TSE, TMK, API) while the period's soil temperature is below 1 degC.
Rs flux (umol CO2 m-2 s-1) = SR(site cell, period) x f_T(T5) / f_T(Ts) x port factor (mean 1)
x lognormal noise (sd 0.12, mean 1) / 1.0378 + N(0, 0.05); CSR_T5 = Ts + daily N(0, 1) +
zero-mean diurnal cycle + noise; CSR_SM5 = theta + daily N(0, 0.015). 0.4 % of the records are
spikes (x 4-10), 0.3 % negative artefacts, 1 % lack T5/SM5. Port {SITES[0]['nee_port']} at TSE
is an NEE chamber (plants inside; strongly negative by day in summer), declared in
`PORTS.txt`: it must not be used as soil respiration.

## Global product
    rs = {GLOBAL_BIAS_FACTOR} x truth x exp(N(0, {GLOBAL_NOISE_SD}) - {GLOBAL_NOISE_SD}^2 / 2)

truth = monthly total of SR (daily rates summed over the month's days) averaged over the land
0.05-degree cells of each 0.5-degree cell; one noise value per 0.5-degree cell, constant in
time. The factor is in the global attribute `synthetic_bias_factor`: comparing the product
with the truth should recover a ratio of about {GLOBAL_BIAS_FACTOR}.
"""


def _check_output_folder(out_dir):
    out_dir = pathlib.Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise InputError(tr("{path} exists and is not a folder; choose a new "
                                "folder.").format(path=out_dir),
                             parameter="OUTPUT_FOLDER", path=out_dir)
        if any(out_dir.iterdir()):
            raise InputError(
                tr("Output folder {path} is not empty; the demo dataset is only written to a new "
                   "or empty folder so nothing of yours is overwritten. Choose another "
                   "folder.").format(path=out_dir),
                parameter="OUTPUT_FOLDER", path=out_dir)
    return out_dir


def create_demo_dataset(out_dir, seed=42, start_year=2005, n_years=2, cell_size=0.05,
                        reporter=None):
    """Write the synthetic demo region into ``out_dir`` (new or empty folder).

    Built in a hidden sibling folder that is renamed at the end, so a failed or cancelled run
    leaves nothing that looks complete. Returns a summary dict (folder, land_cover, n_files,
    n_periods, sites, global_product, notes).
    """
    reporter = as_reporter(reporter)
    factor = _cell_factor(cell_size)
    if int(n_years) < 1:
        raise InputError(tr("The number of years must be at least 1."), parameter="N_YEARS")
    if not 2000 <= int(start_year) <= 2100:
        raise InputError(tr("Start year must be between 2000 and 2100 (the MODIS era "
                            "onwards)."), parameter="START_YEAR")
    if int(seed) < 0:
        raise InputError(tr("Seed must be zero or positive."), parameter="SEED")
    out_dir = _check_output_folder(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.incomplete-", dir=out_dir.parent))
    try:
        builder = _Builder(work, int(seed), int(start_year), int(n_years), factor, reporter)
        reporter.log(tr("Building the synthetic demo region ({width} x {height} cells of "
                        "{cell:g} deg, {periods} periods, seed {seed}) in {folder}").format(
                            width=builder.grid.width, height=builder.grid.height,
                            cell=builder.grid.cell, periods=len(builder.periods), seed=seed,
                            folder=work))
        builder.build_static()
        builder.place_sites()
        for note in builder.notes:
            reporter.log(note)
        reporter.progress(0.02)
        builder.build_series()
        reporter.log(tr("Predictors, gridded soil temperature/moisture and truth written."))
        builder.build_observations()
        builder.build_global_product()
        builder.write_readme()
        reporter.check_cancelled()
        _check_output_folder(out_dir)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    reporter.progress(1.0)
    summary = dict(
        folder=out_dir,
        land_cover=out_dir / "static" / builder.land_cover_path.name,
        predictors=out_dir / "predictors",
        truth=out_dir / "truth",
        observations=out_dir / "observations",
        sites_csv=out_dir / "observations" / "sites.csv",
        global_product=out_dir / "global_product" / builder.global_path.name,
        readme=out_dir / "README.md",
        n_files=builder.n_files,
        n_periods=len(builder.periods),
        sites=[{k: s[k] for k in ("site_id", "lon", "lat", "igbp")} for s in builder.sites],
        notes=list(builder.notes),
    )
    reporter.log(tr("Demo dataset: {n} files in {folder} (see README.md).").format(
        n=summary["n_files"], folder=out_dir))
    return summary
