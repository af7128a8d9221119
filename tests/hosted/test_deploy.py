"""The deployment examples in deploy/ are run, not only read: the shipped Caddyfile in a
real Caddy in front of two real `nextyes serve` processes on one PostgreSQL database (HTTPS
at the proxy, the forwarded headers believed, requests shared between the processes), the
systemd unit through `systemd-analyze verify`, and compose.yaml checked against the
settings it passes on. The containers themselves need an image registry this machine
cannot reach; docs/hosting.md says so."""

import html
import os
import re
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest
import yaml  # type: ignore[import-untyped]  # through schemathesis, in the dev lock

from nextyes.config import Settings
from tests.cli_runner import SCRIPT
from tests.hosted.conftest import PASSWORD, TOKEN_FIELD
from tests.hosted.test_hosted_cli import hosted_env
from tests.hosted.test_processes import answering, start
from tests.test_demo_cli import HOST, STARTUP_SECONDS, free_port

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
CADDY = shutil.which("caddy")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
NEEDS_CADDY = "Caddy is not installed (apt-get install caddy): the shipped Caddyfile is not run"
NEEDS_SYSTEMD = "systemd-analyze is not installed: the shipped systemd unit is not checked"


def caddy_config(folder: Path, http_port: int, https_port: int) -> Path:
    """The shipped Caddyfile, imported whole, under global options a test needs: its own
    ports and storage, no admin endpoint, and no change to this machine's trust store."""
    config = folder / "Caddyfile"
    config.write_text(
        "{\n"
        "\tskip_install_trust\n"
        "\tadmin off\n"
        f"\thttp_port {http_port}\n"
        f"\thttps_port {https_port}\n"
        f"\tstorage file_system {folder / 'storage'}\n"
        "}\n"
        f"import {DEPLOY / 'Caddyfile'}\n"
    )
    return config


def trusting(root: Path) -> ssl.SSLContext:
    """A client that trusts Caddy's own certificate authority, as a browser would once told
    to, and nothing else."""
    return ssl.create_default_context(cafile=str(root))


@pytest.fixture
def proxied(tmp_path: Path, hosted_url: str) -> Iterator[tuple[str, Path, list[Path]]]:
    """Caddy on https://localhost:PORT before two app processes; yields the public URL,
    Caddy's own root certificate (to trust, as a browser would after installing it) and
    the processes' logs."""
    if CADDY is None:
        pytest.skip(NEEDS_CADDY)
    https_port, ports = free_port(), [free_port(), free_port()]
    public = f"https://localhost:{https_port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(
        hosted_env(hosted_url),
        NEXTYES_HOME=str(tmp_path / "home"),
        NEXTYES_PUBLIC_URL=public,
        NEXTYES_ALLOWED_HOSTS='["localhost"]',
    )
    logs = [tmp_path / "app1.log", tmp_path / "app2.log"]
    apps = [start(env, port, log) for port, log in zip(ports, logs, strict=True)]
    proxy_log = tmp_path / "caddy.log"
    proxy: subprocess.Popen[bytes] | None = None
    try:
        for port, app, log in zip(ports, apps, logs, strict=True):
            answering(f"http://{HOST}:{port}", app, log)
        folder = tmp_path / "caddy"
        folder.mkdir()
        config = caddy_config(folder, free_port(), https_port)
        proxy_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "NEXTYES_DOMAIN": "localhost",
            "NEXTYES_UPSTREAMS": " ".join(f"{HOST}:{port}" for port in ports),
        }
        with proxy_log.open("wb") as output:
            proxy = subprocess.Popen(
                [CADDY, "run", "--config", str(config), "--adapter", "caddyfile"],
                env=proxy_env, stdout=output, stderr=subprocess.STDOUT,
            )  # fmt: skip
        root = folder / "storage" / "pki" / "authorities" / "local" / "root.crt"
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert proxy.poll() is None, proxy_log.read_text()
            try:
                health = f"{public}/healthz"
                if root.exists() and httpx.get(health, verify=trusting(root)).is_success:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, proxy_log.read_text()
            time.sleep(0.2)
        yield public, root, logs
    finally:
        for process in [*apps, *([proxy] if proxy else [])]:
            process.terminate()
            process.wait(timeout=20)


