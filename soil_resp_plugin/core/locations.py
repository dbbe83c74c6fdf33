"""Location groups and spatial blocks for honest cross-validation.

Two chamber datasets of the same forest (a few hundred metres apart, or filed under the same
site id) are not independent places: a model trained on one predicts the other from its
twin, and leave-one-site-out then reports skill the model does not have at a new place.
Sites closer than ``max_distance_km`` (great-circle distance, chained: A-B and B-C put A, B and
C together) or sharing a site id form one *location*; leave-one-location-out holds out a whole
location at a time. For clustered networks, :func:`spatial_blocks` groups nearby locations into
k blocks (as CAST's spatial folds), so a held-out block is also far from the training data.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .i18n import tr

EARTH_RADIUS_KM = 6371.0088
DEFAULT_DISTANCE_KM = 1.0
#: columns tried, in order, for the site id that puts datasets of one site together
ID_COLUMNS = ("site_id", "site_name")


def haversine_km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km between points given in degrees (broadcasts)."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=float))
                              for v in (lon1, lat1, lon2, lat2))
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


@dataclass
class LocationGroups:
    """``sites``: one row per site (site, lon, lat, site id, location, reason);
    ``max_distance_km`` and ``id_column`` as used."""

    sites: pd.DataFrame
    max_distance_km: float
    id_column: str = None

    @property
    def of_site(self):
        return dict(zip(self.sites["site"], self.sites["location"]))

    @property
    def n_locations(self):
        return int(self.sites["location"].nunique())

    def merged(self):
        """Rows of sites that share their location with another site."""
        counts = self.sites["location"].map(self.sites["location"].value_counts())
        return self.sites[counts > 1]

    def table(self):
        """One row per location: its sites, size and why they were grouped."""
        rows = []
        for location, part in self.sites.groupby("location", sort=True):
            reasons = sorted({r for r in part["reason"] if r})
            rows.append({
                "location": location, "sites": ", ".join(part["site"]),
                "n_sites": len(part),
                "lon": float(part["lon"].mean()), "lat": float(part["lat"].mean()),
                "why grouped": "; ".join(reasons) if reasons else tr("single site"),
            })
        return pd.DataFrame(rows, columns=["location", "sites", "n_sites", "lon", "lat",
                                           "why grouped"])

    def to_metadata(self):
        return {
            "max_distance_km": self.max_distance_km, "id_column": self.id_column,
            "locations": {loc: list(part["site"])
                          for loc, part in self.sites.groupby("location", sort=True)},
            "reasons": {row.site: row.reason for row in self.sites.itertuples() if row.reason},
        }


def _site_ids(values):
    text = pd.Series(values, dtype="object").astype("string").str.strip()
    return text.where(text.notna() & (text != "") & (text.str.lower() != "nan"))


def choose_id_column(columns, id_column=None):
    """The column whose shared values put sites together: ``id_column`` if given, else the
    first of :data:`ID_COLUMNS` present, else None."""
    if id_column:
        return id_column
    return next((c for c in ID_COLUMNS if c in columns), None)


def group_locations(sites, max_distance_km=DEFAULT_DISTANCE_KM, id_column=None):
    """Group sites into locations.

    ``sites``: a frame with one or more rows per site (``site``, ``lon``, ``lat`` and optionally
    the id column); the first row of each site gives its coordinates. Two sites are one
    location when their great-circle distance is at most ``max_distance_km`` (0: only identical
    coordinates) or both have the same non-empty value in ``id_column`` (see
    :func:`choose_id_column`); the relation is chained. A location is named after its sites
    ('A+B'); the reason column says why each site was joined (distance to which site, or the
    shared id).
    """
    id_column = choose_id_column(sites.columns, id_column)
    first = sites.groupby(sites["site"].astype(str), sort=True).first()
    names = list(first.index)
    lon = first["lon"].to_numpy(dtype=float) if "lon" in first else np.full(len(names), np.nan)
    lat = first["lat"].to_numpy(dtype=float) if "lat" in first else np.full(len(names), np.nan)
    ids = ([None if pd.isna(v) else str(v) for v in _site_ids(first[id_column])]
           if id_column and id_column in first else [None] * len(names))
    parent = list(range(len(names)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reasons = {i: set() for i in range(len(names))}
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            why = None
            distance = haversine_km(lon[i], lat[i], lon[j], lat[j])
            if np.isfinite(distance) and distance <= max_distance_km:
                why = tr("{distance:.2f} km from {other} (<= {max_distance:g} km)")
            elif ids[i] is not None and ids[i] == ids[j]:
                why = tr("shares {column} '{id}' with {other}")
            if why:
                fields = {"distance": distance, "max_distance": max_distance_km,
                          "column": id_column, "id": ids[i]}
                reasons[i].add(why.format(other=names[j], **fields))
                reasons[j].add(why.format(other=names[i], **fields))
                parent[root(i)] = root(j)
    members = {}
    for i in range(len(names)):
        members.setdefault(root(i), []).append(names[i])
    label_of = {}
    for group in members.values():
        label = "+".join(sorted(group))
        for name in group:
            label_of[name] = label
    frame = pd.DataFrame({
        "site": names, "lon": lon, "lat": lat,
        "site_id": ids,
        "location": [label_of[n] for n in names],
        "reason": ["; ".join(sorted(reasons[i])) for i in range(len(names))],
    })
    return LocationGroups(frame, float(max_distance_km), id_column)


def spatial_blocks(groups, k=5):
    """Spatial block of every location: the locations' centres (equirectangular km around
    their mean) clustered into ``k`` blocks by Ward's hierarchical clustering (deterministic),
    so nearby locations share a block. Fewer locations than ``k`` gives one block per location.
    Returns {location: 'block N'}."""
    table = groups.table()
    n = len(table)
    if n <= k or table[["lon", "lat"]].isna().any().any():
        return {loc: f"block {i + 1}" for i, loc in enumerate(table["location"])}
    from sklearn.cluster import AgglomerativeClustering

    lat0 = np.radians(table["lat"].mean())
    xy = np.column_stack([
        np.radians(table["lon"].to_numpy()) * np.cos(lat0) * EARTH_RADIUS_KM,
        np.radians(table["lat"].to_numpy()) * EARTH_RADIUS_KM,
    ])
    labels = AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(xy)
    # number blocks in order of their first location, so names do not depend on sklearn's
    order = {c: i + 1 for i, c in enumerate(dict.fromkeys(labels))}
    return {loc: f"block {order[c]}" for loc, c in zip(table["location"], labels)}
