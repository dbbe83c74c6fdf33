"""Issue 9 "Done when": a folder of raw MODIS granules (2 x 2 sinusoidal tiles h28-h29 x
v05-v06, daily Terra+Aqua LST with cloud gaps, 500 m LAI/FPAR and GPP, 1 km 16-day NDVI,
yearly land cover) goes through import -> extract -> train -> upscale with qgis_process, with
no mosaicking, compositing or resampling by the user. Written by scripts/make_modis_demo.py
(the generator of ``make demo-modis``) with 16 cells across a "1 km" tile (real: 1200), true
tile bounds; 3 periods in each of 2 years (persistent clouds of a period never hit the same
pixel in both years, so the climatology always has a value).

Known answers by construction (the generator's arrays, computed without the catalog): land =
the IGBP land cells; a period's LST is missing exactly where fewer than 2 of its 16 Terra/Aqua
days were clear.

NOTE: the companion maps filled_YYYYDDD.tif and FILL_GAPS of soilresp:upscale are being
wired in by another engineer; the assertions marked "GAP FILLING" need that work."""
import datetime as dt
import json
import pathlib
import sys

import numpy as np
import pandas as pd
import pytest
import rasterio
from safety import assert_unchanged, snapshot

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
import make_modis_demo as demo  # noqa: E402

from soil_resp_plugin.core.catalog import Grid, PredictorCatalog, close_datasets  # noqa: E402

CELLS = 16
YEARS = (2016, 2017)
MAPPED = [p for p in demo.period_starts(YEARS) if p.year == 2017]



@pytest.fixture(scope="module")
def chain(qgis_process, tmp_path_factory):
    """Granules + sites, then the chain through qgis_process; returns (folder, expected,
    snapshot of the inputs, upscale result)."""
    root = tmp_path_factory.mktemp("modis_chain")
    expected = demo.write_dataset(root / "data", cells=CELLS, years=YEARS, n_sites=12, seed=7,
                                  log=lambda *_: None)
    granules, sites = root / "data" / "granules", root / "data" / "sites.csv"
    before = snapshot(granules, sites)
    steps = [
        ("soilresp:importobservations", dict(
            TABLE=sites, SITE_FIELD="site", TIME_FIELD="time", FLUX_FIELD="sr", FLUX_UNIT=2,
            MIN_RECORDS_PER_DAY=1, OUTPUT=root / "obs.gpkg")),
        ("soilresp:extracttrainingdata", dict(
            OBSERVATIONS=root / "obs.gpkg", PREDICTORS=granules, TIME_FEATURES="true",
            OUTPUT=root / "train.gpkg", OUTPUT_CSV=root / "train.csv")),
        ("soilresp:trainmodel", dict(
            INPUT=root / "train.gpkg", MODELS=0, SCHEMES=0, N_TREES=30, SEED=1,
            OUTPUT_FOLDER=root / "models", REPORT=root / "models" / "report.html")),
        ("soilresp:upscale", dict(
            MODEL=root / "models" / "sr_rs.joblib", PREDICTORS=granules,
            START_DATE=MAPPED[0].isoformat(), END_DATE=(MAPPED[-1] + dt.timedelta(days=7))
            .isoformat(), THREADS=1, OUTPUT_FOLDER=root / "maps")),
    ]
    for algorithm, params in steps:
        # check=True: a failing step raises with qgis_process's output
        qgis_process.run(algorithm, **{k: str(v) for k, v in params.items()})
    return root, expected, before


