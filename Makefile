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
.PHONY: help install run test lint format typecheck openapi openapi-check bench bench-occupations clean screenshots bench-pages

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

test: install ## Run the whole test suite against real PostgreSQL
	$(VENV)/bin/pytest

lint: install ## ruff (lint + format check) and mypy --strict
	$(VENV)/bin/ruff check src tests migrations scripts
	$(VENV)/bin/ruff format --check src tests migrations scripts
	$(VENV)/bin/mypy src

format: install ## Apply ruff's formatting and safe fixes
	$(VENV)/bin/ruff check --fix src tests migrations scripts
	$(VENV)/bin/ruff format src tests migrations scripts

typecheck: install ## mypy --strict on src/
	$(VENV)/bin/mypy src

openapi: install ## Write openapi/openapi.json from the app
	@mkdir -p openapi
	$(VENV)/bin/matchwerk openapi --output openapi/openapi.json

openapi-check: install ## Fail when openapi/openapi.json differs from what the app serves
	@$(VENV)/bin/matchwerk openapi > $(TOOLS)/openapi.current.json
	@diff -u openapi/openapi.json $(TOOLS)/openapi.current.json > /dev/null || { \
		echo "openapi/openapi.json is out of date: run 'make openapi' and commit it"; \
		diff -u openapi/openapi.json $(TOOLS)/openapi.current.json | head -40; exit 1; }
	@echo "openapi/openapi.json is current"

bench: install ## Matching benchmark incl. SQL baselines, assignment and the 10M scale figure (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench matching
	$(VENV)/bin/matchwerk bench matching-scale

bench-occupations: install ## Occupation resolution benchmark (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench occupations

screenshots: install ## Screenshots of the main pages in docs/screenshots (needs chromium: apt-get install -y chromium)
	MATCHWERK_SCREENSHOTS=1 $(VENV)/bin/pytest tests/web/test_screenshots.py -q -p no:randomly

bench-pages: install ## Server time of every page with 100,000 candidates (writes docs/benchmarks.md)
	$(VENV)/bin/matchwerk bench pages

clean: ## Remove the virtual environments (keeps the data directory)
	rm -rf $(VENV) $(TOOLS)
