"""Conversions between QGIS layers and pandas tables, shared by the algorithms.

Not an algorithm module: the provider only registers ``SoilRespAlgorithm`` subclasses.
"""
import datetime as dt
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..compat import FieldType, GeometryType, ParameterFlag, WkbType, geometry_type, is_variant

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _qvariant_type(series):
    kind = series.dtype.kind
    if kind == "b":
        return FieldType.Bool
    if kind in "iu":
        return FieldType.LongLong
    if kind == "f":
        return FieldType.Double
    if kind == "M":
        return FieldType.DateTime
    sample = series.dropna()
    if len(sample) and isinstance(sample.iloc[0], dt.date) and not isinstance(sample.iloc[0], dt.datetime):
        return FieldType.Date
    return FieldType.String


def fields_for(frame, exclude=()):
    fields = QgsFields()
    for name in frame.columns:
        if name in exclude:
            continue
        fields.append(QgsField(str(name), _qvariant_type(frame[name])))
    return fields


def _to_qt(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        if value != value:  # NaT
            return None
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return QDateTime(value)
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    return value


def write_frame(frame, parameters, sink_name, context, algorithm, lon="lon", lat="lat"):
    """Write a DataFrame to a feature-sink parameter; points from ``lon``/``lat`` (EPSG:4326)
    when both columns exist, otherwise a geometry-less table. Returns the destination id, or
    None when an optional sink was not requested."""
    has_points = lon in frame.columns and lat in frame.columns
    fields = fields_for(frame)
    sink, dest_id = algorithm.parameterAsSink(
        parameters,
        sink_name,
        context,
        fields,
        WkbType.Point if has_points else WkbType.NoGeometry,
        WGS84 if has_points else QgsCoordinateReferenceSystem(),
    )
    if sink is None:
        definition = algorithm.parameterDefinition(sink_name)
        optional = ParameterFlag.Optional
        if definition is not None and definition.flags() & optional:
            return None  # optional output the user skipped
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, sink_name))
    columns = list(frame.columns)
    for row in frame.itertuples(index=False, name=None):
        feature = QgsFeature(fields)
        feature.setAttributes([_to_qt(v) for v in row])
        if has_points:
            x, y = row[columns.index(lon)], row[columns.index(lat)]
            if x is not None and y is not None and not (math.isnan(x) or math.isnan(y)):
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def _from_qt(value):
    if value is None:
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if is_variant(value):
        return None if value.isNull() else value.value()
    return value


def read_frame(layer, with_lonlat=True):
    """A vector layer, table or processing feature source as a DataFrame; point geometries
    become lon/lat (EPSG:4326) columns unless the layer already has them."""
    import pandas as pd
    from qgis.core import QgsCoordinateTransform, QgsProject

    names = [f.name() for f in layer.fields()]
    rows = []
    transform = None
    crs = layer.crs() if hasattr(layer, "crs") else layer.sourceCrs()  # layer or source
    spatial = geometry_type(layer) not in (
        GeometryType.Null, GeometryType.Unknown
    )
    if with_lonlat and spatial and crs.isValid():
        transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
    add_xy = transform is not None and "lon" not in names and "lat" not in names
    for feature in layer.getFeatures():
        values = [_from_qt(v) for v in feature.attributes()]
        if add_xy:
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                values += [None, None]
            else:
                point = transform.transform(geometry.centroid().asPoint())
                values += [point.x(), point.y()]
        rows.append(values)
    columns = names + (["lon", "lat"] if add_xy else [])
    return pd.DataFrame(rows, columns=columns)
