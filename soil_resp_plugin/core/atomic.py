"""Write-then-rename, so a failed or cancelled run never leaves a file that looks complete."""
import contextlib
import os
import uuid


@contextlib.contextmanager
def replaced_on_success(path):
    """Yield a hidden temporary name beside ``path``; it becomes ``path`` only when the block
    finishes without error, and is removed otherwise."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temp = os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex[:12]}.partial")
    try:
        yield temp
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.remove(temp)
