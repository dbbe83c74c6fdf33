"""Self-contained HTML report of a training run: metrics of every model and CV scheme, observed
vs predicted, time series per site, importance, partial dependence, area of applicability,
data summary. Figures are embedded 200 dpi PNGs with alt texts (no network, no CDN) in the
shared style of core/figures.py, drawn on matplotlib ``Figure`` objects with the Agg canvas,
never pyplot: algorithms run in a background thread. The ``*_figure`` functions return
(Figure, alt text) so the figures can be inspected or saved in other formats.
"""
import html

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from . import figures, validation  # noqa: E402
from .i18n import tr  # noqa: E402
from .model import TARGET_UNIT  # noqa: E402

UNIT = TARGET_UNIT
MAX_SITE_PANELS = 16
CSS = """
body{font-family:sans-serif;margin:1.5em;max-width:1200px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #bbb;padding:3px 7px;text-align:right}th{background:#eee}
td.l,th.l{text-align:left}tr.optimistic td{color:#777;font-style:italic}
ul.flags li{color:#8a4b00;margin:.3em 0}
.banner{background:#b00020;color:#fff;padding:.7em 1em;font-weight:bold;font-size:1.1em}
.note{color:#555;font-size:.9em}img{max-width:100%}
"""


def _identity(text):
    """The default ``tr``: the report in English. The algorithms pass their ``self.tr``, so
    headings, labels and fixed sentences follow the QGIS locale (``tr("literal")`` calls are
    extracted by scripts/update_translations.py)."""
    return text


def _png(figure, alt):
    """The figure as a 200 dpi PNG ``<img>`` with ``alt`` describing it (core/figures.py)."""
    return figures.embed(figure, alt)


def _fmt(value, digits=3):
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "–"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return f"{value:.{digits}f}"


def _table(frame, table_id, classes=None):
    """HTML table; ``classes`` gives a CSS class per row (e.g. 'optimistic')."""
    head = "".join(f'<th class="l">{html.escape(str(c))}</th>' if i < 1 else
                   f"<th>{html.escape(str(c))}</th>" for i, c in enumerate(frame.columns))
    body = []
    for i, row in enumerate(frame.itertuples(index=False)):
        cells = []
        for value in row:
            if isinstance(value, str):
                cells.append(f'<td class="l">{html.escape(value)}</td>')
            else:
                cells.append(f"<td>{_fmt(value)}</td>")
        css = f' class="{classes[i]}"' if classes and classes[i] else ""
        body.append(f"<tr{css}>{''.join(cells)}</tr>")
    return f'<table id="{table_id}"><tr>{head}</tr>{"".join(body)}</table>'


def _interval(low, high, digits=3):
    if not (np.isfinite(low) and np.isfinite(high)):
        return "–"
    return f"{low:.{digits}f} to {high:.{digits}f}"


def _metric_frame(metrics, labels, intervals=False):
    if intervals:
        frame = _metric_frame(metrics, labels)
        for position, name, unit in ((4, "r2", "1"), (6, "rmse", UNIT), (9, "bias", UNIT)):
            frame.insert(position, f"{name.upper() if name != 'bias' else name} 90 % interval "
                         f"[{unit}]", [_interval(lo, hi) for lo, hi in zip(
                             metrics[f"{name}_lo"], metrics[f"{name}_hi"])])
        frame["R2 in words"] = [validation.r2_words(v) for v in metrics["r2"]]
        return frame
    return pd.DataFrame({
        "model": metrics["model"].map(lambda name: labels.get(name, str(name))),
        "CV scheme": metrics["scheme_label"],
        "n [rows]": metrics["n"].astype(int),
        "R2 [1]": metrics["r2"],
        f"RMSE [{UNIT}]": metrics["rmse"],
        f"MAE [{UNIT}]": metrics["mae"],
        f"bias [{UNIT}]": metrics["bias"],
        "slope [1]": metrics["slope"],
    })


def _model_names(result):
    return " and ".join(m.spec.label for m in result.models)


@figures.styled
def scatter_figure(result, scheme):
    """Observed vs cross-validated predicted SR, one panel per model on the same axes."""
    models = result.models
    figure = Figure(figsize=(4.4 * len(models) + 1.4, 4.4))
    sites = sorted(result.predictions["site"].unique())
    colours = matplotlib.colormaps["tab10" if len(sites) <= 10 else "tab20"]
    limit = max(result.predictions["observed"].max(), result.predictions["predicted"].max()) * 1.05
    unit = figures.unit(UNIT)
    scores_text = []
    first = None
    for i, m in enumerate(models):
        axis = figure.add_subplot(1, len(models), i + 1, sharex=first, sharey=first)
        first = first or axis
        part = m.predictions[m.predictions["scheme"] == scheme]
        for j, site in enumerate(sites):
            sub = part[part["site"] == site]
            axis.scatter(sub["observed"], sub["predicted"], s=12, alpha=0.75,
                         color=colours(j % colours.N), label=site)
        axis.plot([0, limit], [0, limit], color="k", lw=0.8, ls="--")
        scores = validation.regression_metrics(part["observed"], part["predicted"])
        scores_text.append(f"{m.spec.label}: R2 {_fmt(scores['r2'], 2)}, RMSE "
                           f"{_fmt(scores['rmse'], 2)} {UNIT}")
        axis.set_title(f"{m.spec.label}\n{validation.SCHEMES[scheme]}: $R^2$ "
                       f"{_fmt(scores['r2'])}, RMSE {_fmt(scores['rmse'])}")
        axis.set_xlim(0, limit)
        axis.set_ylim(0, limit)
        axis.set_aspect("equal", adjustable="box")
        axis.set_xlabel(f"observed SR [{unit}]")
        if i == 0:
            axis.set_ylabel(f"CV predicted SR [{unit}]")
    figure.axes[-1].legend(title="site", loc="upper left", bbox_to_anchor=(1.02, 1),
                           fontsize=figures.SMALL)
    alt = (f"Scatter plot of observed against cross-validated predicted soil respiration "
           f"({UNIT}) under {validation.SCHEMES[scheme]}, one panel per model on the same "
           f"0 to {limit:.1f} axes with the 1:1 line, points coloured by site "
           f"({len(sites)} sites). " + "; ".join(scores_text) + ".")
    return figure, alt


