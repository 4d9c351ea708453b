# matchwerk — the front door. Needs only Python >= 3.11 and make.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

.DEFAULT_GOAL := help
.PHONY: help install run test coverage check hooks lint format typecheck openapi openapi-check client client-check bench bench-occupations clean screenshots bench-pages fuzz loadtest

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is required"; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON) --quiet
	@touch $@

install: $(VENV)/.installed ## Create .venv with the locked dependencies

run: install ## Start the API with demo data (embedded PostgreSQL unless MATCHWERK_DATABASE_URL is set)
	$(VENV)/bin/matchwerk serve

test: install ## Run the whole test suite against real PostgreSQL (PYTEST_ARGS passes options)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

coverage: install ## The test suite with a line-coverage report of src/matchwerk (PYTEST_ARGS passes options)
	$(VENV)/bin/pytest --cov --cov-report=term $(PYTEST_ARGS)

check: install ## Everything CI runs, in its order (.ci/check; needs a PostgreSQL server, see MATCHWERK_CI_SERVER)
	.ci/check

hooks: install ## Install the git pre-commit hooks (ruff, ruff format, mypy from .venv; .pre-commit-config.yaml)
	$(VENV)/bin/pre-commit install

lint: install ## ruff (lint + format check) and mypy --strict on src/ and tests/
	$(VENV)/bin/ruff check src tests migrations scripts
	$(VENV)/bin/ruff format --check src tests migrations scripts
	$(VENV)/bin/mypy src tests

format: install ## Apply ruff's formatting and safe fixes
	$(VENV)/bin/ruff check --fix src tests migrations scripts
	$(VENV)/bin/ruff format src tests migrations scripts

typecheck: install ## mypy --strict on src/ and tests/
	$(VENV)/bin/mypy src tests

openapi: install ## Write openapi/openapi.json from the app
	@mkdir -p openapi
	$(VENV)/bin/matchwerk openapi --output openapi/openapi.json

openapi-check: install ## Fail when openapi/openapi.json differs from what the app serves
	@$(VENV)/bin/matchwerk openapi > $(TOOLS)/openapi.current.json
	@diff -u openapi/openapi.json $(TOOLS)/openapi.current.json > /dev/null || { \
		echo "openapi/openapi.json is out of date: run 'make openapi' and commit it"; \
		diff -u openapi/openapi.json $(TOOLS)/openapi.current.json | head -40; exit 1; }
	@echo "openapi/openapi.json is current"

OPENAPI_CLIENT := openapi-python-client==0.29.1

define generate_client
	$(VENV)/bin/python scripts/client_spec.py openapi/openapi.json $(TOOLS)/client-openapi.json
	rm -rf $(1)
	$(UV) tool run --quiet --from $(OPENAPI_CLIENT) openapi-python-client generate --path $(TOOLS)/client-openapi.json \
		--output-path $(1) --config clients/openapi-python-client.yaml > /dev/null
endef

client: install ## Regenerate the Python client in clients/python/ from openapi/openapi.json
	$(call generate_client,clients/python)

client-check: install ## Fail when clients/python/ differs from what openapi/openapi.json generates
	$(call generate_client,$(TOOLS)/client-check)
	@diff -r clients/python $(TOOLS)/client-check > /dev/null || { \
		echo "clients/python is out of date: run 'make client' and commit it"; \
		diff -r clients/python $(TOOLS)/client-check | head -40; exit 1; }
	@echo "clients/python is current"

bench: install ## Matching benchmark incl. SQL baselines, assignment and the 10M scale figure (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench matching
	$(VENV)/bin/matchwerk bench matching-scale

bench-occupations: install ## Occupation resolution benchmark (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench occupations

FUZZ_EXAMPLES ?= 20
FUZZ_PORT ?= 8097
fuzz: install ## Schemathesis over every operation as admin and employer (pinned, fixed seed, no failures)
	$(VENV)/bin/python scripts/fuzz_api.py --max-examples $(FUZZ_EXAMPLES) --port $(FUZZ_PORT)

loadtest: install ## Mixed load on 100,000 candidates, 1 and 2 replicas (writes docs/benchmarks.md)
	$(VENV)/bin/python scripts/loadtest.py

screenshots: install ## Screenshots of the main pages in docs/screenshots (needs chromium: apt-get install -y chromium)
	MATCHWERK_SCREENSHOTS=1 $(VENV)/bin/pytest tests/web/test_screenshots.py -q -p no:randomly

bench-pages: install ## Server time of every page with 100,000 candidates (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench pages

clean: ## Remove the virtual environments (keeps the data directory)
	rm -rf $(VENV) $(TOOLS)
