"""A real IMAP server for the reader tests: Debian's Dovecot, started in a temporary folder
on a free port with a fresh self-signed certificate, one user, and stopped afterwards.

It needs /usr/sbin/dovecot (`apt-get install dovecot-imapd`, which scripts/test does when it
runs as root) and root (Dovecot switches to its own users); without either the tests that
use it are SKIPPED, and say why."""

import imaplib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

DOVECOT = Path("/usr/sbin/dovecot")
IMAP_SKIP = (
    "IMAP reader tests SKIPPED: {why}. They run against a real Dovecot server; install it"
    " with `apt-get install dovecot-imapd` (scripts/test does so when run as root)."
)


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    user: str
    password: str
    cafile: Path

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cafile))

    def append(self, folder: str, raw: bytes, received: datetime) -> None:
        """Put a message in a folder (created if needed), as delivered at `received`."""
        client = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=self.context())
        try:
            client.login(self.user, self.password)
            if folder != "INBOX":
                client.create(folder)  # an existing folder answers NO, which is fine
            data = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            status, _ = client.append(folder, None, imaplib.Time2Internaldate(received), data)
            assert status == "OK"
        finally:
            client.logout()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def imap_server(user: str = "sam") -> Iterator[ImapServer]:
    if not DOVECOT.exists():
        pytest.skip(IMAP_SKIP.format(why="/usr/sbin/dovecot is not installed"))
    if os.geteuid() != 0:
        pytest.skip(IMAP_SKIP.format(why="Dovecot needs root to start, and this is not root"))
    # Not pytest's tmp_path: its parents are private to root, and Dovecot's own users must
    # read the password file and the mail folder.
    folder = Path(tempfile.mkdtemp(prefix="nextyes-dovecot-"))
    try:
        folder.chmod(0o755)
        with _running(folder, user) as server:
            yield server
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _running(folder: Path, user: str) -> Iterator[ImapServer]:
    for name in ("run", "home"):
        (folder / name).mkdir(exist_ok=True)
    shutil.chown(folder / "home", "nobody")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ImapServer("127.0.0.1", _free_port(), user, "imap-Test-pass-7", folder / "cert.pem")
    (folder / "users").write_text(f"{server.user}:{{PLAIN}}{server.password}::::::\n")
    config = folder / "dovecot.conf"
    config.write_text(
        f"""base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
instance_name = nextyes-test-{server.port}
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
auth_mechanisms = plain
disable_plaintext_auth = no
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={folder}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {server.port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""
    )
    process = subprocess.Popen(
        [str(DOVECOT), "-F", "-c", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection((server.host, server.port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (folder / "dovecot.log").read_text(errors="replace")[-2000:]
                    pytest.fail(f"Dovecot did not start:\n{log}")
                time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
