# Soil Respiration Upscaling — developer entry points. `make test` and `make demo` work on a
# fresh Debian 12 machine: they install what is missing first.
SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD := build
PLUGIN := soil_resp_plugin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
# Debian's qgis_process wrapper passes --noversioncheck, which QGIS 3.22 rejects.
QGIS_PROCESS := qgis_process.bin
DEMO_DIR ?= $(CURDIR)/demo_output
export QT_QPA_PLATFORM := offscreen
PROFILE := $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: deps venv plugin test demo package deploy transup transcompile lint bench clean screenshots demo-modis

deps:
	@sh scripts/install_deps.sh

$(VENV)/.stamp: requirements-dev.txt
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: deps $(VENV)/.stamp

plugin: deps transcompile
	@$(PYTHON) scripts/build_plugin.py $(BUILD) >/dev/null

test: venv plugin
	$(VPY) -m pytest -q tests

demo: plugin
	@bash scripts/demo.sh "$(DEMO_DIR)"

# second demo variant: SYNTHETIC raw MODIS granules (tiles, daily LST, 500 m, yearly land cover)
DEMO_MODIS_DIR ?= $(CURDIR)/demo_modis_output
MODIS_CELLS ?= 200
demo-modis: venv plugin
	@bash scripts/demo_modis.sh "$(DEMO_MODIS_DIR)" "$(MODIS_CELLS)"

# docs/images/ from the real QGIS desktop under Xvfb over the outputs of `make demo`
screenshots: plugin
	$(PYTHON) scripts/screenshots.py "$(DEMO_DIR)" docs/images

package: plugin
	$(PYTHON) scripts/build_plugin.py $(BUILD) --zip $(BUILD)/$(PLUGIN)-$(VERSION).zip

deploy: plugin
	mkdir -p "$(PROFILE)"
	rm -rf "$(PROFILE)/$(PLUGIN)"
	cp -r $(BUILD)/$(PLUGIN) "$(PROFILE)/$(PLUGIN)"
	@echo "Deployed to $(PROFILE)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

transup: deps
	$(PYTHON) scripts/update_translations.py

transcompile:
	@command -v lrelease >/dev/null 2>&1 || sh scripts/install_deps.sh
	@for ts in i18n/*.ts; do [ -e "$$ts" ] && lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done; true

lint: venv
	$(VENV)/bin/ruff check soil_resp_plugin tests scripts benchmarks

bench: venv plugin
	@if ls benchmarks/bench_*.py >/dev/null 2>&1; then for b in benchmarks/bench_*.py; do $(VPY) $$b || exit 1; done; else echo "no benchmarks yet"; fi

clean:
	rm -rf $(BUILD) demo_output demo_modis_output .pytest_cache
