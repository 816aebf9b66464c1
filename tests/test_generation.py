"""The pipeline: checked config, deterministic output, one module per operation, installable package."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from tests import spec
from tools import generate

ROOT = spec.ROOT


def test_project_config_is_accepted() -> None:
    assert generate.config_errors(generate.CONFIG) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("post_hook: []\n", "unknown key 'post_hook'"),
        ("package_name_overide: x\n", "unknown key 'package_name_overide'"),
        ("literal_enums: maybe\n", "literal_enums"),
        ("- a list\n", "must be a mapping"),
    ],
)
def test_config_typo_fails_loudly(tmp_path: Path, text: str, expected: str) -> None:
    config = tmp_path / "generator-config.yaml"
    config.write_text(text, encoding="utf-8")
    problems = generate.config_errors(config)
    assert any(expected in problem for problem in problems), problems


def test_generation_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        output = tmp_path / seed / "lgc_b2b"
        code = f"from pathlib import Path; from tools import generate; generate.generate(Path({str(output)!r}))"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
        outputs.append(output)
    comparison = filecmp.dircmp(outputs[0], outputs[1])
    assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
    assert not (outputs[0] / ".ruff_cache").exists(), "the ruff cache must not end up in generated code"


def test_every_operation_has_its_generated_module() -> None:
    package = ROOT / "generated" / "lgc_b2b"
    modules = {path.stem for path in (package / "api").glob("*/*.py")}
    for path, _, _, operation in spec.operations():
        if path.startswith("/"):  # webhooks are received, not called: the generator skips them
            snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in operation["operationId"])
            assert snake in modules


def test_generated_package_is_marked_typed() -> None:
    assert (ROOT / "generated" / "lgc_b2b" / "py.typed").exists()


def test_gitignore_keeps_tool_caches_out() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".ruff_cache/" in ignored


def test_generator_and_ruff_are_pinned_exactly() -> None:
    pins = dict(
        line.split("==", 1)
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert pins["openapi-python-client"] == "0.29.1"
    assert pins["ruff"]
    lock = yaml.safe_load((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/@redocly/cli"]["version"] == "2.77.0"


def test_packages_import_from_a_built_wheel(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)], check=True)
    (wheel,) = tmp_path.glob("lgc_b2b_client-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"lgc_b2b/py.typed", "lgc_b2b_auth/py.typed", "lgc_sandbox/py.typed"} <= set(names)
    assert "lgc_sandbox/lgc-b2b.yaml" in names  # the sandbox validates against the packaged spec
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import lgc_b2b, lgc_b2b_auth, lgc_sandbox.spec as s; "
        "assert all(m.__file__.startswith(sys.argv[1]) for m in (lgc_b2b, lgc_b2b_auth, s)); "
        "assert s.load_spec(s._PACKAGED)['openapi'].startswith('3.1')"
    )
    subprocess.run([sys.executable, "-c", probe, str(site)], check=True)


def test_editable_install_imports_from_the_work_tree() -> None:
    probe = "import lgc_b2b, lgc_b2b_auth; print(lgc_b2b.__file__); print(lgc_b2b_auth.__file__)"
    files = subprocess.run(
        [sys.executable, "-c", probe], cwd="/", capture_output=True, text=True, check=True
    ).stdout.split()
    assert files == [
        str(ROOT / "generated" / "lgc_b2b" / "__init__.py"),
        str(ROOT / "auth_ext" / "lgc_b2b_auth" / "__init__.py"),
    ]
