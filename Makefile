# binance-pm: every developer and CI task. `make test` on a fresh clone creates .venv itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: venv generate check-generated lint test bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## venv: create .venv with the package (editable) and the dev tools
venv: $(STAMP)

## generate: regenerate generated/binance_pm from spec/ with generator/
generate: $(STAMP)
	$(PY) -m generator

## check-generated: fail if generated/ differs from a fresh generation
check-generated: $(STAMP)
	$(PY) -m generator --check

## lint: ruff (lint + format check) and mypy --strict on hand-written and generated code
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

## test: check generated/ is in sync, lint, run the tests
test: check-generated lint
	$(PY) -m pytest

## bench: time binance_pm against raw httpx and the alternative clients (installs the bench extra)
BENCH_STAMP := $(VENV)/.bench-stamp
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(PY) -m benchmarks

## demo: regenerate the client, start the sandbox on a free port, call every operation through the CLI
.PHONY: demo
demo: generate
	$(PY) -m binance_pm_sandbox.demo
