"""Find the pinned tools `make setup` installs, and say precisely which one is missing."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


class MissingToolError(RuntimeError):
    """A tool the pipeline needs is not installed."""

    def __init__(self, tool: str, looked_in: str) -> None:
        super().__init__(f"missing tool: {tool} (looked in {looked_in}); run `make setup` to install it")
        self.tool = tool


@dataclass(frozen=True)
class Tool:
    """A tool and where `make setup` puts it; ``None`` means it comes from the machine's PATH."""

    name: str
    repo_dir: str | None

    def install_path(self) -> Path:
        """Where `make setup` installs a repo-local tool."""
        if self.repo_dir is None:
            raise ValueError(f"{self.name} comes from PATH, not from the checkout")
        return REPO_ROOT / self.repo_dir / self.name

    def path(self) -> Path:
        if self.repo_dir is None:
            found = shutil.which(self.name)
            if found is None:
                raise MissingToolError(self.name, "PATH")
            return Path(found)
        # Python tools sit beside the running interpreter, so a venv activated elsewhere still works.
        candidates = [REPO_ROOT / self.repo_dir / self.name]
        if self.repo_dir == ".venv/bin":
            candidates.insert(0, Path(sys.executable).parent / self.name)
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        raise MissingToolError(self.name, str(REPO_ROOT / self.repo_dir))


BUF = Tool("buf", ".venv/bin")
PROTOC_GEN_GO = Tool("protoc-gen-go", "bin")
PROTOC_GEN_GO_GRPC = Tool("protoc-gen-go-grpc", "bin")
PROTOC_GEN_MYPY = Tool("protoc-gen-mypy", ".venv/bin")
PROTOC_GEN_MYPY_GRPC = Tool("protoc-gen-mypy_grpc", ".venv/bin")
PROTOC_GEN_ES = Tool("protoc-gen-es", "node_modules/.bin")
TSC = Tool("tsc", "node_modules/.bin")
PRETTIER = Tool("prettier", "node_modules/.bin")
RUFF = Tool("ruff", ".venv/bin")
GO = Tool("go", None)
GOFMT = Tool("gofmt", None)
NODE = Tool("node", None)
# Not a program: the pinned protovalidate jar that buf/validate/validate.proto is extracted from
# (generators/protodeps.py).
PROTOVALIDATE_JAR = Tool("protovalidate.jar", "bin")

GENERATION_TOOLS = (
    BUF,
    PROTOC_GEN_GO,
    PROTOC_GEN_GO_GRPC,
    PROTOC_GEN_MYPY,
    PROTOC_GEN_MYPY_GRPC,
    PROTOC_GEN_ES,
    TSC,
    PRETTIER,
    RUFF,
    GO,
    GOFMT,
    NODE,
    PROTOVALIDATE_JAR,
)


def require_all(tools: tuple[Tool, ...] = GENERATION_TOOLS) -> None:
    """Fail before doing any work if one of ``tools`` is missing."""
    for tool in tools:
        tool.path()