def read(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.tags(), Grid.of(dataset)


def test_raw_granules_need_no_mosaicking_or_resampling(chain):
    root, expected, before = chain
    table = pd.read_csv(root / "train.csv")
    for var in ("lst_day", "lst_night", "ndvi", "lai", "fpar", "gpp", "landcover"):
        assert var in table.columns and table[var].notna().all(), var
    # 500 m LAI averaged onto the 1 km grid: the generator's 2 x 2 blocks are equal, so each
    # site's value is its 1 km cell's (stored to 0.1 m2 m-2)
    lon, lat = expected["lon"], expected["lat"]
    for _, row in table.head(20).iterrows():
        r, c = np.unravel_index(np.argmin((lon - row.lon) ** 2 + (lat - row.lat) ** 2), lon.shape)
        period = dt.date.fromisoformat(str(row.period_start)[:10])
        assert row.lai == pytest.approx(round(expected["fields"][period]["lai"][r, c] / 0.1) * 0.1,
                                        abs=1e-6)
        assert row.landcover == expected["classes"][r, c]
    assert_unchanged(before)


def test_every_period_covers_all_land_and_flags_missing_lst(chain):
    root, expected, before = chain
    land = expected["land"]
    assert land.sum() > 20 and (~land).sum() > 20
    n_filled = 0
    for period in MAPPED:
        label = f"{period.year}{period.timetuple().tm_yday:03d}"
        sr, tags, grid = read(root / "maps" / f"sr_{label}.tif")
        assert grid.shape == land.shape  # the mosaic of the 2 x 2 "1 km" tiles
        mapped = sr != -9999.0
        # GAP FILLING (FILL_GAPS, default on): all land, nothing else, in every period
        np.testing.assert_array_equal(mapped, land, err_msg=label)
        flags, ftags, _ = read(root / "maps" / f"filled_{label}.tif")
        bits = {v: 1 << int(k.rsplit("_", 1)[1]) for k, v in ftags.items()
                if k.startswith("FILLED_BIT_")}
        missing = expected["lst_missing"][period]
        # GAP FILLING: filled pixels are exactly those whose composited LST was missing
        # (nothing else has gaps), with the lst_day and lst_night bits; 0 elsewhere on land
        np.testing.assert_array_equal((flags != 0) & mapped, missing, err_msg=label)
        for var in ("lst_day", "lst_night"):
            np.testing.assert_array_equal(((flags & bits[var]) != 0) & mapped, missing, err_msg=var)
        assert (flags[~land] == 2 ** 32 - 1).all()
        n_filled += int(missing.sum())
    assert n_filled > 0  # the data do have gaps to fill
    assert_unchanged(before)


def test_upscale_onto_epsg4326_covers_land(chain, run_algorithm, tmp_path):
    """The same granules onto EPSG:4326 at 0.01 degree (Kyushu-Shikoku): every land pixel
    (land cover read onto that grid, by mode/nearest) is mapped in every period."""
    root, _, before = chain
    from qgis.core import QgsCoordinateReferenceSystem

    result = run_algorithm("upscale", {
        "MODEL": str(root / "models" / "sr_rs.joblib"), "PREDICTORS": [str(root / "data" / "granules")],
        "START_DATE": MAPPED[0].isoformat(), "END_DATE": MAPPED[-1].isoformat(),
        "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"), "RESOLUTION": 0.01,
        "EXTENT": "130.0,134.0,31.0,34.5 [EPSG:4326]", "THREADS": 1,
        "OUTPUT_FOLDER": str(tmp_path / "maps")})
    files = json.loads(result["FILES"]) if result.get("FILES") else None
    assert result["N_PERIODS"] == len(MAPPED), files
    catalog = PredictorCatalog.from_folder(root / "data" / "granules")
    try:
        for period in MAPPED:
            label = f"{period.year}{period.timetuple().tm_yday:03d}"
            sr, _, grid = read(tmp_path / "maps" / f"sr_{label}.tif")
            assert grid.res == pytest.approx((0.01, 0.01))
            classes = catalog.read("landcover", period, grid=grid)
            land = np.isfinite(classes) & (classes != demo.WATER)
            assert land.sum() > 1000
            mapped = sr != -9999.0
            assert mapped[land].all(), f"{label}: {(~mapped[land]).sum()} land pixels unmapped"
    finally:
        close_datasets()
    assert_unchanged(before)
