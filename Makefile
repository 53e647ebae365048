# CQC: contracts in proto/, generated packages in gen/. `make help` lists the targets.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CQC := $(VENV)/bin/cqc

# Pinned Go plugins, installed into the repo-local bin/ by `make setup`.
PROTOC_GEN_GO_VERSION := v1.36.12
PROTOC_GEN_GO_GRPC_VERSION := v1.6.2

# Stamp files live inside the directory they describe, so deleting the directory re-runs its setup.
PYTHON_STAMP := $(VENV)/.cqc-setup
GO_STAMP := bin/.cqc-setup-$(PROTOC_GEN_GO_VERSION)-$(PROTOC_GEN_GO_GRPC_VERSION)
NODE_STAMP := node_modules/.cqc-setup
# The protovalidate jar that buf/validate/validate.proto comes from. Its version and sha256 are pinned in
# generators/protodeps.py, so the download re-runs when that file changes (and keeps a matching jar).
PROTOVALIDATE_JAR := bin/protovalidate.jar

# Fails with the tool's name and the fix when the Python toolchain is absent; the generator checks
# every other tool itself (generators/toolchain.py).
REQUIRE_VENV = @test -x $(CQC) || { echo "error: missing tool: cqc (looked for $(CQC)); run \`make setup\` to install it" >&2; exit 2; }

.PHONY: help setup generate lint breaking serve conformance test bench clean

help:
	@echo "make setup      install every pinned tool (buf, Go plugins, protobuf-es, Python deps, protovalidate jar)"
	@echo "make generate   lint the protos; regenerate gen/{go,python,ts}, docs/reference and the golden vectors"
	@echo "make lint       buf lint (STANDARD + COMMENTS); findings as file:line:col: RULE: message"
	@echo "make breaking   buf breaking (FILE) against the base branch (BASE=main by default)"
	@echo "make serve      run the reference services on 127.0.0.1:50051 (cqc serve --help for options)"
	@echo "make conformance run the conformance cases through the Go, Python and TypeScript clients"
	@echo "make test       run the test suite (installs tools first if needed)"
	@echo "make bench      run the benchmarks: bench/results.json and a Markdown table (SMOKE=1: every benchmark once, briefly)"

setup: $(PYTHON_STAMP) $(GO_STAMP) $(NODE_STAMP) $(PROTOVALIDATE_JAR)
	@if [ -f gen/go/go.mod ]; then cd gen/go && go mod download; fi

$(PYTHON_STAMP): pyproject.toml python-constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check setuptools==80.9.0
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -c python-constraints.txt -e '.[dev]'
	@# The reference services import the generated package straight from gen/python: a path entry,
	@# because an in-tree pip install would leave build files in gen/.
	$(PY) -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "cq-contracts-dev.pth").write_text(str(pathlib.Path("gen/python").resolve()) + "\n")'
	@touch $@

$(GO_STAMP):
	@mkdir -p bin
	GOBIN=$(CURDIR)/bin go install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
	GOBIN=$(CURDIR)/bin go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GO_GRPC_VERSION)
	@rm -f bin/.cqc-setup-*
	@touch $@

$(PROTOVALIDATE_JAR): generators/protodeps.py | $(PYTHON_STAMP)
	$(PY) -m generators.protodeps fetch
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate:
	$(REQUIRE_VENV)
	@$(CQC) generate
	@$(CQC) vectors

lint:
	$(REQUIRE_VENV)
	@$(CQC) lint

breaking:
	$(REQUIRE_VENV)
	@$(CQC) breaking $(if $(BASE),--base $(BASE))

serve: setup
	$(CQC) serve

# ghz, the unary load generator, is pinned and installed into bin/ by the suite itself (cqc/bench/procs.py),
# so that `cqc bench` run directly gets it too.
bench: setup
	$(CQC) bench $(if $(SMOKE),--smoke) $(if $(ONLY),--only $(ONLY))

conformance: setup
	$(CQC) conformance $(if $(SERVER),--server $(SERVER))

test: setup
	$(VENV)/bin/pytest

clean:
	rm -rf .build
