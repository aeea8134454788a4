# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_ARCHIVE := demo-archive

.PHONY: test demo install clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q -W error::SyntaxWarning

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
