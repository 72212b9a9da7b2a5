"""A throwaway PostgreSQL server for the tests: initdb in a temp folder, a free local port.

    python -m tests.helpers.postgres start DIR   # prints the URL; CI exports it
    python -m tests.helpers.postgres stop DIR

The test suite uses ``CRMDESK_TEST_PG_URL`` when it is set (``.ci/run`` starts a server and
exports it); otherwise it tries to start one itself for the session with the same code. Only
when no server can be started are the PostgreSQL tests skipped, with the reason; with
``CRMDESK_REQUIRE_PG=1`` (CI) they fail instead. PostgreSQL refuses to run as root, so as
root the server runs as the ``postgres`` user (``runuser``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

USER = "crmdesk"
ENCODING = ("-E", "UTF8", "--locale=C.UTF-8")


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH), or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def start(folder: Path) -> str:
    """Create and start a cluster in ``folder``; return its URL (user crmdesk, trust auth)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl found)")
    folder.mkdir(parents=True, exist_ok=True)
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", *ENCODING]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    log = str(folder / "log")
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", log, "-w", "start"]
        ),
        check=True,
        capture_output=True,
        timeout=90,
    )
    (folder / "port").write_text(str(port))
    return f"postgresql+psycopg://{USER}@127.0.0.1:{port}/postgres"


def stop(folder: Path) -> None:
    bin_dir = binaries()
    if bin_dir is None or not (folder / "data").exists():
        return
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "stop"]
        ),
        capture_output=True,
        timeout=60,
    )


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