def _scatter(result, scheme):
    return _png(*scatter_figure(result, scheme))


def _with_gaps(frame, column):
    """Dates and values with a NaN wherever more than 16 days pass, so lines break at gaps."""
    dates = frame["period_start"].to_numpy()
    values = frame[column].to_numpy(dtype=float)
    if len(dates) < 2:
        return dates, values
    gap = np.flatnonzero(np.diff(dates) > np.timedelta64(16, "D")) + 1
    return (np.insert(dates, gap, dates[gap - 1] + np.timedelta64(1, "D")),
            np.insert(values, gap, np.nan))


def date_range(dates, pad_days=8):
    """x limits for panels of dates: the whole range plus a period each side."""
    dates = pd.to_datetime(pd.Series(dates)).dropna()
    pad = pd.Timedelta(days=pad_days)
    return dates.min() - pad, dates.max() + pad


@figures.styled
def time_series_figure(result, scheme):
    """Observed and CV-predicted SR per site; every panel on the same date axis."""
    predictions = result.predictions[result.predictions["scheme"] == scheme].copy()
    predictions["period_start"] = pd.to_datetime(predictions["period_start"])
    all_sites = sorted(predictions["site"].unique())
    sites = all_sites[:MAX_SITE_PANELS]
    figure = Figure(figsize=(10, 1.9 * len(sites) + 0.8))
    start, end = date_range(predictions["period_start"])
    unit = figures.unit(UNIT)
    first = None
    for i, site in enumerate(sites):
        axis = figure.add_subplot(len(sites), 1, i + 1, sharex=first)
        first = first or axis
        part = predictions[predictions["site"] == site].sort_values("period_start")
        observed = part[part["model"] == result.models[0].spec.name]
        axis.plot(observed["period_start"], observed["observed"], "o", ms=3, color="k",
                  label="observed")
        for m in result.models:
            sub = part[part["model"] == m.spec.name]
            axis.plot(*_with_gaps(sub, "predicted"), "-", lw=1.2, label=m.spec.label)
        axis.set_ylabel(f"SR\n[{unit}]")
        axis.set_title(f"site {site}", loc="left")
        axis.set_xlim(start, end)
        if i < len(sites) - 1:
            axis.tick_params(labelbottom=False)
        if i == 0:
            axis.legend(ncol=len(result.models) + 1, loc="lower right",
                        bbox_to_anchor=(1.0, 1.0), frameon=False)
    figure.tight_layout()
    shown = f"{len(sites)} of {len(all_sites)}" if len(all_sites) > len(sites) else str(
        len(sites))
    alt = (f"Time series of observed soil respiration (black dots) and the "
           f"{validation.SCHEMES[scheme]} predictions of {_model_names(result)} (lines) "
           f"in {UNIT}, one panel per site for {shown} sites ({', '.join(map(str, sites))}), "
           f"all panels on the same dates from {start:%Y-%m-%d} to {end:%Y-%m-%d}; lines "
           "break where 8-day periods are missing.")
    return figure, alt


def _time_series(result, scheme):
    return _png(*time_series_figure(result, scheme))


@figures.styled
def importance_figure(model_result):
    frame = model_result.importance.iloc[::-1]
    figure = Figure(figsize=(5.8, 0.32 * len(frame) + 1.4))
    axis = figure.add_subplot(1, 1, 1)
    axis.barh(frame["predictor"], frame["mse_increase"], xerr=frame["mse_increase_sd"],
              color="#4a7ab5")
    axis.axvline(0, color="k", lw=0.6)
    axis.set_xlabel(f"increase of held-out MSE when shuffled [{figures.unit(f'({UNIT})2')}]")
    axis.set_title(model_result.spec.label)
    top = model_result.importance.iloc[:3]
    alt = (f"Horizontal bar chart of the permutation importance of the {len(frame)} predictors "
           f"of {model_result.spec.label}: increase of the held-out mean squared error "
           f"(({UNIT})2) when each predictor is shuffled, with error bars of one standard "
           "deviation. Largest: " + ", ".join(
               f"{r.predictor} {r.mse_increase:.3g}" for r in top.itertuples()) + ".")
    return figure, alt


def _importance(model_result):
    return _png(*importance_figure(model_result))


def partial_dependence_limits(models):
    """One y-range for the partial dependence of every model and predictor."""
    values = [np.asarray(c["average"], dtype=float) for m in models
              for c in (m.partial_dependence or [])]
    values = np.concatenate(values) if values else np.array([])
    values = values[np.isfinite(values)]
    if not len(values):
        return None
    low, high = float(values.min()), float(values.max())
    pad = 0.06 * (high - low) or 0.1 * abs(high) or 0.1
    return low - pad, high + pad


