"""Receiving LGC's order notifications: verify the signature, parse into the generated models,
follow ``callbackURL`` safely, and recognise duplicates and stale news.

LGC delivers at least once and in no particular order; it retries on 5xx, 401 and 403. A
receiver verifies, parses, answers ``200`` quickly, and processes each :func:`event_key` once.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import unquote

import attrs
import httpx

from lgc_b2b import AuthenticatedClient
from lgc_b2b.api.orders_v1 import get_order_status_v1
from lgc_b2b.api.orders_v2 import get_order_v2
from lgc_b2b.models import (
    OrderItemStatus,
    OrderNotificationV1,
    OrderNotificationV2,
    OrderStatusV1Response,
    OrderV2,
    OtherNotification,
    OutreachNotification,
    ProblemDetail,
    ResultNotification,
)
from lgc_b2b.types import Unset

from .errors import LgcAuthError

SCHEME: Final = "LGC2-HMAC-SHA256"

Notification = OrderNotificationV2 | OrderNotificationV1 | ResultNotification | OutreachNotification | OtherNotification

# LGC's examples and prose disagree on case ("order"/"Order", "Result", "outreach"/"Outreach").
_CANONICAL_TYPES: Final = {"order": "order", "result": "Result", "outreach": "outreach"}
_V2_PATH: Final = re.compile(r"/(?P<client_id>[^/]+)/api/v2/orders/(?P<order_id>[^/]+)")
_V1_PATH: Final = re.compile(r"/(?P<client_id>[^/]+)/api/v1/orders/(?P<order_id>[^/]+)/status")


class NotificationError(LgcAuthError):
    """A notification was refused; answer 401 for signature errors (LGC retries), 400 otherwise."""


class SignatureMissingError(NotificationError):
    """A signing key is configured but the request has no ``Authorization`` header."""


class SignatureSchemeError(NotificationError):
    """The ``Authorization`` header does not use the ``LGC2-HMAC-SHA256`` scheme."""


class SignatureMalformedError(NotificationError):
    """The signature is not the Base64 of a 32-byte HMAC-SHA256."""


class SignatureMismatchError(NotificationError):
    """The signature does not match the body: tampered, or signed with another key."""


class NotificationFormatError(NotificationError):
    """The body is not a notification (not JSON, no ``type``, or a known type in an unknown shape)."""


class UntrustedCallbackError(NotificationError):
    """``callbackURL`` does not point at your LGC API: do not send a token there."""


def verify_notification(raw_body: bytes, authorization: str | None, signing_key: str) -> None:
    """Check ``Authorization: LGC2-HMAC-SHA256 <Base64(HMAC-SHA256(key, raw_body))>``; raise if it fails.

    ``raw_body`` must be the bytes exactly as received (do not re-serialise parsed JSON), and
    ``signing_key`` the base64 *text* you gave LGC: LGC keys the HMAC with that text itself,
    not with its decoded bytes. The comparison takes constant time. Nothing is logged.
    """
    if not authorization:
        raise SignatureMissingError(
            f"The notification has no Authorization header, but a signing key is configured: expected "
            f"'{SCHEME} <signature>'. Unsigned deliveries are LGC's default; ask LGC to sign with your key."
        )
    scheme, _, value = authorization.strip().partition(" ")
    if scheme != SCHEME:
        raise SignatureSchemeError(f"The Authorization header uses scheme {scheme[:30]!r}, expected {SCHEME!r}.")
    try:
        received = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        received = b""
    if len(received) != hashlib.sha256().digest_size:
        raise SignatureMalformedError(
            f"The {SCHEME} signature is not the Base64 of a 32-byte HMAC-SHA256 (44 characters ending in '=')."
        )
    expected = hmac.new(signing_key.encode("utf-8"), raw_body, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, received):
        raise SignatureMismatchError(
            "The notification's signature does not match its body: it was altered, or signed with another key. "
            "Check that you verify the raw body as received, with the key text you gave LGC."
        )


def parse_notification(raw_body: bytes | str | Mapping[str, Any]) -> Notification:
    """Parse a notification into the generated models.

    Order notifications come back as ``OrderNotificationV2`` (they carry ``orderItemStatus``) or
    ``OrderNotificationV1``; ``Result`` and ``outreach`` ones as their models; any other ``type``
    as ``OtherNotification`` with everything kept. ``type`` is matched regardless of case; both
    timestamp styles LGC uses (``Z`` with 7 digits, ``+00:00`` with 2) parse.
    """
    if isinstance(raw_body, Mapping):
        data: Any = dict(raw_body)
    else:
        try:
            data = json.loads(raw_body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise NotificationFormatError("The notification body is not JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise NotificationFormatError('The notification is not a JSON object with a string "type".')
    canonical = _CANONICAL_TYPES.get(data["type"].lower())
    if canonical is None:
        return OtherNotification.from_dict(data)
    data["type"] = canonical
    candidates: tuple[type[Notification], ...] = {
        "order": (OrderNotificationV2, OrderNotificationV1),
        "Result": (ResultNotification,),
        "outreach": (OutreachNotification,),
    }[canonical]
    for model in candidates:
        try:
            return model.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    raise NotificationFormatError(
        f"The {canonical!r} notification does not have the documented shape (a body object with a valid timestamp)."
    )


# -- callbackURL ---------------------------------------------------------------------------------


def _callback_of(notification: Notification) -> str:
    callback = getattr(notification.body, "callback_url", None) if hasattr(notification, "body") else None
    if not isinstance(callback, str):
        raise NotificationFormatError("This notification has no callbackURL.")
    return callback


def trusted_callback_url(notification: Notification, base_url: str | httpx.URL) -> httpx.URL:
    """The notification's ``callbackURL`` if it points at ``base_url`` (scheme, host, port, path prefix)."""
    callback = httpx.URL(_callback_of(notification))
    base = httpx.URL(str(base_url))
    prefix = base.raw_path.rstrip(b"/")
    same_origin = (callback.scheme, callback.host, callback.port) == (base.scheme, base.host, base.port)
    if not same_origin or not callback.raw_path.startswith(prefix + b"/"):
        raise UntrustedCallbackError(
            f"The notification's callbackURL points at {callback.scheme}://{callback.host}, not at your LGC API "
            f"({base.scheme}://{base.host}); not following it with your access token."
        )
    return callback


