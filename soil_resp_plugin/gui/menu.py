"""Plugin menu actions. Every text is a literal ``tr()`` call so ``make transup`` extracts it."""
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..i18n import tr
from ..provider import ICON_PATH


def menu_title():
    """The plugin menu's title (translated); ``plugin.unload`` removes the actions from it."""
    return tr("&Soil Respiration")


def create_actions(iface):
    """Create the plugin's menu actions; returns them so ``unload`` can remove them."""
    actions = []

    def add(text, callback):
        action = QAction(QIcon(ICON_PATH), text, iface.mainWindow())
        action.triggered.connect(callback)
        iface.addPluginToMenu(menu_title(), action)
        actions.append(action)
        return action

    def open_toolbox():
        from processing import execAlgorithmDialog

        execAlgorithmDialog("soilresp:createdemodata")

    add(tr("Create synthetic demo dataset…"), open_toolbox)

    def upscale_in_background():
        from .upscale_task import open_dialog

        open_dialog(iface)

    def aggregate_dialog():
        from processing import execAlgorithmDialog

        execAlgorithmDialog("soilresp:aggregatetime")

    add(tr("Upscale in background…"), upscale_in_background)
    add(tr("Aggregate SR maps in time…"), aggregate_dialog)
    return actions
