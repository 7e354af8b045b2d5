"""The confirmation an order, transfer or loan needs before it goes to a real exchange.

An operation of security type TRADE or MARGIN sent to a host other than this machine asks
"type yes" on a terminal, or needs ``--yes``; with neither, it is refused and nothing is
sent. A loopback host (127.0.0.0/8, ::1, localhost) is a local server such as the sandbox,
so it is never asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO
from urllib.parse import urlsplit

from .operations import Command

__all__ = ["confirmation_refused", "host_of", "is_loopback"]


def host_of(url: str) -> str:
    """The host (and port) of ``url`` as shown to the user, never its user:password part."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port is not None else host


def is_loopback(url: str) -> bool:
    """Whether ``url`` names this machine by a loopback address or ``localhost``.

    Only the literal forms count: any other name, even one that resolves to 127.0.0.1,
    could resolve elsewhere tomorrow."""
    host = urlsplit(url).hostname
    if host is None:
        return False
    if host.rstrip(".") == "localhost":
        return True
    import ipaddress  # only for an order or a transfer

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def confirmation_refused(
    command: Command,
    base_url: str,
    given: Mapping[str, object],
    *,
    yes: bool,
    stdin: TextIO,
    stderr: TextIO,
) -> str | None:
    """None when the request may be sent; otherwise why not (nothing has been sent).

    ``given`` is what the user passed, by Binance's parameter name, shown in the question."""
    if not command.moves_money or yes or is_loopback(base_url):
        return None
    host = host_of(base_url)
    if not stdin.isatty():
        return (
            f"{command.name} ({command.security_type}) sends a real order/transfer to {host}, and there is no "
            "terminal to confirm on: pass --yes to send it (nothing was sent)"
        )
    shown = " ".join(f"{name}={value}" for name, value in given.items())
    stderr.write(
        f"binance-pm: this sends a real order/transfer to {host}: {command.name} {shown}".rstrip()
        + "\ntype yes to send it: "
    )
    stderr.flush()
    try:
        answer = stdin.readline()
    except KeyboardInterrupt:
        answer = ""
        stderr.write("\n")
    if answer.strip().lower() == "yes":
        return None
    return "not confirmed (nothing was sent)"
