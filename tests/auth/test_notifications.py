"""verify_notification, parse_notification, the callbackURL check and the deduplication aids."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from lgc_b2b.models import (
    OrderNotificationV1,
    OrderNotificationV2,
    OtherNotification,
    OutreachNotification,
    ResultNotification,
)
from lgc_b2b_auth import (
    NotificationFormatError,
    SignatureMalformedError,
    SignatureMismatchError,
    SignatureMissingError,
    SignatureSchemeError,
    UntrustedCallbackError,
    event_key,
    ordering_key,
    parse_notification,
    trusted_callback_url,
    verify_notification,
)
from tests import spec

# The test vector of the facts file: LGC keys the HMAC with the base64 *text* of the key.
KEY = "c2FtcGxlLXNpZ25pbmcta2V5LWZvci1kb2N1bWVudGF0aW9uLW9ubHktMDAwMDE="
BODY = (
    b'{"type":"order","body":{"clientOrderId":"ORD-0001","callbackURL":"{LGC-API}/A1B2/api/v2/orders/ORD-0001",'
    b'"orderItemStatus":{"id":"6f1c2d3e-0000-4000-8000-000000000001","status":{"code":"Cancelled"}},'
    b'"timestamp":"2024-01-02T03:04:05.1234567Z"}}'
)
SIGNATURE = "LGC2-HMAC-SHA256 tvoRfFIvg+VUg/GHRIVhyv9ceZ4KswEJvJ0oLv6S+y0="


def example(name: str) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(spec.load()["components"]["examples"][name]["value"]))
    return copy


def test_documented_signature_verifies() -> None:
    verify_notification(BODY, SIGNATURE, KEY)


@pytest.mark.parametrize(
    ("body", "authorization", "key", "error"),
    [
        (BODY, None, KEY, SignatureMissingError),
        (BODY, "", KEY, SignatureMissingError),
        (BODY, "Bearer abc", KEY, SignatureSchemeError),
        (BODY, "LGC2-HMAC-SHA256 not-base64!", KEY, SignatureMalformedError),
        (BODY, "LGC2-HMAC-SHA256 " + base64.b64encode(b"short").decode(), KEY, SignatureMalformedError),
        (BODY.replace(b"Cancelled", b"Created"), SIGNATURE, KEY, SignatureMismatchError),
        (BODY + b" ", SIGNATURE, KEY, SignatureMismatchError),  # re-serialised bodies do not verify
        (BODY, SIGNATURE, base64.b64decode(KEY).decode(), SignatureMismatchError),  # a decoded key is wrong
    ],
)
def test_bad_signatures_are_refused_without_echoing_secrets(
    body: bytes, authorization: str | None, key: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        verify_notification(body, authorization, key)
    message = str(caught.value)
    assert KEY not in message and key not in message and "ORD-0001" not in message


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("NotificationOrderV2", OrderNotificationV2),
        ("NotificationOrderV1", OrderNotificationV1),
        ("NotificationResult", ResultNotification),
        ("NotificationOutreach", OutreachNotification),
    ],
)
def test_documented_notifications_parse_into_their_models(name: str, model: type) -> None:
    raw = example(name)
    parsed = parse_notification(json.dumps(raw).encode())
    assert isinstance(parsed, model)
    assert parse_notification(raw).to_dict()["type"] == raw["type"]


@pytest.mark.parametrize(("written", "model"), [("Order", OrderNotificationV2), ("RESULT", ResultNotification)])
def test_type_case_variations_are_tolerated(written: str, model: type) -> None:
    raw = example("NotificationOrderV2" if model is OrderNotificationV2 else "NotificationResult")
    raw["type"] = written
    assert isinstance(parse_notification(raw), model)


def test_both_timestamp_styles_parse() -> None:
    v2 = parse_notification(example("NotificationOrderV2"))
    v1 = parse_notification(example("NotificationOrderV1"))
    assert isinstance(v2, OrderNotificationV2) and isinstance(v1, OrderNotificationV1)
    assert str(v2.body.timestamp) == "2023-05-15 16:22:11.351380+00:00"
    assert str(v1.body.timestamp) == "2022-03-04 11:35:17.430000+00:00"


def test_unknown_types_come_back_whole() -> None:
    raw = {"type": "invoice", "body": {"id": 7}, "extra": True}
    parsed = parse_notification(raw)
    assert isinstance(parsed, OtherNotification) and parsed.to_dict() == raw


@pytest.mark.parametrize(
    "body", [b"not json", b"[]", b'{"body": {}}', b'{"type": "order", "body": {"timestamp": "yesterday"}}']
)
def test_non_notifications_are_refused(body: bytes) -> None:
    with pytest.raises(NotificationFormatError):
        parse_notification(body)


def test_callback_url_must_point_at_the_lgc_api() -> None:
    raw = example("NotificationOrderV2")
    raw["body"]["callbackURL"] = "https://lgc.example/base/A1B2/api/v2/orders/ORD-1"
    notification = parse_notification(raw)
    assert trusted_callback_url(notification, "https://lgc.example/base").host == "lgc.example"
    for base in ("https://evil.example/base", "http://lgc.example/base", "https://lgc.example:8443/base"):
        with pytest.raises(UntrustedCallbackError):
            trusted_callback_url(notification, base)
    with pytest.raises(UntrustedCallbackError):
        trusted_callback_url(notification, "https://lgc.example/other")
    outreach = parse_notification(example("NotificationOutreach"))
    with pytest.raises(NotificationFormatError, match="no callbackURL"):
        trusted_callback_url(outreach, "https://lgc.example")


def test_event_keys_recognise_redeliveries_and_order_events() -> None:
    first = parse_notification(example("NotificationOrderV2"))
    again = parse_notification(example("NotificationOrderV2"))
    later_raw = example("NotificationOrderV2")
    later_raw["body"]["orderItemStatus"]["status"]["code"] = "KitArrivedAtLab"
    later_raw["body"]["timestamp"] = "2023-05-16T08:00:00Z"
    later = parse_notification(later_raw)
    assert event_key(first) == event_key(again) and hash(event_key(first)) == hash(event_key(again))
    assert event_key(later) != event_key(first)
    assert event_key(first).status == "KitRegistered" and event_key(later).item_id == event_key(first).item_id
    assert sorted([later, first], key=ordering_key) == [first, later]
