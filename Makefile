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

.PHONY: check-docs update-spec lint-spec bundle ts-check

# Spectral, openapi-typescript, typescript, ajv and lossless-json, exactly as interop/package-lock.json pins them.
$(NPM_STAMP): $(INTEROP)/package.json $(INTEROP)/package-lock.json
	npm ci --prefix $(INTEROP) --ignore-scripts --no-audit --no-fund
	touch $(NPM_STAMP)

## check-docs: compare every Binance doc page in DOCS (default spec/docs) with the spec; list each difference
## (COMPLETE=1: DOCS is a complete scrape, so an operation without a page is a difference too)
check-docs: $(STAMP)
	$(PY) -m binance_pm_doccheck --docs $(DOCS) --spec spec/binance-pm.yaml $(if $(filter 1 yes true,$(COMPLETE)),--complete)

## update-spec: apply to spec/binance-pm.yaml every difference with the pages in DOCS that can be applied
## mechanically, print each change, then list what needs a person (exit 0 all applied, 1 some left, 2 bad input)
update-spec: $(STAMP)
	$(PY) -m binance_pm_doccheck --fix --docs $(DOCS) --spec spec/binance-pm.yaml

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

.PHONY: ts-generate ts-e2e
## ts-generate: interop/typescript/generated/ from the bundled spec: the facts no OpenAPI generator reads
## (gen-operations.mjs) and openapi-typescript's types, int64 as number | bigint (gen-types.mjs)
ts-generate: bundle $(NPM_STAMP)
	rm -rf $(TS_DIR)/generated
	node $(TS_DIR)/gen-operations.mjs $(BUNDLE) $(TS_DIR)/generated/operations.ts
	node $(TS_DIR)/gen-types.mjs $(BUNDLE) $(TS_DIR)/generated/binance-pm.ts
	node $(TS_DIR)/gen-events.mjs $(BUNDLE) $(TS_DIR)/generated/events.ts

## ts-check: TypeScript types from the bundled spec (openapi-typescript; the stream's events by gen-events.mjs), then
## tsc --noEmit on interop/typescript, then one user data stream event of each kind decoded by the compiled program
ts-check: ts-generate
	$(INTEROP)/node_modules/.bin/tsc -p $(TS_DIR)/tsconfig.json
	@echo "ts-check: interop/typescript type-checks against the generated types"
	rm -rf $(TS_RUN)
	$(INTEROP)/node_modules/.bin/tsc -p $(TS_DIR)/tsconfig.json --noEmit false --outDir $(TS_RUN)
	node -e 'const lines = require("./$(TS_RUN)/src/events.js").decodeSamples(); console.log(lines.join("\n")); console.log(`ts-check: decoded $${lines.length} user data stream events, one of each kind`)'

## ts-e2e: compile the TypeScript client and run it against the sandbox (three of them: HMAC, RSA, Ed25519 keys)
## on free loopback ports: every operation of the spec must be signed, routed and answered as the spec says;
## then tests/interop shows that the run fails when a signing rule of the client is broken on purpose
ts-e2e: ts-generate $(STAMP)
	rm -rf $(TS_DIR)/dist
	$(INTEROP)/node_modules/.bin/tsc -p $(TS_DIR)/tsconfig.e2e.json
	node $(TS_DIR)/dist/src/e2e/run.js --bundle $(BUNDLE) --python $(PY)
	TS_E2E_REQUIRED=1 $(PY) -m pytest -q -p no:cacheprovider tests/interop

## --- the documentation site: guides, the Python reference, the HTTP reference ---
DOCS_STAMP := $(VENV)/.docs-stamp
SITE := build/site
HTTP_REFERENCE := build/http-reference.html

.PHONY: docs docs-check

$(DOCS_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,docs]'
	touch $(DOCS_STAMP)

## docs: build the site into build/site/ (strict: any warning fails), then check every link of the site and the README
docs: $(DOCS_STAMP) bundle $(NPM_STAMP)
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 \
		$(INTEROP)/node_modules/.bin/redocly build-docs $(BUNDLE) --output $(HTTP_REFERENCE) --inlineBundle \
		--title "binance-pm HTTP reference" --openapi.showExtensions=true --lint-config off
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --clean --site-dir $(SITE)
	$(PY) tests/docs/check_links.py $(SITE) README.md

## docs-check: build the site, then load it in headless Chromium (/usr/bin/chromium) and check it; screenshots in build/site-check/
docs-check: docs
	BINANCE_PM_DOCS_CHECK=1 $(PY) -m pytest -q -p no:cacheprovider tests/docs
