"""A second synthetic product for the demo's intercomparison: a static annual map at 1 km
(1/120 degree) made from the demo truth with a known bias, like Warner et al. (2019).

``write_static_product(truth_folder, path)`` writes ``factor`` x the mean annual total of the
truth's complete years (g C m-2 yr-1), each 0.1 degree truth cell repeated on the 1 km cells
inside it, over a box of the demo region. Tagged SYNTHETIC=true, FLUX=Rs and with its factor,
so the comparison must find a total ratio of ``factor`` against the truth."""
import os

import numpy as np

from . import periods as P
from .i18n import tr

FACTOR = 0.85
BOX = (130.0, 31.0, 142.0, 41.0)  # west, south, east, north (inside the demo region)


def _truth(folder):
    import rasterio

    from .comparison import find_our_maps

    ours = find_our_maps(folder)
    years = [key[1] for key in ours.years()]
    if not years:
        raise ValueError(tr("{folder} holds no complete year of 8-day maps.").format(
            folder=folder))
    total = 0.0
    for year in years:
        for period in P.periods_of_year(year):
            with rasterio.open(ours.files[period]) as src:
                data = src.read(1, masked=True).astype(np.float64).filled(np.nan)
            total = total + data * P.period_days(period)
    return total / len(years), ours.grid, years


def write_static_product(truth_folder, path, factor=FACTOR, box=BOX):
    """Write the static product; returns (path, years averaged)."""
    import rasterio
    from affine import Affine

    mean, grid, years = _truth(truth_folder)
    west, south, east, north = box
    r0, r1, c0, c1 = grid.window(west, south, east, north)
    part = factor * mean[r0:r1, c0:c1]
    fine = max(1, int(round(grid.dx * 120)))  # 1/120 degree cells
    values = np.repeat(np.repeat(part, fine, axis=0), fine, axis=1)
    sub = grid.sub(r0, r1, c0, c1)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1],
                       height=values.shape[0], count=1, dtype="float32", crs="EPSG:4326",
                       transform=Affine(sub.dx / fine, 0, sub.west, 0, -sub.dy / fine,
                                        sub.north),
                       nodata=-9999.0, compress="deflate") as out:
        out.write(np.where(np.isfinite(values), values, -9999.0).astype(np.float32), 1)
        out.set_band_unit(1, "g C m-2 yr-1")
        out.set_band_description(1, "static mean annual SR")
        out.update_tags(SYNTHETIC="true", FLUX="Rs", SYNTHETIC_BIAS_FACTOR=str(factor),
                        YEARS_AVERAGED=",".join(map(str, years)),
                        DESCRIPTION=f"{factor} x the demo truth's mean annual total, 1 km")
    return path, years
