# Two commands on a fresh machine:
#   make demo   set up, then extract statements from the bundled sample articles
#   make test   set up, then lint, type-check and run the whole test suite (what .ci/run calls)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The hot analysis modules are compiled with mypyc (see setup.py); a change to one of them
# rebuilds the package. BRINK_PURE_PYTHON=1 make setup installs without compiling.
COMPILED := $(shell sed -n 's/^ *"\(src\/brink\/.*\.py\)",$$/\1/p' setup.py)

.PHONY: setup demo test lint bench clean

$(BIN)/brink: pyproject.toml setup.py $(COMPILED)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/brink

setup: $(BIN)/brink

demo: setup
	$(BIN)/brink extract samples/ --format table

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src/brink/analyse src/brink/languages
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/extract_throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/*.so src/brink/*/*.so .pytest_cache .mypy_cache .ruff_cache
