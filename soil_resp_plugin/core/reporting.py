"""How long-running core functions talk back: log lines, progress and cancel checks.

The Processing layer adapts ``QgsProcessingFeedback`` to this interface; notebooks and dask
workers use :class:`Reporter` (silent) or :class:`PrintReporter`.
"""
from .errors import Cancelled
from .i18n import tr


class Reporter:
    """Silent reporter; subclasses override what they need."""

    def log(self, message):
        pass

    def warn(self, message):
        self.log(tr("WARNING: {message}").format(message=message))

    def progress(self, fraction):
        """``fraction`` in [0, 1] of the whole job."""

    def is_cancelled(self):
        return False

    def check_cancelled(self):
        if self.is_cancelled():
            raise Cancelled(tr("cancelled by the user"))


class PrintReporter(Reporter):
    def log(self, message):
        print(message, flush=True)


def as_reporter(reporter):
    return reporter if reporter is not None else Reporter()


class RecordingReporter(Reporter):
    """Keeps log lines, warnings and progress fractions (notebooks, tests)."""

    def __init__(self):
        self.lines, self.warnings, self.fractions = [], [], []

    def log(self, message):
        self.lines.append(message)

    def warn(self, message):
        self.warnings.append(message)

    def progress(self, fraction):
        self.fractions.append(fraction)
