# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
DEMO_CLIENTS ?= 2000

.PHONY: run test test-stress lint types contracts unit bench bench-1m install clean translations package package-test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

## Open the app on a throw-away demo store of fictional clients.
run: $(STAMP)
	@dir=$$(mktemp -d -t casedesk-demo-XXXXXX); \
	echo "Demo store in $$dir (deleted when the app closes)"; \
	$(BIN)/casedesk --db "$$dir/demo.sqlite" demo --clients $(DEMO_CLIENTS) --seed 1 && \
	$(BIN)/casedesk --db "$$dir/demo.sqlite"; status=$$?; rm -rf "$$dir"; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check casedesk tests
	$(BIN)/ruff format --check casedesk tests

types: $(STAMP)
	$(BIN)/mypy casedesk

contracts: $(STAMP)
	$(BIN)/lint-imports --no-cache

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

## Lint, types, import contracts and every test, offscreen.
test: lint types contracts unit

## The whole suite with every CPU saturated by stress-ng (a Debian package): it must pass.
## STRESS_TESTS narrows it, e.g. to the crash trials:
## make test-stress STRESS_TESTS="tests/integration/test_crash.py tests/integration/test_crash_store_ops.py"
STRESS_TESTS ?=
test-stress: $(STAMP)
	@command -v stress-ng >/dev/null || { echo "test-stress needs stress-ng: apt-get install stress-ng" >&2; exit 2; }
	@stress-ng --cpu $$(nproc) --quiet & pid=$$!; \
	start=$$(date +%s); \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(STRESS_TESTS); status=$$?; \
	kill $$pid; wait $$pid 2>/dev/null; \
	echo "test-stress: $$(( $$(date +%s) - start )) s with $$(nproc) CPU hogs; exit $$status"; \
	exit $$status

## Speed and memory figures beside floors measured in the same run.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks
	@echo "crash trials (SIGKILL during saves and imports):"
	CASEDESK_CRASH_TRIALS=$${CRASH_TRIALS:-1000} QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/integration/test_crash.py

## The same table at 1,000,000 clients. The demo store is built once per size and seed and
## cached (CASEDESK_BENCH_CACHE, default ~/.cache/casedesk-bench): the first run takes
## a while. Store generation and encryption, which build their own stores, are left out.
BENCH_1M := bench_scale bench_duplicates bench_exports bench_gui
bench-1m: $(STAMP)
	CASEDESK_BENCH_CLIENTS=1000000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks $(BENCH_1M)

## Refresh the Spanish catalogue (and English plural forms) from the code, then compile them (commit all four files).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find casedesk/ui -name '*.py' | sort) -ts resources/translations/casedesk_es.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/casedesk_es.ts -qm resources/translations/casedesk_es.qm
	$(BIN)/pyside6-lupdate $$(find casedesk/ui -name '*.py' | sort) -ts resources/translations/casedesk_en.ts -pluralonly -no-obsolete -source-language en -target-language en
	$(BIN)/pyside6-lrelease resources/translations/casedesk_en.ts -qm resources/translations/casedesk_en.qm

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info

## Frozen one-folder build in dist/casedesk/ (PyInstaller) and the Linux tarball beside it.
PKG_STAMP := $(VENV)/.packaging-$(shell cksum < pyproject.toml | cut -d' ' -f1)
VERSION   := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' casedesk/__init__.py)

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@rm -f $(VENV)/.packaging-*
	@touch $@

package: $(PKG_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/casedesk.spec
	sh packaging/linux/make_tarball.sh dist/casedesk dist $(VERSION)

## Build, then run the frozen executable offscreen (CLI, PDF brief, --smoke) and time it.
package-test: package
	$(BIN)/python tests/packaging/smoke_frozen.py --dist dist/casedesk --venv $(VENV)
