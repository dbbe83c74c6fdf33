"""Small synthetic upscaled map series for the desktop tests: every period's SR map has its
own constant value and its own cloud hole (no data), so a frame that shows two periods
differs from the period's own map in the hole."""
import datetime as dt
import os

import numpy as np

WIDTH, HEIGHT = 48, 32
CELL = 0.25
WEST, NORTH = 130.0, 42.0
NODATA = -9999.0


def write_series(folder, periods, prefixes=("sr",)):
    """Write ``<prefix>_YYYYDDD.tif`` for each period; returns {(prefix, period): path}."""
    import rasterio
    from affine import Affine

    from soil_resp_plugin.core import periods as P

    os.makedirs(folder, exist_ok=True)
    paths = {}
    for index, period in enumerate(periods):
        hole = np.zeros((HEIGHT, WIDTH), bool)
        row, col = 4 + (index * 5) % (HEIGHT - 12), 4 + (index * 7) % (WIDTH - 12)
        hole[row:row + 8, col:col + 8] = True
        for prefix in prefixes:
            if prefix == "aoa":
                values = np.ones((HEIGHT, WIDTH), "uint8")
                values[:, : 6 + index % 10] = 0
                dtype, nodata = "uint8", 255
            else:
                scale = {"sr": 1.0, "sr_sd": 0.2, "di": 0.1}[prefix]
                values = np.full((HEIGHT, WIDTH), scale * (0.5 + 0.37 * index), "float32")
                values[HEIGHT // 2:, :] += scale * 0.5  # not a flat image
                values[hole] = NODATA
                dtype, nodata = "float32", NODATA
            path = os.path.join(folder, f"{prefix}_{P.period_label(period)}.tif")
            with rasterio.open(path, "w", driver="GTiff", width=WIDTH, height=HEIGHT, count=1,
                               dtype=dtype, crs="EPSG:4326", nodata=nodata,
                               transform=Affine(CELL, 0, WEST, 0, -CELL, NORTH)) as out:
                out.write(values, 1)
                valid = values[values != nodata]
                out.update_tags(1, STATISTICS_MAXIMUM=repr(float(valid.max())),
                                STATISTICS_MINIMUM=repr(float(valid.min())))
            paths[(prefix, period)] = path
    return paths


def periods_from(first, count):
    from soil_resp_plugin.core import periods as P

    out, current = [], P.period_start(first)
    while len(out) < count:
        out.append(current)
        current = P.period_end(current) + dt.timedelta(days=1)
    return out
