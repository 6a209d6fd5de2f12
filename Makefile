# The two commands of the README's quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## Build the knowledge graph of the seed articles into out/, print a summary, draw it.
## Without Graphviz the pictures are skipped; the HTML page then lays itself out in the browser.
demo: $(STAMP)
	$(BIN)/kg build seeds/ -o out/ --format turtle --format trig
	$(BIN)/kg validate out/graph.ttl
	@if command -v dot >/dev/null 2>&1; then \
		echo "$(BIN)/kg viz out/graph.ttl -o out/graph.png"; $(BIN)/kg viz out/graph.ttl -o out/graph.png && \
		echo "$(BIN)/kg viz out/graph.ttl -o out/graph.svg"; $(BIN)/kg viz out/graph.ttl -o out/graph.svg; \
	else echo "Graphviz (dot) not found: skipping out/graph.png and out/graph.svg (apt-get install graphviz)"; fi
	$(BIN)/kg viz out/graph.ttl -o out/graph.html

## Run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf out/ $(VENV) .pytest_cache
