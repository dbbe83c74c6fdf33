"""Soil respiration observations: COSORE dataset folders or plain tables -> site x 8-day table.

Pipeline: read records (one row per chamber measurement) -> quality control
(:mod:`core.quality`) -> chamber-day means (local day) -> site-day means (chambers weighted
equally) -> MODIS 8-day periods. The result has the columns of the observation table in
``docs/CONTRACTS.md``; :func:`import_observations` returns pandas tables so notebooks use it
directly.

COSORE facts this relies on (checked on the real Teshio and Fuji-Hokuroku datasets):
``data.csv`` timestamps are written ``%Y-%m-%d %H:%M:%S`` whatever ``CSR_TIMESTAMP_FORMAT``
says, and in database release files they are UTC: soil temperature at 1-5 cm peaks at 05 h
and the Teshio NEE chamber's uptake at 02-03 h in file time, i.e. early afternoon and noon in
Japan (UTC+9). ``PORTS.txt`` is comma separated, padded with tabs, with ``#`` comments.
"""
import csv
import io
import pathlib
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .periods import PERIOD_DAYS
from .quality import (
    QCLog,
    QCSettings,
    check_flux_magnitudes,
    check_flux_signs,
    detect_moisture_unit,
    empty_result_advice,
    quality_control,
    summarise_fault_qc,
)
from .reporting import as_reporter
from .units import flux_to_gc_m2_d, normalise_flux_unit

COSORE_FILES = ("data.csv", "PORTS.txt", "DESCRIPTION.txt")
COSORE_FLUX_UNIT = "umol CO2 m-2 s-1"
OBSERVATION_COLUMNS = [
    "site", "site_name", "igbp", "lon", "lat", "period_start", "period_end", "sr", "sr_sd",
    "n_records", "n_days", "coverage", "soil_temperature_site", "soil_moisture_site",
]
RECORD_COLUMNS = ["site", "chamber", "timestamp", "flux", "soil_temperature", "soil_moisture"]
TIMESTAMP_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d",
)
COSORE_TIMESTAMPS = ("utc", "local")
_SENSOR = re.compile(r"^CSR_(T|SM)(\d+(?:\.\d+)?)$")


@dataclass
class ObservationImport:
    """What :func:`import_observations` returns."""

    observations: pd.DataFrame  #: site x 8-day period, columns OBSERVATION_COLUMNS
    qc: pd.DataFrame  #: per site and QC step counts (QCLog.COLUMNS)
    daily: pd.DataFrame  #: site x local day means that went into the periods
    sites: pd.DataFrame  #: one row per site: metadata and what was chosen for it
    warnings: list = field(default_factory=list)


# ----------------------------------------------------------------------------- timestamps


def _check_time_zone(name, parameter, path=None):
    try:
        pd.Timestamp("2000-01-01").tz_localize(name)
    except Exception:  # pytz/zoneinfo raise different types for unknown zones
        raise InputError(
            tr("Unknown time zone '{name}'. Use a tz database name such as Asia/Tokyo or "
               "Etc/GMT-9.").format(name=name),
            parameter=parameter, path=path,
        ) from None
    return name


def parse_timestamps(values, declared=None, parameter=None, path=None, what=None, fix=None):
    """Parse timestamps: the declared format first, then ISO-like formats.

    Returns ``(Series of datetime64, format used)``; the series is tz-aware only when the
    text carried a UTC offset. Every non-empty value must parse with one format (pandas reads
    ISO-like formats leniently, e.g. any date separator), otherwise :class:`InputError` shows
    the failing values — a silently dropped share of the data is worse. ``what`` names the
    values and ``fix`` says what to do, in the error message (defaults: "timestamps" and
    "Give the format, e.g. %d.%m.%Y %H:%M, or fix the file.").
    """
    if what is None:
        what = tr("timestamps")
    if fix is None:
        fix = tr("Give the format, e.g. %d.%m.%Y %H:%M, or fix the file.")
    series = pd.Series(values).reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(series):
        return series, "datetime"
    if pd.api.types.is_float_dtype(series):
        # numeric stamps such as 202105010930 become floats when a cell is empty: 2.0e11
        whole = series.dropna()
        if len(whole) and (whole == np.floor(whole)).all():
            series = series.astype("Int64")
    text = series.where(series.notna(), "").astype(str).str.strip()
    filled = text != ""
    if not filled.any():
        raise InputError(tr("All {what} are empty.").format(what=what), parameter=parameter,
                         path=path)
    if all(isinstance(v, (pd.Timestamp,)) or hasattr(v, "year") for v in series[filled].iloc[:50]):
        return pd.to_datetime(series, errors="coerce"), "date/datetime values"
    sample = text[filled].iloc[:50]
    formats = [declared] if declared else []
    formats += [f for f in TIMESTAMP_FORMATS if f != declared]

    def parse(fmt):
        parsed = pd.to_datetime(text.where(filled), format=fmt, errors="coerce")
        if parsed.dtype == object:  # mixed UTC offsets
            parsed = pd.to_datetime(text.where(filled), format=fmt, errors="coerce", utc=True)
        return parsed

    failures = {}  # format -> mask of values it cannot read
    for fmt in formats:
        # the declared format is always tried on every value: one odd value among the first
        # 50 must not hide that all the others match it
        if fmt != declared and pd.to_datetime(sample, format=fmt, errors="coerce").isna().any():
            continue
        parsed = parse(fmt)
        bad = parsed.isna() & filled
        if not bad.any():
            return parsed, fmt
        failures[fmt] = bad
    unreadable = filled.copy()  # values no format reads
    for fmt in formats:
        bad = failures.get(fmt)
        unreadable &= (parse(fmt).isna() & filled) if bad is None else bad
    n = int(filled.sum())
    iso = ", ".join(TIMESTAMP_FORMATS[:3])
    tried = (tr("neither the format {declared} nor any ISO format ({formats}, ...)").format(
        declared=repr(declared), formats=iso) if declared
        else tr("no ISO format ({formats}, ...)").format(formats=iso))
    if unreadable.any():
        examples = ", ".join(repr(v) for v in text[unreadable].iloc[:3])
        found = tr("{count} of {n} values, such as {examples}, match {tried}").format(
            count=int(unreadable.sum()), n=n, examples=examples, tried=tried)
    else:  # every value reads with some format, but no single format reads them all
        fmt, bad = min(failures.items(), key=lambda item: int(item[1].sum())) if failures else (
            formats[0], parse(formats[0]).isna() & filled)
        good = text[filled & ~bad].iloc[0] if (filled & ~bad).any() else ""
        examples = ", ".join(repr(v) for v in text[bad].iloc[:3])
        found = tr("they mix formats: {count} of {n} values, such as {examples}, do not match "
                   "{format}, which reads the others (e.g. {good})").format(
            count=int(bad.sum()), n=n, examples=examples, format=repr(fmt), good=repr(good))
    if declared:
        matching = int((filled & ~failures.get(declared, filled)).sum())
        found += tr("; {matching} of {n} values match {declared}").format(
            matching=matching, n=n, declared=repr(declared))
    raise InputError(tr("Cannot read the {what}: {found}. {fix}").format(
        what=what, found=found, fix=fix), parameter=parameter, path=path)


