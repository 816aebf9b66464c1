"""The key pair LGC issues, validated up front and kept out of every repr."""

from __future__ import annotations

import base64
import ipaddress
import re
from typing import Final, final

import httpx

from .errors import InsecureTransportError, InvalidKeyFormatError

KEY_LENGTH: Final = 25
_KEY_PATTERN: Final = re.compile(r"[A-Za-z0-9]{25}")


@final
class Secret:
    """A string that never shows itself in ``repr``/``str``; read it with :meth:`reveal`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Secret values are not picklable")


def check_key(name: str, value: str) -> None:
    """Raise :class:`InvalidKeyFormatError` naming ``name`` (never echoing ``value``) unless it is well formed."""
    if _KEY_PATTERN.fullmatch(value):
        return
    odd = sum(1 for char in value if not (char.isascii() and char.isalnum()))
    problems = []
    if len(value) != KEY_LENGTH:
        problems.append(f"{len(value)} characters instead of {KEY_LENGTH}")
    if odd:
        problems.append(f"{odd} character(s) that are not ASCII letters or digits")
    if value != value.strip():
        problems.append("leading or trailing whitespace")
    raise InvalidKeyFormatError(
        f"{name} is malformed: LGC keys are {KEY_LENGTH} letters and digits, this one has {' and '.join(problems)}. "
        "Copy it again from the credentials LGC issued for this environment."
    )


def basic_authorization(access_key_id: str, secret: Secret) -> Secret:
    """The ``Authorization`` value of the token request: HTTP Basic with the key pair."""
    raw = f"{access_key_id}:{secret.reveal()}".encode()
    return Secret("Basic " + base64.b64encode(raw).decode("ascii"))


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure(url: httpx.URL, what: str) -> None:
    """Refuse plain HTTP except to this machine (a local sandbox)."""
    if url.scheme == "https" or (url.scheme == "http" and is_loopback(url.host)):
        return
    raise InsecureTransportError(
        f"Refusing to send {what} to {url.scheme}://{url.host}: only https:// is allowed, or http:// to a "
        "loopback address (127.0.0.1, ::1, localhost) such as the local sandbox. Use the https:// URL LGC issued."
    )
