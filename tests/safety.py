"""Checksums of every file under some paths, to prove a run left its inputs byte-identical."""
import contextlib
import hashlib
import pathlib
import subprocess


def snapshot(*paths):
    """{file path: SHA-256} of every file at or under ``paths``."""
    sums = {}
    for root in map(pathlib.Path, paths):
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            sums[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def assert_unchanged(before):
    """Every file of a :func:`snapshot` still exists with the same bytes, and no file was
    added under the snapshotted folders."""
    after = snapshot(*before)
    changed = [p for p, digest in before.items() if after.get(p) != digest]
    assert not changed, f"inputs changed or removed: {changed}"


def assert_folder_unchanged(folder, before):
    """Like :func:`assert_unchanged`, and no file appeared in ``folder``."""
    assert_unchanged(before)
    now = snapshot(folder)
    added = sorted(set(now) - set(before))
    assert not added, f"files appeared: {added}"


@contextlib.contextmanager
def mounted_tmpfs(folder, options):
    """A real tmpfs mounted on ``folder`` (``options`` e.g. 'ro,size=1m' for a read-only file
    system, 'size=8k' for a full disk) for the block; the test is skipped where mounting needs
    a privilege it lacks."""
    import pytest

    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
