"""SYNTHETIC raw MODIS granules over part of Japan and chamber sites with a known truth.

A second demo variant (``make demo-modis``, scripts/demo_modis.sh) and the fixtures of
tests/test_modis_chain.py and benchmarks/bench_modis_pipeline.py. Writes, as a user downloads
them (no mosaicking, no resampling, no renaming):

- real-structure MODIS HDF-EOS2 granules (tests/modis_granules.py: HDF4 files GDAL opens as
  ``HDF4_EOS:EOS_GRID``) of several sinusoidal tiles with the TRUE tile bounds, but fewer,
  larger cells than the real products (``cells`` across a "1 km" tile instead of 1200; the
  "500 m" products have twice as many, so the ratio between resolutions is the real one):
  daily MOD11A1 + MYD11A1 LST (Terra and Aqua, day and night, random and persistent cloud
  gaps), 8-day MOD15A2H LAI/FPAR and MOD17A2H GPP at 500 m, 16-day MOD13A2 NDVI/EVI at 1 km,
  yearly MCD12Q1 land cover at 500 m;
- ``sites.csv``: daily chamber SR (g C m-2 d-1) of sites on land, following the known truth
  :func:`truth` of the clear-sky fields plus 5 % noise.

Land and land cover classes are the real MCD12C1 IGBP classes of Japan bundled with the plugin
(resources/, continent set to water); everything else is made up. Each 1 km cell's four 500 m
cells are equal, so area means and modes are exact. Persistent clouds of one period differ
between years, so every land pixel has a value of the same period in another year (the
climatology of the gap filling).

    python3 scripts/make_modis_demo.py OUTPUT_FOLDER [--cells 200] [--tiles 28:29,4:5]

Needs pyhdf (a development/demo dependency; the plugin itself reads the files through GDAL).
"""
import argparse
import datetime as dt
import json
import os
import pathlib
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from modis_granules import TILE, X0, Y0, write_granule  # noqa: E402

RADIUS = 6371007.181
LAND_COVER = ROOT / "resources" / "MCD12C1_2019_IGBP_japan_0p05deg.tif"
WATER = 17  # IGBP water bodies in MCD12Q1 LC_Type1
#: 8-day periods (starts) per year: late May - mid June
PERIOD_DOYS = (145, 153, 161)
YEARS = (2016, 2017)
SYNTHETIC_NOTE = ("SYNTHETIC data of soil_resp_plugin (scripts/make_modis_demo.py): made-up "
                  "MODIS granules and chamber sites; not measurements.")


def truth(lst_day, ndvi, gpp, landcover):
    """Known soil respiration (g C m-2 d-1) from physical values: LST (K), NDVI (1), GPP
    (kg C m-2 8d-1), IGBP class."""
    forest = np.isin(landcover, (1, 2, 3, 4, 5))
    return (1.2 * np.exp(0.06 * (lst_day - 293.15)) * (0.4 + ndvi) + 25.0 * gpp
            + 0.4 * forest)


def period_starts(years=YEARS, doys=PERIOD_DOYS):
    return [dt.date(y, 1, 1) + dt.timedelta(days=d - 1) for y in years for d in doys]


def grid_lonlat(tiles, cells):
    """Cell-centre lon/lat (2-D) of the mosaic of ``tiles`` at ``cells`` per tile, and the
    (h0, v0) of its upper-left tile."""
    hs, vs = sorted({h for h, _ in tiles}), sorted({v for _, v in tiles})
    size = TILE / cells
    xs = X0 + hs[0] * TILE + (np.arange(cells * len(hs)) + 0.5) * size
    ys = Y0 - vs[0] * TILE - (np.arange(cells * len(vs)) + 0.5) * size
    x, y = np.meshgrid(xs, ys)
    lat = np.degrees(y / RADIUS)
    lon = np.degrees(x / (RADIUS * np.cos(np.radians(lat))))
    return lon, lat, (hs[0], vs[0])


def japan_classes(lon, lat):
    """IGBP class (1-16 land, WATER) at each lon/lat: the bundled real MCD12C1 of Japan."""
    import rasterio

    with rasterio.open(LAND_COVER) as source:
        classes = source.read(1)
        t = source.transform
        rows = np.floor((lat - t.f) / t.e).astype(int)
        cols = np.floor((lon - t.c) / t.a).astype(int)
    inside = (rows >= 0) & (rows < classes.shape[0]) & (cols >= 0) & (cols < classes.shape[1])
    out = np.full(lon.shape, WATER, np.uint8)
    value = classes[np.clip(rows, 0, classes.shape[0] - 1), np.clip(cols, 0, classes.shape[1] - 1)]
    continent = ((lat > 38.6) & (lon < 130.9)) | ((lat > 42.3) & (lon < 139.3)) | (lon < 125.5)
    land = inside & (value >= 1) & (value <= 16) & ~continent
    out[land] = value[land]
    return out


