"""Self-contained HTML report of a comparison (core.comparison.compare): metrics tables and
figures embedded as PNGs with the training report's helpers (no network, Agg canvas only)."""
import html

import numpy as np
import pandas as pd

from .products_io import step_label, step_range


def _helpers():
    from . import report  # sets the Agg backend; imported lazily so numpy-only users skip it

    return report._png, report._table, report.CSS


def _figure(*size):
    from matplotlib.figure import Figure

    return Figure(figsize=size)


def _scatter(h, png):
    paired = h.paired
    x, y = h.ours[paired], h.other[paired]
    figure = _figure(5.6, 5.0)
    axis = figure.add_subplot(1, 1, 1)
    steps = np.broadcast_to(np.arange(len(h.steps))[:, None, None], h.ours.shape)[paired]
    if h.step == "month":
        colour = np.array([h.steps[i][2] for i in steps])
        points = axis.scatter(x, y, s=6, c=colour, cmap="twilight", vmin=1, vmax=12, alpha=0.6)
        figure.colorbar(points, ax=axis, label="month")
    else:
        axis.scatter(x, y, s=8, alpha=0.6, color="#4a7ab5")
    top = max(float(np.nanmax(x)), float(np.nanmax(y))) * 1.05
    low = min(0.0, float(np.nanmin(x)), float(np.nanmin(y)))
    axis.plot([low, top], [low, top], "k--", lw=0.8, label="1:1")
    if len(x) >= 2 and np.std(x) > 1e-9 * np.abs(x).max():  # not for (nearly) constant x
        slope, intercept = np.polyfit(x, y, 1)
        axis.plot([low, top], [intercept + slope * low, intercept + slope * top], color="#b00020",
                  lw=1.0, label=f"OLS: y = {slope:.3f} x {intercept:+.3g}")
    axis.set_xlim(low, top)
    axis.set_ylim(low, top)
    axis.set_xlabel(f"our maps [{h.unit}]")
    axis.set_ylabel(f"other product [{h.unit}]")
    axis.legend(fontsize=8, loc="upper left")
    axis.set_title(f"{h.grid.dx:.3g}° cells x {h.step} steps (n = {len(x)})", fontsize=9)
    return png(figure)


def _taylor(stats, png):
    """Taylor diagram with our maps as the reference (normalised sd 1, correlation 1)."""
    rows = stats[stats["scope"].isin(["pooled", "month", "year", "static"])]
    rows = rows[np.isfinite(rows["r"]) & np.isfinite(rows["sd_ratio"])]
    figure = _figure(5.6, 5.6)
    negative = bool((rows["r"] < 0).any())
    axis = figure.add_subplot(1, 1, 1, projection="polar")
    axis.set_thetamin(0)
    axis.set_thetamax(180 if negative else 90)
    radius = max(1.6, float(rows["sd_ratio"].max()) * 1.15 if len(rows) else 1.6)
    theta, rr = np.meshgrid(np.linspace(0, np.pi if negative else np.pi / 2, 120),
                            np.linspace(0, radius, 120))
    crmsd = np.sqrt(1 + rr ** 2 - 2 * rr * np.cos(theta))
    contours = axis.contour(theta, rr, crmsd, levels=[0.25, 0.5, 0.75, 1.0, 1.5], colors="#999",
                            linewidths=0.6)
    axis.clabel(contours, fontsize=7, fmt="%.2g")
    axis.plot([0], [1], "k*", ms=12, label="our maps (reference)")
    steps = rows[rows["scope"] != "pooled"]
    axis.plot(np.arccos(np.clip(steps["r"], -1, 1)), steps["sd_ratio"], "o", ms=4,
              color="#4a7ab5", alpha=0.7, label="other product, each step")
    pooled = rows[rows["scope"] == "pooled"]
    axis.plot(np.arccos(np.clip(pooled["r"], -1, 1)), pooled["sd_ratio"], "D", ms=8,
              color="#b00020", label="other product, pooled")
    axis.set_rmax(radius)
    ticks = [0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0]
    if negative:
        ticks = [-1.0, -0.5] + ticks
    axis.set_xticks(np.arccos(ticks))
    axis.set_xticklabels([f"{t:g}" for t in ticks], fontsize=7)
    axis.set_title("Taylor diagram (angle: correlation; grey: centred RMS difference / sd "
                   "ours)", fontsize=9, pad=18)
    figure.subplots_adjust(bottom=0.2)
    figure.text(0.5, 0.09, "normalised standard deviation (sd other / sd ours)", ha="center",
                fontsize=9)
    figure.legend(fontsize=7, loc="lower center", ncol=3)
    return png(figure)