def text_has_single_offset(values):
    """True when all text timestamps end in the same UTC offset (e.g. all +09:00 or all Z)."""
    offsets = pd.Series(values).dropna().astype(str).str.extract(r"(Z|[+-]\d\d:?\d\d)$")[0]
    return offsets.nunique() <= 1


def to_local(timestamps, source_zone, local_zone):
    """Naive local wall-clock times from naive times in ``source_zone`` (or aware times)."""
    if timestamps.dt.tz is None:
        if source_zone is None:
            return timestamps
        timestamps = timestamps.dt.tz_localize(source_zone, ambiguous="NaT", nonexistent="NaT")
    if local_zone is None:
        return timestamps.dt.tz_localize(None)
    return timestamps.dt.tz_convert(local_zone).dt.tz_localize(None)


# ----------------------------------------------------------------------------- COSORE files


def find_cosore_datasets(path, parameter="INPUT"):
    """Dataset folders under ``path``: the folder itself if it is a COSORE dataset (or a file
    inside one), else its sub-folders that are."""
    folder = pathlib.Path(path)
    if folder.is_file():
        folder = folder.parent
    if not folder.is_dir():
        raise InputError(tr("Folder {folder} does not exist.").format(folder=folder),
                         parameter=parameter, path=folder)
    if any((folder / name).exists() for name in COSORE_FILES):
        return [folder]
    found = sorted(
        p for p in folder.iterdir()
        if p.is_dir() and any((p / name).exists() for name in COSORE_FILES)
    )
    if not found:
        raise InputError(
            tr("{folder} is not a COSORE dataset folder: neither it nor its sub-folders hold "
               "{files}. Choose a dataset folder such as d20200328_UEYAMA_TESHIO, or the folder "
               "that contains dataset folders.").format(folder=folder,
                                                        files=", ".join(COSORE_FILES)),
            parameter=parameter, path=folder,
        )
    return found


def read_description(path):
    """``CSR_KEY: value`` pairs of a COSORE DESCRIPTION.txt (comments skipped)."""
    values = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^\s*(CSR_[A-Z0-9_]+)\s*:\s*(.*?)\s*$", line)
        if match and not line.lstrip().startswith("#"):
            values[match.group(1)] = match.group(2)
    return values


def read_ports(path):
    """Rows of a COSORE PORTS.txt as dicts (tab padding, comments and quotes handled)."""
    lines = [
        line.replace("\t", " ")
        for line in pathlib.Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    rows = list(csv.reader(io.StringIO("\n".join(lines)), skipinitialspace=True))
    if not rows:
        return []
    header = [h.strip() for h in rows[0]]
    out = []
    for row in rows[1:]:
        cells = [c.strip() for c in row]
        out.append({h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header) if h})
    return out


def parse_port_overrides(text):
    """``'DATASET, OTHER:2'`` -> [('dataset', None), ('other', 2)] (names lower case)."""
    out = []
    for item in re.split(r"[,;\s]+", str(text or "").strip()):
        if not item:
            continue
        name, _, port = item.partition(":")
        try:
            out.append((name.strip().lower(), int(port) if port.strip() else None))
        except ValueError:
            raise InputError(
                tr("'{item}' is not DATASET or DATASET:PORT (a port is a number).").format(
                    item=item),
                parameter="NEE_AS_RS",
            ) from None
    return out


def select_ports(ports, data_ports, dataset, site_id, treatment="None", nee_as_rs=(),
                 path=None):
    """Split the ports present in data.csv into kept soil respiration ports and excluded ones.

    A port is described by its own PORTS.txt row or, failing that, by port 0 (= all ports).
    Kept: ``CSR_MSMT_VAR`` Rs (or NEE listed in ``nee_as_rs`` for this dataset/port) and
    ``CSR_TREATMENT`` equal to ``treatment``. ``CSR_OPAQUE`` is not used: many real Rs
    chambers are transparent. Returns (kept ports, {port: reason}).
    """
    by_port = _ports_by_number(ports)
    names = {dataset.lower(), str(site_id or "").lower()} - {""}
    kept, excluded = [], {}
    for port in sorted(data_ports):
        row = by_port.get(port, by_port.get(0))
        if row is None:
            excluded[port] = "not described in PORTS.txt"
            continue
        variable = row.get("CSR_MSMT_VAR", "").strip()
        port_treatment = row.get("CSR_TREATMENT", "") or "None"
        accepted_nee = variable.upper() == "NEE" and any(
            name in names and (p is None or p == port) for name, p in nee_as_rs
        )
        if variable.lower() != "rs" and not accepted_nee:
            excluded[port] = f"{variable or 'no'} measurement"
        elif port_treatment.strip().lower() != str(treatment).strip().lower():
            excluded[port] = f"treatment {port_treatment}"
        else:
            kept.append(port)
    if not kept:
        reasons = {}
        for port, why in excluded.items():
            reasons.setdefault(why, []).append(str(port))
        described = "; ".join(
            (tr("ports {ports}: {why}") if len(p) > 1 else tr("port {ports}: {why}")).format(
                ports=", ".join(p), why=why)
            for why, p in reasons.items()
        )
        hints = []
        if any("NEE" in why for why in excluded.values()):
            hints.append(
                tr("if an NEE-labelled chamber is a plant-free forest-floor chamber whose flux "
                   "is soil respiration, list it in NEE_AS_RS (e.g. {dataset} or "
                   "{dataset}:PORT)").format(dataset=dataset)
            )
        if any(why.startswith("treatment") for why in excluded.values()):
            hints.append(tr("to import a treatment, give its name in TREATMENT"))
        joined = "; ".join(hints)
        raise InputError(
            tr("Dataset {dataset} has no soil respiration (Rs) port with treatment "
               "'{treatment}' ({described}). {advice}").format(
                dataset=dataset, treatment=treatment, described=described,
                advice=(tr("{hints}.").format(hints=joined[:1].upper() + joined[1:]) if hints
                        else tr("Nothing to import."))),
            parameter="INPUT", path=path,
        )
    return kept, excluded


