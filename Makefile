# Debrief: `make run` opens the app, `make test` runs every check headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Two stamps: the app alone for `make run`, the test tools on top for `make test`, so a
# `make test` after `make run` still adds them.
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# An editable install of a package whose folders are mapped (desktop/debrief, resources)
# always gets setuptools' "Editable installation" notice, which asks nothing of anyone.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet

.PHONY: run demo test lint format bench install-desktop package clean desktop-tools qt-libraries \
	train-wording train-themes eval-wording icons translations screenshots

# Made whole or not at all, and where Python lacks its venv support (a minimal Debian or
# Ubuntu) installed as root with apt or named as the command to run (tools/make_venv.py).
VENV_MADE := $(VENV)/.made
$(VENV_MADE):
	@$(PYTHON) tools/make_venv.py $(VENV)
	@touch $@

$(STAMP): pyproject.toml | $(VENV_MADE)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(PIP_INSTALL) -e '.[test]'
	touch $(TEST_STAMP)

# Qt's X11 plugin needs system libraries PyPI cannot ship: install them as root with apt,
# or say which command installs them, instead of letting Qt abort.
qt-libraries: $(STAMP)
	@$(PY) -m debrief.qt_libraries

run: qt-libraries
	$(PY) -m debrief

demo: qt-libraries
	$(PY) -m debrief --demo

# The desktop-entry validators come from Debian; install them when we can (root, apt).
desktop-tools:
	@if ! command -v desktop-file-validate >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get install -y -qq desktop-file-utils appstream >/dev/null 2>&1 || \
		 (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq desktop-file-utils appstream >/dev/null 2>&1)) || \
		echo "desktop-file-utils could not be installed; its test will be skipped"; \
	fi

lint: $(TEST_STAMP)
	$(PY) -m ruff check desktop tests bench training tools
	$(PY) -m ruff format --check desktop tests bench training tools

format: $(TEST_STAMP)
	$(PY) -m ruff format desktop tests bench training tools
	$(PY) -m ruff check --fix desktop tests bench training tools

test: $(TEST_STAMP) desktop-tools lint
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

# The reply reader's theme model (scikit-learn to fit, numpy to read, like the wording's).
train-themes: $(TRAIN_STAMP)
	$(PY) training/train_themes.py

eval-wording: $(STAMP)
	$(PY) training/wording/evaluate.py
	$(PY) training/eval_replies.py

# The commands' icons: qtawesome draws each name in ui/actions.py once, as a mask the app
# tints (importing qtawesome at run time would cost ~35 MiB); run after adding an icon.
icons: $(TEST_STAMP)
	$(PY) tools/render_icons.py
	-command -v optipng >/dev/null && optipng -quiet -o2 resources/icons/actions/*.png

# Every tr() text into resources/translations/debrief_*.ts (pyside6-lupdate), then the
# compiled .qm catalogues the app loads for the system's language (pyside6-lrelease).
translations: $(STAMP)
	$(PY) tools/translations.py

# The main window, the wizard's ask and listen pages and the insights window under Xvfb
# (display :26), light and dark, at three screen sizes, into docs/screenshots.
screenshots: $(TEST_STAMP)
	@command -v Xvfb >/dev/null 2>&1 || ([ "$$(id -u)" = 0 ] && apt-get install -y -qq xvfb) || \
		(echo "Xvfb is needed: sudo apt-get install xvfb"; exit 1)
	-@command -v pngquant >/dev/null 2>&1 || ([ "$$(id -u)" = 0 ] && apt-get install -y -qq pngquant optipng >/dev/null 2>&1)
	$(PY) tools/screenshots.py

install-desktop: $(STAMP)
	$(VENV)/bin/debrief --install-desktop-entry

package: $(STAMP)
	$(PIP_INSTALL) -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean debrief.spec
	dist/debrief/debrief --version

clean:
	rm -rf build dist .pytest_cache
