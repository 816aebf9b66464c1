"""Spec review: what a change to openapi/ does to the API and to the generated client (Markdown).

    python tools/spec_diff.py [--base REF] [--output FILE]     (make spec-diff [BASE=ref])

1. the semantic diff of the spec (Redocly, breaking changes flagged), against ``BASE`` (default:
   the merge-base with main);
2. what changes for users of ``lgc_b2b``: the package is generated at ``BASE`` and from the
   working tree, in temporary directories, and their public surfaces compared;
3. whether ``generated/`` is stale against the working tree's spec and config.

Exit 0 when nothing breaks; 1 on a breaking change unless ``info.version`` gets a major bump
(for 0.x versions, a minor bump: semver gives 0.y no stability), or when ``generated/`` is stale.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools import generate
from tools.client_surface import Change, compare, read_surface

ROOT = generate.ROOT
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
_ENUM_MESSAGE = re.compile(r"Enum of `(?P<name>[^`]+)` gained values")


@dataclass
class Review:
    markdown: str
    exit_code: int


def _version(spec: Path) -> tuple[int, ...]:
    text = str(yaml.safe_load(spec.read_text(encoding="utf-8"))["info"]["version"])
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3]) or (0,)


def breaking_bump(old: tuple[int, ...], new: tuple[int, ...]) -> bool:
    """Whether ``new`` is a version that may break: a higher major (or, for 0.x, a higher minor)."""
    old, new = (*old, 0, 0, 0)[:3], (*new, 0, 0, 0)[:3]
    if old[0] == 0:
        return new[0] > 0 or new[1] > old[1]
    return new[0] > old[0]


def _redocly(base: Path, new: Path, output_format: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [str(REDOCLY), "diff", str(base), str(new), "--format", output_format, "--fail-on", "none"]
    command += ["--config", str(ROOT / "redocly.yaml")]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def review(
    base_spec: Path, base_config: Path, new_spec: Path, new_config: Path, *, generated: Path | None, label: str
) -> Review:
    """Compare ``base_*`` with ``new_*``; check ``generated`` (if given) against ``new_*``."""
    lines = [f"# Spec review: `{label}` → working tree", ""]
    old_version, new_version = _version(base_spec), _version(new_spec)
    lines.append(f"`info.version`: {'.'.join(map(str, old_version))} → {'.'.join(map(str, new_version))}")
    lines.append("")

    semantic = _redocly(base_spec, new_spec, "json")
    if semantic.returncode != 0 or not semantic.stdout.strip().startswith("{"):
        return Review(f"redocly diff failed:\n{semantic.stdout}{semantic.stderr}", 1)
    report = json.loads(semantic.stdout)
    table = _redocly(base_spec, new_spec, "markdown").stdout.strip().splitlines()[1:]
    lines += ["## 1. API changes (redocly diff)", "", *(table or ["No changes."]), ""]

    with tempfile.TemporaryDirectory(prefix="lgc-spec-diff-") as scratch:
        old_package, new_package = Path(scratch) / "old" / "lgc_b2b", Path(scratch) / "new" / "lgc_b2b"
        generate.generate(old_package, base_spec, base_config)
        generate.generate(new_package, new_spec, new_config)
        old_surface, new_surface = read_surface(old_package), read_surface(new_package)
        stale = generate.differences(new_package, generated) if generated is not None else []

    changes = compare(old_surface, new_surface)
    lines += ["## 2. What changes for users of `lgc_b2b`", ""]
    lines += [f"- {'🔴 ' if c.breaking else ''}{c.text}" for c in changes] or ["Nothing in the public surface."]
    lines.append("")

    # Redocly judges the API; an enum value added to a response breaks only closed enums, and the
    # generated client's enums are open (anyOf enum|string) — section 2 says which case applies.
    breaking_api = []
    for change in report.get("changes", []):
        for verdict in change.get("verdicts", []):
            if verdict.get("impact") != "major":
                continue
            enum = _ENUM_MESSAGE.search(verdict.get("message", ""))
            if verdict.get("ruleId") == "enum-values-added" and enum and enum["name"] in old_surface.open_enums:
                continue
            breaking_api.append(verdict.get("message", verdict.get("ruleId", "?")))
    breaking_client: list[Change] = [c for c in changes if c.breaking]

    lines += ["## 3. Generated code", ""]
    if generated is None:
        lines.append("Not checked.")
    elif stale:
        lines.append(
            "❌ `generated/` is stale: it does not match the spec and config. Run `make generate` and commit "
            "`generated/` with the change."
        )
        lines += [f"  - {difference}" for difference in stale[:20]]
    else:
        lines.append("✅ `generated/` matches the spec and config.")
    lines.append("")

    exit_code = 1 if stale else 0
    lines.append("## Verdict")
    lines.append("")
    if breaking_api or breaking_client:
        if breaking_bump(old_version, new_version):
            lines.append("⚠️ Breaking changes, announced by a major version bump of `info.version`.")
        else:
            exit_code = 1
            lines.append(
                f"❌ {len(breaking_api)} breaking API change(s) and {len(breaking_client)} breaking client change(s) "
                "without a major version bump: make the change additive, or raise the major version of "
                "`info.version` (the minor one while it is 0.x) and tell integrators."
            )
    else:
        lines.append("✅ Nothing breaks existing clients.")
    return Review("\n".join(lines) + "\n", exit_code)


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def _default_base() -> str:
    for candidate in ("main", "origin/main"):
        try:
            return _git("merge-base", "HEAD", candidate)
        except subprocess.CalledProcessError:
            continue
    return "HEAD"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="git ref to compare with (default: merge-base with main)")
    parser.add_argument("--output", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args()
    base = args.base or _default_base()
    with tempfile.TemporaryDirectory(prefix="lgc-spec-base-") as scratch:
        archive = subprocess.run(
            ["git", "archive", base, "openapi", "generator-config.yaml"], cwd=ROOT, capture_output=True, check=False
        )
        if archive.returncode != 0:
            print(f"Cannot read openapi/ at {base!r}: {archive.stderr.decode().strip()}", file=sys.stderr)
            return 2
        subprocess.run(["tar", "-x", "-C", scratch], input=archive.stdout, check=True)
        base_config = Path(scratch) / "generator-config.yaml"
        if not base_config.exists():
            shutil.copy(generate.CONFIG, base_config)
        result = review(
            Path(scratch) / "openapi" / "lgc-b2b.yaml",
            base_config,
            generate.SPEC,
            generate.CONFIG,
            generated=generate.PACKAGE,
            label=base if args.base else f"merge-base with main ({base[:10]})",
        )
    print(result.markdown, end="")
    if args.output:
        args.output.write_text(result.markdown, encoding="utf-8")
    return result.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