def _ports_by_number(ports):
    """{port number: PORTS.txt row}; rows without a readable CSR_PORT are left out."""
    by_port = {}
    for row in ports:
        try:
            by_port[int(float(row.get("CSR_PORT", "")))] = row
        except ValueError:
            continue
    return by_port


def _port_variable(ports, port):
    """CSR_MSMT_VAR of ``port`` from PORTS.txt rows (its own row, else port 0)."""
    by_port = _ports_by_number(ports)
    row = by_port.get(port, by_port.get(0)) or {}
    return row.get("CSR_MSMT_VAR", "").strip()


def _sensor_column(columns, kind, data):
    """The CSR_T*/CSR_SM* column to use: depth 5 cm if it has data, else the shallowest."""
    candidates = []
    for name in columns:
        match = _SENSOR.match(name)
        if match and match.group(1) == kind and data[name].notna().any():
            candidates.append((float(match.group(2)), name))
    if not candidates:
        return None, None
    for depth, name in candidates:
        if depth == 5.0:
            return name, depth
    depth, name = min(candidates)
    return name, depth


def _coordinate(description, key, low, high, path):
    text = description.get(key, "").strip()
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not np.isfinite(value) or not low <= value <= high:
        raise InputError(
            tr("The site has no valid coordinates: {key} is '{text}'. Add CSR_LONGITUDE and "
               "CSR_LATITUDE in decimal degrees to DESCRIPTION.txt.").format(key=key, text=text),
            parameter="INPUT", path=path,
        )
    return value


