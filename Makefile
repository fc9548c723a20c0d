# Debrief: `make run` opens the app, `make test` runs every check headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test lint format bench install-desktop package clean desktop-tools \
	train-wording eval-wording

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m debrief

demo: $(STAMP)
	$(PY) -m debrief --demo

# The desktop-entry validators come from Debian; install them when we can (root, apt).
desktop-tools:
	@if ! command -v desktop-file-validate >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get install -y -qq desktop-file-utils appstream >/dev/null 2>&1 || \
		 (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq desktop-file-utils appstream >/dev/null 2>&1)) || \
		echo "desktop-file-utils could not be installed; its test will be skipped"; \
	fi

lint: $(STAMP)
	$(PY) -m ruff check desktop tests bench training
	$(PY) -m ruff format --check desktop tests bench training

format: $(STAMP)
	$(PY) -m ruff format desktop tests bench training
	$(PY) -m ruff check --fix desktop tests bench training

test: $(STAMP) desktop-tools lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Byte-compile first: an installed Debrief starts from .pyc files (pip writes them for a
# wheel), while a checkout under PYTHONDONTWRITEBYTECODE would recompile every module.
bench: $(STAMP)
	$(PY) -m compileall -q desktop >/dev/null
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The wording classifier: scikit-learn is needed only to fit it (the `train` extra); the app
# and the evaluation read the shipped arrays with numpy.
TRAIN_STAMP := $(VENV)/.installed-train
$(TRAIN_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,train]'
	touch $(TRAIN_STAMP)

train-wording: $(TRAIN_STAMP)
	$(PY) training/wording/train.py

eval-wording: $(STAMP)
	$(PY) training/wording/evaluate.py

install-desktop: $(STAMP)
	$(VENV)/bin/debrief --install-desktop-entry

package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean debrief.spec
	dist/debrief/debrief --version

clean:
	rm -rf build dist .pytest_cache
