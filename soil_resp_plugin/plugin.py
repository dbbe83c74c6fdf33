"""Plugin object: registers the Processing provider; desktop-only actions live in ``gui``."""
from qgis.core import QgsApplication

from .i18n import install_translator


class SoilRespPlugin:
    def __init__(self, iface):
        self.iface = iface  # None under qgis_process: never touch it outside initGui
        self.provider = None
        self.actions = []
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        from .provider import SoilRespProvider

        if self.provider is None:
            self.provider = SoilRespProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()
        from .gui.menu import create_actions

        self.actions = create_actions(self.iface)

    def unload(self):
        try:  # datasets cached by reader threads must close before GDAL shuts down
            from .core.catalog import close_all_datasets

            close_all_datasets()
        except ImportError:  # rasterio missing: nothing was ever opened
            pass
        if self.iface is not None and self.actions:
            from .gui.menu import menu_title

            for action in self.actions:
                self.iface.removePluginMenu(menu_title(), action)
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