def read_cosore_dataset(folder, treatment="None", nee_as_rs=(), timestamps="utc",
                        reporter=None):
    """Records and site metadata of one COSORE dataset folder.

    ``timestamps``: ``'utc'`` for database release files (the usual case), ``'local'`` when
    data.csv holds the instrument's clock in ``CSR_TIMESTAMP_TZ``. Either way the records
    come back in the site's local time (``CSR_TIMEZONE``), which defines the day.
    """
    reporter = as_reporter(reporter)
    folder = pathlib.Path(folder)
    dataset = folder.name
    missing = [name for name in COSORE_FILES if not (folder / name).is_file()]
    if missing:
        raise InputError(
            tr("COSORE dataset {dataset} lacks {missing}. A dataset folder needs {files} as "
               "downloaded from the COSORE database.").format(
                dataset=dataset, missing=", ".join(missing), files=", ".join(COSORE_FILES)),
            parameter="INPUT", path=folder / missing[0],
        )
    if timestamps not in COSORE_TIMESTAMPS:
        raise InputError(tr("Unknown timestamp basis '{basis}'.").format(basis=timestamps),
                         parameter="COSORE_TIMESTAMPS")
    description_path = folder / "DESCRIPTION.txt"
    description = read_description(description_path)
    lon = _coordinate(description, "CSR_LONGITUDE", -180.0, 360.0, description_path)
    lat = _coordinate(description, "CSR_LATITUDE", -90.0, 90.0, description_path)
    lon = lon - 360.0 if lon > 180.0 else lon
    local_zone = description.get("CSR_TIMEZONE", "").strip()
    if not local_zone:
        raise InputError(
            tr("DESCRIPTION.txt has no CSR_TIMEZONE; add the site's time zone (e.g. Etc/GMT-9) "
               "so that days are local days."), parameter="INPUT", path=description_path,
        )
    _check_time_zone(local_zone, "INPUT", description_path)
    clock_zone = description.get("CSR_TIMESTAMP_TZ", "").strip() or local_zone
    _check_time_zone(clock_zone, "INPUT", description_path)

    data_path = folder / "data.csv"
    try:
        header = pd.read_csv(data_path, nrows=0).columns
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InputError(
            tr("data.csv of {dataset} is not a readable CSV table ({error}).").format(
                dataset=dataset, error=error),
            parameter="INPUT", path=data_path,
        ) from None
    for required in ("CSR_TIMESTAMP_BEGIN", "CSR_FLUX_CO2"):
        if required not in header:
            raise InputError(
                tr("data.csv of {dataset} has no {column} column (columns: {columns}).").format(
                    dataset=dataset, column=required, columns=", ".join(header)),
                parameter="INPUT", path=data_path,
            )
    wanted = {"CSR_PORT", "CSR_TIMESTAMP_BEGIN", "CSR_FLUX_CO2"} | {
        c for c in header if _SENSOR.match(c)
    }
    data = pd.read_csv(
        data_path, usecols=[c for c in header if c in wanted],
        dtype={"CSR_TIMESTAMP_BEGIN": str}, low_memory=False,
    )
    if data.empty:
        raise InputError(
            tr("data.csv of {dataset} has no records.").format(dataset=dataset),
            parameter="INPUT", path=data_path
        )
    if "CSR_PORT" not in data:
        data["CSR_PORT"] = 0
    data["CSR_PORT"] = pd.to_numeric(data["CSR_PORT"], errors="coerce").fillna(-1).astype(int)

    ports_path = folder / "PORTS.txt"
    ports = read_ports(ports_path)
    kept, excluded = select_ports(
        ports, set(data["CSR_PORT"].unique()), dataset,
        description.get("CSR_SITE_ID"), treatment, nee_as_rs, path=ports_path,
    )
    nee_kept = [p for p in kept if _port_variable(ports, p).upper() == "NEE"]
    counts = data["CSR_PORT"].value_counts()
    reporter.log(
        tr("{dataset}: kept soil respiration port(s) {ports}").format(
            dataset=dataset,
            ports=", ".join(tr("{port} ({n} records)").format(port=p, n=counts[p])
                            for p in kept))
    )
    for port, why in excluded.items():
        reporter.log(tr("{dataset}: excluded port {port} ({why}, {n} records)").format(
            dataset=dataset, port=port, why=why, n=counts[port]))
    data = data[data["CSR_PORT"].isin(kept)].reset_index(drop=True)

    declared = description.get("CSR_TIMESTAMP_FORMAT", "").strip() or None
    parsed, used = parse_timestamps(
        data["CSR_TIMESTAMP_BEGIN"], declared, parameter="INPUT", path=data_path,
        what=tr("CSR_TIMESTAMP_BEGIN timestamps"),
        fix=tr("Correct CSR_TIMESTAMP_FORMAT in DESCRIPTION.txt or the timestamps in data.csv."),
    )
    if declared and used != declared:
        reporter.log(
            tr("{dataset}: CSR_TIMESTAMP_FORMAT {declared} does not match data.csv; timestamps "
               "read as {used}").format(dataset=dataset, declared=declared, used=used)
        )
    source_zone = "UTC" if timestamps == "utc" else clock_zone
    local = to_local(parsed, source_zone, local_zone)
    reporter.log(tr("{dataset}: timestamps taken as {source}, days in local time {local}").format(
        dataset=dataset, source=source_zone, local=local_zone))

    t_col, t_depth = _sensor_column(data.columns, "T", data)
    m_col, m_depth = _sensor_column(data.columns, "SM", data)
    reporter.log(
        tr("{dataset}: soil temperature from {temperature}, soil moisture from {moisture}").format(
            dataset=dataset, temperature=t_col or tr("nothing (no CSR_T* column)"),
            moisture=m_col or tr("nothing (no CSR_SM* column)"))
    )
    records = pd.DataFrame({
        "site": dataset,
        "chamber": data["CSR_PORT"].astype(str),
        "timestamp": local,
        "flux": flux_to_gc_m2_d(pd.to_numeric(data["CSR_FLUX_CO2"], errors="coerce"),
                                COSORE_FLUX_UNIT),
        "soil_temperature": pd.to_numeric(data[t_col], errors="coerce") if t_col else np.nan,
        "soil_moisture": pd.to_numeric(data[m_col], errors="coerce") if m_col else np.nan,
    })
    unresolved = records["timestamp"].isna()
    if unresolved.any():
        reporter.warn(
            tr("{dataset}: {n} timestamps fall in a daylight-saving gap or overlap of the "
               "clock's time zone and were dropped").format(dataset=dataset,
                                                            n=int(unresolved.sum()))
        )
        records = records[~unresolved].reset_index(drop=True)
    site = {
        "site": dataset,
        "site_name": description.get("CSR_SITE_NAME", "") or dataset,
        "igbp": description.get("CSR_IGBP", ""),
        "lon": lon,
        "lat": lat,
        "time_zone": local_zone,
        "source": str(folder),
        "temperature_column": t_col or "",
        "temperature_depth_cm": t_depth,
        "moisture_column": m_col or "",
        "nee_as_rs_ports": ", ".join(str(p) for p in nee_kept),
        "time_basis": f"timestamps taken as {source_zone} ("
                      + ("COSORE release files" if timestamps == "utc" else "instrument clock")
                      + f"), days in local time {local_zone}",
        "ports": "kept " + ", ".join(str(p) for p in kept) + "; NEE_AS_RS: "
                 + (", ".join(str(p) for p in nee_kept) or "none") + "; excluded "
                 + (", ".join(f"{p} ({why}, {counts[p]} records)" for p, why in excluded.items())
                    or "none"),
        "ports_kept_records": int(sum(counts[p] for p in kept)),
        "ports_excluded_records": int(sum(counts[p] for p in excluded)),
    }
    return records, site


def record_provenance(log, sites, records):
    """QC-table rows that say how each site was read (time basis, ports and NEE_AS_RS), so the
    training report can show the provenance without the import's log."""
    counts = records.groupby("site").size()
    for site in sites:
        n = int(counts.get(site["site"], 0))
        log.add(site["site"], "time zone", 0, n, detail=site.get("time_basis", ""), log=False)
        if "ports" in site:
            log.add(site["site"], "ports", site["ports_excluded_records"], n,
                    detail=site["ports"], log=False)


