# lgc-b2b-client: every target installs what it needs (a venv in .venv, Redocly in node_modules).
# Needs only Python 3.11+, Node/npm and make on the machine.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMPS := .stamps

# The constraints file pins every Python package, including build-isolation environments.
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

SPEC := openapi/lgc-b2b.yaml
REDOCLY := node_modules/.bin/redocly

.PHONY: help install demo sandbox generate spec-diff check-generated lint-spec lint typecheck unit test bench clean

help:
	@echo "make demo      run examples/quickstart.py against the bundled sandbox (started and stopped for it)"
	@echo "make test      all checks: spec lint, generated code current, ruff, mypy --strict, pytest"
	@echo "make sandbox   run the LGC sandbox in the foreground (prints its URL and credentials)"
	@echo "make generate  regenerate generated/lgc_b2b from $(SPEC) (commit both)"
	@echo "make spec-diff review a spec change against BASE (default: merge-base with main) as Markdown"
	@echo "make bench     benchmarks against plain httpx, Authlib and httpx-auth; writes BENCHMARKS.md"
	@echo "make install   create .venv and install the package (editable) with its tools"

$(STAMPS)/venv: pyproject.toml constraints.txt
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $@

$(STAMPS)/node: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-fund --no-audit --loglevel=error
	@touch $@

install: $(STAMPS)/venv $(STAMPS)/node

# Always the sandbox: run examples/quickstart.py yourself, with LGC_* set, to talk to LGC.
demo: $(STAMPS)/venv
	env -u LGC_API_URL $(BIN)/python examples/quickstart.py

sandbox: $(STAMPS)/venv
	$(BIN)/python -m lgc_sandbox

generate: $(STAMPS)/venv
	$(BIN)/python tools/generate.py

# BASE=<git ref> compares with that ref instead of the merge-base with main.
spec-diff: $(STAMPS)/venv $(STAMPS)/node
	$(BIN)/python -m tools.spec_diff $(if $(BASE),--base $(BASE))

check-generated: $(STAMPS)/venv
	$(BIN)/python tools/generate.py --check

# Node prints an end-of-life banner for Node 20 on stderr; the lint result is on stdout.
lint-spec: $(STAMPS)/node
	$(REDOCLY) lint $(SPEC) --format stylish 2>/dev/null || { $(REDOCLY) lint $(SPEC) --format stylish; exit 1; }

lint: $(STAMPS)/venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMPS)/venv
	$(BIN)/mypy

unit: $(STAMPS)/venv
	$(BIN)/python -m pytest

test: lint-spec check-generated lint typecheck unit

$(STAMPS)/bench: $(STAMPS)/venv
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	@touch $@

# Writes BENCHMARKS.md (about five minutes: the concurrency runs wait for token expiries).
bench: $(STAMPS)/bench
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) node_modules $(STAMPS) .mypy_cache .pytest_cache .ruff_cache
