"""`cc-server --tls-cert/--tls-key`: HTTPS served by the server itself (phones give the field
app GPS only on a secure page), announced as https://."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


def test_the_server_serves_https_with_the_centers_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=cc-server", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--port", "0", "--demo", "--rate", "0",
         "--database", f"sqlite:///{tmp_path / 'cc.db'}", "--data-dir", str(tmp_path / "data"),
         "--tls-cert", str(cert), "--tls-key", str(key)],
        stdout=subprocess.PIPE, stderr=(tmp_path / "server.log").open("w"), text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("https://127.0.0.1:"), url
        assert _healthy(url, cert, server), (tmp_path / "server.log").read_text()[-2000:]
        page = requests.get(f"{url}/field/", verify=str(cert), timeout=30)
        assert page.status_code == 200 and "崇川区指挥中心" in page.text
        with pytest.raises(requests.exceptions.ConnectionError):  # no plain HTTP on that port
            requests.get(url.replace("https://", "http://") + "/healthz", timeout=10)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _healthy(url: str, cert: Path, server: subprocess.Popen[str]) -> bool:
    """Whether /healthz answers over TLS within a minute (the socket listens once the app has
    started)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if requests.get(f"{url}/healthz", verify=str(cert), timeout=5).status_code == 200:
                return True
        except requests.exceptions.ConnectionError:
            time.sleep(0.2)
    return False
