# `make run` and `make test` bootstrap .venv themselves; nothing else is needed first.
PYTHON ?= python3
VENV   := .venv
# A venv keeps its programs in Scripts\ (with .exe) on Windows, in bin/ elsewhere.
ifeq ($(OS),Windows_NT)
BIN    := $(VENV)/Scripts
PY     := $(BIN)/python.exe
else
BIN    := $(VENV)/bin
PY     := $(BIN)/python
endif
RUN_STAMP := $(VENV)/.stamp-run
DEV_STAMP := $(VENV)/.stamp-dev
# Compiled translations (.qm for the tray, .mo for the CLI), built from the sources in git.
CATALOGUES := $(VENV)/.stamp-catalogues
I18N_SOURCES := $(wildcard tray/translations/*.ts core/locale/*/LC_MESSAGES/*.po)
PYTEST_ARGS ?=

.PHONY: run demo test test-fast faults lint format typecheck bench bundle clean system-deps i18n

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dev]'
	touch $@ $(RUN_STAMP)

$(CATALOGUES): $(I18N_SOURCES) packaging/catalogues.py | $(RUN_STAMP)
	$(PY) packaging/catalogues.py compile
	touch $@

system-deps:
	@tools/system-deps

## After adding or changing strings: re-extract them into every language's .ts/.po, list
## what is untranslated per language, and compile.
i18n: $(RUN_STAMP)
	$(PY) packaging/catalogues.py update
	$(PY) packaging/catalogues.py compile
	touch $(CATALOGUES)

## Start the tray app (uses your real accounts; `make demo` shows simulated ones).
run: $(RUN_STAMP) system-deps $(CATALOGUES)
	$(PY) -m tray $(ARGS)

demo: $(RUN_STAMP) system-deps $(CATALOGUES)
	$(PY) -m tray --demo

## The whole suite: core, tray (offscreen), e2e (Xvfb + trayer), a real Secret Service.
test: $(DEV_STAMP) system-deps $(CATALOGUES)
	tools/with-test-session $(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(DEV_STAMP) $(CATALOGUES)
	tools/with-test-session $(PY) -m pytest -m "not slow and not e2e" $(PYTEST_ARGS)

## The fault suite alone, with many generated variants (races, hostile servers, bad input).
faults: $(DEV_STAMP) system-deps $(CATALOGUES)
	FAULT_EXAMPLES=500 tools/with-test-session $(PY) -m pytest -m faults $(PYTEST_ARGS)

## Ruff, mypy, and actionlint (with ShellCheck on the run: scripts) on the release workflow.
lint: $(DEV_STAMP)
	$(BIN)/ruff check core tray tests bench packaging
	$(BIN)/ruff format --check core tray tests bench packaging
	$(BIN)/mypy core tray
	$(BIN)/actionlint -shellcheck=$(BIN)/shellcheck .github/workflows/*.yml

format: $(DEV_STAMP)
	$(BIN)/ruff format core tray tests bench packaging
	$(BIN)/ruff check --fix core tray tests bench packaging

typecheck: $(DEV_STAMP)
	$(BIN)/mypy core tray

bench: $(DEV_STAMP) system-deps $(CATALOGUES)
	tools/with-test-session $(PY) -m bench

bundle: $(DEV_STAMP) system-deps $(CATALOGUES)
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