def _time_mean(values, paired):
    count = paired.sum(axis=0)
    total = np.where(paired, values, 0.0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def _latitude_profile(h, png):
    paired = h.paired
    mine, theirs = _time_mean(h.ours, paired), _time_mean(h.other, paired)
    zonal_mine, zonal_theirs = _time_mean(mine.T, np.isfinite(mine.T)), _time_mean(
        theirs.T, np.isfinite(theirs.T))
    lat = h.grid.lat_centres()
    figure = _figure(4.6, 5.0)
    axis = figure.add_subplot(1, 1, 1)
    axis.plot(zonal_mine, lat, "-o", ms=3, label="our maps")
    axis.plot(zonal_theirs, lat, "-s", ms=3, label="other product")
    axis.set_ylabel("latitude [°N]")
    axis.set_xlabel(f"zonal mean [{h.unit}]")
    axis.legend(fontsize=8)
    axis.set_title("Zonal means of the compared cells" + ("" if h.step == "static" else
                                                          ",\nmean over the compared steps"),
                   fontsize=9)
    return png(figure)


def _regional_means(h):
    rows = []
    for t, key in enumerate(h.steps):
        paired = np.isfinite(h.ours[t]) & np.isfinite(h.other[t])
        area = h.area[t][paired]
        if area.sum() <= 0:
            continue
        rows.append({"step": step_label(key),
                     "date": step_range(key)[0] if key[0] != "static" else None,
                     "ours": float(np.sum(h.ours[t][paired] * area) / area.sum()),
                     "other": float(np.sum(h.other[t][paired] * area) / area.sum())})
    return pd.DataFrame(rows)


def _seasonal_cycle(h, png):
    means = _regional_means(h)
    figure = _figure(8.5, 3.4)
    axis = figure.add_subplot(1, 1, 1)
    if h.step == "month":
        dates = pd.to_datetime(means["date"])
        axis.plot(dates, means["ours"], "-o", ms=3, label="our maps")
        axis.plot(dates, means["other"], "-s", ms=3, label="other product")
    else:
        index = np.arange(len(means))
        axis.bar(index - 0.2, means["ours"], 0.4, label="our maps")
        axis.bar(index + 0.2, means["other"], 0.4, label="other product")
        axis.set_xticks(index)
        axis.set_xticklabels(means["step"])
    axis.set_ylabel(f"area-weighted mean [{h.unit}]")
    axis.legend(fontsize=8)
    axis.set_title("Regional mean over the compared cells, each step", fontsize=9)
    return png(figure)


def _difference_map(h, png):
    from .comparison import mean_difference

    diff = mean_difference(h)
    finite = diff[np.isfinite(diff)]
    limit = float(np.percentile(np.abs(finite), 98)) if len(finite) else 1.0
    figure = _figure(7.0, 5.0 * h.grid.height / max(h.grid.width, 1) + 1.2)
    axis = figure.add_subplot(1, 1, 1)
    image = axis.imshow(np.ma.masked_invalid(diff), cmap="RdBu_r", vmin=-limit or -1,
                        vmax=limit or 1, extent=(h.grid.west, h.grid.east, h.grid.south,
                                                 h.grid.north), interpolation="nearest")
    figure.colorbar(image, ax=axis, label=f"other − ours [{h.unit}]", shrink=0.8)
    axis.set_xlabel("longitude [°E]")
    axis.set_ylabel("latitude [°N]")
    axis.set_title(f"Mean difference over {len(h.steps)} {h.step} step(s)", fontsize=9)
    return png(figure)


def _sites(samples, png):
    from .report import _with_gaps as with_gaps  # lines break where periods are missing

    sites = sorted(samples["site"].unique())[:16]
    columns = 2
    rows = int(np.ceil(len(sites) / columns))
    figure = _figure(11, 2.3 * rows)
    for i, site in enumerate(sites):
        axis = figure.add_subplot(rows, columns, i + 1)
        part = samples[samples["site"] == site].assign(
            period_start=lambda f: pd.to_datetime(f["period_start"]))
        axis.plot(part["period_start"], part["sr"], "o", ms=3, color="k", label="observed")
        axis.plot(*with_gaps(part, "map"), "-", lw=1.0, color="#b00020",
                  label="our maps (pixel)")
        axis.set_title(f"site {site}", fontsize=9, loc="left")
        axis.set_ylabel("SR [g C m-2 d-1]", fontsize=8)
        axis.tick_params(labelsize=7)
        if i == 0:
            axis.legend(fontsize=7)
    figure.tight_layout()
    return png(figure)


_COLUMNS = {
    "n": "n", "r2": "R2 [1]", "rmse": "RMSE", "bias": "bias", "rel_bias_pct": "bias [%]",
    "slope": "OLS slope [1]", "intercept": "intercept", "slope_origin": "slope through 0 [1]",
    "r": "r [1]", "sd_ratio": "sd ratio [1]", "crmsd_norm": "centred RMSD / sd ref [1]",
    "mean_reference": "mean reference", "mean_compared": "mean compared",
}


def _metrics_table(frame, table_id, with_totals=True, first="step"):
    table = pd.DataFrame({first: frame[first].astype(str)})
    for key, label in _COLUMNS.items():
        table[label] = frame[key].to_numpy()
    table["n"] = table["n"].astype(int)
    if with_totals:
        table["total ours [Tg C]"] = frame["total_reference_TgC"].to_numpy()
        table["total other [Tg C]"] = frame["total_compared_TgC"].to_numpy()
        table["ratio of totals [1]"] = frame["total_ratio"].to_numpy()
        table["totals per"] = frame["total_unit"].str.replace("Tg C ", "").to_numpy()
    _, table_html, _ = _helpers()
    return table_html(table, table_id)


def render(result, title="Soil respiration: comparison with another product"):
    """The report as an HTML string (one file, figures as base64 PNGs)."""
    png, table_html, css = _helpers()
    h, stats, ours, product = result.harmonised, result.statistics, result.ours, result.product
    esc = html.escape
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
             f"<style>{css}</style></head><body>"]
    if result.synthetic:
        which = [w for w, s in (("our maps", ours.synthetic),
                                ("the other product", product.synthetic)) if s]
        parts.append('<div class="banner" id="synthetic-banner">SYNTHETIC DATA: '
                     f"{esc(' and '.join(which))} carry SYNTHETIC=true. The numbers show how "
                     "the tool works, not real soil respiration.</div>")
    for warning in getattr(result, "warnings", []):
        parts.append(f'<div class="banner" id="unit-warning">WARNING: {esc(warning)}</div>')
    parts.append(f"<h1>{esc(title)}</h1>")
    inputs = pd.DataFrame([
        {"input": "our maps", "path": ours.folder, "content": ours.describe(),
         "grid": ours.grid.describe()},
        {"input": "other product", "path": product.path,
         "content": f"variable {product.variable} [{product.unit}], {product.date_range()}",
         "grid": product.grid.describe()},
        {"input": "common", "path": "", "content":
         f"{len(h.steps)} {h.step} step(s) {step_label(h.steps[0])} to "
         f"{step_label(h.steps[-1])}, in {h.unit}; {h.n_cells} cells compared",
         "grid": h.grid.describe()},
    ])
    parts.append(table_html(inputs, "inputs"))
    aggregated = "our maps" if h.fine_side == "ours" else "the other product"
    parts.append(
        f'<p class="note">Harmonisation: {esc(aggregated)} (the finer grid) were aggregated onto '
        "the coarser grid by an area-weighted mean of valid cells (exact ellipsoidal cell "
        "areas; partial overlaps weighted by area). A cell is compared only where the valid "
        "part covers enough of its land (land = cells of the finer input with a value in any "
        "compared step). Our 8-day daily rates became totals weighted by days (a period "
        "straddling a month end gives each month its own days); only months or years whose "
        "every period has a map are used. Region totals = value x that land area.</p>")
    for note in h.notes:
        parts.append(f'<p class="note">{esc(note)}</p>')
    product_rows = stats[stats["scope"].isin(["pooled", "month", "year", "static"])]
    parts.append(f"<h2>Agreement (reference: our maps; compared: other product; {esc(h.unit)})"
                 "</h2>")
    parts.append(_metrics_table(product_rows, "metrics-product"))
    parts.append(
        '<p class="note">R2 = squared Pearson correlation; RMSE, bias = mean(other − ours) and '
        "relative bias (bias / mean of ours) in the common units; OLS slope and intercept of "
        "other on ours, and the slope through the origin (a pure scale factor); sd ratio = sd "
        "other / sd ours and centred RMS difference / sd ours (Taylor diagram). Totals: Tg C "
        "per month for monthly rows, Tg C yr-1 for the pooled row (the compared months "
        "scaled to a year) and for years.</p>")
    parts.append("<h2>Other product vs our maps</h2>" + _scatter(h, png))
    parts.append("<h2>Taylor diagram</h2>" + _taylor(stats, png))
    parts.append("<h2>Latitude profile</h2>" + _latitude_profile(h, png))
    if h.step != "static":
        parts.append("<h2>Seasonal cycle of the regional means</h2>" + _seasonal_cycle(h, png))
    parts.append("<h2>Difference map (other − ours)</h2>" + _difference_map(h, png))
    if result.samples is not None:
        site_rows = stats[stats["scope"].isin(["site", "sites pooled"])]
        parts.append("<h2>Observations at the sites (reference: observations; compared: our "
                     "maps; g C m-2 d-1)</h2>")
        parts.append(_metrics_table(site_rows, "metrics-sites", with_totals=False, first="site"))
        parts.append('<p class="note">Our 8-day map value of the pixel holding each site, for '
                     "the periods with an observation.</p>")
        parts.append("<h2>Seasonal cycle at the sites</h2>" + _sites(result.samples, png))
    parts.append("</body></html>")
    return "\n".join(parts)
