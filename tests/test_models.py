"""Every example in the spec survives the generated models, unknown fields and statuses included."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from lgc_b2b import models
from lgc_b2b.models import OrderItemStatus, OrderStatus, OrderStatusV1Response, OrderV2, Question, QuestionType
from tests import spec
from tests.spec import Node


def _comparable(value: Any) -> Any:
    """Date-times compare as instants: the models write `+00:00` where LGC may send `Z`."""
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _model_names(schema: Node) -> list[str]:
    """Model classes to try, in the order the generated union parsing tries them."""
    name = spec.ref_name(schema)
    target = spec.resolve(schema)
    if "anyOf" in target or "oneOf" in target:
        variants = target.get("anyOf") or target.get("oneOf") or []
        return [n for variant in variants if (n := spec.ref_name(variant))]
    assert name is not None, "body schemas are components, so each has a model"
    return [name]


def _round_trip(schema: Node, example: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    for name in _model_names(schema):
        model = getattr(models, name)
        try:
            parsed = model.from_dict(example)
        except (TypeError, ValueError, KeyError, AttributeError):
            continue
        return name, parsed.to_dict()
    pytest.fail(f"no model accepts the example {example!r}")


def _cases() -> list[tuple[str, Node, Any]]:
    cases = []
    for label, media in spec.bodies():
        for index, example in enumerate(spec.media_examples(media)):
            cases.append((f"{label} #{index}", media["schema"], example))
    for name, schema in spec.load()["components"]["schemas"].items():
        for index, example in enumerate(schema.get("examples", [])):
            cases.append((f"schema {name} #{index}", {"$ref": f"#/components/schemas/{name}"}, example))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("label", "schema", "example"), CASES, ids=[label for label, _, _ in CASES])
def test_example_round_trips_through_generated_models(label: str, schema: Node, example: Any) -> None:
    _, written = _round_trip(schema, example)
    assert _comparable(written) == _comparable(example)


def test_notification_examples_parse_as_the_variant_they_show() -> None:
    examples = spec.load()["components"]["examples"]
    schema = {"$ref": "#/components/schemas/Notification"}
    expected = {
        "NotificationOrderV2": "OrderNotificationV2",
        "NotificationOrderV1": "OrderNotificationV1",
        "NotificationResult": "ResultNotification",
        "NotificationOutreach": "OutreachNotification",
    }
    for example_name, model_name in expected.items():
        assert _round_trip(schema, examples[example_name]["value"])[0] == model_name
    other = {"type": "invoice", "body": {"id": 1}}
    assert _round_trip(schema, other) == ("OtherNotification", other)


def test_unknown_fields_survive_parse_and_serialize() -> None:
    raw = {"clientOrderId": "ORD-1", "orderItems": [{"id": "i", "code": "K", "futureField": {"a": [1]}}], "extra": 1}
    order = OrderV2.from_dict(raw)
    assert order.additional_properties == {"extra": 1}
    assert order.to_dict() == raw


def test_known_status_is_typed_and_unknown_status_is_kept_as_text() -> None:
    known = OrderV2.from_dict(
        {"clientOrderId": "O", "orderItems": [{"id": "i", "code": "K", "status": {"code": "KitDispatched"}}]}
    )
    status = known.order_items[0].status
    assert isinstance(status, OrderItemStatus) and status.code is OrderStatus.KIT_DISPATCHED

    raw = {"clientOrderId": "O", "orderItems": [{"id": "i", "code": "K", "status": {"code": "Shipped"}}]}
    future = OrderV2.from_dict(raw)
    status = future.order_items[0].status
    assert isinstance(status, OrderItemStatus)
    assert status.code == "Shipped" and not isinstance(status.code, OrderStatus)
    assert future.to_dict() == raw


def test_bare_status_string_on_an_item_is_accepted() -> None:
    item = OrderV2.from_dict({"clientOrderId": "O", "orderItems": [{"id": "i", "code": "K", "status": "Created"}]})
    assert item.order_items[0].status is OrderStatus.CREATED


def test_v1_status_and_question_type_are_open() -> None:
    v1 = OrderStatusV1Response.from_dict({"clientOrderId": "O", "status": "OnHold"})
    assert v1.status == "OnHold" and not isinstance(v1.status, OrderStatus)
    assert OrderStatusV1Response.from_dict({"clientOrderId": "O", "status": "Created"}).status is OrderStatus.CREATED
    assert Question.from_dict({"questionType": "Slider"}).question_type == "Slider"
    assert Question.from_dict({"questionType": "Input"}).question_type is QuestionType.INPUT
