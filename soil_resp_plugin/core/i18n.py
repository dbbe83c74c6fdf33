"""Translation of the core's messages (errors, warnings, log lines) without importing QGIS.

The core writes every user-visible message as ``tr("literal with {fields}").format(...)``.
The plugin installs QGIS's translator here (``soil_resp_plugin/i18n.py``), so messages reach
users in their language; without it (the core used on its own, dask workers) they stay
English. ``scripts/update_translations.py`` extracts the literals like the plugin's own."""
_translate = None


def tr(text):
    """``text`` in the user's language (itself when no translator is installed)."""
    return _translate(text) if _translate is not None else text


def install(translate):
    """Translate the core's messages with ``translate(text) -> text`` (None: English)."""
    global _translate
    _translate = translate
