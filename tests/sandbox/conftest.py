from __future__ import annotations

from collections.abc import Iterator

import pytest

from lgc_b2b import AuthenticatedClient
from lgc_b2b_auth import ClientCredentials, connect
from lgc_sandbox import Sandbox


def auth_for(sandbox: Sandbox, index: int = 0, **options: object) -> ClientCredentials:
    account = sandbox.clients[index]
    return ClientCredentials(sandbox.base_url, account.access_key_id, account.secret_access_key, **options)  # type: ignore[arg-type]


@pytest.fixture
def client(lgc_sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    with connect(auth=auth_for(lgc_sandbox)) as authenticated:
        yield authenticated
