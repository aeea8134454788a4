# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_ARCHIVE := demo-archive

.PHONY: test demo install clean bench lint lint-code

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The guardrails (`make lint`) run before the tests, so CI enforces them.
test: lint
	$(BIN)/python -m pytest -q -W error::SyntaxWarning

# Lint, formatting, types and import contracts: what `make test` checks before the tests.
lint: lint-code
	$(BIN)/ruff format --check .

# mypy reads the sources as the package they are installed as (bilagor.*):
# build/typecheck/bilagor/ links to extractor/, index/ and cli/.
TYPECHECK := build/typecheck/bilagor
lint-code: $(STAMP)
	$(BIN)/ruff check .
	mkdir -p $(TYPECHECK)
	for p in extractor index cli; do ln -sfn ../../../$$p $(TYPECHECK)/$$p; done
	$(BIN)/mypy -p bilagor.extractor -p bilagor.index -p bilagor.cli
	$(BIN)/lint-imports

# The benchmarks of docs/benchmarks.md at their documented sizes (minutes each).
bench: $(STAMP)
	$(BIN)/python bench/bench_amounts.py --reports 5000
	$(BIN)/python bench/bench_entities.py --reports 200 --repeat 3
	$(BIN)/python bench/bench_extract.py --reports 48 --repeat 3
	$(BIN)/python bench/bench_search.py --runs 9
	$(BIN)/python bench/bench_serve.py --runs 9
	$(BIN)/python bench/bench_import.py --count 1000

# The demo archive is kept between runs: a second `make demo` shows the
# incremental import (every file unchanged).
demo: $(STAMP)
	@echo "== bilagor import examples/"
	$(BIN)/bilagor import examples --archive $(DEMO_ARCHIVE)
	@echo; echo "== bilagor search kameraövervakning"
	$(BIN)/bilagor search "kameraövervakning" --archive $(DEMO_ARCHIVE)
	@echo; echo "== bilagor search övervakning --district 'Norra innerstaden'"
	$(BIN)/bilagor search "övervakning" --district "Norra innerstaden" --archive $(DEMO_ARCHIVE)
	@echo; echo "== bilagor amounts --by year"
	$(BIN)/bilagor amounts --by year --archive $(DEMO_ARCHIVE)
	@echo; echo "== browse the demo archive in a web browser (then open http://127.0.0.1:8000/):"
	@echo "$(BIN)/bilagor serve --archive $(DEMO_ARCHIVE)"

clean:
	rm -rf $(VENV) $(DEMO_ARCHIVE) build *.egg-info .pytest_cache
