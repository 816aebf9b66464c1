"""Where tokens live between requests: a two-method protocol and the default per-instance store."""

from __future__ import annotations

from typing import Protocol

from .token import AccessToken


class TokenStore(Protocol):
    """Holds the current token per key; share one store to share tokens between auth objects.

    ``key`` identifies the token endpoint and the access key ID, so one store can serve several
    key pairs without handing one client's token to another. ``get`` is called on every request:
    keep it cheap. Deadlines in :class:`AccessToken` are on this process's monotonic clock, so a
    store shared across processes must convert them (``AccessToken.expires_in``/``refresh_in``).
    """

    def get(self, key: str) -> AccessToken | None: ...

    def set(self, key: str, token: AccessToken | None) -> None: ...


class InMemoryTokenStore:
    """The default store: a dict private to one auth object (never process-global)."""

    __slots__ = ("_tokens",)

    def __init__(self) -> None:
        self._tokens: dict[str, AccessToken] = {}

    def get(self, key: str) -> AccessToken | None:
        return self._tokens.get(key)

    def set(self, key: str, token: AccessToken | None) -> None:
        if token is None:
            self._tokens.pop(key, None)
        else:
            self._tokens[key] = token

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(keys={len(self._tokens)})"