@figures.styled
def partial_dependence_figure(model_result, ylim=None):
    """Partial dependence on each predictor: panels side by side on one y-scale (``ylim``:
    the same limits for every model, see :func:`partial_dependence_limits`)."""
    curves = model_result.partial_dependence
    if not curves:
        return None, ""
    ylim = ylim or partial_dependence_limits([model_result])
    columns = min(len(curves), 4)
    rows = int(np.ceil(len(curves) / columns))
    figure = Figure(figsize=(2.6 * columns + 0.6, 2.5 * rows + 0.5))
    first = None
    unit = figures.unit(UNIT)
    for i, curve in enumerate(curves):
        axis = figure.add_subplot(rows, columns, i + 1, sharey=first)
        first = first or axis
        axis.plot(curve["values"], curve["average"], "-o", ms=3)
        axis.set_xlabel(figures.label(curve["predictor"], curve["unit"]))
        if ylim:
            axis.set_ylim(*ylim)
        if i % columns == 0:
            axis.set_ylabel(f"partial dependence\nSR [{unit}]")
        else:
            axis.tick_params(labelleft=False)
    figure.suptitle(model_result.spec.label)
    figure.tight_layout()
    ranges = []
    for curve in curves:
        average = np.asarray(curve["average"], dtype=float)
        ranges.append((curve["predictor"], float(np.nanmax(average) - np.nanmin(average))))
    ranges.sort(key=lambda item: -item[1])
    alt = (f"Partial dependence plots of {model_result.spec.label}: the average predicted soil "
           f"respiration ({UNIT}) as each of {len(curves)} predictors is varied over its 5th "
           "to 95th percentile, one panel per predictor, all on the same y-scale"
           + (f" ({ylim[0]:.2f} to {ylim[1]:.2f})" if ylim else "") + ". Largest ranges: "
           + ", ".join(f"{name} {value:.2f}" for name, value in ranges[:3]) + ".")
    return figure, alt


def _partial_dependence(model_result, ylim=None):
    figure, alt = partial_dependence_figure(model_result, ylim)
    return _png(figure, alt) if figure is not None else ""


@figures.styled
def aoa_figure(model_result):
    aoa = model_result.bundle.aoa
    figure = Figure(figsize=(5.2, 3.0))
    axis = figure.add_subplot(1, 1, 1)
    axis.hist(aoa.train_di, bins=30, color="#888")
    axis.axvline(aoa.threshold, color="#b00020", label=f"threshold {aoa.threshold:.3f}")
    axis.set_xlabel("training DI to other CV folds [1]")
    axis.set_ylabel("rows")
    axis.legend()
    axis.set_title(model_result.spec.label)
    above = int(np.sum(aoa.train_di > aoa.threshold))
    alt = (f"Histogram of the dissimilarity index of the {len(aoa.train_di)} training rows of "
           f"{model_result.spec.label} measured to the other cross-validation folds, with the "
           f"area-of-applicability threshold {aoa.threshold:.3f} as a red line; {above} rows "
           "lie above it.")
    return figure, alt


def _aoa_histogram(model_result):
    return _png(*aoa_figure(model_result))


