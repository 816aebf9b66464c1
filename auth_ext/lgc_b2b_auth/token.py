"""The access token as held between requests, and how long a token answer says it lives."""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import math
from collections.abc import Mapping
from typing import Any, Final

from lgc_b2b.models import TokenResponse
from lgc_b2b.types import Unset

# Members that servers use for an absolute expiry, in the order they are tried.
ABSOLUTE_EXPIRY_KEYS: Final = ("expires_at", "expires_on", "expiration", "expiry", "valid_until", "validity")
# A number below this is a duration in seconds, above it a Unix time (1e9 s is September 2001).
_EPOCH_THRESHOLD: Final = 1e9


class AccessToken:
    """A bearer token with its deadlines on the monotonic clock of this process.

    ``refresh_at`` is when renewal should start (expiry minus the leeway); ``expires_at`` is when
    the token must no longer be sent. The token text is reachable only through ``header``, and
    ``repr`` never shows it.
    """

    __slots__ = ("expires_at", "header", "lifetime", "lifetime_source", "refresh_at")

    def __init__(self, value: str, *, expires_at: float, refresh_at: float, lifetime: float, source: str) -> None:
        self.header: Final = f"Bearer {value}"
        self.expires_at: Final = expires_at
        self.refresh_at: Final = refresh_at
        self.lifetime: Final = lifetime
        self.lifetime_source: Final = source

    def __repr__(self) -> str:
        return f"AccessToken(<redacted>, lifetime={self.lifetime:g}s from {self.lifetime_source})"

    def expires_in(self, now: float) -> float:
        """Seconds left before expiry, measured against ``now`` on the same monotonic clock."""
        return self.expires_at - now


def _positive_seconds(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return float(value)
    return None


def jwt_claims(token: str) -> Mapping[str, Any]:
    """The payload of a JWT, read without verifying it (we only want its timing claims)."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


def _absolute_time(value: Any) -> float | None:
    """A Unix time from an epoch number (seconds or milliseconds) or a date string servers send."""
    seconds = _positive_seconds(value)
    if seconds is not None:
        return seconds / 1000 if seconds > _EPOCH_THRESHOLD * 100 else seconds
    if not isinstance(value, str):
        return None
    from dateutil import parser as date_parser  # noqa: PLC0415 - rarely needed, and slow to import

    try:
        moment = date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def token_lifetime(answer: TokenResponse, *, sent_at_wall: float, default: float) -> tuple[float, str]:
    """Seconds the token lives from when its request was sent, and which member said so.

    Relative figures come first because they are immune to clock skew between us and LGC:
    ``expires_in`` (a number or a numeric string), then the JWT's ``exp - iat``. Absolute times
    come next (a validity member LGC might send, then the JWT's ``exp``), then ``default``.
    """
    if not isinstance(answer.expires_in, Unset):
        seconds = _positive_seconds(answer.expires_in)
        if seconds is not None:
            return seconds, "expires_in"
    claims = jwt_claims(answer.access_token)
    exp, iat = _positive_seconds(claims.get("exp")), _positive_seconds(claims.get("iat"))
    if exp is not None and iat is not None and exp > iat:
        return exp - iat, "JWT exp - iat"
    for key in ABSOLUTE_EXPIRY_KEYS:
        if key not in answer.additional_properties:
            continue
        value = answer.additional_properties[key]
        duration = _positive_seconds(value)
        if duration is not None and duration < _EPOCH_THRESHOLD:
            return duration, key
        moment = _absolute_time(value)
        if moment is not None and moment > sent_at_wall:
            return moment - sent_at_wall, key
    if exp is not None and exp > sent_at_wall:
        return exp - sent_at_wall, "JWT exp"
    return default, "default lifetime"
