"""YAML read into plain data plus the line of every value, so that a problem found later, by proto
parsing or by validation, can name the line that holds it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# A position in the data: mapping keys and sequence indexes from the root.
Path_ = tuple[str | int, ...]


class YamlError(Exception):
    """The file is not YAML of the expected shape; the message starts with file:line."""


@dataclass
class Located:
    """A YAML document as plain data, with the 1-based line of each path in it."""

    file: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, path: Path_) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for length in range(len(path), -1, -1):
            if path[:length] in self.lines:
                return self.lines[path[:length]]
        return 1

    def where(self, path: Path_) -> str:
        return f"{self.file}:{self.line(path)}"


def load(file: Path, relative_to: Path | None = None) -> Located:
    """Parse ``file``; raise YamlError naming the file and line of a syntax error or duplicate key. The file
    is named relative to ``relative_to`` when it is below it."""
    shown = file.relative_to(relative_to) if relative_to is not None and file.is_relative_to(relative_to) else file
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise YamlError(f"{shown}:1: cannot read: {error}") from error
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        located = Located(shown, None)
        located.data = _convert(loader, node, (), located) if node is not None else None
        return located
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise YamlError(f"{shown}:{line}: invalid YAML: {error.problem}") from error
    finally:
        loader.dispose()


def _convert(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, located: Located) -> Any:
    located.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                raise YamlError(f"{located.file}:{key_node.start_mark.line + 1}: mapping keys must be strings, "
                                f"not {key!r}")
            if key in result:
                raise YamlError(f"{located.file}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            result[key] = _convert(loader, value_node, (*path, key), located)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, (*path, index), located) for index, item in enumerate(node.value)]
    if node.tag == TIMESTAMP_TAG:
        return node.value  # proto JSON wants the RFC 3339 text, not a datetime
    return loader.construct_object(node)
