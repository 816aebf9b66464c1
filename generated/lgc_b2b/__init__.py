"""A client library for accessing LetsGetChecked B2B API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
