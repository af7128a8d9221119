"""Which network addresses a hosted NextYes may reach on a person's behalf.

In hosted mode a form that connects somewhere (an IMAP server, a job posting's page) must
not become a way to probe the machine it runs on or the private network around it."""

import ipaddress
import socket


def public_address(host: str, port: int) -> bool:
    """Whether every address `host` names is on the public internet: not this machine, not a
    private network, not link-local or reserved. A name that does not resolve is not."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    addresses = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found}
    return bool(addresses) and all(a.is_global and not a.is_multicast for a in addresses)
