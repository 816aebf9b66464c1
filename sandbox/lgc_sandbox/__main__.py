"""``python -m lgc_sandbox``: run the sandbox in the foreground and print how to reach it.

Keys are new at each start, unless LGC_SANDBOX_ACCESS_KEY_ID and LGC_SANDBOX_SECRET_ACCESS_KEY
(and optionally LGC_SANDBOX_CLIENT_ID) are set, or the matching options passed: then the first
client uses them, so a local configuration that points at the sandbox keeps working across
restarts. A secret given that way is not printed back. (Separate variables from the client's
LGC_* ones, so real LGC keys in the environment never end up in the sandbox or on the screen.)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import threading

from .server import DEFAULT_CLIENT_IDS, Sandbox
from .state import ClientAccount

_KEY = re.compile(r"[A-Za-z0-9]{25}")
_CLIENT_ID = re.compile(r"[A-Za-z0-9]{1,4}")


def _clients(client_id: str, key_id: str | None, secret: str | None) -> list[ClientAccount] | None:
    if not key_id and not secret:
        return None
    if not (key_id and secret and _KEY.fullmatch(key_id) and _KEY.fullmatch(secret)):
        raise SystemExit("The sandbox's keys must both be given, each 25 letters and digits (as LGC issues them).")
    if not _CLIENT_ID.fullmatch(client_id):
        raise SystemExit("The clientId must be 1 to 4 letters or digits.")
    others = [ClientAccount.generate(other) for other in DEFAULT_CLIENT_IDS if other != client_id]
    return [ClientAccount(client_id, key_id, secret), *others]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m lgc_sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=8400, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--token-lifetime", type=float, default=3600.0, help="seconds a token lives")
    parser.add_argument("--client-id", default=os.environ.get("LGC_SANDBOX_CLIENT_ID") or DEFAULT_CLIENT_IDS[0])
    parser.add_argument("--access-key-id", default=os.environ.get("LGC_SANDBOX_ACCESS_KEY_ID"))
    parser.add_argument("--secret-access-key", default=os.environ.get("LGC_SANDBOX_SECRET_ACCESS_KEY"))
    args = parser.parse_args()
    clients = _clients(args.client_id, args.access_key_id, args.secret_access_key)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with Sandbox(port=args.port, token_lifetime=args.token_lifetime, clients=clients) as sandbox:
        print(f"LGC sandbox on {sandbox.base_url}  (controls: {sandbox.base_url}/_sandbox/)")
        for client in sandbox.clients:
            print(f"  clientId {client.client_id}:")
            print(f"    export LGC_API_URL={sandbox.base_url}")
            print(f"    export LGC_ACCESS_KEY_ID={client.access_key_id}")
            given = clients is not None and client is sandbox.clients[0]
            secret = "<the secret access key you gave>" if given else client.secret_access_key
            print(f"    export LGC_SECRET_ACCESS_KEY={secret}")
        print("Ctrl-C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()


if __name__ == "__main__":
    main()
