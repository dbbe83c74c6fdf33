"""Self-contained HTML report of a comparison (core.comparison.compare): metrics tables and
figures embedded as 200 dpi PNGs with alt texts in the shared style of core/figures.py (no
network, Agg canvas only). Figure functions take ``png(figure, alt)``; the Taylor diagram and the
site panels are also available as Figure objects (``taylor_figure``, ``sites_figure``)."""
import html

import numpy as np
import pandas as pd

from . import figures
from .comparison_claims import time_mean
from .products_io import step_label, step_range

DAILY = figures.unit("g C m-2 d-1")


def _helpers():
    from . import report  # sets the Agg backend; imported lazily so numpy-only users skip it

    return report._png, report._table, report.CSS


def _figure(*size):
    from matplotlib.figure import Figure

    return Figure(figsize=size)


@figures.styled
def _scatter(h, png):
    paired = h.paired
    x, y = h.ours[paired], h.other[paired]
    figure = _figure(5.6, 5.0)
    axis = figure.add_subplot(1, 1, 1)
    steps = np.broadcast_to(np.arange(len(h.steps))[:, None, None], h.ours.shape)[paired]
    if h.step == "month":
        colour = np.array([h.steps[i][2] for i in steps])
        points = axis.scatter(x, y, s=6, c=colour, cmap="twilight", vmin=1, vmax=12, alpha=0.6)
        figure.colorbar(points, ax=axis, label="month of the comparison")
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
    axis.set_aspect("equal", adjustable="box")
    axis.set_xlabel(f"our maps [{figures.unit(h.unit)}]")
    axis.set_ylabel(f"other product [{figures.unit(h.unit)}]")
    axis.legend(loc="upper left")
    axis.set_title(f"{h.grid.dx:.3g}° cells x {h.step} steps (n = {len(x)})")
    r = np.corrcoef(x, y)[0, 1] if len(x) >= 2 and np.std(x) > 0 and np.std(y) > 0 else np.nan
    alt = (f"Scatter plot of the other product against our maps on {len(x)} common "
           f"{h.grid.dx:.3g} degree cell-steps ({h.step} steps) in {h.unit}, with the 1:1 line "
           f"and the least-squares line; correlation {r:.2f}"
           + (", points coloured by month." if h.step == "month" else "."))
    return png(figure, alt)


