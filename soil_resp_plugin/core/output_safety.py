"""Refuse, before any work starts, outputs that would destroy an input or an earlier result,
and outputs that cannot be written.

The rules (one place for every algorithm; the Processing base collects the paths):

1. an output is never the same file as an input (compared by device and inode, so relative
   paths, symbolic links and hard links are all caught);
2. an output never lies in (or is) an input folder the run reads, nor contains an input
   file among the files it writes;
3. an existing file is replaced only when the user asked for it (``overwrite``);
4. every output location is writable (probed with a real file, so read-only file systems and
   permissions both count).
"""
import dataclasses
import os
import tempfile

from .errors import InputError
from .i18n import tr


@dataclasses.dataclass(frozen=True)
class Location:
    """One input or output path of a run. ``parameter`` is the Processing parameter id;
    ``name`` how messages call it (its label and id); ``layer`` a table inside a multi-layer
    file such as a GeoPackage (None: the whole file)."""

    parameter: str
    name: str
    path: str
    folder: bool = False
    layer: str = None


def _real(path):
    return os.path.realpath(os.path.abspath(os.path.expanduser(str(path))))


def _identity(path):
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def same_file(a, b):
    """True when ``a`` and ``b`` are one file (links included) or resolve to one path."""
    ia, ib = _identity(a), _identity(b)
    if ia is not None and ib is not None:
        return ia == ib
    return _real(a) == _real(b)


def inside(path, folder):
    """True when ``path`` is ``folder`` or lies below it (after resolving links)."""
    path, folder = _real(path), _real(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def check_outputs(inputs, outputs, overwrite=False, overwrite_parameter=None):
    """Raise :class:`InputError` when an output of ``outputs`` would replace an input, land in
    an input folder, replace an existing file unasked, or cannot be written.

    ``outputs`` are files, or folders (``folder=True``); files the run writes inside an output
    folder are given as file locations with the folder's parameter. ``overwrite_parameter``
    names the option that allows replacing earlier results (None: the algorithm has none).
    """
    inputs = [i for i in inputs if i.path]
    for output in outputs:
        for source in inputs:
            _check_pair(output, source)
    for output in outputs:
        path = os.path.abspath(output.path)
        if not output.folder and os.path.isdir(path):
            raise InputError(tr("{path} is a folder; give a file name.").format(path=path),
                             parameter=output.parameter, path=path)
        if (not output.folder and output.layer is None and os.path.exists(path)
                and not overwrite):
            if overwrite_parameter:
                message = tr("{path} already exists. Nothing is overwritten unasked: tick "
                             "{parameter} to replace it, or choose another name.").format(
                    path=path, parameter=overwrite_parameter)
            else:
                message = tr("{path} already exists. Nothing is overwritten unasked: choose "
                             "another name, or move the file away.").format(path=path)
            raise InputError(message, parameter=output.parameter, path=path)
    for folder, output in _write_folders(outputs).items():
        check_writable(folder, output)


def _check_pair(output, source):
    path = os.path.abspath(output.path)
    if not source.folder and os.path.exists(source.path):
        same_layer = None in (output.layer, source.layer) or output.layer == source.layer
        if same_file(path, source.path) and (output.folder or same_layer):
            if output.folder:
                message = tr("{path} is the input {name} ({input}): writing it would destroy "
                             "that input. Choose another output folder.")
            else:
                message = tr("{path} is the input {name} ({input}): writing it would destroy "
                             "that input. Choose another output file.")
            raise InputError(
                message.format(path=path, name=source.name,
                               input=os.path.abspath(source.path)),
                parameter=output.parameter, path=path)
    if source.folder and os.path.isdir(source.path) and inside(path, source.path):
        if output.folder:
            message = tr("{path} lies inside the folder {folder} that {name} reads: the run "
                         "would write among its own inputs. Choose an output folder outside "
                         "that folder.")
        else:
            message = tr("{path} lies inside the folder {folder} that {name} reads: the run "
                         "would write among its own inputs. Choose an output file outside "
                         "that folder.")
        raise InputError(
            message.format(path=path, folder=os.path.abspath(source.path), name=source.name),
            parameter=output.parameter, path=path)


def _write_folders(outputs):
    """{folder that must be writable: the output that needs it}, first output wins."""
    folders = {}
    for output in outputs:
        folder = output.path if output.folder else os.path.dirname(_real(output.path))
        folders.setdefault(_real(folder), output)
    return folders


def check_writable(folder, output):
    """Prove ``folder`` (or, when it does not exist yet, the nearest existing folder above
    it, where it will be created) accepts a new file."""
    existing = folder
    while not os.path.exists(existing):
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    if not os.path.isdir(existing):
        raise InputError(tr("Cannot create {folder}: {existing} is a file, not a "
                            "folder.").format(folder=folder, existing=existing),
                         parameter=output.parameter, path=folder)
    try:
        handle, probe = tempfile.mkstemp(prefix=".soilresp_write_probe_", dir=existing)
    except OSError as error:
        raise InputError(
            tr("Cannot write to {folder} ({error}). Nothing was computed: "
               "choose a folder you can write to.").format(folder=existing,
                                                          error=error.strerror or error),
            parameter=output.parameter, path=existing) from None
    os.close(handle)
    os.remove(probe)