def _flags(result, tr=_identity):
    """Every model's warnings, at the top of the report."""
    items = [f["message"] for m in result.models for f in m.flags]
    heading = "<h2>" + html.escape(tr("Flags")) + "</h2>"
    if not items:
        return (heading + '<p class="note" id="flags">' + html.escape(tr(
            "No flags: no predictor with negative held-out importance, R2 >= 0 and better "
            "than every baseline under {scheme}.").format(
                scheme=validation.SCHEMES[result.primary_scheme])) + "</p>")
    return (heading + "<ul class=\"flags\" id=\"flags\">"
            + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>")


def _locations(result, tr=_identity):
    groups = result.locations
    if groups is None:
        return ""
    table = groups.table().rename(columns={"n_sites": "sites [n]", "lon": "lon [deg E]",
                                           "lat": "lat [deg N]"})
    if result.blocks:
        table.insert(1, "spatial block", table["location"].map(result.blocks))
    if groups.id_column:
        rule = tr("sites at most {km:g} km apart (great-circle distance, chained) or sharing "
                  "the same {column}").format(km=groups.max_distance_km,
                                              column=groups.id_column)
    else:
        rule = tr("sites at most {km:g} km apart (great-circle distance, chained)").format(
            km=groups.max_distance_km)
    return ("<h2>" + html.escape(tr("Locations ({locations} from {sites} sites)").format(
        locations=groups.n_locations, sites=len(groups.sites))) + "</h2>"
            '<p class="note">' + tr(
                "One location = {rule}. Leave-one-location-out holds out a whole location at a "
                "time, so a dataset is never predicted from its twin at the same place; the "
                "bootstrap draws locations.").format(rule=html.escape(rule)) + "</p>"
            + _table(table, "locations"))


def _skill(result, labels, tr=_identity):
    """Baselines under the same folds and the skill of every model against them."""
    if result.skill is None or result.skill.empty:
        return ""
    info = result.baselines or {}
    metrics = result.baseline_metrics[result.baseline_metrics["group"] == "pooled"]
    baseline_frame = _metric_frame(metrics, {f"baseline_{k}": f"baseline: {v}" for k, v in
                                             info.get("labels", {}).items()}, intervals=True)
    fits = info.get("fits_all_rows", {})
    described = [
        tr("mean: the (weighted) mean of the training rows of each fold"),
        tr("day-of-year climatology: mean of the training rows of the same 8-day period of the "
           "year, across sites"),
    ]
    if info.get("temperature"):
        q10, lt = fits.get("q10", {}), fits.get("lloyd_taylor", {})
        described.append(tr(
            "Q10: R = R10 Q10^((T-10)/10) and Lloyd-Taylor: R = R10 exp(E0 (1/56.02 - "
            "1/(T+273.15-227.13))), least squares on {temperature} of each fold's "
            "training rows (all rows: R10 {q10_r10} {unit}, Q10 {q10}; Lloyd-Taylor R10 "
            "{lt_r10}, E0 {e0} K)").format(
                temperature=info["temperature"], q10_r10=_fmt(q10.get("R10")), unit=UNIT,
                q10=_fmt(q10.get("Q10"), 2), lt_r10=_fmt(lt.get("R10")),
                e0=_fmt(lt.get("E0"), 1)))
    for name, note in info.get("notes", {}).items():
        described.append(f"{name}: {note}")
    frame = result.skill.copy()
    frame["model"] = frame["model"].map(lambda name: labels.get(name, str(name)))
    shown = pd.DataFrame({
        "model": frame["model"], "CV scheme": frame["scheme_label"],
        "baseline": frame["baseline_label"],
        f"MSE model [({UNIT})2]": frame["mse_model"],
        f"MSE baseline [({UNIT})2]": frame["mse_baseline"],
        "skill [1]": frame["skill"],
        "skill 90 % interval [1]": [_interval(lo, hi) for lo, hi in
                                    zip(frame["skill_lo"], frame["skill_hi"])],
        "meaning": frame["meaning"],
    })
    classes = ["optimistic" if s in validation.OPTIMISTIC_SCHEMES else "" for s in
               frame["scheme"]]
    return ("<h2>" + html.escape(tr("Baselines and skill")) + "</h2>"
            '<p class="note">' + tr(
                "A model is only useful where it beats simple baselines, predicted under the "
                "same folds on the same rows: {baselines}. Skill = 1 - MSE_model / "
                "MSE_baseline: 1 perfect, 0 no better than the baseline, &lt; 0 worse.").format(
                    baselines=html.escape("; ".join(described))) + "</p>"
            + _table(baseline_frame, "baselines") + _table(shown, "skill", classes))


# -- QC provenance: what the observation import's quality control did ------------------------
#: columns a QC table (QC_TABLE output of soilresp:importobservations) must have
QC_REQUIRED = ("site", "step", "count", "remaining")
#: steps that describe the import instead of counting removals, recognised by name (lower
#: case, prefix): rows the import may write for the time-zone handling and the ports used
QC_TIME_STEPS = ("time zone", "time basis", "timestamps")
QC_PORT_STEPS = ("ports", "nee_as_rs", "nee as rs")
QC_SETTINGS_STEPS = ("settings",)
#: units of counts that do not remove records (flagged and kept, values set to missing)
QC_KEEPING_UNITS = ("values",)
QC_UNKNOWN = ("QC provenance unknown: no quality-control table of the observation import was "
              "given (QC_TABLE), so this report cannot say which QC tests ran, with which "
              "settings, what they removed per site and chamber, how COSORE timestamps were "
              "put into local time, or which NEE ports were used as soil respiration "
              "(NEE_AS_RS). Give the QC_TABLE output of soilresp:importobservations to record "
              "it.")


def _is_step(step, names):
    step = str(step).strip().lower()
    return any(step == n or step.startswith(n) for n in names)


def _removes(unit):
    unit = str(unit).lower()
    return unit not in QC_KEEPING_UNITS and "kept" not in unit and "flagged" not in unit


class QCProvenance:
    """The quality control of the observation import, read from its QC table (one row per
    site, chamber ('all' for site-level steps) and step, with count and remaining)."""

    def __init__(self, table, source=None, training_sites=None):
        self.table = table
        self.source = source
        self.sites = list(dict.fromkeys(table["site"]))
        training = None if training_sites is None else [str(s) for s in training_sites]
        self.training_sites = training
        described = _is_step_mask(table["step"], QC_TIME_STEPS + QC_PORT_STEPS
                                  + QC_SETTINGS_STEPS)
        self.counts = table[~described & (table["step"].str.lower() != "input records")]
        self.described = table[described]

    @classmethod
    def from_frame(cls, frame, source=None, training_sites=None):
        """Check and normalise a QC table; :class:`InputError` naming QC_TABLE when it is not
        one, or describes none of the training sites."""
        from .errors import InputError

        where = (tr("The table {source}").format(source=source) if source
                 else tr("The table"))
        columns = {str(c).strip().lower(): c for c in frame.columns}
        missing = [c for c in QC_REQUIRED if c not in columns]
        if missing:
            raise InputError(
                tr("{where} is not a QC table of soilresp:importobservations: it has no column "
                   "{missing} (its columns: {columns}). Give the QC_TABLE output of the import "
                   "(e.g. observations_qc.csv), or leave this input empty.").format(
                       where=where, missing=", ".join(missing),
                       columns=", ".join(map(str, frame.columns)) or tr("none")),
                parameter="QC_TABLE", path=source)
        table = pd.DataFrame({c: frame[columns[c]] for c in QC_REQUIRED})
        for optional, default in (("chamber", "all"), ("unit", "records"), ("detail", "")):
            table[optional] = (frame[columns[optional]] if optional in columns else default)
        if table.empty:
            raise InputError(tr("{where} has no rows: the import's QC table always has some. "
                                "Give the QC_TABLE output of soilresp:importobservations, or "
                                "leave this input empty.").format(where=where),
                             parameter="QC_TABLE", path=source)
        for column in ("site", "step", "chamber", "unit", "detail"):
            table[column] = table[column].map(lambda v: "" if v is None or (
                isinstance(v, float) and np.isnan(v)) else str(v).strip())
        table.loc[table["chamber"] == "", "chamber"] = "all"
        for column in ("count", "remaining"):
            values = pd.to_numeric(table[column], errors="coerce")
            bad = values.isna() & ~_is_step_mask(table["step"], QC_TIME_STEPS + QC_PORT_STEPS
                                                  + QC_SETTINGS_STEPS)
            if bad.any():
                row = int(np.flatnonzero(bad.to_numpy())[0])
                raise InputError(
                    tr("{where} has a non-number in column {column} (row {row}, step "
                       "'{step}': '{value}'). Give the QC table unchanged as "
                       "soilresp:importobservations wrote it.").format(
                           where=where, column=column, row=row + 1,
                           step=table["step"].iloc[row], value=frame[columns[column]].iloc[row]),
                    parameter="QC_TABLE", path=source)
            table[column] = values
        if training_sites is not None:
            training = {str(s) for s in training_sites}
            if training and not training & set(table["site"]):
                shown = ", ".join(sorted(set(table["site"]))[:8])
                raise InputError(
                    tr("{where} describes the sites {shown}, none of which is in the training "
                       "table (INPUT: {training}). Give the QC table of the import that made "
                       "this training table's observations, or leave this input empty (the "
                       "report then says the QC provenance is unknown).").format(
                           where=where, shown=shown, training=", ".join(sorted(training)[:8])),
                    parameter="QC_TABLE", path=source)
        return cls(table.reset_index(drop=True), source, training_sites)

    # -- derived tables ----------------------------------------------------------------------
    def _steps(self, rows):
        """(step, unit) in the order the steps ran."""
        return list(dict.fromkeys(zip(rows["step"], rows["unit"])))

    def _remaining(self, rows, unit):
        """Site-level remaining after the last step counted in ``unit`` (chamber rows summed;
        the site row when there is one)."""
        part = rows[rows["unit"] == unit]
        if part.empty:
            return np.nan
        last = part[part["step"] == part["step"].iloc[-1]]
        site_level = last[last["chamber"] == "all"]
        return float((site_level if not site_level.empty else last)["remaining"].sum())

    def removal_units(self):
        return [u for u in dict.fromkeys(self.counts["unit"]) if _removes(u)]

    def site_table(self, training_rows=None):
        """One row per site: records in, the count of every step, remaining per unit and the
        training rows of the site (``training_rows``: {site: rows})."""
        rows = []
        steps = self._steps(self.counts)
        for site in self.sites:
            mine = self.table[self.table["site"] == site]
            counts = self.counts[self.counts["site"] == site]
            row = {"site": site, "records in [records]": float(
                mine.loc[mine["step"].str.lower() == "input records", "count"].sum())
                if (mine["step"].str.lower() == "input records").any() else np.nan}
            for step, unit in steps:
                part = counts[(counts["step"] == step) & (counts["unit"] == unit)]
                row[f"{step} [{unit}]"] = float(part["count"].sum()) if len(part) else np.nan
            for unit in self.removal_units():
                row[f"remaining [{unit}]"] = self._remaining(counts, unit)
            if training_rows is not None:
                row["training rows [rows]"] = (float(training_rows[site]) if site in
                                               training_rows else np.nan)
            rows.append(row)
        return _as_counts(pd.DataFrame(rows))

    def chamber_table(self):
        """One row per site and chamber for the steps counted per chamber (None when no step
        was)."""
        chambers = self.counts[self.counts["chamber"] != "all"]
        if chambers.empty:
            return None
        steps = self._steps(chambers)
        rows = []
        for (site, chamber), part in chambers.groupby(["site", "chamber"], sort=False):
            row = {"site": site, "chamber": chamber}
            for step, unit in steps:
                found = part[(part["step"] == step) & (part["unit"] == unit)]
                row[f"{step} [{unit}]"] = float(found["count"].sum()) if len(found) else np.nan
            records = part[part["unit"] == "records"]
            row["remaining [records]"] = (float(records["remaining"].iloc[-1]) if len(records)
                                          else np.nan)
            rows.append(row)
        return _as_counts(pd.DataFrame(rows))

    def tests(self):
        """Every step with its unit, status and setting (the QC table's detail)."""
        rows = []
        for step, unit in self._steps(self.counts):
            part = self.counts[(self.counts["step"] == step) & (self.counts["unit"] == unit)]
            details = list(dict.fromkeys(d for d in part["detail"] if d))
            off = [d for d in details if d.lower().startswith(("test off", "not tested"))]
            status = ("off" if details and len(off) == len(details) else
                      "partly off" if off else "ran")
            shown = "; ".join(details[:3]) + (f"; ... ({len(details)} variants by site)"
                                              if len(details) > 3 else "")
            rows.append({"step": step, "counted in": unit, "status": status,
                         "setting / what was tested": shown or "–",
                         "sites": int(part["site"].nunique()),
                         "found [count]": float(part["count"].sum())})
        return _as_counts(pd.DataFrame(rows))

    def described_steps(self, names):
        """{site: 'detail'} of the rows the import wrote for ``names`` (time zone, ports)."""
        part = self.described[_is_step_mask(self.described["step"], names)]
        return {site: "; ".join(d for d in sub["detail"] if d) or "; ".join(sub["step"])
                for site, sub in part.groupby("site", sort=False)}

    def site_mismatch(self):
        """(QC sites not in training, training sites without QC rows)."""
        if self.training_sites is None:
            return [], []
        qc, training = set(self.sites), set(self.training_sites)
        return sorted(qc - training), sorted(training - qc)

    def to_metadata(self):
        """The summary recorded in every model's sidecar."""
        sites = {}
        for row in self.site_table().to_dict("records"):
            site = row.pop("site")
            sites[site] = {k: (None if v is None or (isinstance(v, float) and np.isnan(v))
                               else int(v)) for k, v in row.items()}
        not_in_training, without_qc = self.site_mismatch()
        tests = self.tests()
        return {
            "known": True, "source": None if self.source is None else str(self.source),
            "tests": [{"step": r["step"], "unit": r["counted in"], "status": r["status"],
                       "setting": r["setting / what was tested"], "sites": int(r["sites"]),
                       "found": int(r["found [count]"])} for r in tests.to_dict("records")],
            "sites": sites,
            "time_zone": self.described_steps(QC_TIME_STEPS) or "not recorded in the QC table",
            "nee_as_rs": self.described_steps(QC_PORT_STEPS) or "not recorded in the QC table",
            "qc_sites_not_in_training": not_in_training,
            "training_sites_without_qc": without_qc,
        }


def unknown_qc_metadata():
    return {"known": False, "note": QC_UNKNOWN}


def _is_step_mask(steps, names):
    return steps.map(lambda s: _is_step(s, names)).astype(bool)


def _as_counts(frame):
    """Whole-number float columns as integers (missing shown as '–')."""
    for column in frame.columns:
        if frame[column].dtype.kind == "f":
            values = frame[column]
            if values.dropna().eq(values.dropna().round()).all():
                frame[column] = values.astype("Int64").astype(object).where(values.notna(),
                                                                            np.nan)
    return frame


def _qc_section(qc, result, tr=_identity):
    """QC provenance of the observations, or a plain note that it is unknown."""
    heading = ("<h2>" + html.escape(tr("Quality control of the observations (provenance)"))
               + "</h2>")
    if qc is None:
        # the text of QC_UNKNOWN (which stays English in the models' metadata)
        unknown = tr("QC provenance unknown: no quality-control table of the observation import "
                     "was given (QC_TABLE), so this report cannot say which QC tests ran, with "
                     "which settings, what they removed per site and chamber, how COSORE "
                     "timestamps were put into local time, or which NEE ports were used as soil "
                     "respiration (NEE_AS_RS). Give the QC_TABLE output of "
                     "soilresp:importobservations to record it.")
        return heading + f'<p class="note" id="qc-unknown"><b>{html.escape(unknown)}</b></p>'
    training_rows = {str(s["site"]): s["n"] for s in result.summary.get("sites", [])}
    parts = [heading, '<p class="note">' + tr(
        "From the QC table of the observation import {source}. Counts per site: records read, "
        "what each step found (removed, unless its setting says kept or set to missing or its "
        "unit says flagged, kept), what remained; training rows are this run's rows of the "
        "site after extraction and missing-value handling.").format(
            source=html.escape(str(qc.source or ""))) + "</p>"]
    parts.append(_table(qc.site_table(training_rows), "qc-sites"))
    parts.append("<p>" + html.escape(tr("QC tests and their settings:")) + "</p>")
    parts.append(_table(qc.tests(), "qc-tests"))
    chambers = qc.chamber_table()
    if chambers is not None:
        parts.append("<p>" + html.escape(tr("Fault tests per chamber:")) + "</p>")
        parts.append(_table(chambers, "qc-chambers"))
    items = []
    for what, names, absent in (
            (tr("Time-zone handling of COSORE timestamps"), QC_TIME_STEPS,
             tr("not recorded in this QC table (the import writes it to its log only: "
                "'timestamps taken as UTC/instrument clock, days in local time ...')")),
            (tr("NEE ports used as soil respiration (NEE_AS_RS)"), QC_PORT_STEPS,
             tr("not recorded in this QC table (the import writes the kept and excluded ports "
                "to its log only)"))):
        found = qc.described_steps(names)
        text = ("; ".join(f"{site}: {detail}" for site, detail in found.items()) if found
                else absent)
        items.append(f"<li>{html.escape(what)}: {html.escape(text)}</li>")
    not_in_training, without_qc = qc.site_mismatch()
    if not_in_training:
        items.append("<li>" + tr("Sites in the QC table but not in the training table: "
                                 "{sites}").format(sites=html.escape(", ".join(not_in_training)))
                     + "</li>")
    if without_qc:
        items.append("<li>" + tr("<b>Training sites without QC rows</b> (their QC provenance is "
                                 "unknown): {sites}").format(
                                     sites=html.escape(", ".join(without_qc))) + "</li>")
    parts.append('<ul id="qc-provenance">' + "".join(items) + "</ul>")
    return "".join(parts)


def render(result, model_files=None, title=None, qc=None, tr=_identity):
    """The report as an HTML string. ``model_files``: {model name: written bundle path};
    ``qc``: the :class:`QCProvenance` of the observations (None: shown as unknown); ``tr``:
    translates headings, labels and fixed sentences (default: English)."""
    def h2(text):
        return f"<h2>{html.escape(text)}</h2>"

    title = title or tr("Soil respiration models")
    model_files = model_files or {}
    summary = result.summary
    primary = result.primary_scheme
    labels = {m.spec.name: m.spec.label for m in result.models}
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
             f"</title><style>{CSS}</style></head><body>"]
    if result.synthetic:
        parts.append('<div class="banner" id="synthetic-banner">' + html.escape(tr(
            "SYNTHETIC DATA: these models were trained on the synthetic demo dataset. The "
            "numbers show how the tool works, not real soil respiration.")) + "</div>")
    parts.append(f"<h1>{html.escape(title)}</h1>")
    parts.append("<p>" + tr(
        "Target <b>{target}</b> [{unit}]; {used} of {rows} rows used, {sites} sites, "
        "{periods} 8-day periods ({first} to {last}). All models were trained and validated "
        "on the same rows. Primary scheme: {scheme}.").format(
            target=html.escape(summary["target"]), unit=UNIT, used=summary["used_rows"],
            rows=summary["input_rows"], sites=summary["n_sites"],
            periods=summary["n_periods"], first=summary["period_first"],
            last=summary["period_last"], scheme=validation.SCHEMES[primary]) + "</p>")

    parts.append(_flags(result, tr))
    parts.append(_locations(result, tr))
    parts.append(_qc_section(qc, result, tr))
    model_metrics = result.metrics
    pooled = model_metrics[model_metrics["group"] == "pooled"]
    classes = ["optimistic" if s in validation.OPTIMISTIC_SCHEMES else "" for s in pooled["scheme"]]
    parts.append(h2(tr("Cross-validated metrics (pooled)")))
    parts.append(_table(_metric_frame(pooled, labels, intervals=True), "metrics-pooled", classes))
    bootstrap = result.bootstrap or {}
    intervals = bootstrap.get("missing") or tr(
        "Intervals: {level} % percentile bootstrap over the {locations} locations ({draws} "
        "draws: locations drawn with replacement, all their rows kept).").format(
            level=int(100 * bootstrap.get("level", 0.9)), locations=bootstrap.get("locations"),
            draws=bootstrap.get("n_boot"))
    parts.append('<p class="note">' + tr(
        "{scheme} tests each location with a model that never saw it: the honest estimate for "
        "upscaling to unsampled places. Random k-fold and out-of-bag (grey, italic) test on "
        "other days of sites the model has seen and are <b>optimistic</b>. R2 = 1 - "
        "SSres/SStot: <b>R2 &lt; 0 means the model is worse than predicting one constant, the "
        "mean of the observations</b>; whether it is worse than predicting the mean of the "
        "training data (which a held-out location does not know) is the skill against the "
        "'mean' baseline below. Bias = mean(predicted - observed); slope of the least-squares "
        "line of predicted on observed. Weights: {weights}. {intervals}").format(
            scheme=validation.SCHEMES[primary].capitalize(),
            weights=html.escape(result.weighting), intervals=html.escape(intervals)) + "</p>")
    parts.append(_skill(result, labels, tr))
    for group, heading in (("location", tr("Metrics per location (sites held out together)")),
                           ("site", tr("Metrics per site")),
                           ("season", tr("Metrics per season (DJF/MAM/JJA/SON)"))):
        part = model_metrics[model_metrics["group"] == group]
        if part.empty:
            continue
        frame = _metric_frame(part, labels)
        frame.insert(2, group, part["group_value"].to_numpy())
        rows = ["optimistic" if s in validation.OPTIMISTIC_SCHEMES else "" for s in part["scheme"]]
        parts.append(h2(heading))
        parts.append(_table(frame, f"metrics-{group}", rows))

    parts.append(h2(tr("Observed vs predicted ({scheme})").format(
        scheme=validation.SCHEMES[primary])))
    parts.append(_scatter(result, primary))
    if "random" in result.schemes and primary != "random":
        parts.append(h2(tr("Observed vs predicted ({scheme})").format(
            scheme=validation.SCHEMES["random"])))
        parts.append(_scatter(result, "random"))
    if result.predictions["period_start"].notna().any():
        parts.append(h2(tr("Time series per site ({scheme} predictions)").format(
            scheme=validation.SCHEMES[primary])))
        parts.append(_time_series(result, primary))

    parts.append(h2(tr("Predictor importance")))
    parts.append('<p class="note">' + tr(
        "Permutation importance on held-out rows: each predictor is shuffled and every row is "
        "predicted by the {scheme} model that did not see it; bars show the increase of the "
        "pooled mean squared error (mean and sd of the repeats). Impurity importance of the "
        "final model is in the table for comparison; it is computed on training rows and "
        "favours predictors with many distinct values.").format(
            scheme=validation.SCHEMES[primary]) + "</p>")
    for m in result.models:
        parts.append(_importance(m))
        frame = m.importance[["predictor", "unit", "mse_increase", "mse_increase_sd",
                              "r2_decrease", "impurity"]].rename(columns={
                                  "unit": "unit of predictor",
                                  "mse_increase": f"MSE increase [({UNIT})2]",
                                  "mse_increase_sd": f"sd [({UNIT})2]",
                                  "r2_decrease": "R2 decrease [1]",
                                  "impurity": "impurity importance [1]"})
        frame["unit of predictor"] = frame["unit of predictor"].astype(str)
        frame["flag"] = m.importance["flag"].astype(str).to_numpy()
        parts.append(_table(frame, f"importance-{m.spec.name}"))
    for m in result.models:
        if m.selection is not None:
            parts.append(h2(tr("Forward feature selection: {model}").format(
                model=m.spec.label)))
            parts.append('<p class="note">' + tr(
                "Predictors added one at a time, each time the one that lowered the pooled "
                "held-out RMSE of {scheme} most, until none did (as CAST's ffs, starting from "
                "one predictor). The model above uses the selected predictors; its CV metrics "
                "are slightly optimistic because the selection saw the same folds.").format(
                    scheme=validation.SCHEMES[primary]) + "</p>")
            path = m.selection.rename(columns={"rmse": f"held-out RMSE [{UNIT}]",
                                               "r2": "held-out R2 [1]",
                                               "candidates": f"candidates (RMSE [{UNIT}])"})
            parts.append(_table(path, f"selection-{m.spec.name}"))
    parts.append(h2(tr("Partial dependence of the final models")))
    parts.append('<p class="note">' + html.escape(tr(
        "Average prediction when one predictor is set to each value (5th–95th percentile of "
        "the training data) and the others keep their training values.")) + "</p>")
    shared = partial_dependence_limits(result.models)  # every model on one y-scale
    for m in result.models:
        parts.append(_partial_dependence(m, shared))

    parts.append(h2(tr("Area of applicability")))
    parts.append('<p class="note">' + tr(
        "Dissimilarity index (DI, Meyer &amp; Pebesma 2021): distance in importance-weighted "
        "standardised predictor space to the nearest training row, divided by the mean "
        "distance between training rows. Pixels with DI above the threshold (upper whisker of "
        "the training DI measured to other {scheme} folds) are outside the area where the CV "
        "error applies.").format(scheme=validation.SCHEMES[primary]) + "</p>")
    aoa_rows = [{"model": m.spec.label, "DI threshold [1]": m.bundle.aoa.threshold,
                 "mean training distance [1]": m.bundle.aoa.mean_distance,
                 "training rows above threshold [rows]": int(np.sum(
                     m.bundle.aoa.train_di > m.bundle.aoa.threshold))}
                for m in result.models if m.bundle.aoa is not None]
    parts.append(_table(pd.DataFrame(aoa_rows), "aoa"))
    for m in result.models:
        if m.bundle.aoa is not None:
            parts.append(_aoa_histogram(m))

    parts.append(h2(tr("Data")))
    sites = pd.DataFrame(summary["sites"]).rename(columns={
        "n": "periods [rows]", "lon": "lon [deg E]", "lat": "lat [deg N]",
        "first": "first period", "last": "last period", "mean": f"mean SR [{UNIT}]",
        "min": f"min SR [{UNIT}]", "max": f"max SR [{UNIT}]"})
    parts.append(_table(sites, "data-sites"))
    for note in result.notes:
        parts.append(f'<p class="note">{html.escape(note)}</p>')

    parts.append(h2(tr("Models and settings")))
    rows = []
    for m in result.models:
        meta = m.bundle.metadata
        hp = meta["hyperparameters"]
        rows.append({
            "model": m.spec.label, "predictors": ", ".join(
                f"{p} [{meta['units'][p]}]" for p in meta["predictors"]),
            "trees": int(hp["n_estimators"]), "max_features": str(hp["max_features"]),
            "min_samples_leaf": int(hp["min_samples_leaf"]), "max_depth": str(hp["max_depth"]),
            "file": str(model_files.get(m.spec.name, "(not saved)")),
            "SHA-256": str(meta.get("sha256", ""))[:16],
        })
    parts.append(_table(pd.DataFrame(rows), "models"))
    for m in result.models:
        if m.grid is not None:
            parts.append("<p>" + html.escape(tr(
                "Grid search for {model} (candidates with pooled held-out RMSE [{unit}], "
                "{scheme} folds; CV metrics above come from a nested search inside each "
                "fold):").format(model=m.spec.label, unit=UNIT,
                                 scheme=validation.SCHEMES[primary])) + "</p>")
            grid = m.grid.copy()
            grid.insert(0, "candidate", [str(i + 1) for i in range(len(grid))])
            for column in grid.columns:
                if grid[column].dtype == object:
                    grid[column] = grid[column].astype(str)
            parts.append(_table(grid, f"grid-{m.spec.name}"))
    versions = result.models[0].bundle.metadata.get("versions") if result.models else None
    if versions:
        parts.append('<p class="note">' + html.escape(tr("Seed {seed}; versions: {versions}").format(
            seed=result.seed, versions=", ".join(f"{k} {v}" for k, v in versions.items())))
            + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(result, path, model_files=None, title=None, qc=None, tr=_identity):
    """Render the report and write it to ``path`` (atomically: a failed write leaves no
    half-written report). ``tr``: see :func:`render`."""
    from .atomic import replaced_on_success

    text = render(result, model_files, title, qc=qc, tr=tr)
    with replaced_on_success(path) as temporary, open(temporary, "w", encoding="utf-8") as out:
        out.write(text)
    return path