def check_time_basis(records, site, reporter, depth_cm=None, use_temperature=True):
    """Warn when local times look shifted; returns the list of warnings given.

    Two independent hints, each needing enough data to speak: near-surface soil temperature
    (<= 10 cm) peaks in the afternoon, and daytime measurement campaigns cluster around
    midday. A nightly peak or a nightly cluster means the timestamps are in another time zone
    than assumed (e.g. UTC taken as local), which shifts every daily mean.
    """
    warnings = []
    hint = tr("check COSORE_TIMESTAMPS (COSORE folders) or TIME_ZONE (tables)")
    stamps = records["timestamp"].dropna()
    hours = stamps.dt.hour + stamps.dt.minute / 60.0
    if len(hours) and (hours != 0).any():
        angle = 2.0 * np.pi * hours.to_numpy() / 24.0
        c, s = np.cos(angle).mean(), np.sin(angle).mean()
        mean_hour = (np.degrees(np.arctan2(s, c)) / 15.0) % 24.0
        if np.hypot(c, s) > 0.3 and (mean_hour >= 20.0 or mean_hour < 6.0):
            warnings.append(
                tr("{site}: measurements cluster around {hour:04.1f} h local time, i.e. at night; "
                   "daytime campaigns suggest the timestamps are in another time zone "
                   "({hint})").format(site=site, hour=mean_hour, hint=hint)
            )
    rec = records.dropna(subset=["soil_temperature"])
    day = rec["timestamp"].dt.normalize()
    if use_temperature and (depth_cm is None or depth_cm <= 10) and day.nunique() >= 3:
        anomaly = rec["soil_temperature"] - rec.groupby(day)["soil_temperature"].transform("mean")
        hourly = anomaly.groupby(rec["timestamp"].dt.hour).mean()
        if len(hourly) >= 18 and hourly.max() - hourly.min() >= 0.2:
            peak = int(hourly.idxmax())
            if peak <= 8 or peak >= 22:
                warnings.append(
                    tr("{site}: soil temperature peaks at {peak:02d}:00 local time on average; "
                       "near-surface soil peaks in the afternoon, so the timestamps are probably "
                       "in another time zone than assumed ({hint})").format(
                        site=site, peak=peak, hint=hint)
                )
    for warning in warnings:
        reporter.warn(warning)
    return warnings


# ----------------------------------------------------------------------------- plain tables

CSV_DELIMITERS = (",", ";", "\t", "|")
_DECIMAL_COMMA = re.compile(r"^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$")


def _delimiter_names(plural=False):
    """{delimiter: its name for messages, in the user's language}."""
    if plural:
        return {",": tr("commas"), ";": tr("semicolons"), "\t": tr("tabs"),
                "|": tr("vertical bars")}
    return {",": tr("comma"), ";": tr("semicolon"), "\t": tr("tab"), "|": tr("vertical bar")}


def _header_line(path):
    with open(path, "rb") as handle:
        for raw in handle:
            line = raw.decode("utf-8-sig", errors="replace").strip()
            if line:
                return line
    return ""


def read_csv_table(path, parameter="TABLE"):
    """A CSV file as a DataFrame, and a note on how it was read (or None).

    The delimiter is the one of , ; tab | that occurs most often in the header line (European
    spreadsheet exports use ``;``); with a delimiter other than the comma, text columns whose
    every value is a number written with a decimal comma (``2,5``) become numbers.
    """
    path = pathlib.Path(path)
    if not path.is_file():
        raise InputError(tr("{path} was not found.").format(path=path), parameter=parameter,
                         path=path)
    if path.stat().st_size == 0:
        raise InputError(
            tr("{path} is empty (0 bytes): it has no header line and no records. Export the "
               "table again (one row per measurement with a header line).").format(path=path),
            parameter=parameter, path=path,
        )
    header = _header_line(path)
    if not header:
        raise InputError(tr("{path} holds only blank lines.").format(path=path),
                         parameter=parameter, path=path)
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    delimiter = max(CSV_DELIMITERS, key=lambda d: (counts[d], d == ","))
    if counts[delimiter] == 0:
        delimiter = ","
    try:
        frame = pd.read_csv(path, sep=delimiter, low_memory=False)
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InputError(
            tr("Cannot read the table as CSV with {name} ({delimiter}) as delimiter "
               "({error}).").format(name=_delimiter_names()[delimiter],
                                    delimiter=repr(delimiter), error=error),
            parameter=parameter, path=path,
        ) from None
    if delimiter == ",":
        return frame, None
    converted = []
    for column in frame.columns:
        if frame[column].dtype != object:
            continue
        text = frame[column].dropna().astype(str).str.strip()
        text = text[text != ""]
        if len(text) and text.str.contains(",", regex=False).any() and text.str.match(
                _DECIMAL_COMMA).all():
            frame[column] = pd.to_numeric(
                frame[column].astype(str).str.strip().str.replace(",", ".", regex=False),
                errors="coerce")
            converted.append(str(column))
    if converted:
        note = tr("Read {file} with {name} ({delimiter}) as delimiter and the decimal comma in "
                  "columns {columns}")
    else:
        note = tr("Read {file} with {name} ({delimiter}) as delimiter")
    note = note.format(file=path.name, name=_delimiter_names()[delimiter],
                       delimiter=repr(delimiter), columns=", ".join(converted))
    return frame, note



def _check_coordinate_ranges(coords, lon, lat, source):
    """Stop on longitudes outside -180..360 or latitudes outside -90..90, naming the sites and
    values (and suggesting swapped columns when that makes both valid)."""
    bad_lat = coords.lat.abs() > 90
    bad_lon = coords.lon.abs() > 360
    if not (bad_lat | bad_lon).any():
        return
    bad = coords[bad_lat | bad_lon]
    by_site = bad.groupby("site", sort=True).agg(lon=("lon", "first"), lat=("lat", "first"),
                                                 n=("lon", "size"))
    shown = "; ".join(
        (tr("{site}: lon {lon:g}, lat {lat:g} ({n} rows)") if row.n > 1 else
         tr("{site}: lon {lon:g}, lat {lat:g} ({n} row)")).format(
            site=name, lon=row.lon, lat=row.lat, n=int(row.n))
        for name, row in by_site.head(5).iterrows()
    )
    more = (tr(" and {n} more site(s)").format(n=len(by_site) - 5) if len(by_site) > 5
            else "")
    parameter, column = ("LAT_FIELD", lat) if bad_lat.any() else ("LON_FIELD", lon)
    swapped = ((bad.lat.abs() <= 180) & (bad.lon.abs() <= 90)).all()
    hint = (tr(" The values fit if longitude and latitude are swapped: choose '{lat}' in "
               "LON_FIELD and '{lon}' in LAT_FIELD.").format(lat=lat, lon=lon)
            if swapped and lon and lat else
            tr(" Correct these rows (decimal degrees, EPSG:4326)."))
    if bad_lat.any():
        message = tr("Latitude out of range in column '{column}' (valid: -90..90 decimal "
                     "degrees) for {n} site(s): {shown}{more}.{hint}")
    else:
        message = tr("Longitude out of range in column '{column}' (valid: -180..180 (or "
                     "0..360) decimal degrees) for {n} site(s): {shown}{more}.{hint}")
    raise InputError(
        message.format(column=column, n=len(by_site), shown=shown, more=more, hint=hint),
        parameter=parameter, path=source,
    )


