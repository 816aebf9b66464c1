"""``python -m lgc_sandbox``: run the sandbox in the foreground and print how to reach it."""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading

from .server import Sandbox


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m lgc_sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=8400, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--token-lifetime", type=float, default=3600.0, help="seconds a token lives")
    args = parser.parse_args()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with Sandbox(port=args.port, token_lifetime=args.token_lifetime) as sandbox:
        print(f"LGC sandbox on {sandbox.base_url}  (controls: {sandbox.base_url}/_sandbox/)")
        for client in sandbox.clients:
            print(f"  clientId {client.client_id}:")
            print(f"    export LGC_API_URL={sandbox.base_url}")
            print(f"    export LGC_ACCESS_KEY_ID={client.access_key_id}")
            print(f"    export LGC_SECRET_ACCESS_KEY={client.secret_access_key}")
        print("Ctrl-C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()


if __name__ == "__main__":
    main()
