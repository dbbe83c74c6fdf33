"""Desktop-only parts (menu actions, background tasks). Never imported by qgis_process."""