def read_table_records(frame, site, time, flux, flux_unit=COSORE_FLUX_UNIT, lon=None, lat=None,
                       soil_temperature=None, soil_moisture=None, igbp=None, time_zone=None,
                       time_format=None, source="table", reporter=None):
    """Records and site metadata from a plain table (one row per measurement or per day).

    Column arguments are column names of ``frame``. Timestamps without a UTC offset are taken
    as local time; timestamps with one are converted to ``time_zone`` (required then).
    """
    reporter = as_reporter(reporter)
    if frame is None or len(frame) == 0:
        raise InputError(
            tr("The observation table is empty: it has no records (only a header line: "
               "{columns}).").format(columns=", ".join(map(str, frame.columns)))
            if frame is not None and len(frame.columns) else
            tr("The observation table is empty: it has no records."),
            parameter="TABLE", path=source,
        )
    named = {"SITE_FIELD": site, "TIME_FIELD": time, "FLUX_FIELD": flux}
    for parameter, column in named.items():
        if not column:
            what = {"SITE_FIELD": tr("site"), "TIME_FIELD": tr("time"),
                    "FLUX_FIELD": tr("flux")}[parameter]
            raise InputError(
                tr("Choose the table's column for {what} in {parameter}.").format(
                    what=what, parameter=parameter), parameter=parameter,
            )
    optional = {"LON_FIELD": lon, "LAT_FIELD": lat, "SOIL_TEMPERATURE_FIELD": soil_temperature,
                "SOIL_MOISTURE_FIELD": soil_moisture, "IGBP_FIELD": igbp}
    for parameter, column in {**named, **optional}.items():
        if column and column not in frame.columns:
            hint = ""
            if len(frame.columns) == 1:
                found = [d for d in CSV_DELIMITERS if d in str(frame.columns[0])]
                if found:
                    hint = tr(" The table was read as a single column whose name holds "
                              "{names} ({delimiter}): the file uses {delimiter} as delimiter; "
                              "save it as comma-separated CSV or load it as a delimited-text "
                              "layer with that delimiter.").format(
                        names=_delimiter_names(plural=True)[found[0]],
                        delimiter=repr(found[0]))
            raise InputError(
                tr("The table has no column '{column}' (columns: {columns}).{hint}").format(
                    column=column, columns=", ".join(map(str, frame.columns)), hint=hint),
                parameter=parameter, path=source,
            )
    unit = normalise_flux_unit(flux_unit, parameter="FLUX_UNIT")
    values = pd.to_numeric(frame[flux], errors="coerce")
    if values.isna().all():
        raise InputError(
            tr("Column '{column}' has no numeric flux value (all {n} rows are empty, NaN or "
               "text). Choose the flux column in FLUX_FIELD.").format(column=flux, n=len(frame)),
            parameter="FLUX_FIELD", path=source,
        )
    sites = frame[site].astype(str).str.strip()
    if (sites == "").any() or frame[site].isna().any():
        raise InputError(
            tr("{n} rows have no site id in '{column}'.").format(
                n=int(((sites == '') | frame[site].isna()).sum()), column=site),
            parameter="SITE_FIELD", path=source,
        )
    parsed, used = parse_timestamps(
        frame[time], time_format or None, parameter="TIME_FIELD", path=source,
        what=tr("'{column}' timestamps").format(column=time),
        fix=(tr("Correct or delete those rows, or give in TIME_FORMAT a format (Python "
                "strptime) that reads every value.") if time_format else
             tr("Give their format in TIME_FORMAT (Python strptime, e.g. %d.%m.%Y %H:%M).")),
    )
    if time_zone:
        _check_time_zone(time_zone, "TIME_ZONE")
    if parsed.dt.tz is not None and time_zone:
        parsed = to_local(parsed, None, time_zone)
        reporter.log(tr("Timestamps with UTC offsets converted to local time {zone}").format(
            zone=time_zone))
    elif parsed.dt.tz is not None:
        if str(parsed.dt.tz) == "UTC" and not text_has_single_offset(frame[time]):
            raise InputError(
                tr("The '{column}' timestamps carry different UTC offsets; give the sites' time "
                   "zone (e.g. Asia/Tokyo) in TIME_ZONE so days are local days.").format(
                    column=time),
                parameter="TIME_ZONE", path=source,
            )
        reporter.log(
            tr("Timestamps read as {used}; local time = their own UTC offset ({zone})").format(
                used=used, zone=parsed.dt.tz)
        )
        parsed = parsed.dt.tz_localize(None)
    else:
        reporter.log(tr("Timestamps read as {used}, taken as local time").format(used=used))
    records = pd.DataFrame({
        "site": sites.to_numpy(),
        "chamber": "0",
        "timestamp": parsed.to_numpy(),
        "flux": flux_to_gc_m2_d(values, unit).to_numpy(),
        "soil_temperature": (pd.to_numeric(frame[soil_temperature], errors="coerce").to_numpy()
                             if soil_temperature else np.nan),
        "soil_moisture": (pd.to_numeric(frame[soil_moisture], errors="coerce").to_numpy()
                          if soil_moisture else np.nan),
    })
    if unit != COSORE_FLUX_UNIT:
        reporter.log(tr("Flux converted from {unit} to g C m-2 d-1").format(unit=unit))
    lons = pd.to_numeric(frame[lon], errors="coerce") if lon else pd.Series(np.nan, frame.index)
    lats = pd.to_numeric(frame[lat], errors="coerce") if lat else pd.Series(np.nan, frame.index)
    coords = pd.DataFrame({"site": sites.to_numpy(), "lon": lons.to_numpy(),
                           "lat": lats.to_numpy()})
    _check_coordinate_ranges(coords, lon, lat, source)
    per_site = coords.groupby("site", sort=True).agg(
        lon=("lon", "median"), lat=("lat", "median"),
        lon_spread=("lon", lambda s: s.max() - s.min()),
        lat_spread=("lat", lambda s: s.max() - s.min()),
    )
    no_xy = per_site.index[per_site.lon.isna() | per_site.lat.isna()].tolist()
    if no_xy:
        which = (tr("columns '{lon}' and '{lat}' have no numeric value in their rows").format(
                     lon=lon, lat=lat)
                 if lon and lat else tr("no longitude/latitude column was found (no 'lon'/'lat' "
                                        "or 'longitude'/'latitude' column and no point "
                                        "geometry)"))
        raise InputError(
            tr("{n} site(s) have no coordinates: {sites}; {which}. Choose longitude/latitude "
               "columns (LON_FIELD, LAT_FIELD, decimal degrees EPSG:4326) or use a point "
               "layer.").format(n=len(no_xy), sites=", ".join(map(str, no_xy[:10])),
                                which=which),
            parameter="LAT_FIELD" if lon and per_site.lon.notna().all() else "LON_FIELD",
            path=source,
        )
    for name, row in per_site.iterrows():
        if max(row.lon_spread, row.lat_spread) > 0.01:
            reporter.warn(
                tr("{site}: coordinates vary by up to {spread:.3f} degrees between rows; the "
                   "median position is used").format(
                    site=name, spread=max(row.lon_spread, row.lat_spread))
            )
    igbp_by_site = (
        pd.Series(frame[igbp].astype(str).to_numpy(), index=sites).groupby(level=0).first()
        if igbp else pd.Series(dtype=object)
    )
    site_rows = [
        {"site": name, "site_name": name, "igbp": str(igbp_by_site.get(name, "") or ""),
         "lon": float(row.lon - 360.0 if row.lon > 180.0 else row.lon), "lat": float(row.lat),
         "time_zone": time_zone or "", "source": str(source),
         "temperature_column": soil_temperature or "", "temperature_depth_cm": None,
         "moisture_column": soil_moisture or "",
         "time_basis": (f"table timestamps with a UTC offset converted to {time_zone}; "
                        "others taken as local time") if time_zone else
         "table timestamps taken as local time"}
        for name, row in per_site.iterrows()
    ]
    return records, site_rows


