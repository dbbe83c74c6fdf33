#!/usr/bin/env python3
"""Update ``i18n/*.ts`` from the plugin's translatable strings (``make transup``).

pylupdate5 guesses each string's context from the enclosing class, but the plugin translates
everything in one context (``SoilRespPlugin``) through ``i18n.tr``, and algorithm names live
in class attributes (``DISPLAY_NAME``, ``GROUP``, ``HELP``, ``MENU``). So this walks the
source with ``ast`` and merges new strings into each ``.ts`` file, keeping existing
translations. Translations of texts no longer in the source stay in the file as
``type="vanished"`` (lrelease ignores them) so a reworded or reverted text can reuse them;
``--no-obsolete`` drops them.

What is extracted:

- ``tr("literal")`` and ``self.tr("literal")`` (implicit concatenation of literals included);
- string values assigned to ``DISPLAY_NAME``, ``GROUP``, ``HELP`` and ``MENU``, also when
  built with ``+`` from literals and module-level strings (``HELP = "..." +
  predictor_inputs.PREDICTORS_HELP``);
- ``tr(label)`` where ``label`` is bound by a ``for`` loop or a comprehension over a literal
  table the source spells out: an inline tuple/list, a tuple/list/dict assigned in the same
  function, the same module or imported from another module of the plugin (``TABLE`` or
  ``TABLE.items()``). The argument expression is evaluated for every row of the table, so
  ``tr(label)`` and even ``tr(f"... {label}")`` give every string the call can see at run time.

Every other ``tr()`` call whose text the script cannot see is listed by
``unresolved_calls()`` (and printed by ``main``): its string would never reach the ``.ts``
file. ``tests/test_i18n.py`` fails on any such call. The only non-literal calls accepted as
they are: a ``tr`` wrapper passing its own parameter on (``def tr(self, text): return
tr(text)``) and ``self.tr(self.DISPLAY_NAME)`` style calls on the extracted class attributes.
"""
import ast
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "soil_resp_plugin"
CONTEXT = "SoilRespPlugin"
ATTRIBUTES = {"DISPLAY_NAME", "GROUP", "HELP", "MENU"}
LANGUAGES = ("ja",)
_UNKNOWN = object()  # a table cell the script cannot read (e.g. self.SITE_FIELD)


class Unresolved(Exception):
    pass