COLOURS = ("#b00020", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf")


def _colour(i):
    return COLOURS[i % len(COLOURS)]


CRMSD_LEVELS = (0.25, 0.5, 0.75, 1.0, 1.5)


def _free_spot(candidates, taken, limit):
    """The candidate (x, y) farthest from every taken point (cartesian, normalised sd)."""
    if not taken:
        return candidates[len(candidates) // 2]
    taken = np.asarray(taken)
    distance = np.min(np.hypot(candidates[:, None, 0] - taken[None, :, 0],
                               candidates[:, None, 1] - taken[None, :, 1]), axis=1)
    return candidates[int(np.argmax(distance))]


@figures.styled
def taylor_figure(stats, names=None):
    """Taylor diagram with our maps as the reference (normalised sd 1, correlation 1): each
    product's steps (small) and pooled statistics (large), one colour per product. The labels
    of the centred-RMSD arcs are placed on their arcs as far as possible from every marker and
    from each other (white box), so no label hides a point or another label."""
    rows = stats[stats["scope"].isin(["pooled", "month", "year", "static"])]
    rows = rows[np.isfinite(rows["r"]) & np.isfinite(rows["sd_ratio"])]
    names = names or list(dict.fromkeys(rows["compared"]))
    figure = _figure(6.4, 6.0)
    negative = bool((rows["r"] < 0).any())
    top = np.pi if negative else np.pi / 2
    axis = figure.add_axes([0.1, 0.25, 0.8, 0.64], projection="polar")
    axis.set_thetamin(0)
    axis.set_thetamax(180 if negative else 90)
    radius = max(1.6, float(rows["sd_ratio"].max()) * 1.15 if len(rows) else 1.6)
    theta, rr = np.meshgrid(np.linspace(0, top, 240), np.linspace(0, radius, 240))
    crmsd = np.sqrt(1 + rr ** 2 - 2 * rr * np.cos(theta))
    axis.contour(theta, rr, crmsd, levels=list(CRMSD_LEVELS), colors="#999", linewidths=0.7)
    axis.plot([0], [1], "k*", ms=12, label="our maps (reference)", zorder=5)
    taken = [(1.0, 0.0)]  # cartesian positions of markers and placed labels
    for i, name in enumerate(names):
        mine = rows[rows["compared"] == name]
        steps = mine[mine["scope"] != "pooled"]
        angle = np.arccos(np.clip(steps["r"], -1, 1))
        axis.plot(angle, steps["sd_ratio"], "o", ms=3.5, color=_colour(i), alpha=0.5, zorder=4)
        pooled = mine[mine["scope"] == "pooled"]
        pooled_angle = np.arccos(np.clip(pooled["r"], -1, 1))
        axis.plot(pooled_angle, pooled["sd_ratio"], "D", ms=8, color=_colour(i), zorder=5,
                  label=f"{name} (pooled; dots: each step)")
        for a, r in zip(np.concatenate([angle, pooled_angle]),
                        np.concatenate([steps["sd_ratio"], pooled["sd_ratio"]])):
            taken.append((r * np.cos(a), r * np.sin(a)))
    for level in CRMSD_LEVELS:  # the arc of a level: circle of radius level around (1, 0)
        phi = np.linspace(0.15, np.pi - 0.15, 90)
        arc = np.column_stack([1 + level * np.cos(phi), level * np.sin(phi)])
        r = np.hypot(arc[:, 0], arc[:, 1])
        inside = (r < radius * 0.93) & (np.arctan2(arc[:, 1], arc[:, 0]) < top - 0.08) & (
            arc[:, 0] > (0.08 if not negative else -radius))
        if not inside.any():
            continue
        x, y = _free_spot(arc[inside], taken, radius)
        taken.append((x, y))
        axis.text(np.arctan2(y, x), np.hypot(x, y), f"{level:g}", color="#666",
                  fontsize=figures.SMALL, ha="center", va="center", zorder=6,
                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
    axis.set_rmax(radius)
    ticks = [0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0]
    if negative:
        ticks = [-1.0, -0.5] + ticks
    axis.set_xticks(np.arccos(ticks))
    axis.set_xticklabels([f"{t:g}" for t in ticks], fontsize=figures.SMALL)
    axis.tick_params(axis="x", pad=3)
    axis.tick_params(axis="y", labelsize=figures.SMALL)
    axis.text(np.pi / 4 if not negative else np.pi / 2, radius * 1.13, "correlation",
              rotation=-45 if not negative else 0, ha="center", va="center")
    figure.suptitle("Taylor diagram (grey arcs: centred RMS difference / sd of our maps)",
                    y=0.97)
    figure.text(0.5, 0.17, "normalised standard deviation (sd other / sd ours)", ha="center")
    figure.legend(loc="lower center", ncol=1, bbox_to_anchor=(0.5, 0.01), frameon=False)
    pooled = rows[rows["scope"] == "pooled"]
    alt = ("Taylor diagram with our maps as the reference (star at correlation 1, normalised "
           "standard deviation 1); grey arcs give the centred RMS difference. "
           + "; ".join(f"{row.compared}: pooled correlation {row.r:.2f}, sd ratio "
                       f"{row.sd_ratio:.2f}" for row in pooled.itertuples())
           + f"; {len(rows) - len(pooled)} single steps as small dots.")
    return figure, alt


def _taylor(stats, png, names=None):
    return png(*taylor_figure(stats, names))


def _daily(h):
    """Mean days of the compared steps (to show every product as a mean daily rate)."""
    from .products_io import calendar_days, step_days

    if h.step == "static":
        return calendar_days(h.static_years)
    return float(np.mean([step_days(k) for k in h.steps]))


@figures.styled
def _latitude_profile(comparisons, png):
    figure = _figure(5.2, 5.0)
    axis = figure.add_subplot(1, 1, 1)
    for i, c in enumerate(comparisons):
        h = c.harmonised
        paired = h.paired
        days = _daily(h)
        mine, theirs = time_mean(h.ours, paired) / days, time_mean(h.other, paired) / days
        zonal_mine = time_mean(mine.T, np.isfinite(mine.T))
        zonal_theirs = time_mean(theirs.T, np.isfinite(theirs.T))
        lat = h.grid.lat_centres()
        axis.plot(zonal_theirs, lat, "-", color=_colour(i), label=c.name)
        axis.plot(zonal_mine, lat, "--", color=_colour(i), lw=0.9,
                  label=f"our maps on {c.name}'s cells")
    axis.set_ylabel("latitude [°N]")
    axis.set_xlabel(f"zonal mean daily rate [{DAILY}]")
    axis.legend()
    axis.set_title("Zonal means of the compared cells,\nmean over the compared steps")
    alt = ("Line plot of the zonal mean daily soil respiration (g C m-2 d-1) against latitude "
           "for " + ", ".join(c.name for c in comparisons) + " (solid) and our maps on the "
           "same cells (dashed), averaged over the compared steps.")
    return png(figure, alt)


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


@figures.styled
def _seasonal_cycle(result, png):
    """Regional mean daily rates: our 8-day maps (on the first product's cells) and each
    product at its own step (a horizontal segment per month or year)."""
    from .products_io import step_days

    figure = _figure(9.0, 3.6)
    axis = figure.add_subplot(1, 1, 1)
    series = result.claims.get("regional_series", {})
    drawn = False
    for i, c in enumerate(result.comparisons):
        mine, theirs = series.get(c.name, ({}, {}))
        if i == 0 and mine:
            dates = pd.to_datetime(list(mine))
            axis.plot(dates, list(mine.values()), "-", color="k", lw=1.0,
                      label=f"our maps, 8-day (on {c.name}'s cells)")
            drawn = True
        for j, (key, value) in enumerate(theirs.items()):
            if key[0] == "static":
                years = c.harmonised.static_years
                start, end = pd.Timestamp(min(years), 1, 1), pd.Timestamp(max(years), 12, 31)
            else:
                first, last = step_range(key)
                start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
            axis.plot([start, end], [value, value], "-", color=_colour(i), lw=2,
                      label=c.name if j == 0 else None)
            drawn = True
        if not theirs and not mine:  # no 8-day maps: the harmonised steps
            means = _regional_means(c.harmonised)
            days = [step_days(k) for k in c.harmonised.steps][:len(means)]
            axis.plot(pd.to_datetime(means["date"]), means["other"] / days, "s",
                      color=_colour(i), label=c.name)
    axis.set_ylabel(f"regional mean [{DAILY}]")
    if drawn or result.comparisons:
        axis.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    axis.set_title("Regional mean daily rate over the compared cells: 8-day maps against each "
                   "product's steps")
    alt = ("Time series of the regional mean daily soil respiration (g C m-2 d-1) over the "
           "compared cells: our 8-day maps as a black line and "
           + ", ".join(c.name for c in result.comparisons) + " as a horizontal segment per "
           "product time step.")
    return png(figure, alt)


@figures.styled
def _map(h, png, kind="difference"):
    from .comparison import mean_difference, mean_ratio

    ratio = kind == "ratio"
    data = mean_ratio(h) if ratio else mean_difference(h)
    finite = data[np.isfinite(data)]
    figure = _figure(6.0, 4.3 * h.grid.height / max(h.grid.width, 1) + 1.2)
    axis = figure.add_subplot(1, 1, 1)
    if ratio:
        spread = float(np.percentile(np.abs(np.log(finite[finite > 0])), 98)) if (
            finite > 0).any() else 0.1
        spread = max(spread, 0.01)
        from matplotlib.colors import LogNorm

        image = axis.imshow(np.ma.masked_invalid(np.where(data > 0, data, np.nan)),
                            cmap="RdBu_r", norm=LogNorm(np.exp(-spread), np.exp(spread)),
                            extent=(h.grid.west, h.grid.east, h.grid.south, h.grid.north),
                            interpolation="nearest")
        figure.colorbar(image, ax=axis, label="other / ours [1]", shrink=0.8)
        axis.set_title(f"Ratio of the sums over {len(h.steps)} {h.step} step(s)")
        alt = (f"Map of the ratio of the other product's sum to ours over {len(h.steps)} "
               f"{h.step} step(s) on {h.grid.dx:.3g} degree cells, log colour scale from "
               f"{np.exp(-spread):.2f} (blue) to {np.exp(spread):.2f} (red); median ratio "
               f"{float(np.median(finite[finite > 0])) if (finite > 0).any() else float('nan'):.2f}.")
    else:
        limit = float(np.percentile(np.abs(finite), 98)) if len(finite) else 1.0
        image = axis.imshow(np.ma.masked_invalid(data), cmap="RdBu_r", vmin=-limit or -1,
                            vmax=limit or 1, extent=(h.grid.west, h.grid.east, h.grid.south,
                                                     h.grid.north), interpolation="nearest")
        figure.colorbar(image, ax=axis, label=f"other − ours [{figures.unit(h.unit)}]",
                        shrink=0.8)
        axis.set_title(f"Mean difference over {len(h.steps)} {h.step} step(s)")
        alt = (f"Map of the mean difference other product minus our maps over {len(h.steps)} "
               f"{h.step} step(s) on {h.grid.dx:.3g} degree cells in {h.unit}, diverging "
               f"colours from -{limit:.3g} (blue) to +{limit:.3g} (red); mean difference "
               f"{float(np.mean(finite)) if len(finite) else float('nan'):.3g}.")
    axis.set_xlabel("longitude [°E]")
    axis.set_ylabel("latitude [°N]")
    return png(figure, alt)


@figures.styled
def sites_figure(samples, names=()):
    """Observed SR, our map's pixel and each product at every site (up to 16); every panel on
    the same dates."""
    from .report import _with_gaps as with_gaps  # lines break where periods are missing
    from .report import date_range

    all_sites = sorted(samples["site"].unique())
    sites = all_sites[:16]
    columns = 2 if len(sites) > 1 else 1
    rows = int(np.ceil(len(sites) / columns))
    figure = _figure(11, 2.2 * rows + 0.9)
    start, end = date_range(samples["period_start"])
    first = None
    for i, site in enumerate(sites):
        axis = figure.add_subplot(rows, columns, i + 1, sharex=first)
        first = first or axis
        part = samples[samples["site"] == site].assign(
            period_start=lambda f: pd.to_datetime(f["period_start"]))
        axis.plot(part["period_start"], part["sr"], "o", ms=3, color="k", label="observed")
        axis.plot(*with_gaps(part, "map"), "-", lw=1.1, color="#555555",
                  label="our maps (pixel)")
        for j, name in enumerate(names):
            if name in part:
                axis.plot(*with_gaps(part, name), "-", lw=1.1, color=_colour(j), label=name)
        axis.set_title(f"site {site}", loc="left")
        axis.set_xlim(start, end)
        if i % columns == 0:
            axis.set_ylabel(f"SR [{DAILY}]")
        if i < len(sites) - columns:
            axis.tick_params(labelbottom=False)
    handles, labels = first.get_legend_handles_labels() if first else ([], [])
    figure.tight_layout(rect=(0, 0, 1, 1 - 0.5 / (2.2 * rows + 0.9)))
    if handles:
        figure.legend(handles, labels, loc="upper center", ncol=len(labels), frameon=False)
    shown = f"{len(sites)} of {len(all_sites)}" if len(all_sites) > len(sites) else str(
        len(sites))
    alt = (f"Time series at {shown} sites ({', '.join(map(str, sites))}), one panel each on the "
           f"same dates from {start:%Y-%m-%d} to {end:%Y-%m-%d}: observed soil respiration "
           "(black dots), the value of our map's pixel (grey line)"
           + (" and " + ", ".join(names) + " (coloured lines)" if names else "")
           + " as mean daily rates in g C m-2 d-1.")
    return figure, alt


def _sites(samples, png, names=()):
    return png(*sites_figure(samples, names))


@figures.styled
def _spatial_figure(spatial, png):
    figure = _figure(6.4, 4.0)
    axis = figure.add_subplot(1, 1, 1)
    for i, (name, part) in enumerate(spatial.groupby("product", sort=False)):
        ours = part[part["map"] == "our maps"]
        theirs = part[part["map"] != "our maps"]
        axis.plot(ours["scale_km"], ours["cv_pct"], "--o", ms=3, color=_colour(i),
                  label=f"our maps (on {name}'s cells)")
        axis.plot(theirs["scale_km"], theirs["cv_pct"], "-s", ms=4, color=_colour(i),
                  label=name)
    axis.set_xscale("log")
    axis.set_xlabel("block size [km]")
    axis.set_ylabel("sd of block means / mean [%]")
    axis.legend()
    axis.set_title("Spatial detail: variance left at each scale on our grid")
    alt = ("Line plot on a logarithmic block-size axis (km) of the coefficient of variation of "
           "block means (%) of our maps (dashed) and of " + ", ".join(
               map(str, spatial["product"].unique())) + " (solid) on the same cells: the "
           "spatial detail each map keeps at each scale.")
    return png(figure, alt)


@figures.styled
def _temporal_figure(temporal, png):
    rows = temporal[temporal["scope"].isin(["sites pooled", "region"])]
    figure = _figure(7.5, 3.6)
    axis = figure.add_subplot(1, 1, 1)
    labels = [f"{r.source}\n({'sites' if r.scope == 'sites pooled' else 'region'})"
              for r in rows.itertuples()]
    index = np.arange(len(rows))
    axis.bar(index - 0.2, rows["submonthly_reproduced"].fillna(0), 0.4,
             label="sub-monthly variance reproduced", color="#b00020")
    axis.bar(index + 0.2, rows["monthly_reproduced"].fillna(0), 0.4,
             label="monthly variance reproduced", color="#4a7ab5")
    for x, (sub, month) in enumerate(zip(rows["submonthly_reproduced"],
                                         rows["monthly_reproduced"])):
        for dx, value in ((-0.2, sub), (0.2, month)):  # a zero is written, not hidden
            axis.text(x + dx, (value if np.isfinite(value) else 0) + 0.02,
                      f"{value:.2f}" if np.isfinite(value) else "–", ha="center",
                      fontsize=figures.SMALL)
    axis.axhline(0, color="k", lw=0.6)
    axis.set_xticks(index)
    axis.set_xticklabels(labels, fontsize=figures.SMALL)
    axis.set_ylabel("fraction [1]")
    values = rows[["submonthly_reproduced", "monthly_reproduced"]].to_numpy(dtype=float)
    lowest = float(np.min(values[np.isfinite(values)])) if np.isfinite(values).any() else 0.0
    axis.set_ylim(min(-0.2, lowest - 0.05), 1.1)
    axis.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    axis.set_title("Temporal detail: share of the reference's variance each source reproduces")
    alt = (f"Bar chart for {len(rows)} sources of the share of the reference's sub-monthly "
           "(red) and monthly (blue) variance each reproduces, 0 to 1, with the values written "
           "above the bars; references are the observations at the sites and our 8-day maps "
           "over the region.")
    return png(figure, alt)


_COLUMNS = {
    "n": "n", "r2": "R2 [1]", "rmse": "RMSE", "bias": "bias", "rel_bias_pct": "bias [%]",
    "slope": "OLS slope [1]", "intercept": "intercept", "slope_origin": "slope through 0 [1]",
    "r": "r [1]", "sd_ratio": "sd ratio [1]", "crmsd_norm": "centred RMSD / sd ref [1]",
    "mean_reference": "mean reference", "mean_compared": "mean compared",
}


def _metrics_table(frame, table_id, with_totals=True, first="step"):
    table = pd.DataFrame({first: frame[first].astype(str)})
    if frame["compared"].nunique() > 1 or first == "site":
        table.insert(0, "compared", frame["compared"].astype(str).to_numpy())
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


def _totals_table(comparisons):
    rows = []
    for c in comparisons:
        p = c.pooled()
        h = c.harmonised
        rows.append({"product": c.name, "step": h.step,
                     "compared": f"{step_label(h.steps[0])} to {step_label(h.steps[-1])}"
                     if h.step != "static" else "static: " + ", ".join(map(str, h.static_years)),
                     "cells": h.n_cells, "ours [Tg C]": p["total_reference_TgC"],
                     "product [Tg C]": p["total_compared_TgC"], "ratio [1]": p["total_ratio"],
                     "per": p["total_unit"].replace("Tg C ", ""), "basis": p["total_basis"]})
    return pd.DataFrame(rows)


def _identity(text):
    """The default ``tr``: the report in English (the algorithm passes its ``self.tr``)."""
    return text


def render(result, title=None, tr=_identity):
    """The report as an HTML string (one file, figures as base64 PNGs). ``tr`` translates
    headings and fixed sentences (default: English)."""
    def h2(text):
        return f"<h2>{html.escape(text)}</h2>"

    png, table_html, css = _helpers()
    comparisons = result.comparisons
    names = [c.name for c in comparisons]
    stats, ours = result.statistics, result.ours
    title = title or (tr("Soil respiration: comparison with another product") if len(names) == 1
                      else tr("Soil respiration: comparison with {count} products").format(
                          count=len(names)))
    esc = html.escape
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
             f"<style>{css}</style></head><body>"]
    if result.synthetic:
        which = (["our maps"] if ours.synthetic else []) + [
            c.name for c in comparisons if c.product.synthetic]
        parts.append('<div class="banner" id="synthetic-banner">' + esc(tr(
            "SYNTHETIC DATA: {inputs} carry SYNTHETIC=true. The numbers show how the tool "
            "works, not real soil respiration.").format(inputs=" and ".join(which))) + "</div>")
    for warning in result.warnings:
        parts.append('<div class="banner" id="unit-warning">' + esc(tr("WARNING: {warning}").format(
            warning=warning)) + "</div>")
    parts.append(f"<h1>{esc(title)}</h1>")
    inputs = [{"input": "our maps", "path": ours.folder, "content": ours.describe(),
               "grid": ours.grid.describe()}]
    for c in comparisons:
        h, product = c.harmonised, c.product
        inputs.append({"input": c.name, "path": product.path, "content":
                       f"variable {product.variable} [{product.unit}, "
                       f"{'given' if product.unit_source != 'file' else 'from the file'}], "
                       f"{product.date_range()}, {'Rh converted to Rs' if c.is_rh else 'Rs'}",
                       "grid": product.grid.describe()})
        inputs.append({"input": f"common ({c.name})", "path": "", "content":
                       f"{len(h.steps)} {h.step} step(s) {step_label(h.steps[0])} to "
                       f"{step_label(h.steps[-1])}, in {h.unit}; {h.n_cells} cells compared",
                       "grid": h.grid.describe()})
    parts.append(table_html(pd.DataFrame(inputs), "inputs"))
    parts.append(
        '<p class="note">Harmonisation: the finer grid of each pair was aggregated onto the '
        "coarser grid by an area-weighted mean of valid cells (exact ellipsoidal cell "
        "areas; partial overlaps weighted by area). A cell is compared only where the valid "
        "part covers enough of its land (land = cells of the finer input with a value in any "
        "compared step). Our 8-day daily rates became totals weighted by days (a period "
        "straddling a month end gives each month its own days); only months or years whose "
        "every period has a map are used. Region totals = value x that land area.</p>")
    for c in comparisons:
        for note in c.harmonised.notes:
            parts.append(f'<p class="note">{esc(c.name)}: {esc(note)}</p>')
    parts.append(h2(tr("Region totals")) + table_html(_totals_table(comparisons), "totals"))
    parts.append(
        '<p class="note">Annual totals are sums over calendar years: daily rates x the days '
        "of each month or year (leap years have 366 days), averaged over the complete "
        "calendar years compared. A figure 'per 365 days' appears only when no calendar year "
        "was complete, and is labelled so.</p>")
    product_rows = stats[stats["scope"].isin(["pooled", "month", "year", "static"])]
    parts.append(h2(tr("Agreement (reference: our maps; compared: each product)")))
    parts.append(_metrics_table(product_rows[product_rows["scope"] == "pooled"],
                                "metrics-pooled"))
    parts.append(_metrics_table(product_rows, "metrics-product"))
    parts.append(
        '<p class="note">R2 = squared Pearson correlation; RMSE, bias = mean(other − ours) and '
        "relative bias (bias / mean of ours) in the common units; OLS slope and intercept of "
        "other on ours, and the slope through the origin (a pure scale factor); sd ratio = sd "
        "other / sd ours and centred RMS difference / sd ours (Taylor diagram). Totals: Tg C "
        "per month for monthly rows, Tg C yr-1 for years and for the pooled row (calendar-year "
        "sums).</p>")
    parts.append(h2(tr("Taylor diagram")) + _taylor(stats, png, names))
    parts.append(h2(tr("Latitude profile")) + _latitude_profile(comparisons, png))
    parts.append(h2(tr("Seasonal cycle of the regional means")) + _seasonal_cycle(result, png))
    for c in comparisons:
        h = c.harmonised
        parts.append(h2(tr("{product} against our maps").format(product=c.name))
                     + _scatter(h, png))
        parts.append("<h3>" + esc(tr("{product}: difference and ratio maps").format(
            product=c.name)) + "</h3>"
                     + _map(h, png, "difference") + _map(h, png, "ratio"))
    claims = result.claims
    # ------------------------------------------------------------------ claim (a)
    spatial = claims.get("spatial")
    if spatial is not None and len(spatial):
        parts.append(h2(tr("Claim (a): spatial detail")) + _spatial_figure(spatial, png))
        table = spatial[["product", "map", "scale_km", "block_cells", "block_km", "n_blocks",
                         "variance", "sd", "cv_pct", "unit"]]
        parts.append(table_html(table, "spatial-detail"))
        within = claims.get("within_cell")
        if within is not None and len(within):
            parts.append(table_html(within, "within-cell"))
        parts.append(
            '<p class="note">Variance of the area-weighted means of square blocks of our grid '
            "cells (block size = the scale rounded to whole cells) for our maps and each product "
            "on the same cells, the mean over the compared steps. A product coarser than our "
            "grid is put on our cells, so below its own cell size it adds no variance: the gap "
            "between the curves at small scales is the detail only our maps show. Within-cell: "
            "the area-weighted mean standard deviation of our maps inside each product cell "
            "(the product has none there by construction).</p>")
    # ------------------------------------------------------------------ claim (b)
    temporal = claims.get("temporal")
    if temporal is not None and len(temporal):
        parts.append(h2(tr("Claim (b): temporal detail")) + _temporal_figure(temporal, png))
        parts.append(table_html(temporal, "temporal-detail"))
        parts.append(
            '<p class="note">Series as daily values (each day carries its 8-day period\'s, '
            "month's or year's mean daily rate), split into a monthly part (mean over the "
            "available days of each calendar month) and a sub-monthly part (the rest). "
            "Reproduced = 1 − Σ(reference − source)² / Σ reference² of each part (monthly part "
            "centred); a monthly or annual product has no sub-monthly part, so it reproduces "
            "0 of the sub-monthly variance by construction. References: observations at the "
            "sites; our 8-day maps region-wide (there is no observation of the region). "
            "Amplitude = max − min of the mean cycle by day of year; peak = the middle day at "
            "the maximum.</p>")
    # ------------------------------------------------------------------ claim (c)
    if result.samples is not None:
        site_rows = stats[stats["scope"].isin(["site", "sites pooled", "product site",
                                               "product sites pooled"])]
        parts.append(h2(tr("Claim (c): agreement with the observations at the sites "
                           "(reference: observations; {unit})").format(unit="g C m-2 d-1")))
        parts.append(_metrics_table(site_rows, "metrics-sites", with_totals=False,
                                    first="site"))
        parts.append('<p class="note">Our 8-day map value of the pixel holding each site, and '
                     "each product's value at its own pixel holding the site as a mean daily "
                     "rate over the same 8-day period (day-weighted over the product's months "
                     "or years), for the periods with an observation.</p>")
        parts.append(h2(tr("Seasonal cycle at the sites")) + _sites(result.samples, png,
                                                                     names))
    breakdown = stats[stats["scope"].isin(["latitude band", "land cover"])]
    if len(breakdown):
        parts.append(h2(tr("Breakdowns by latitude band and land cover")))
        parts.append(_metrics_table(breakdown.assign(site=breakdown["scope"] + ": "
                                                     + breakdown["site"]),
                                    "metrics-breakdown", with_totals=False, first="site"))
    parts.append("</body></html>")
    return "\n".join(parts)
