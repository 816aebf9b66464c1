"""Authentication of LGC traffic for the generated LetsGetChecked B2B client (``lgc_b2b``).

Outgoing: ``connect()`` returns the generated ``AuthenticatedClient`` with a client-credentials
token provider attached; ``ClientCredentials`` is that provider, an ``httpx.Auth`` usable with
any ``httpx.Client`` or ``httpx.AsyncClient``.

Incoming: ``verify_notification`` checks the ``LGC2-HMAC-SHA256`` signature of an order
notification, ``parse_notification`` turns it into the generated models, and
``fetch_current_order`` follows its ``callbackURL`` only to your LGC host.
"""

from .api_errors import (
    BadRequestError,
    ConflictError,
    GoneError,
    LgcApiError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UnauthorizedError,
    checked,
    raise_for_status,
)
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
from .notifications import (
    EventKey,
    Notification,
    NotificationError,
    NotificationFormatError,
    SignatureMalformedError,
    SignatureMismatchError,
    SignatureMissingError,
    SignatureSchemeError,
    UntrustedCallbackError,
    afetch_current_order,
    event_key,
    fetch_current_order,
    ordering_key,
    parse_notification,
    timestamp_of,
    trusted_callback_url,
    verify_notification,
)
from .store import InMemoryTokenStore, TokenStore
from .token import AccessToken
from .transport import DEFAULT_RETRY, DeadlineExceededError, InvalidRequestError, LgcTransport, RetryPolicy

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "ENV_ACCESS_KEY_ID",
    "ENV_BASE_URL",
    "ENV_SECRET_ACCESS_KEY",
    "AccessToken",
    "BadRequestError",
    "ClientCredentials",
    "ConflictError",
    "DeadlineExceededError",
    "EventKey",
    "GoneError",
    "InMemoryTokenStore",
    "InsecureTransportError",
    "InvalidCredentialsError",
    "InvalidKeyFormatError",
    "InvalidRequestError",
    "LgcApiError",
    "LgcAuthError",
    "LgcTransport",
    "MalformedTokenResponseError",
    "MissingSettingError",
    "NotFoundError",
    "Notification",
    "NotificationError",
    "NotificationFormatError",
    "RateLimitedError",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "SignatureMalformedError",
    "SignatureMismatchError",
    "SignatureMissingError",
    "SignatureSchemeError",
    "TokenEndpointError",
    "TokenEndpointUnavailableError",
    "TokenStore",
    "UnauthorizedError",
    "UntrustedCallbackError",
    "UntrustedHostError",
    "afetch_current_order",
    "checked",
    "connect",
    "event_key",
    "fetch_current_order",
    "ordering_key",
    "parse_notification",
    "raise_for_status",
    "timestamp_of",
    "trusted_callback_url",
    "verify_notification",
]
