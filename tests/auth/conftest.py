from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.auth.idp import IdentityProvider, running


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def idp() -> IdentityProvider:
    return IdentityProvider()


@pytest.fixture
def base_url(idp: IdentityProvider) -> Iterator[str]:
    with running(idp) as url:
        yield url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
