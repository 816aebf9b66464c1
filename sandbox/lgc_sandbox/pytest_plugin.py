"""pytest plugin: the ``lgc_sandbox`` fixture, a running sandbox per test on a free port.

Registered through the ``pytest11`` entry point, so installing lgc-b2b-client[sandbox] makes it
available in any test suite. Heavy imports happen only when the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import Sandbox


@pytest.fixture
def lgc_sandbox() -> Iterator[Sandbox]:
    """A started :class:`lgc_sandbox.Sandbox`: ``base_url``, ``client`` (clientId and keys) and its controls."""
    from .server import Sandbox  # noqa: PLC0415 - keep plugin registration free of server imports

    with Sandbox() as sandbox:
        yield sandbox
        assert not sandbox.spec_violations, f"the sandbox broke the spec: {sandbox.spec_violations}"