def test_the_shipped_caddyfile_serves_two_processes_over_https(
    proxied: tuple[str, Path, list[Path]], hosted_url: str
) -> None:
    public, root, logs = proxied
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(hosted_env(hosted_url, NEXTYES_PUBLIC_URL=public))
    invited = subprocess.run(
        [str(SCRIPT), "admin", "invite", "wim@example.org"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    link = re.search(r"https://localhost:\d+(/signup/[A-Za-z0-9_-]+)", invited.stdout)
    assert link, invited.stdout  # the invitation names the public address, the proxy's
    # A browser's request: the page's own origin, over HTTPS, through the proxy.
    with httpx.Client(base_url=public, verify=trusting(root), timeout=30) as browser:
        page = browser.get(link.group(1))
        assert page.status_code == 200, page.text
        token = TOKEN_FIELD.search(page.text)
        assert token
        made = browser.post(
            link.group(1),
            data={"csrf_token": token.group(1), "password": PASSWORD, "repeat": PASSWORD},
            headers={"Origin": public},
        )
        assert made.status_code == 303, made.text  # the Host passed on matches the Origin
        session = made.headers["set-cookie"]
        assert "Secure" in session
        assert "HttpOnly" in session
        # The app believes the proxy's X-Forwarded-Proto: links it builds from the request
        # (the posting clipper, the calendar feed) point at the public HTTPS address.
        adding = browser.get("/applications/new")
        assert adding.status_code == 200
        clipper = html.unescape(adding.text)
        assert f"'{public}'" in clipper
        assert f"http://localhost:{public.rsplit(':', 1)[1]}" not in clipper
        for _ in range(6):
            assert browser.get("/today").status_code == 200
    # Requests were shared between the two processes (Caddy's round robin).
    served = [log.read_text().count("access GET /today ") for log in logs]
    assert all(count >= 1 for count in served), served


def test_the_shipped_systemd_unit_is_valid(tmp_path: Path) -> None:
    if SYSTEMD_ANALYZE is None:
        pytest.skip(NEEDS_SYSTEMD)
    unit = (DEPLOY / "nextyes.service").read_text()
    assert "--host 127.0.0.1" in unit  # the proxy on the same machine is its only client
    # verify checks that the commands exist: point them at this checkout's installation.
    installed = tmp_path / "nextyes.service"
    installed.write_text(unit.replace("/opt/nextyes/.venv/bin/nextyes", str(SCRIPT)))
    checked = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", str(installed)], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout + checked.stderr == ""  # no unknown key, no bad value


def test_compose_passes_on_only_real_settings() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"db", "app1", "app2", "proxy"}
    # Only the proxy is reachable from outside; both app processes are the same app.
    assert [name for name, service in services.items() if "ports" in service] == ["proxy"]
    assert services["app1"] == services["app2"]
    example = (DEPLOY / "example.env").read_text()
    named = set(re.findall(r"^([A-Z_]+)=", example, re.MULTILINE))
    known = {f"NEXTYES_{field.upper()}" for field in Settings.model_fields}
    # Every NEXTYES_ variable in the example is one the app reads, except the proxy's own.
    assert {name for name in named if name.startswith("NEXTYES_")} - known == {"NEXTYES_DOMAIN"}
    # Every ${VARIABLE} compose.yaml fills in is one the example asks for.
    used = set(re.findall(r"\$\{([A-Z_]+)\}", (DEPLOY / "compose.yaml").read_text()))
    assert used <= named, used - named
    assert "{$NEXTYES_DOMAIN}" in (DEPLOY / "Caddyfile").read_text()
