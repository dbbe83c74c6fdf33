"""QGIS plugin entry point. Imports nothing heavy: QGIS loads this even without scikit-learn."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import SoilRespPlugin

    return SoilRespPlugin(iface)
