#!/usr/bin/env python3
"""Update ``i18n/*.ts`` from the plugin's translatable strings (``make transup``).

pylupdate5 guesses each string's context from the enclosing class, but the plugin translates
everything in one context (``SoilRespPlugin``) through ``i18n.tr``, and algorithm names live
in class attributes (``DISPLAY_NAME``, ``GROUP``, ``HELP``). So this walks the source with
``ast`` and merges new strings into each ``.ts`` file, keeping existing translations.
"""
import ast
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTEXT = "SoilRespPlugin"
ATTRIBUTES = {"DISPLAY_NAME", "GROUP", "HELP", "MENU"}
LANGUAGES = ("ja",)


def source_strings():
    found = {}
    for path in sorted((ROOT / "soil_resp_plugin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "tr" and isinstance(node.args[0], ast.Constant):
                    text = node.args[0].value
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                names = {t.id for t in node.targets if isinstance(t, ast.Name)}
                if names & ATTRIBUTES:
                    text = node.value.value
            if isinstance(text, str) and text.strip():
                found.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def update(ts_path, language, strings):
    existing = {}
    if ts_path.exists():
        for message in ET.parse(ts_path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "obsolete":
                existing[message.findtext("source")] = translation.text
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in sorted(strings.items(), key=lambda item: item[1]):
        message = ET.SubElement(context, "message")
        file, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename="../" + file, line=line)
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in existing:
            translation.text = existing[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8"
    )
    missing = sum(1 for text in strings if text not in existing)
    print(f"{ts_path.relative_to(ROOT)}: {len(strings)} strings, {missing} untranslated")


def main():
    strings = source_strings()
    for language in LANGUAGES:
        update(ROOT / "i18n" / f"soil_resp_plugin_{language}.ts", language, strings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
