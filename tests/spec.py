"""Read-only access to the hand-written spec for the tests: loading, ``$ref`` resolution, walking."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "lgc-b2b.yaml"
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")

Node = dict[str, Any]


@cache
def load() -> Node:
    data = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def resolve(node: Node) -> Node:
    """Follow local ``$ref`` pointers until a node without one is reached."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local refs are supported by the generator: {ref}"
        target: Any = load()
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Node) -> str | None:
    """The component name a ``$ref`` points at, if ``node`` is a reference."""
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def operations() -> Iterator[tuple[str, str, Node, Node]]:
    """Yield (path or webhook name, method, path item, operation) for paths and webhooks."""
    spec = load()
    for section in ("paths", "webhooks"):
        for path, item in spec.get(section, {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item, item[method]


def parameters(item: Node, operation: Node) -> list[Node]:
    """Path-item and operation parameters, resolved (operation-level ones win by name and place)."""
    merged: dict[tuple[str, str], Node] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve(raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return list(merged.values())


def media_examples(media: Node) -> list[Any]:
    """Every example value of a media type object (``example`` and ``examples``, refs resolved)."""
    found = [media["example"]] if "example" in media else []
    found += [resolve(example)["value"] for example in media.get("examples", {}).values()]
    return found


def bodies() -> Iterator[tuple[str, Node]]:
    """Yield (label, media type object) for every request and response body of every operation."""
    for path, method, _, operation in operations():
        label = f"{method.upper()} {path}"
        if "requestBody" in operation:
            for content_type, media in resolve(operation["requestBody"]).get("content", {}).items():
                yield f"{label} request {content_type}", media
        for status, response in operation["responses"].items():
            for content_type, media in resolve(response).get("content", {}).items():
                yield f"{label} {status} {content_type}", media