def _is_tr_call(node):
    if not isinstance(node, ast.Call) or not node.args:
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "tr"


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Module:
    """One parsed source file, with parent links to find loops and enclosing functions."""

    _cache = {}

    def __init__(self, path):
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node

    @classmethod
    def load(cls, path):
        path = pathlib.Path(path).resolve()
        if path not in cls._cache:
            cls._cache[path] = cls(path)
        return cls._cache[path]

    def ancestors(self, node):
        while node in self.parents:
            node = self.parents[node]
            yield node

    # -- tables -------------------------------------------------------------------------
    def _assigned(self, name, scope):
        """The value last assigned to ``name`` directly in ``scope`` (function or module)."""
        value = None
        body = scope.body if hasattr(scope, "body") else []
        for node in ast.walk(scope) if isinstance(scope, ast.FunctionDef) else body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                value = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == name and node.value is not None:
                value = node.value
        return value

    def _relative_import(self, name):
        """(path the ``from .x import name`` statement points to, without suffix: the package
        folder for ``from . import``; the imported name; whether it names a module ``x``) for
        ``name`` bound by a relative import of this module, or (None, None, False)."""
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.level:
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        base = self.path.parent
                        for _ in range(node.level - 1):
                            base = base.parent
                        parts = node.module.split(".") if node.module else []
                        return base.joinpath(*parts), alias.name, bool(parts)
        return None, None, False

    def _imported(self, name):
        """(module, name in it) of a value imported by ``from .x import name``."""
        target, imported, from_module = self._relative_import(name)
        if target is None:
            return None, None
        file = target.with_suffix(".py") if from_module else target / "__init__.py"
        if not file.exists():
            file = target / "__init__.py"
        if file.exists():
            return _Module.load(file), imported
        return None, None

    def table(self, node, at):
        """Rows of the literal table ``node`` (seen from ``at``), each a tuple of values."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "items" and not node.args:
            mapping = self._resolve_name(node.func.value, at)
            if not isinstance(mapping, ast.Dict):
                raise Unresolved("items() of something that is not a literal dict")
            return [(self._value(k), self._value(v)) for k, v in zip(mapping.keys, mapping.values)]
        node = self._resolve_name(node, at)
        if isinstance(node, ast.Dict):
            return [(self._value(k),) for k in node.keys]
        if isinstance(node, (ast.Tuple, ast.List)):
            rows = []
            for element in node.elts:
                if isinstance(element, (ast.Tuple, ast.List)):
                    rows.append(tuple(self._value(e) for e in element.elts))
                else:
                    rows.append((self._value(element),))
            return rows
        raise Unresolved("the loop does not run over a literal table")

    def _resolve_name(self, node, at):
        if isinstance(node, ast.Name):
            for scope in self.ancestors(at):
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    value = self._assigned(node.id, scope)
                    if value is not None:
                        return value
            value = self._assigned(node.id, self.tree)
            if value is not None:
                return value
            module, name = self._imported(node.id)
            if module is not None:
                value = module._assigned(name, module.tree)
                if value is not None:
                    return value
            raise Unresolved(f"{node.id} is not a literal table in the plugin's source")
        return node

    def _imported_module(self, name):
        """The plugin module bound to ``name`` by ``from . import name`` (or ``from .x import
        name``), or None."""
        target, imported, _ = self._relative_import(name)
        if target is not None and (target / (imported + ".py")).exists():
            return _Module.load(target / (imported + ".py"))
        return None

    def fold(self, node):
        """The string an expression of literals, ``+`` and module-level names builds."""
        text = _literal(node)
        if text is not None:
            return text
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.fold(node.left) + self.fold(node.right)
        if isinstance(node, ast.Name):
            value = self._assigned(node.id, self.tree)
            if value is not None:
                return self.fold(value)
            module, name = self._imported(node.id)
            if module is not None:
                value = module._assigned(name, module.tree)
                if value is not None:
                    return module.fold(value)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = self._imported_module(node.value.id)
            if module is not None:
                value = module._assigned(node.attr, module.tree)
                if value is not None:
                    return module.fold(value)
        raise Unresolved("the text is not built from string literals the script can see")

    @staticmethod
    def _value(node):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return _UNKNOWN
        return _UNKNOWN

    # -- tr() arguments ------------------------------------------------------------------
    def texts(self, call):
        """Every string ``call`` (a tr() call) can translate; raises Unresolved otherwise."""
        arg = call.args[0]
        text = _literal(arg)
        if text is not None:
            return [text]
        if isinstance(arg, ast.Attribute) and arg.attr in ATTRIBUTES:
            return []  # class attributes are extracted where they are assigned
        if isinstance(arg, ast.Name) and arg.id in ATTRIBUTES:
            return []
        if isinstance(arg, ast.Name):
            for scope in self.ancestors(call):
                if isinstance(scope, ast.FunctionDef):
                    if scope.name == "tr" and arg.id in [a.arg for a in scope.args.args]:
                        return []  # the wrapper itself
                    break
        names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
        if not names:
            raise Unresolved("the text is not a string literal")
        bindings = self._loop_bindings(call, names)
        texts = []
        code = compile(ast.Expression(body=arg), str(self.path), "eval")
        for row in bindings:
            if any(row.get(n, _UNKNOWN) is _UNKNOWN for n in names):
                raise Unresolved("a table cell the text depends on is not a literal")
            try:
                value = eval(code, {"__builtins__": {}}, row)  # noqa: S307 (own source)
            except Exception as error:  # noqa: BLE001
                raise Unresolved(f"cannot evaluate the text for a table row: {error}") from None
            if not isinstance(value, str):
                raise Unresolved("the text is not a string")
            texts.append(value)
        return texts

    def _loop_bindings(self, call, names):
        """Value rows for ``names`` from the innermost loop/comprehension binding them."""
        for scope in self.ancestors(call):
            loops = []
            if isinstance(scope, ast.For):
                loops = [(scope.target, scope.iter, scope)]
            elif isinstance(scope, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                loops = [(g.target, g.iter, scope) for g in scope.generators]
            for target, iterable, at in loops:
                bound = self._target_names(target)
                if names <= set(bound):
                    rows = self.table(iterable, at)
                    result = []
                    for row in rows:
                        if len(bound) == 1 and not isinstance(target, ast.Tuple):
                            values = [row if len(row) > 1 else row[0]]
                        elif len(row) != len(bound):
                            raise Unresolved("table rows do not match the loop variables")
                        else:
                            values = row
                        result.append(dict(zip(bound, values)))
                    return result
            if isinstance(scope, (ast.FunctionDef, ast.Lambda)):
                break
        raise Unresolved("the text is a variable that no loop over a literal table binds")

    @staticmethod
    def _target_names(target):
        if isinstance(target, ast.Name):
            return [target.id]
        if isinstance(target, ast.Tuple) and all(isinstance(e, ast.Name) for e in target.elts):
            return [e.id for e in target.elts]
        raise Unresolved("nested loop targets are not supported")


def _scan():
    found, unresolved = {}, []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _Module.load(path)
        where = f"{path.relative_to(ROOT)}"
        for node in ast.walk(module.tree):
            texts = []
            if _is_tr_call(node):
                try:
                    texts = module.texts(node)
                except Unresolved as reason:
                    unresolved.append(f"{where}:{node.lineno}: {reason}")
            elif isinstance(node, ast.Assign) and {
                t.id for t in node.targets if isinstance(t, ast.Name)
            } & ATTRIBUTES:
                try:
                    texts = [module.fold(node.value)]
                except Unresolved as reason:
                    unresolved.append(f"{where}:{node.lineno}: {reason}")
            for text in texts:
                if text.strip():
                    found.setdefault(text, f"{where}:{node.lineno}")
    return found, unresolved


def source_strings():
    """{text: "file:line" of its first use} for every translatable string of the plugin."""
    return _scan()[0]


def unresolved_calls():
    """``file:line: reason`` of every tr() call whose text cannot be extracted."""
    return _scan()[1]


def read_ts(ts_path):
    """[(source, translation or None, type)] of a ``.ts`` file."""
    messages = []
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        messages.append((
            message.findtext("source"),
            translation.text if translation is not None else None,
            translation.get("type") if translation is not None else "unfinished",
        ))
    return messages


def update(ts_path, language, strings, keep_vanished=True):
    existing = {}
    if ts_path.exists():
        for source, text, kind in read_ts(ts_path):
            if text:  # a vanished message comes back translated when its text returns
                existing[source] = (text, "unfinished" if kind == "unfinished" else None)
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in sorted(strings.items(), key=lambda item: (item[1].rsplit(":", 1)[0],
                                                                 int(item[1].rsplit(":", 1)[1]),
                                                                 item[0])):
        message = ET.SubElement(context, "message")
        file, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename="../" + file, line=line)
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in existing:
            translation.text, kind = existing[text]
            if kind == "unfinished":
                translation.set("type", "unfinished")
        else:
            translation.set("type", "unfinished")
    if keep_vanished:  # like lupdate: translations of removed texts stay for reuse
        for text in sorted(set(existing) - set(strings)):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation", type="vanished")
            translation.text = existing[text][0]
    ET.indent(root)
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8"
    )
    missing = sum(1 for text in strings if text not in existing
                  or existing[text][1] == "unfinished")
    print(f"{ts_path.relative_to(ROOT)}: {len(strings)} strings, {missing} untranslated")
    return missing


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    strings, unresolved = _scan()
    for language in LANGUAGES:
        update(ROOT / "i18n" / f"soil_resp_plugin_{language}.ts", language, strings,
               keep_vanished="--no-obsolete" not in argv)
    for line in unresolved:
        print(f"not extractable (fix the call; tests/test_i18n.py fails on it): {line}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
