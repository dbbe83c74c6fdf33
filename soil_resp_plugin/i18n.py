"""Translation helpers. The translator is installed from the plugin constructor so it also
works in qgis_process, which never calls ``initGui``."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "SoilRespPlugin"
_translator = None


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def install_translator():
    global _translator
    if _translator is not None:
        return
    locale = QSettings().value("locale/userLocale", QLocale.system().name()) or "en"
    name = f"soil_resp_plugin_{locale[:2]}.qm"
    here = os.path.dirname(__file__)
    # assembled plugin: <plugin>/i18n; repository checkout: <repo>/i18n
    candidates = [os.path.join(here, "i18n", name), os.path.join(here, os.pardir, "i18n", name)]
    qm = next((path for path in candidates if os.path.exists(path)), None)
    if qm:
        translator = QTranslator()
        if translator.load(qm):
            QCoreApplication.installTranslator(translator)
            _translator = translator
            from .core import i18n as core_i18n

            core_i18n.install(tr)  # the core's errors, warnings and log lines too
