"""Generation and import times: ``make generate`` (the generator run) and ``import`` of each package."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import median

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    what: str
    millis: float
    ratio: str


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def run(repetitions: int) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        code = f"from pathlib import Path; from tools import generate; generate.generate(Path({scratch!r}) / 'lgc_b2b')"
        generation = median([_timed([sys.executable, "-c", code]) for _ in range(repetitions)])
    rows.append(Row("generate lgc_b2b from the spec (generator + ruff)", generation, ""))
    bare = median([_timed([sys.executable, "-c", "pass"]) for _ in range(repetitions)])
    imports = {
        module: median([_timed([sys.executable, "-c", f"import {module}"]) for _ in range(repetitions)]) - bare
        for module in ("httpx", "lgc_b2b", "lgc_b2b_auth")
    }
    for module, millis in imports.items():
        rows.append(Row(f"import {module}", millis, f"{millis / imports['httpx']:.2f}x httpx"))
    return rows
