"""Regenerate ``generated/lgc_b2b`` from the spec, or check that the committed copy is current.

    python tools/generate.py            # regenerate in place (what `make generate` runs)
    python tools/generate.py --check    # regenerate into a temporary directory and compare

Both modes first check ``generator-config.yaml`` against the generator's own settings model:
openapi-python-client silently ignores keys it does not know, so a typo would otherwise change
nothing and say nothing.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_python_client.config import ConfigFile
from pydantic import ConfigDict, ValidationError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "lgc-b2b.yaml"
CONFIG = ROOT / "generator-config.yaml"
PACKAGE = ROOT / "generated" / "lgc_b2b"
FIX_COMMAND = "make generate"
# Written by the post-hooks' ruff and by imports; never part of the generated output.
IGNORED = {".ruff_cache", "__pycache__", ".mypy_cache"}


class StrictConfigFile(ConfigFile):
    """The generator's config model, refusing keys it would otherwise drop silently."""

    model_config = ConfigDict(extra="forbid")


def config_errors(config_path: Path) -> list[str]:
    """Return one readable line per problem in a generator config file (empty when valid)."""
    try:
        data = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{config_path.name} is not valid YAML: {exc}"]
    if not isinstance(data, dict):
        return [f"{config_path.name} must be a mapping of settings, got {type(data).__name__}"]
    try:
        StrictConfigFile.model_validate(data)
    except ValidationError as exc:
        known = ", ".join(sorted(ConfigFile.model_fields))
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            if error["type"] == "extra_forbidden":
                problems.append(f"unknown key {where!r} (the generator would ignore it); known keys: {known}")
            else:
                problems.append(f"{where}: {error['msg']}")
        return problems
    return []


def _tool_environment() -> dict[str, str]:
    """Put this interpreter's scripts first on PATH: the post-hooks must run the pinned ruff."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate(output: Path, spec: Path = SPEC, config: Path = CONFIG) -> None:
    """Run the pinned generator with ``config`` on ``spec`` into ``output`` (the package directory)."""
    problems = config_errors(config)
    if problems:
        raise SystemExit(f"{config.name} has problems:\n  " + "\n  ".join(problems))
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, env=_tool_environment(), capture_output=True, text=True, check=False)
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    if result.returncode != 0:
        raise SystemExit(
            f"openapi-python-client failed (exit {result.returncode}); fix the spec or the config:\n"
            f"{result.stdout}{result.stderr}"
        )


def differences(expected: Path, actual: Path, prefix: str = "") -> list[str]:
    """Every file that is missing, extra or different in ``actual`` compared with ``expected``."""
    comparison = filecmp.dircmp(expected, actual, ignore=sorted(IGNORED))
    found = [f"{prefix}{name}: missing from generated/" for name in comparison.left_only]
    found += [f"{prefix}{name}: not produced by the generator" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(expected, actual, comparison.common_files, shallow=False)
    found += [f"{prefix}{name}: content differs" for name in mismatch + errors]
    for name in comparison.common_dirs:
        found += differences(expected / name, actual / name, f"{prefix}{name}/")
    return found


def check() -> int:
    """Regenerate into a temporary directory; report every file that differs from ``generated/``."""
    with tempfile.TemporaryDirectory(prefix="lgc-b2b-generate-") as scratch:
        fresh = Path(scratch) / "lgc_b2b"
        generate(fresh)
        stale = differences(fresh, PACKAGE)
    if not stale:
        print("generated/lgc_b2b is current with the spec and the generator config.")
        return 0
    print(
        "generated/lgc_b2b is stale: it does not match what the spec and generator-config.yaml produce.\n"
        f"Fix: run `{FIX_COMMAND}` and commit generated/ together with the spec or config change.\n"
        "Differences:\n  " + "\n  ".join(stale),
        file=sys.stderr,
    )
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    if parser.parse_args().check:
        return check()
    generate(PACKAGE)
    print(f"Regenerated {PACKAGE.relative_to(ROOT)} from {SPEC.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
