"""Authentication for the generated LetsGetChecked B2B client (``lgc_b2b``).

``connect()`` returns the generated ``AuthenticatedClient`` with a client-credentials token
provider attached; ``ClientCredentials`` is that provider, an ``httpx.Auth`` usable with any
``httpx.Client`` or ``httpx.AsyncClient``.
"""

from .auth import ClientCredentials
from .connect import DEFAULT_TIMEOUT, ENV_ACCESS_KEY_ID, ENV_BASE_URL, ENV_SECRET_ACCESS_KEY, connect
from .credentials import Secret
from .errors import (
    InsecureTransportError,
    InvalidCredentialsError,
    InvalidKeyFormatError,
    LgcAuthError,
    MalformedTokenResponseError,
    MissingSettingError,
    TokenEndpointError,
    TokenEndpointUnavailableError,
    UntrustedHostError,
)
from .store import InMemoryTokenStore, TokenStore
from .token import AccessToken

__all__ = [
    "DEFAULT_TIMEOUT",
    "ENV_ACCESS_KEY_ID",
    "ENV_BASE_URL",
    "ENV_SECRET_ACCESS_KEY",
    "AccessToken",
    "ClientCredentials",
    "InMemoryTokenStore",
    "InsecureTransportError",
    "InvalidCredentialsError",
    "InvalidKeyFormatError",
    "LgcAuthError",
    "MalformedTokenResponseError",
    "MissingSettingError",
    "Secret",
    "TokenEndpointError",
    "TokenEndpointUnavailableError",
    "TokenStore",
    "UntrustedHostError",
    "connect",
]
