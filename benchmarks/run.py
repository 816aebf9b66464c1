"""``make bench``: run every benchmark side by side and write BENCHMARKS.md.

    python -m benchmarks.run [--repetitions 5] [--output BENCHMARKS.md]

Nothing is asserted: the figures are measured in this run, on this machine, and ratios compare
variants measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
from importlib.metadata import version
from pathlib import Path

from benchmarks import concurrency, overhead, stall, startup
from benchmarks.common import quiet_peers, sandbox_process

ROOT = Path(__file__).resolve().parent.parent


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    packages = ", ".join(f"{name} {version(name)}" for name in ("httpx", "httpx-retries", "Authlib", "httpx_auth"))
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {packages}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    quiet_peers()
    reps = max(args.repetitions, 1)
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench` ({reps} repetitions; medians; ratios against "
        "the baseline measured in the same run). Machine: " + _machine() + ".",
        "",
        "The sandbox runs in its own process on 127.0.0.1 and validates every request and response against",
        "the spec, so loopback figures include its ~2-4 ms per request. Peers are used as their documentation",
        "shows for client credentials; they get `grant_type` in the token URL, since the spec (like LGC's",
        "sample) wants it in the query.",
        "",
    ]
    with sandbox_process() as box:
        print("per-request overhead …", flush=True)
        rows = overhead.run(box, reps)
        lines += ["## 1. Per-request overhead", ""]
        lines += ["| scenario | variant | µs / request | ratio | range over rounds |", "|---|---|---:|---:|---|"]
        lines += [f"| {r.scenario} | {r.variant} | {r.micros:.1f} | {r.ratio:.3f}x | {r.spread} |" for r in rows]
        lines += [
            "",
            "`httpx + lgc_b2b_auth.ClientCredentials` is the auth on its own (target ≤ 1.03x the static header).",
            "`generated op via connect()` adds the generated code's request building and model parsing (compare",
            "it with `generated op, static token`) and connect()'s transport: retries, deadline, local checks.",
            "",
        ]
        print("token requests under concurrency …", flush=True)
        counts = concurrency.run(box, reps)
        lines += ["## 2. Token requests under concurrency", ""]
        lines += [
            f"Cold starts use a one-hour token; across-expiry runs a {concurrency.LIFETIME:g} s token, with the "
            f"peers' leeway set to {concurrency.PEER_LEEWAY} s (their defaults, 60 s and 30 s, exceed such a "
            "lifetime and would make them fetch on every request). Failures are 401s and exceptions that "
            "reached the caller.",
            "",
            "| scenario | library | token requests | failures seen by callers | what failed |",
            "|---|---|---:|---:|---|",
        ]
        lines += [
            f"| {r.scenario} | {r.library} | {r.token_calls:g} | {r.failures:g} | {r.note or '—'} |" for r in counts
        ]
        lines += [
            "",
            "Authlib does not fetch the first token by itself: on a cold start every request raises "
            "`MissingTokenError` until the caller runs `fetch_token()` (the across-expiry rows do that first).",
            "",
        ]
        print("event-loop stall …", flush=True)
        stalls = stall.run(box, reps)
        lines += ["## 3. Event-loop stall during a 200 ms token request", ""]
        lines += ["| library | largest ticker gap (ms) | range |", "|---|---:|---|"]
        lines += [f"| {r.library} | {r.stall_ms:.0f} | {r.spread} |" for r in stalls]
        lines.append("")
    print("generation and import …", flush=True)
    lines += ["## 4. Generation and import", "", "| what | ms | relative |", "|---|---:|---|"]
    lines += [f"| {r.what} | {r.millis:.0f} | {r.ratio or '—'} |" for r in startup.run(reps)]
    lines.append("")
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
