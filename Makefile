# Two commands do all set-up on a fresh machine:
#   make serve   start the service (API under /v1, UI at /ui) on its embedded defaults
#   make test    run the default test suite (offline)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: serve test install clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Debian packages used by the browser and PostgreSQL tests (skipped when absent and not root).
system-deps:
	@bash scripts/system_deps.sh

serve: $(STAMP)
	$(BIN)/fulian serve

# The date-sensitive tests run a second time with the clock 400 days ahead (Debian's faketime):
# a verdict that changes with the calendar fails here, not on some later day in CI.
test: $(STAMP) system-deps
	$(BIN)/python -m pytest
	@command -v faketime >/dev/null || { echo "make test: faketime is missing (apt-get install faketime)" >&2; exit 1; }
	faketime -f '+400d' $(BIN)/python -m pytest -p no:cacheprovider -m 'calendar and not slow'

clean:
	rm -rf $(VENV) .pytest_cache
