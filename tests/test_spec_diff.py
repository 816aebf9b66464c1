"""make spec-diff: fixture spec pairs and the verdicts they must get."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests import spec
from tools import generate
from tools.spec_diff import Review, breaking_bump, review

Spec = dict[str, Any]


def run(tmp_path: Path, change: Callable[[Spec], None], *, base_change: Callable[[Spec], None] | None = None) -> Review:
    base, new = copy.deepcopy(spec.load()), copy.deepcopy(spec.load())
    if base_change:
        base_change(base)
        base_change(new)
    change(new)
    paths = []
    for name, document in (("base.yaml", base), ("new.yaml", new)):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return review(paths[0], generate.CONFIG, paths[1], generate.CONFIG, generated=None, label="fixture")


def schemas(document: Spec) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def remove_response_field(document: Spec) -> None:
    del schemas(document)["OrderV2"]["properties"]["participantId"]


def test_response_field_removed_fails_the_gate(tmp_path: Path) -> None:
    result = run(tmp_path, remove_response_field)
    assert result.exit_code == 1
    assert "property-removed" in result.markdown
    assert "`OrderV2.participant_id` was removed" in result.markdown


def test_a_major_version_bump_lets_a_breaking_change_through(tmp_path: Path) -> None:
    def breaking_with_bump(document: Spec) -> None:
        remove_response_field(document)
        document["info"]["version"] = "1.0.0"

    result = run(tmp_path, breaking_with_bump)
    assert result.exit_code == 0 and "announced by a major version bump" in result.markdown


def test_new_required_request_field_fails_the_gate(tmp_path: Path) -> None:
    def require(document: Spec) -> None:
        request = schemas(document)["OrderV2Request"]
        request["properties"]["employerId"] = {"type": "string", "description": "x", "x-lgc-evidence": "assumed"}
        request["required"] = ["employerId"]

    result = run(tmp_path, require)
    assert result.exit_code == 1
    assert "required-properties-added" in result.markdown
    assert "`OrderV2Request.employer_id` was added and is **required**" in result.markdown


def add_status(document: Spec) -> None:
    status = schemas(document)["OrderStatus"]
    status["enum"].append("Shipped")
    status["x-enum-varnames"].append("SHIPPED")


def test_response_enum_value_added_is_safe_with_open_enums_and_says_why(tmp_path: Path) -> None:
    result = run(tmp_path, add_status)
    assert "enum-values-added" in result.markdown  # the API-level fact is reported...
    assert "an open enum, so clients generated before this change parse it as a plain `str`" in result.markdown
    assert result.exit_code == 0  # ...but it breaks no client generated from this spec


def test_response_enum_value_added_breaks_a_closed_enum(tmp_path: Path) -> None:
    def close_v1_status(document: Spec) -> None:
        schemas(document)["OrderStatusV1Response"]["properties"]["status"] = {
            "$ref": "#/components/schemas/OrderStatus"
        }
        schemas(document)["OrderItemStatus"]["properties"]["code"] = {"$ref": "#/components/schemas/OrderStatus"}
        schemas(document)["OrderItemV2"]["properties"]["status"]["anyOf"] = [
            {"$ref": "#/components/schemas/OrderItemStatus"}
        ]

    result = run(tmp_path, add_status, base_change=close_v1_status)
    assert result.exit_code == 1
    assert "a closed enum, so clients generated before this change raise `ValueError`" in result.markdown


def test_response_code_removed_fails_the_gate(tmp_path: Path) -> None:
    def drop_404(document: Spec) -> None:
        del document["paths"]["/{clientId}/api/v2/orders/{clientOrderId}"]["get"]["responses"]["404"]

    result = run(tmp_path, drop_404)
    assert result.exit_code == 1 and "Response `404` was removed" in result.markdown.replace("\\`", "`")


def test_purely_additive_changes_pass(tmp_path: Path) -> None:
    def add(document: Spec) -> None:
        schemas(document)["OrderV2"]["properties"]["resultReleaseMode"] = {
            "type": "string",
            "description": "x",
            "x-lgc-evidence": "assumed",
        }
        document["paths"]["/{clientId}/api/v2/orders/{clientOrderId}"]["get"]["parameters"] = [
            {
                "name": "include",
                "in": "query",
                "required": False,
                "description": "x",
                "schema": {"type": "string"},
                "example": "items",
            }
        ]

    result = run(tmp_path, add)
    assert result.exit_code == 0, result.markdown
    assert "`OrderV2.result_release_mode` was added, optional" in result.markdown
    assert "`get_order_v2` takes a new optional `include`" in result.markdown
    assert "🔴" not in result.markdown.split("## 2.")[1]


def test_stale_generated_code_fails_with_the_fix(tmp_path: Path) -> None:
    changed = tmp_path / "new.yaml"
    document = copy.deepcopy(spec.load())
    remove_response_field(document)
    document["info"]["version"] = "1.0.0"
    changed.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    result = review(generate.SPEC, generate.CONFIG, changed, generate.CONFIG, generated=generate.PACKAGE, label="x")
    assert result.exit_code == 1
    assert "`generated/` is stale" in result.markdown and "make generate" in result.markdown


def test_redocly_config_keeps_the_breaking_change_rules() -> None:
    config = yaml.safe_load((spec.ROOT / "redocly.yaml").read_text(encoding="utf-8"))
    assert "diff-recommended" in config["extends"]


def test_version_bump_policy() -> None:
    assert breaking_bump((0, 1, 0), (0, 2, 0)) and breaking_bump((1, 4, 2), (2, 0, 0))
    assert not breaking_bump((0, 1, 0), (0, 1, 5)) and not breaking_bump((1, 4, 2), (1, 5, 0))


def test_command_on_this_checkout_compares_with_head_and_leaves_no_files() -> None:
    before = subprocess.run(
        ["git", "status", "--porcelain"], cwd=spec.ROOT, capture_output=True, text=True, check=False
    ).stdout
    result = subprocess.run(
        [sys.executable, "-m", "tools.spec_diff", "--base", "HEAD"],
        cwd=spec.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    after = subprocess.run(
        ["git", "status", "--porcelain"], cwd=spec.ROOT, capture_output=True, text=True, check=False
    ).stdout
    assert "# Spec review: `HEAD`" in result.stdout
    assert before == after


@pytest.mark.parametrize("ref", ["no-such-ref"])
def test_unknown_base_is_a_clear_error(ref: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.spec_diff", "--base", ref],
        cwd=spec.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "Cannot read openapi/" in result.stderr
