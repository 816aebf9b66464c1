"""Errors of the auth extension. Each message says what happened and what to do; none carries a secret."""

from __future__ import annotations


class LgcAuthError(Exception):
    """Base class: authenticating with LGC failed."""


class InvalidKeyFormatError(LgcAuthError, ValueError):
    """An access key ID or secret access key is not 25 letters and digits (checked before any request)."""


class MissingSettingError(LgcAuthError, ValueError):
    """A required setting (base URL, key ID, secret key) was neither passed nor found in the environment."""


class InsecureTransportError(LgcAuthError, ValueError):
    """Credentials or tokens would travel over plain HTTP to a host that is not this machine."""


class UntrustedHostError(LgcAuthError):
    """A request to a host other than the LGC API host would have carried the access token."""


class TokenEndpointError(LgcAuthError):
    """The token endpoint did not hand out a token. ``status`` is its HTTP status, when it answered."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class InvalidCredentialsError(TokenEndpointError):
    """LGC refused the key pair (HTTP 400/401). ``error``/``error_description`` are RFC 6749 §5.2 fields."""

    def __init__(self, message: str, *, status: int, error: str | None, error_description: str | None) -> None:
        super().__init__(message, status=status)
        self.error = error
        self.error_description = error_description


class TokenEndpointUnavailableError(TokenEndpointError):
    """The token endpoint kept failing (5xx, 429, timeouts, connection errors) through every retry."""

    def __init__(self, message: str, *, status: int | None, attempts: int) -> None:
        super().__init__(message, status=status)
        self.attempts = attempts


class MalformedTokenResponseError(TokenEndpointError):
    """The token endpoint answered, but not with a usable token (not JSON, no ``access_token``)."""
