"""Errors the core raises for bad user input.

The Processing layer turns :class:`InputError` into a ``QgsProcessingException`` whose text
names the parameter, the file and what to do, so users never see a traceback.
"""
from .i18n import tr


class InputError(ValueError):
    """Bad user input. ``parameter`` is the Processing parameter name it concerns, if any."""

    def __init__(self, message, parameter=None, path=None):
        self.parameter = parameter
        self.path = None if path is None else str(path)
        super().__init__(message)

    def __str__(self):
        text = super().__str__()
        prefix = []
        if self.parameter:
            prefix.append(tr("parameter {parameter}").format(parameter=self.parameter))
        if self.path and self.path not in text:
            prefix.append(tr("file {path}").format(path=self.path))
        return f"[{', '.join(prefix)}] {text}" if prefix else text

    def __reduce__(self):  # keep parameter and path when a dask worker sends it back
        return type(self), (self.args[0], self.parameter, self.path)


class Cancelled(Exception):
    """Raised inside long core loops when the caller's cancel check returns True.

    ``summary``, when set, tells the user what the cancelled run kept (e.g. the periods that
    were finished) and how to continue; without it, nothing was finalised."""

    def __init__(self, message=None, summary=None):
        if message is None:
            message = tr("cancelled by the user")
        self.summary = summary
        super().__init__(message)

    def __reduce__(self):
        return type(self), (self.args[0], self.summary)
