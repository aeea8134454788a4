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

demo: $(STAMP)
	@for f in examples/*.pdf; do echo "== bilagor extract $$f"; $(BIN)/bilagor extract "$$f" || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_ARCHIVE) build *.egg-info .pytest_cache