# ----------------------------------------------------------------------------- aggregation


def period_starts(days):
    """MODIS 8-day period start (datetime64) of each local day (vectorised core.periods)."""
    days = pd.to_datetime(pd.Series(days))
    start_doy = ((days.dt.dayofyear - 1) // PERIOD_DAYS) * PERIOD_DAYS + 1
    return pd.to_datetime(days.dt.year.astype(str) + "-01-01") + pd.to_timedelta(
        start_doy - 1, unit="D"
    )


def aggregate(records, sites, settings, log):
    """Chamber-day -> site-day -> 8-day period means, dropping thin days and periods."""
    site_info = pd.DataFrame(sites).set_index("site")
    records = records.assign(day=records["timestamp"].dt.normalize())
    chamber_day = (
        records.groupby(["site", "chamber", "day"], sort=True)
        .agg(flux=("flux", "mean"), n=("flux", "size"))
        .reset_index()
    )
    enough = chamber_day["n"] >= int(settings.min_records_per_day)
    for site in site_info.index:
        mine = chamber_day["site"] == site
        log.add(
            site, "days with too few records", (mine & ~enough).sum(), (mine & enough).sum(),
            unit="chamber-days",
            detail=f"fewer than {int(settings.min_records_per_day)} records "
            f"({int(chamber_day.loc[mine & ~enough, 'n'].sum())} records dropped)",
        )
        if (mine.any()) and not (mine & enough).any():
            log.reporter.warn(
                tr("{site}: no day has {n} records; for manual (survey) measurements set "
                   "MIN_RECORDS_PER_DAY to 1").format(site=site,
                                                      n=int(settings.min_records_per_day))
            )
    chamber_day = chamber_day[enough]
    used = records.merge(chamber_day[["site", "chamber", "day"]], on=["site", "chamber", "day"])
    drivers = used.groupby(["site", "day"]).agg(
        soil_temperature=("soil_temperature", "mean"), soil_moisture=("soil_moisture", "mean")
    )
    daily = (
        chamber_day.groupby(["site", "day"])
        .agg(sr=("flux", "mean"), n_records=("n", "sum"), n_chambers=("chamber", "size"))
        .join(drivers)
        .reset_index()
    )
    daily["period_start"] = period_starts(daily["day"]).to_numpy()
    periods = (
        daily.groupby(["site", "period_start"])
        .agg(sr=("sr", "mean"), sr_sd=("sr", "std"), n_records=("n_records", "sum"),
             n_days=("sr", "size"), soil_temperature_site=("soil_temperature", "mean"),
             soil_moisture_site=("soil_moisture", "mean"))
        .reset_index()
    )
    start = periods["period_start"]
    year_end = pd.to_datetime(start.dt.year.astype(str) + "-12-31")
    end = (start + pd.Timedelta(days=PERIOD_DAYS - 1)).where(
        start + pd.Timedelta(days=PERIOD_DAYS - 1) <= year_end, year_end
    )
    periods["coverage"] = periods["n_days"] / ((end - start).dt.days + 1)
    periods["period_end"] = end
    enough = periods["n_days"] >= int(settings.min_days_per_period)
    for site in site_info.index:
        mine = periods["site"] == site
        log.add(
            site, "periods with too few days", (mine & ~enough).sum(), (mine & enough).sum(),
            unit="periods", detail=f"fewer than {int(settings.min_days_per_period)} valid days",
        )
    periods = periods[enough].copy()
    for column in ("site_name", "igbp", "lon", "lat"):
        periods[column] = periods["site"].map(site_info[column])
    periods["period_start"] = periods["period_start"].dt.strftime("%Y-%m-%d")
    periods["period_end"] = periods["period_end"].dt.strftime("%Y-%m-%d")
    periods["n_records"] = periods["n_records"].astype("int64")
    periods["n_days"] = periods["n_days"].astype("int64")
    observations = periods[OBSERVATION_COLUMNS].sort_values(["site", "period_start"])
    return observations.reset_index(drop=True), daily


# ----------------------------------------------------------------------------- whole import


def import_observations(cosore_folders=(), table=None, table_columns=None,
                        flux_unit=COSORE_FLUX_UNIT, moisture_unit="auto", qc=None,
                        treatment="None", nee_as_rs="", cosore_timestamps="utc",
                        time_zone=None, time_format=None, table_source="table",
                        reporter=None):
    """Import COSORE dataset folders and/or a plain table into the observation table.

    ``cosore_folders``: dataset folders or folders of dataset folders. ``table``: a DataFrame
    with ``table_columns`` = dict(site=, time=, flux=, lon=, lat=, soil_temperature=,
    soil_moisture=, igbp=) naming its columns; ``flux_unit`` applies to it (COSORE fluxes are
    always umol CO2 m-2 s-1). Raises :class:`InputError` before returning anything partial.
    """
    reporter = as_reporter(reporter)
    qc = qc or QCSettings()
    qc.check()
    overrides = parse_port_overrides(nee_as_rs)
    folders = []
    for folder in cosore_folders or ():
        folders += find_cosore_datasets(folder)
    if not folders and table is None:
        raise InputError(
            tr("Nothing to import: choose a COSORE dataset folder (INPUT / MORE_DATASETS) or "
               "an observation table (TABLE)."), parameter="INPUT",
        )
    parts, sites, seen, warnings = [], [], {}, []
    total = len(folders) + (table is not None)
    for i, folder in enumerate(folders):
        reporter.check_cancelled()
        if folder.name in seen:
            raise InputError(
                tr("Two datasets are both called {name} ({first} and {second}); site ids must "
                   "be unique.").format(name=folder.name, first=seen[folder.name],
                                        second=folder),
                parameter="INPUT", path=folder,
            )
        seen[folder.name] = folder
        records, site = read_cosore_dataset(folder, treatment, overrides, cosore_timestamps,
                                            reporter)
        warnings += check_time_basis(records, site["site"], reporter,
                                     site["temperature_depth_cm"])
        parts.append(records)
        sites.append(site)
        reporter.progress(0.6 * (i + 1) / total)
    names = {f.name.lower() for f in folders} | {
        str(read_description(f / "DESCRIPTION.txt").get("CSR_SITE_ID", "")).lower()
        for f in folders
    }
    for name, _ in overrides:
        if name not in names:
            reporter.warn(tr("NEE_AS_RS names '{name}', which matches no imported "
                             "dataset").format(name=name))
    sign_origins, unit_origins, site_units = {}, {}, {}
    for site in sites:
        sign_origins[site["site"]] = (
            "INPUT", site["source"], tr("check the CSR_FLUX_CO2 values of dataset {dataset} "
                                        "(COSORE fluxes are efflux-positive) or leave the "
                                        "dataset out").format(dataset=site["site"]))
        unit_origins[site["site"]] = ("INPUT", site["source"], None)
    if table is not None:
        columns = dict(table_columns or {})
        records, site_rows = read_table_records(
            table, flux_unit=flux_unit, time_zone=time_zone, time_format=time_format,
            source=table_source, reporter=reporter, **columns,
        )
        clash = sorted(set(records["site"]) & set(seen))
        if clash:
            raise InputError(
                tr("Table site ids {sites} are also COSORE dataset names; rename them.").format(
                    sites=", ".join(clash)),
                parameter="SITE_FIELD", path=table_source,
            )
        for name, rec in records.groupby("site", sort=True):
            warnings += check_time_basis(rec, name, reporter, use_temperature=False)
        parts.append(records)
        sites += site_rows
        flux_column = columns.get("flux")
        for name in records["site"].unique():
            sign_origins[name] = (
                "FLUX_FIELD", table_source,
                tr("flip the sign of column '{column}' (e.g. a new column -\"{column}\" made "
                   "with the Field Calculator, chosen in FLUX_FIELD)").format(column=flux_column))
            unit_origins[name] = ("FLUX_UNIT", table_source, "FLUX_UNIT")
            site_units[name] = normalise_flux_unit(flux_unit, parameter="FLUX_UNIT")
    records = pd.concat(parts, ignore_index=True)[RECORD_COLUMNS]
    reporter.check_cancelled()
    check_flux_signs(records, sign_origins)
    check_flux_magnitudes(records, qc, site_units, unit_origins, reporter)

    units = {
        site: detect_moisture_unit(rec["soil_moisture"], site, moisture_unit, reporter)
        for site, rec in records.groupby("site", sort=True)
    }
    log = QCLog(reporter)
    record_provenance(log, sites, records)
    nee_ports = {site["site"]: {p.strip() for p in site.get("nee_as_rs_ports", "").split(",")
                                if p.strip()} for site in sites}
    clean = quality_control(records, qc, units, log, nee_ports)
    reporter.progress(0.8)
    observations, daily = aggregate(clean, sites, qc, log)
    qc_table = log.frame()
    summarise_fault_qc(qc_table, reporter)
    for site in sorted({s["site"] for s in sites} - set(observations["site"])):
        reporter.warn(tr("{site}: no 8-day period passed quality control; see the QC "
                         "table").format(site=site))
    if observations.empty:
        message, parameter = empty_result_advice(qc_table, qc)
        raise InputError(
            tr("No site x 8-day period passed quality control. {message} (The log and the QC "
               "counts give each step per site.)").format(message=message), parameter=parameter,
        )
    site_table = pd.DataFrame(sites)
    site_table["moisture_unit"] = site_table["site"].map(units)
    reporter.log(
        tr("{sites} site(s), {periods} site x 8-day periods from {records} records").format(
            sites=observations["site"].nunique(), periods=len(observations),
            records=len(clean))
    )
    reporter.progress(1.0)
    return ObservationImport(observations, qc_table, daily, site_table, warnings)
