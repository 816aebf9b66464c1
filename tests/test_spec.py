"""The spec's own rules: valid OpenAPI 3.1, evidence on everything, shaped for the generator."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests import spec
from tests.spec import Node

EVIDENCE = {"documented", "secondary", "assumed"}


def test_spec_is_valid_openapi_3_1() -> None:
    document, _ = read_from_filename(str(spec.SPEC_PATH))
    validate(document)
    assert spec.load()["openapi"].startswith("3.1")


def _schema_nodes() -> Iterator[tuple[str, Node, str | None]]:
    """Yield (location, schema node, externalDocs URL in force) for components and their properties."""

    def walk(location: str, node: Node, docs: str | None) -> Iterator[tuple[str, Node, str | None]]:
        docs = node.get("externalDocs", {}).get("url", docs)
        yield location, node, docs
        for name, prop in node.get("properties", {}).items():
            yield from walk(f"{location}.{name}", prop, docs)
        items = node.get("items")
        if isinstance(items, dict) and items and "$ref" not in items:
            yield from walk(f"{location}[]", items, docs)

    for name, schema in spec.load()["components"]["schemas"].items():
        yield from walk(name, schema, None)


SCHEMA_NODES = list(_schema_nodes())


@pytest.mark.parametrize(("location", "node", "docs"), SCHEMA_NODES, ids=[loc for loc, _, _ in SCHEMA_NODES])
def test_every_schema_and_property_says_where_it_comes_from(location: str, node: Node, docs: str | None) -> None:
    if set(node) == {"$ref"}:
        target = spec.resolve(node)
        assert target.get("x-lgc-evidence") in EVIDENCE, f"{location} refers to a schema without evidence"
        return
    evidence = node.get("x-lgc-evidence")
    assert evidence in EVIDENCE, f"{location}: x-lgc-evidence must be one of {sorted(EVIDENCE)}, got {evidence!r}"
    assert node.get("description"), f"{location} needs a description"
    if evidence == "documented":
        assert docs and docs.startswith("https://docs.letsgetchecked.com/"), (
            f"{location} is documented: link its LGC docs page with externalDocs (here or on its schema)"
        )


def _required_properties() -> Iterator[tuple[str, Node]]:
    for location, node, _ in SCHEMA_NODES:
        for name in node.get("required", []):
            yield f"{location}.{name}", spec.resolve(node["properties"][name])


@pytest.mark.parametrize(("location", "prop"), list(_required_properties()))
def test_nothing_undocumented_is_required(location: str, prop: Node) -> None:
    # access_token is the one exception the issue names: a token answer without it is no answer.
    if location == "TokenResponse.access_token":
        return
    assert prop.get("x-lgc-evidence") == "documented", f"{location} is required but not documented"


def test_bodies_whose_tables_are_unknown_stay_open() -> None:
    closed = [
        location
        for location, node, _ in SCHEMA_NODES
        if node.get("type") == "object" and node.get("additionalProperties") is False
    ]
    assert closed == []


def test_status_enums_are_open_wherever_they_are_used() -> None:
    """A property may name OrderStatus/QuestionType only through its open anyOf wrapper."""
    closed_enums = {"OrderStatus", "QuestionType"}
    for location, node, _ in SCHEMA_NODES:
        if spec.ref_name(node) in closed_enums:
            pytest.fail(f"{location} uses a closed enum directly; use its Open* wrapper")
    for name in ("OpenOrderStatus", "OpenQuestionType"):
        variants = spec.load()["components"]["schemas"][name]["anyOf"]
        assert spec.ref_name(variants[0]) in closed_enums and variants[1] == {"type": "string"}


OPERATIONS = list(spec.operations())
OPERATION_IDS = [f"{method.upper()} {path}" for path, method, _, _ in OPERATIONS]


@pytest.mark.parametrize(("path", "method", "item", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_documentation_and_generator_shape(path: str, method: str, item: Node, operation: Node) -> None:
    assert re.fullmatch(r"[a-z][A-Za-z0-9]*", operation["operationId"]), "operationId must be camelCase"
    assert operation.get("summary") and operation.get("description")
    assert operation.get("x-lgc-evidence") in EVIDENCE
    # The generator ignores root-level security: every operation states its own.
    assert "security" in operation
    for parameter in spec.parameters(item, operation):
        assert parameter.get("description"), f"parameter {parameter['name']} needs a description"
        assert "example" in parameter or "examples" in parameter, f"parameter {parameter['name']} needs an example"
        if parameter["in"] == "header":
            # A format: uuid header crashes the generated code at call time (httpx wants str).
            assert parameter["schema"].get("format") != "uuid"


def test_operation_ids_are_unique() -> None:
    ids = [operation["operationId"] for _, _, _, operation in OPERATIONS]
    assert len(ids) == len(set(ids))


BODIES = list(spec.bodies())


@pytest.mark.parametrize(("label", "media"), BODIES, ids=[label for label, _ in BODIES])
def test_every_request_and_response_body_has_examples(label: str, media: Node) -> None:
    assert spec.media_examples(media), f"{label} has no example"


def test_paths_and_constraints_as_lgc_documents_them() -> None:
    document = spec.load()
    assert set(document["paths"]) == {
        "/oauth2/token",
        "/{clientId}/api/v2/orders/{clientOrderId}",
        "/{clientId}/api/v2/orders/{clientOrderId}/orderItem/{orderItemId}",
        "/{clientId}/api/v1/orders/{clientOrderId}",
        "/{clientId}/api/v1/orders/{clientOrderId}/status",
        "/{clientId}/api/v1/questionnaires/{testKitCode}",
    }
    params = document["components"]["parameters"]
    assert params["ClientId"]["schema"]["pattern"] == "^[A-Za-z0-9]{1,4}$"
    assert (params["ClientOrderId"]["schema"]["minLength"], params["ClientOrderId"]["schema"]["maxLength"]) == (1, 100)


def test_token_operation_sends_grant_type_in_query_and_form() -> None:
    token = spec.load()["paths"]["/oauth2/token"]["post"]
    (query,) = [p for p in token["parameters"] if p["in"] == "query"]
    assert (query["name"], query["schema"]["const"], query["required"]) == ("grant_type", "client_credentials", True)
    form = token["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    assert spec.resolve(form)["properties"]["grant_type"]["const"] == "client_credentials"
    assert token["security"] == [{"lgcAccessKey": []}]
