"""Locating and loading the spec the sandbox validates against (the same file the client is generated from)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_PACKAGED = Path(__file__).with_name("lgc-b2b.yaml")  # where the wheel puts it
_REPOSITORY = Path(__file__).resolve().parents[2] / "openapi" / "lgc-b2b.yaml"  # editable install / checkout


def spec_path() -> Path:
    for candidate in (_REPOSITORY, _PACKAGED):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the LGC spec is missing: looked for {_REPOSITORY} and {_PACKAGED}")


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The spec as a dict, with ``servers`` replaced so it matches whatever address the sandbox runs on."""
    document = yaml.safe_load((path or spec_path()).read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError("the spec must be a YAML mapping")
    # openapi-core matches request URLs against `servers`; LGC's real host is not ours.
    document["servers"] = [{"url": "/"}]
    # openapi-core checks http and apiKey schemes only; on the wire an OAuth 2.0 token is a bearer token.
    for scheme in document.get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "oauth2":
            scheme.clear()
            scheme.update({"type": "http", "scheme": "bearer", "bearerFormat": "JWT"})
    return document
