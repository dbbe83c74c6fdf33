"""A real dask cluster for the tests: ``dask scheduler`` and ``dask worker`` processes started
from the command line (``python -m distributed.cli.dask_scheduler`` / ``dask_worker``, what the
``dask scheduler`` / ``dask worker`` commands run) on 127.0.0.1, in a working directory and
with an environment that do NOT contain the plugin, and stopped by the tests. Also: a venv
with another scikit-learn, and a loopback HTTP server with Range support for /vsicurl/."""
import http.server
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-distributed lives here
OTHER_SKLEARN = "1.3.2"  # a real release with a cp311 wheel, not the Debian 1.2.1


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_env(home):
    """os.environ without anything that would put the plugin on a worker's import path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}
    env["PYTHONNOUSERSITE"] = "1"
    env["HOME"] = str(home)
    env["DASK_DISTRIBUTED__WORKER__DAEMON"] = "False"
    return env


class CLICluster:
    """Scheduler and workers as separate command-line processes."""

    def __init__(self, root, python=SYSTEM_PYTHON):
        self.root = str(root)
        self.python = python
        self.cwd = os.path.join(self.root, "cwd")
        os.makedirs(self.cwd, exist_ok=True)
        self.env = clean_env(self.root)
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler = None
        self.workers = []  # Popen
        self.logs = []

    def _spawn(self, args, name, python=None):
        with open(os.path.join(self.root, f"{name}.log"), "wb") as log:
            self.logs.append(log.name)
            return subprocess.Popen([python or self.python, "-m", *args], cwd=self.cwd,
                                    env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)

    def plugin_importable(self, python=None):
        """Whether the processes' Python, in their cwd and environment, imports the plugin."""
        done = subprocess.run([python or self.python, "-c", "import soil_resp_plugin"],
                              cwd=self.cwd, env=self.env, capture_output=True)
        return done.returncode == 0

    def start_scheduler(self):
        self.scheduler = self._spawn(
            ["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
             str(self.port), "--no-dashboard", "--no-show"], "scheduler")
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("scheduler did not start: " + self.log_text())

    def start_worker(self, name, python=None, nthreads=1, nanny=False):
        folder = os.path.join(self.root, f"local-{name}")
        os.makedirs(folder, exist_ok=True)
        worker = self._spawn(
            ["distributed.cli.dask_worker", self.address, "--host", "127.0.0.1",
             "--nthreads", str(nthreads), "--name", name, "--no-dashboard",
             "--local-directory", folder, "--memory-limit", "0",
             "--nanny" if nanny else "--no-nanny", "--death-timeout", "60"],
            f"worker-{name}", python)
        self.workers.append(worker)
        return worker

    def start_worker_with_mounts(self, name, mounts):
        """A worker in its own mount namespace (``unshare``, needs root) after the shell
        commands ``mounts`` ran there: a node that sees the storage differently."""
        folder = os.path.join(self.root, f"local-{name}")
        os.makedirs(folder, exist_ok=True)
        log_path = os.path.join(self.root, f"worker-{name}.log")
        self.logs.append(log_path)
        script = (f"{mounts} && exec {self.python} -m distributed.cli.dask_worker "
                  f"{self.address} --host 127.0.0.1 --nthreads 1 --name {name} "
                  f"--no-dashboard --local-directory '{folder}' --no-nanny")
        with open(log_path, "wb") as log:
            worker = subprocess.Popen(
                ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        self.workers.append(worker)
        return worker

    def wait_for_workers(self, n, timeout=60):
        from distributed import Client

        with Client(self.address, timeout=20, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=timeout)
            return {info["name"]: address
                    for address, info in client.scheduler_info()["workers"].items()}

    def kill(self, process, sig=signal.SIGKILL):
        if process is not None and process.poll() is None:
            os.killpg(process.pid, sig)
            process.wait(timeout=30)

    def stop_worker(self, worker):
        self.kill(worker, signal.SIGTERM)

    def close(self):
        for worker in self.workers:
            try:
                self.kill(worker, signal.SIGTERM)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                self.kill(worker, signal.SIGKILL)
        try:
            self.kill(self.scheduler, signal.SIGTERM)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            self.kill(self.scheduler, signal.SIGKILL)

    def log_text(self):
        out = []
        for name in self.logs:
            with open(name, "rb") as handle:
                out.append(f"--- {os.path.basename(name)}\n" + handle.read().decode(
                    "utf-8", "replace")[-3000:])
        return "\n".join(out)


# ----------------------------------------------------------------------------- other sklearn
def sklearn_venv(folder):
    """A real venv (system site packages: numpy, rasterio, distributed from Debian) with
    scikit-learn OTHER_SKLEARN from PyPI; built once into ``folder`` and reused."""
    python = os.path.join(folder, "bin", "python")
    stamp = os.path.join(folder, f".sklearn-{OTHER_SKLEARN}")
    if not os.path.exists(stamp):
        subprocess.run([SYSTEM_PYTHON, "-m", "venv", "--system-site-packages", folder],
                       check=True, capture_output=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        f"scikit-learn=={OTHER_SKLEARN}"], check=True, capture_output=True,
                       timeout=600)
        open(stamp, "w").close()
    return python


# ----------------------------------------------------------------------------- HTTP + Range
class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with HTTP Range requests (GDAL's /vsicurl/ reads byte ranges)."""

    def log_message(self, *args):
        self.server.requests.append(self.requestline if hasattr(self, "requestline") else "")

    def send_head(self):
        header = self.headers.get("Range")
        if not header:
            return super().send_head()
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404, "File not found")
            return None
        size = os.path.getsize(path)
        match = re.match(r"bytes=(\d*)-(\d*)$", header.strip())
        if not match:
            self.send_error(416)
            return None
        start, end = match.groups()
        if start == "":
            start, end = max(0, size - int(end)), size - 1
        else:
            start, end = int(start), min(int(end) if end else size - 1, size - 1)
        if start >= size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        handle = open(path, "rb")
        handle.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", "image/tiff")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self._remaining = end - start + 1
        return handle

    def copyfile(self, source, outputfile):
        remaining = getattr(self, "_remaining", None)
        if remaining is None:
            return super().copyfile(source, outputfile)
        while remaining > 0:
            chunk = source.read(min(65536, remaining))
            if not chunk:
                break
            outputfile.write(chunk)
            remaining -= len(chunk)
        self._remaining = None


class HTTPServer:
    """A threaded loopback HTTP server for ``folder`` (``url`` is its base)."""

    def __init__(self, folder):
        handler = lambda *a, **k: RangeHandler(*a, directory=str(folder), **k)  # noqa: E731
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.requests = []
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def python_of_this_process():
    return sys.executable
