#!/usr/bin/env python3
"""Derive the small 8-day training table of the two real COSORE sites used by the model tests.

Run once from the repository root (reads COSORE v0.8.0 from /work/shared/data/cosore, or the
folder given as the first argument); tests read only the CSV this writes, never COSORE itself.

Aggregation (kept simple and stated so the numbers can be reproduced):
- chamber records with a finite CO2 flux in [0, 30] umol CO2 m-2 s-1 (drops the negative
  records and the >30 spikes of Teshio port 1);
- Teshio ports 1-3 (``Rs``); port 4 is an NEE chamber with plants and is left out. Fuji-Hokuroku's
  PORTS.txt files all its ports as transparent forest-floor chambers (``NEE``, plants not
  removed); the night-day difference is small (median 1.4 vs 1.2 umol m-2 s-1), so they are
  used as soil respiration here, with that caveat;
- daily mean per port, then mean over ports, then the 8-day period mean of the daily values
  (MODIS periods, local time Etc/GMT-9); periods with fewer than 3 days are dropped;
- ``sr`` in g C m-2 d-1 (x 1.0378); soil temperature (Teshio T1 = 1 cm, Hokuroku T5 = 5 cm)
  in degC; soil moisture in m3 m-3 (Hokuroku stores percent: / 100).
"""
import datetime as dt
import math
import pathlib
import sys

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from soil_resp_plugin.core.periods import doy_features, period_end, period_start  # noqa: E402

SITES = {
    "d20200328_UEYAMA_TESHIO": dict(
        site="TSE", site_name="Teshio CC-LaG", lon=142.107222, lat=45.055833,
        ports=(1, 2, 3), temperature="CSR_T1", moisture_scale=1.0,
    ),
    "d20200328_UEYAMA_HOKUROKU": dict(
        site="FHK", site_name="Fuji Hokuroku", lon=138.7647222, lat=35.4435278,
        ports=(1, 2, 3, 4, 5, 6), temperature="CSR_T5", moisture_scale=0.01,
    ),
}
UMOL_TO_GC = 12.011e-6 * 86400.0


def site_table(folder, site):
    data = pd.read_csv(folder / "data.csv")
    data = data[data["CSR_PORT"].isin(site["ports"])]
    flux = data["CSR_FLUX_CO2"]
    data = data[flux.notna() & (flux >= 0) & (flux <= 30)].copy()
    data["day"] = pd.to_datetime(data["CSR_TIMESTAMP_BEGIN"]).dt.date
    data["t"] = data[site["temperature"]]
    data["sm"] = data["CSR_SM5"] * site["moisture_scale"]
    per_port = data.groupby(["day", "CSR_PORT"])[["CSR_FLUX_CO2", "t", "sm"]].mean()
    daily = per_port.groupby(level="day").mean()
    daily["records"] = data.groupby("day").size()
    daily["period_start"] = [period_start(d) for d in daily.index]
    rows = []
    for start, days in daily.groupby("period_start"):
        if len(days) < 3:
            continue
        row = dict(
            site=site["site"], site_name=site["site_name"], igbp="Deciduous needleleaf forest",
            lon=site["lon"], lat=site["lat"], period_start=start.isoformat(),
            period_end=period_end(start).isoformat(),
            sr=round(days["CSR_FLUX_CO2"].mean() * UMOL_TO_GC, 4),
            sr_sd=round(days["CSR_FLUX_CO2"].std() * UMOL_TO_GC, 4),
            n_records=int(days["records"].sum()), n_days=len(days),
            coverage=round(len(days) / ((period_end(start) - start).days + 1), 3),
            soil_temperature_site=round(days["t"].mean(), 3),
            soil_moisture_site=round(days["sm"].mean(), 4),
        )
        row.update({k: round(v, 6) for k, v in doy_features(start).items()})
        rows.append(row)
    return pd.DataFrame(rows)


def main():
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/cosore")
    table = pd.concat([site_table(source / name, s) for name, s in SITES.items()])
    table = table.replace({math.nan: None})
    out = pathlib.Path(__file__).with_name("cosore_teshio_hokuroku_8day.csv")
    table.to_csv(out, index=False)
    print(f"{out}: {len(table)} rows, {dt.date.today()}")
    print(table.groupby("site")[["sr", "soil_temperature_site", "soil_moisture_site"]].describe().T)


if __name__ == "__main__":
    main()
