"""``python -m lgc_sandbox``: prints how to reach it, and keeps keys given through the environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import httpx

KEY_ID, SECRET = "K" * 24 + "1", "S" * 24 + "2"


def run_sandbox(env: dict[str, str]) -> tuple[dict[str, str], subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "lgc_sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )
    assert process.stdout is not None
    seen: dict[str, str] = {}
    for line in process.stdout:
        if match := re.search(r"export (LGC_\w+)=(\S+)", line):
            seen.setdefault(match[1], match[2])
        if match := re.search(r"clientId (\w+):", line):
            seen.setdefault("clientId", match[1])
        if "Ctrl-C" in line:
            break
    return seen, process


def test_keys_from_the_environment_survive_restarts() -> None:
    given = {
        "LGC_SANDBOX_ACCESS_KEY_ID": KEY_ID,
        "LGC_SANDBOX_SECRET_ACCESS_KEY": SECRET,
        "LGC_SANDBOX_CLIENT_ID": "Q1",
    }
    seen, process = run_sandbox(given)
    try:
        assert (seen["clientId"], seen["LGC_ACCESS_KEY_ID"]) == ("Q1", KEY_ID)
        assert SECRET not in seen["LGC_SECRET_ACCESS_KEY"]  # a secret you gave is not printed back
        token = httpx.post(
            f"{seen['LGC_API_URL']}/oauth2/token", params={"grant_type": "client_credentials"}, auth=(KEY_ID, SECRET)
        )
        assert token.status_code == 200
    finally:
        process.terminate()
        assert process.wait(10) == 0


def test_the_clients_own_lgc_variables_are_not_used() -> None:
    seen, process = run_sandbox({"LGC_ACCESS_KEY_ID": KEY_ID, "LGC_SECRET_ACCESS_KEY": SECRET})
    try:
        assert seen["LGC_ACCESS_KEY_ID"] != KEY_ID and seen["LGC_SECRET_ACCESS_KEY"] != SECRET
    finally:
        process.terminate()
        process.wait(10)


def test_malformed_keys_are_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lgc_sandbox", "--port", "0", "--access-key-id", "short", "--secret-access-key", SECRET],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode != 0 and "25 letters and digits" in result.stderr
