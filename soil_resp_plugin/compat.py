"""The few QGIS/Qt names that differ between QGIS 3.22 (Qt5) and QGIS 4 (Qt6).

QGIS 3.36 moved the Processing enums into ``Qgis`` (``Qgis.ProcessingSourceType`` ...), 3.30
the geometry enums (``Qgis.WkbType``, ``Qgis.GeometryType``) and 3.38 made ``QgsField`` take
``QMetaType.Type``; Qt6 builds (QGIS 4) drop the old unscoped names. Everything else in the
plugin uses scoped enums (``QDialogButtonBox.StandardButton.Ok``), which PyQt5 also has, and
``exec()``. ``tests/test_release.py`` refuses the Qt5-only spellings outside this module.
"""
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant


class _Names:
    """Members of the newest enum ``new`` when this QGIS has it, else of the 3.22 enum ``old``.

    ``names`` maps each attribute to the member's name in ``old`` (in ``new`` it is the
    attribute itself), or to ``(name in new, name in old)``.
    """

    def __init__(self, new, old, names):
        self._values = {}
        for name, member in names.items():
            new_name, old_name = (name, member) if isinstance(member, str) else member
            self._values[name] = getattr(new, new_name) if new is not None \
                else getattr(old, old_name)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


#: layer types of Processing parameters and outputs (``SourceType.Vector`` ...)
SourceType = _Names(
    getattr(Qgis, "ProcessingSourceType", None), QgsProcessing.SourceType,
    {"MapLayer": "TypeMapLayer", "VectorAnyGeometry": "TypeVectorAnyGeometry",
     "VectorPoint": "TypeVectorPoint", "VectorLine": "TypeVectorLine",
     "VectorPolygon": "TypeVectorPolygon", "Raster": "TypeRaster", "File": "TypeFile",
     "Vector": "TypeVector"})

#: ``NumberType.Integer`` / ``NumberType.Double`` for QgsProcessingParameterNumber
NumberType = _Names(
    getattr(Qgis, "ProcessingNumberParameterType", None), QgsProcessingParameterNumber.Type,
    {"Integer": "Integer", "Double": "Double"})

#: ``FileBehavior.File`` / ``FileBehavior.Folder`` for QgsProcessingParameterFile
FileBehavior = _Names(
    getattr(Qgis, "ProcessingFileParameterBehavior", None), QgsProcessingParameterFile.Behavior,
    {"File": "File", "Folder": "Folder"})

#: ``DateTimeType.Date`` / ``.DateTime`` / ``.Time`` for QgsProcessingParameterDateTime
DateTimeType = _Names(
    getattr(Qgis, "ProcessingDateTimeParameterDataType", None),
    QgsProcessingParameterDateTime.Type, {"Date": "Date", "DateTime": "DateTime", "Time": "Time"})

#: ``ParameterFlag.Advanced`` / ``.Optional`` / ``.Hidden`` for parameter definitions
ParameterFlag = _Names(
    getattr(Qgis, "ProcessingParameterFlag", None), QgsProcessingParameterDefinition.Flag,
    {"Advanced": "FlagAdvanced", "Optional": "FlagOptional", "Hidden": "FlagHidden"})

#: WKB types of sinks (``WkbType.Point``, ``WkbType.NoGeometry``)
WkbType = _Names(
    getattr(Qgis, "WkbType", None), QgsWkbTypes.Type,
    {"Point": "Point", "NoGeometry": "NoGeometry", "Polygon": "Polygon",
     "MultiPolygon": "MultiPolygon"})

#: ``TemporalUnit.IrregularStep`` ... for temporal properties and the Temporal Controller
TemporalUnit = _Names(
    getattr(Qgis, "TemporalUnit", None), QgsUnitTypes.TemporalUnit,
    {"IrregularStep": "TemporalIrregularStep", "Days": "TemporalDays",
     "Months": "TemporalMonths", "Years": "TemporalYears"})

#: geometry types of layers (``GeometryType.Polygon``, ``.Null``, ``.Unknown``)
GeometryType = _Names(
    getattr(Qgis, "GeometryType", None), QgsWkbTypes.GeometryType,
    {"Point": "PointGeometry", "Line": "LineGeometry", "Polygon": "PolygonGeometry",
     "Unknown": "UnknownGeometry", "Null": "NullGeometry"})


def geometry_type(layer):
    """The geometry type (a :data:`GeometryType` value) of a vector layer."""
    return QgsWkbTypes.geometryType(layer.wkbType())


#: ``FieldType.Double`` ...: what ``QgsField(name, type)`` takes (QMetaType from QGIS 3.38 on)
_FIELD_TYPES_ARE_METATYPES = Qgis.QGIS_VERSION_INT >= 33800
FieldType = _Names(
    QMetaType.Type if _FIELD_TYPES_ARE_METATYPES else None, QVariant.Type,
    {"Bool": "Bool", "LongLong": "LongLong", "Double": "Double",
     "DateTime": ("QDateTime", "DateTime"), "Date": ("QDate", "Date"),
     "String": ("QString", "String")})


def is_null(value):
    """True for a missing attribute value: ``None`` (Qt6) or a null QVariant (Qt5)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def is_variant(value):
    """True when an attribute value came back wrapped in a QVariant (Qt5 NULL and kin)."""
    return isinstance(value, QVariant)
