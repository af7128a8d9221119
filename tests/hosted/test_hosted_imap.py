"""Hosted mode's IMAP form runs on a server among other machines: it tries only public
addresses, and every failure to connect reads the same, so nobody can use it to learn which
of the server's (or its network's) ports are open. Local mode still says what went wrong."""

import socket
import threading

from fastapi import FastAPI

from nextyes.services.accounts import Accounts
from nextyes.services.addresses import public_address
from nextyes.web.inbox_upload import NOT_CONNECTED
from tests.hosted.conftest import post_form, signed_up, without_tokens


def listening() -> tuple[socket.socket, int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.5)
    return server, int(server.getsockname()[1])


def test_private_and_loopback_addresses_are_never_tried(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    client = signed_up(hosted_app, accounts, "wim@example.org")
    server, open_port = listening()
    knocked = threading.Event()

    def watch() -> None:
        try:
            server.accept()
            knocked.set()
        except TimeoutError:
            pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    answers = []
    for host, port in (
        ("127.0.0.1", open_port),
        ("localhost", open_port),
        ("127.0.0.1", 1),
        ("10.0.0.5", 993),
        ("192.168.1.1", 993),
        ("169.254.169.254", 80),
        ("::1", 993),
        ("no-such-host.invalid", 993),
    ):
        answer = post_form(
            client,
            "/import/imap",
            {"host": host, "port": str(port), "user": "me", "password": "pw"},
            page="/import",
        )
        assert answer.status_code == 422, (host, port, answer.status_code)
        assert NOT_CONNECTED[:40] in answer.text, host
        page = without_tokens(answer.text)
        answers.append(page.replace(f'value="{host}"', "").replace(f'value="{port}"', ""))
    watcher.join()
    assert not knocked.is_set(), "the form connected to a loopback port"
    server.close()
    assert len(set(answers)) == 1, "the answers differ, and so tell something"


def test_only_public_addresses_count_as_public() -> None:
    private = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.1.1", "::1"]
    private += ["fe80::1", "fc00::1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "localhost"]
    for host in private:
        assert not public_address(host, 993), host
    for host in ("8.8.8.8", "2001:4860:4860::8888", "93.184.216.34"):
        assert public_address(host, 993), host