def _smooth(rng, shape, spacing):
    from scipy.ndimage import zoom

    spacing = max(1, int(spacing))
    coarse = rng.standard_normal((shape[0] // spacing + 2, shape[1] // spacing + 2))
    field = zoom(coarse, spacing, order=1)[: shape[0], : shape[1]]
    return (field - field.mean()) / (field.std() or 1.0)


def fields(lon, lat, classes, period, k, rng):
    """Clear-sky physical fields of one period (dict of 2-D arrays on the 1 km grid)."""
    shape = lon.shape
    season = (period.timetuple().tm_yday - 145) / 16.0  # 0 .. 1 over the periods
    weather = _smooth(rng, shape, shape[0] / 8)
    lst_day = 273.15 + 24.0 - 0.9 * (lat - 35.0) + 3.0 * season + 1.5 * weather
    ndvi = np.clip(0.45 + 0.02 * (lon - 138.0) + 0.08 * season + 0.06 * weather, 0.05, 0.92)
    forest = np.isin(classes, (1, 2, 3, 4, 5))
    ndvi = np.where(forest, np.clip(ndvi + 0.12, 0, 0.95), ndvi)
    return {"lst_day": lst_day, "lst_night": lst_day - 9.0 - 0.5 * weather, "ndvi": ndvi,
            "evi": 0.7 * ndvi, "lai": np.clip(6.5 * ndvi, 0, 9.5), "fpar": np.clip(0.95 * ndvi, 0, 1),
            "gpp": np.clip(0.005 + 0.04 * ndvi * (0.7 + 0.3 * season), 0, 0.3)}


def tile_slices(tiles, cells, origin):
    for h, v in tiles:
        r0, c0 = (v - origin[1]) * cells, (h - origin[0]) * cells
        yield (h, v), (slice(r0, r0 + cells), slice(c0, c0 + cells))


def twice(a):
    return np.kron(a, np.ones((2, 2), a.dtype))


#: tiles h28-h29 x v05-v06: Honshu south of 40 N, Shikoku, Kyushu, the Ryukyus
DEMO_TILES = ((28, 5), (29, 5), (28, 6), (29, 6))


def write_dataset(out, tiles=DEMO_TILES, cells=200, years=YEARS,
                  doys=PERIOD_DOYS, n_sites=30, seed=42, cloud_cover=0.3, daily=True,
                  sites=True, persistent_clouds=True, log=print):
    """Write granules/ and sites.csv (and README.txt) into ``out``; return a dict with the
    expected arrays (1 km grid of the mosaic): ``land``, ``lst_missing`` (period -> bool, land
    pixels whose composited LST has fewer than 2 valid days), ``truth`` (period -> SR)."""
    out = pathlib.Path(out)
    granules = out / "granules"
    rng = np.random.default_rng(seed)
    lon, lat, origin = grid_lonlat(tiles, cells)
    classes = japan_classes(lon, lat)
    land = classes != WATER
    shape = lon.shape
    expected = {"land": land, "lst_missing": {}, "truth": {}, "lon": lon, "lat": lat,
                "classes": classes, "fields": {}}
    n_files = 0
    blocked_before = {}
    for year in years:
        write = {"LC_Type1": twice(classes)}
        for (h, v), (rs, cs) in tile_slices(tiles, cells, origin):
            lc = write["LC_Type1"][2 * rs.start:2 * rs.stop, 2 * cs.start:2 * cs.stop]
            # real MCD12Q1 granules hold several layers (LC_Type1..5 and more)
            write_granule(granules / str(year), "MCD12Q1", dt.date(year, 1, 1), h, v,
                          {"LC_Type1": lc, "LC_Type2": lc}, fill={"LC_Type1": 255})
            n_files += 1
        for k, period in enumerate(period_starts([year], doys)):
            f = fields(lon, lat, classes, period, k, rng)
            expected["fields"][period] = f
            expected["truth"][period] = np.where(land, truth(f["lst_day"], f["ndvi"], f["gpp"],
                                                             classes), np.nan)
            # persistent clouds over the whole period, never where the same period of an
            # earlier year was blocked (so the climatology has a value there)
            blob = _smooth(rng, shape, shape[0] / 6) > 1.0
            if not persistent_clouds:  # only random daily clouds (composites have no gaps)
                blob[:] = False
            blob &= ~blocked_before.get(k, np.zeros(shape, bool))
            blocked_before[k] = blocked_before.get(k, np.zeros(shape, bool)) | blob
            valid_days = np.zeros(shape, int)
            n_days = 8 if daily else 1
            for day in range(n_days):
                date = period + dt.timedelta(days=day)
                for product in (("MOD11A1", "MYD11A1") if daily else ("MOD11A2",)):
                    noise = rng.normal(0, 0.4, shape)
                    clear = land & ~blob & (rng.random(shape) >= cloud_cover)
                    valid_days += clear
                    day_k = np.where(clear, np.round((f["lst_day"] + noise) / 0.02), 0)
                    night_k = np.where(clear, np.round((f["lst_night"] + noise) / 0.02), 0)
                    qc = np.zeros(shape, np.uint8)
                    for (h, v), (rs, cs) in tile_slices(tiles, cells, origin):
                        write_granule(granules / str(year), product, date, h, v, {
                            "LST_Day_1km": day_k[rs, cs].astype(np.uint16),
                            "QC_Day": qc[rs, cs],
                            "LST_Night_1km": night_k[rs, cs].astype(np.uint16),
                            "QC_Night": qc[rs, cs]},
                            fill={"LST_Day_1km": 0, "LST_Night_1km": 0})
                        n_files += 1
            expected["lst_missing"][period] = land & (valid_days < (2 if daily else 1))
            lai = twice(np.where(land, np.round(f["lai"] / 0.1), 255).astype(np.uint8))
            fpar = twice(np.where(land, np.round(f["fpar"] / 0.01), 255).astype(np.uint8))
            gpp = twice(np.where(land, np.round(f["gpp"] / 1e-4), 32767).astype(np.int16))
            qc5 = np.zeros(lai.shape, np.uint8)
            for (h, v), (rs, cs) in tile_slices(tiles, cells, origin):
                r2, c2 = slice(2 * rs.start, 2 * rs.stop), slice(2 * cs.start, 2 * cs.stop)
                write_granule(granules / str(year), "MOD15A2H", period, h, v, {
                    "Fpar_500m": fpar[r2, c2], "Lai_500m": lai[r2, c2],
                    "FparLai_QC": qc5[r2, c2]})
                write_granule(granules / str(year), "MOD17A2H", period, h, v, {
                    "Gpp_500m": gpp[r2, c2], "PsnNet_500m": gpp[r2, c2] // 2,
                    "Psn_QC_500m": qc5[r2, c2]})
                n_files += 2
            doy = period.timetuple().tm_yday
            if (doy - 1) % 16 == 0:  # a 16-day composite starts here
                ndvi = np.where(land, np.round(f["ndvi"] / 1e-4), -3000).astype(np.int16)
                evi = np.where(land, np.round(f["evi"] / 1e-4), -3000).astype(np.int16)
                qv = np.zeros(shape, np.uint16)
                for (h, v), (rs, cs) in tile_slices(tiles, cells, origin):
                    write_granule(granules / str(year), "MOD13A2", period, h, v, {
                        "1 km 16 days NDVI": ndvi[rs, cs], "1 km 16 days EVI": evi[rs, cs],
                        "1 km 16 days VI Quality": qv[rs, cs]},
                        fill={"1 km 16 days NDVI": -3000, "1 km 16 days EVI": -3000})
                    n_files += 1
    if sites:
        _write_sites(out, expected, n_sites, rng)
    (out / "README.txt").write_text(
        f"{SYNTHETIC_NOTE}\n\ngranules/: {n_files} HDF-EOS2 granules, tiles "
        f"{', '.join(f'h{h:02d}v{v:02d}' for h, v in tiles)}, {cells} cells across a 1 km "
        f"tile (real: 1200), years {', '.join(map(str, years))}, 8-day periods starting on "
        f"day {', '.join(map(str, doys))}.\nsites.csv: daily chamber SR (g C m-2 d-1) = truth "
        "x (1 + 5 % noise), truth = 1.2 exp(0.06 (LST_day - 293.15 K)) (0.4 + NDVI) + 25 GPP "
        "+ 0.4 [forest]\n")
    (out / "synthetic.json").write_text(json.dumps({"synthetic": True, "note": SYNTHETIC_NOTE,
                                                    "tiles": list(map(list, tiles)),
                                                    "cells": cells, "files": n_files}))
    log(f"SYNTHETIC granules: {n_files} files in {granules}")
    return expected


def _write_sites(out, expected, n_sites, rng):
    import pandas as pd

    land = expected["land"]
    rows, cols = np.nonzero(land)
    pick = rng.choice(len(rows), size=min(n_sites, len(rows)), replace=False)
    records = []
    for i, j in enumerate(pick):
        r, c = rows[j], cols[j]
        for period, sr in expected["truth"].items():
            for day in range(8):
                date = period + dt.timedelta(days=day)
                value = sr[r, c] * (1 + rng.normal(0, 0.05))
                records.append({"site": f"SYN{i + 1:02d}", "lon": round(float(expected["lon"][r, c]), 6),
                                "lat": round(float(expected["lat"][r, c]), 6),
                                "time": f"{date.isoformat()} 12:00:00", "sr": round(value, 4)})
    pd.DataFrame(records).to_csv(out / "sites.csv", index=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--cells", type=int, default=200,
                        help="cells across a 1 km tile (real products: 1200)")
    parser.add_argument("--sites", type=int, default=30)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    if os.path.exists(args.output) and os.listdir(args.output):
        sys.exit(f"{args.output} exists and is not empty; give a new folder")
    write_dataset(args.output, cells=args.cells, n_sites=args.sites, seed=args.seed)


if __name__ == "__main__":
    main()
