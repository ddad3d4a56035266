# The two commands a newcomer needs are `make report` and `make test`;
# both build .venv from the hash-locked requirements first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup report test lab clean lock refresh-notebooks lint

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (outlet-framing-workbook)" >/dev/null
	touch $(STAMP)

report: setup
	$(BIN)/workbook run

# One pytest session: the helpers' tests in tests/, then nbval on the notebooks. Tests and
# stored notebook outputs never see a trained frame model of the user's (keywords decide).
NO_MODELS := WORKBOOK_MODELS_DIR=$(CURDIR)/.cache/no-models

test: setup
	$(NO_MODELS) $(BIN)/python -m pytest -p no:cacheprovider --nbval-lax --nbval-sanitize-with nbval_sanitize.cfg tests notebooks

lab: setup
	$(BIN)/jupyter lab --notebook-dir=notebooks

lint: setup
	$(BIN)/ruff check src tests notebooks benchmarks
	$(BIN)/ruff format --check src tests notebooks benchmarks
	$(BIN)/lint-imports

# Re-execute the notebooks on seeds/ and store the outputs nbval compares
# (run after an intended change in results, then review the diff).
refresh-notebooks: setup
	$(NO_MODELS) $(BIN)/python -m helpers.pipeline.refresh notebooks

# Maintainers only: re-resolve the lock file (needs uv on PATH).
lock:
	echo "setuptools>=68" | uv pip compile pyproject.toml - --extra dev --generate-hashes \
	  --python-version 3.11 --index-url https://pypi.org/simple -o requirements.lock
	# Pin the spaCy model to its wheel alone, by the hash the project was told to trust.
	sed -i -z 's/ \\\n    --hash=sha256:f237882f9c6ff55334232036e0d07a9d995564dafbed53a7898b935297df7c2e//' requirements.lock

clean:
	rm -rf $(VENV) reports .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