def _order_reference(notification: Notification, base_url: str) -> tuple[int, str, str]:
    callback = trusted_callback_url(notification, base_url)
    path = callback.raw_path.decode("ascii").split("?", 1)[0][len(httpx.URL(base_url).raw_path.rstrip(b"/")) :]
    for version, pattern in ((2, _V2_PATH), (1, _V1_PATH)):
        match = pattern.fullmatch(path)
        if match:
            return version, unquote(match["client_id"]), unquote(match["order_id"])
    raise NotificationFormatError("The callbackURL is not a GET Order (v2) or GET Order Status (v1) URL.")


def fetch_current_order(
    notification: Notification, client: AuthenticatedClient
) -> OrderV2 | OrderStatusV1Response | ProblemDetail | None:
    """GET the order a notification is about, after checking its callbackURL points at ``client``'s API."""
    version, client_id, order_id = _order_reference(notification, str(client.get_httpx_client().base_url))
    if version == 2:
        return get_order_v2.sync(client_id, order_id, client=client)
    return get_order_status_v1.sync(client_id, order_id, client=client)


async def afetch_current_order(
    notification: Notification, client: AuthenticatedClient
) -> OrderV2 | OrderStatusV1Response | ProblemDetail | None:
    """Async twin of :func:`fetch_current_order`."""
    version, client_id, order_id = _order_reference(notification, str(client.get_async_httpx_client().base_url))
    if version == 2:
        return await get_order_v2.asyncio(client_id, order_id, client=client)
    return await get_order_status_v1.asyncio(client_id, order_id, client=client)


# -- at-least-once, unordered delivery -------------------------------------------------------------


@attrs.frozen
class EventKey:
    """Identifies one event: equal keys are the same event delivered again."""

    type: str
    client_order_id: str | None
    item_id: str | None
    status: str | None
    timestamp: str | None


def _text(value: object) -> str | None:
    return None if isinstance(value, Unset) or value is None else str(value)


def event_key(notification: Notification) -> EventKey:
    """A stable, hashable key of the event (type, order, item, status, timestamp) for deduplication."""
    body: Any = getattr(notification, "body", None)
    item_id = status = None
    if isinstance(notification, OrderNotificationV2):
        change = notification.body.order_item_status
        item_id = _text(change.id)
        status = _text(change.status.code) if isinstance(change.status, OrderItemStatus) else None
    elif isinstance(notification, OutreachNotification):
        status = _text(notification.body.status)
    moment = timestamp_of(notification)
    return EventKey(
        type=str(notification.type_),
        client_order_id=_text(getattr(body, "client_order_id", None)) or _text(getattr(body, "barcode", None)),
        item_id=item_id,
        status=status,
        timestamp=moment.isoformat() if moment else None,
    )


def timestamp_of(notification: Notification) -> datetime.datetime | None:
    """When LGC created the notification (UTC), to order events that arrive out of order."""
    body: Any = getattr(notification, "body", None)
    moment = getattr(body, "timestamp", None)
    if isinstance(moment, datetime.datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
    if isinstance(body, Mapping) or hasattr(body, "additional_properties"):
        raw = (body.additional_properties if hasattr(body, "additional_properties") else body).get("timestamp")
        if isinstance(raw, str):
            try:
                parsed = datetime.datetime.fromisoformat(raw)
            except ValueError:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return None


def ordering_key(notification: Notification) -> tuple[bool, datetime.datetime]:
    """``sorted(notifications, key=ordering_key)`` puts them oldest first (undated ones first)."""
    moment = timestamp_of(notification)
    return (moment is not None, moment or datetime.datetime.min.replace(tzinfo=datetime.UTC))
