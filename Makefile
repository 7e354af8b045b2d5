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

## wheel-check: build the sdist and wheel, install the wheel in two fresh venvs outside the repository
## (no extras; [sandbox,keys]) and use it there: CLI, sandbox, a signed call, mypy --strict, doc checker
.PHONY: wheel-check
wheel-check: $(STAMP)
	$(PY) tests/packaging/wheel_check.py

## demo: regenerate the client, start the sandbox on a free port, call the four seed operations through the CLI
.PHONY: demo
demo: generate
	$(PY) -m binance_pm_sandbox.demo

## --- the spec as a shared product: doc drift, spec lint, JSON bundle, TypeScript proof ---
DOCS ?= spec/docs
INTEROP := interop
NPM_STAMP := $(INTEROP)/node_modules/.installed-stamp
TS_DIR := $(INTEROP)/typescript
BUNDLE := build/binance-pm.json
# interop/typescript compiled to JavaScript, to run its event decoding.
TS_RUN := build/ts-run

.PHONY: check-docs lint-spec bundle ts-check

# Spectral, openapi-typescript, openapi-fetch and typescript, exactly as interop/package-lock.json pins them.
$(NPM_STAMP): $(INTEROP)/package.json $(INTEROP)/package-lock.json
	npm ci --prefix $(INTEROP) --ignore-scripts --no-audit --no-fund
	touch $(NPM_STAMP)

## check-docs: compare every Binance doc page in DOCS (default spec/docs) with the spec; list each difference
## (COMPLETE=1: DOCS is a complete scrape, so an operation without a page is a difference too)
check-docs: $(STAMP)
	$(PY) -m binance_pm_doccheck --docs $(DOCS) --spec spec/binance-pm.yaml $(if $(filter 1 yes true,$(COMPLETE)),--complete)

## lint-spec: openapi-spec-validator, Spectral (spectral:oas + spec/.spectral.yaml), schema examples, x-binance cross-references
lint-spec: $(STAMP) $(NPM_STAMP)
	$(VENV)/bin/openapi-spec-validator spec/binance-pm.yaml
	$(INTEROP)/node_modules/.bin/spectral lint --ruleset spec/.spectral.yaml --fail-severity warn spec/binance-pm.yaml
	$(PY) -m binance_pm_doccheck.spec_examples spec/binance-pm.yaml
	$(PY) -m binance_pm_doccheck.spec_references spec/binance-pm.yaml
	$(PY) -m pytest -q -p no:cacheprovider tests/doccheck/test_spectral_rules.py

## bundle: write the spec as one JSON file, build/binance-pm.json
bundle: $(STAMP)
	$(PY) -m binance_pm_doccheck.bundle --out $(BUNDLE)

## ts-check: TypeScript types from the bundled spec (openapi-typescript; the stream's events by gen-events.mjs), then tsc --noEmit on interop/typescript
ts-check: bundle $(NPM_STAMP)
	rm -rf $(TS_DIR)/generated
	node $(TS_DIR)/gen-operations.mjs $(BUNDLE) $(TS_DIR)/generated/operations.ts
	$(INTEROP)/node_modules/.bin/openapi-typescript $(BUNDLE) -o $(TS_DIR)/generated/binance-pm.ts
	node $(TS_DIR)/gen-events.mjs $(BUNDLE) $(TS_DIR)/generated/events.ts
	$(INTEROP)/node_modules/.bin/tsc -p $(TS_DIR)/tsconfig.json
	@echo "ts-check: interop/typescript type-checks against the generated types"
	rm -rf $(TS_RUN)
	$(INTEROP)/node_modules/.bin/tsc -p $(TS_DIR)/tsconfig.json --noEmit false --outDir $(TS_RUN)
	node -e 'const lines = require("./$(TS_RUN)/src/events.js").decodeSamples(); console.log(lines.join("\n")); console.log(`ts-check: decoded $${lines.length} user data stream events, one of each kind`)'
