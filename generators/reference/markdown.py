"""Pure functions that turn proto comment text into Markdown that renders as written.

Proto comments are plain text: ``<market>`` must stay visible, ``a * b`` must not start emphasis and a
``|`` must not split a table cell. Code spans (text between matching backtick runs) are kept verbatim,
as CommonMark does. Nothing here reads files or keeps state (tests/test_reference_docs.py).
"""

from __future__ import annotations

import re

# Characters that change meaning in Markdown inline text, with what stands for them literally.
_INLINE_ESCAPES = {"\\": "\\\\", "*": "\\*", "<": "&lt;", ">": "&gt;"}
# An underscore that can open or close emphasis: not between two word characters ("snake_case" is safe).
_BOUNDARY_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
# A line that CommonMark would read as a heading; lists ("- ", "1. ") are kept on purpose.
_HEADING_START = re.compile(r"^(\s*)#")
_BACKTICKS = re.compile(r"`+")


def split_code_spans(text: str) -> list[tuple[bool, str]]:
    """``text`` as (is_code, piece) pairs; a code span is a backtick run up to the next run of its length."""
    pieces: list[tuple[bool, str]] = []
    plain_start = 0
    position = 0
    while True:
        opening = _BACKTICKS.search(text, position)
        if opening is None:
            break
        run = opening.group()
        closing = next(
            (match for match in _BACKTICKS.finditer(text, opening.end()) if match.group() == run), None
        )
        if closing is None:
            position = opening.end()  # an unmatched run is literal text
            continue
        if opening.start() > plain_start:
            pieces.append((False, text[plain_start : opening.start()]))
        pieces.append((True, text[opening.start() : closing.end()]))
        plain_start = position = closing.end()
    if plain_start < len(text):
        pieces.append((False, text[plain_start:]))
    return pieces


def _escape_plain(text: str) -> str:
    escaped = "".join(_INLINE_ESCAPES.get(char, char) for char in text)
    return _BOUNDARY_UNDERSCORE.sub(r"\\_", escaped)


def escape_inline(text: str) -> str:
    """Escape ``text`` so that it renders literally, except for its code spans."""
    return "".join(piece if is_code else _escape_plain(piece) for is_code, piece in split_code_spans(text))


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of a comment (separated by blank lines), each a list of its lines."""
    result: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def block(text: str) -> str:
    """A comment as Markdown paragraphs: line breaks kept (so "- " lists stay lists), blank line between."""
    rendered = []
    for lines in paragraphs(text):
        # Escaped as one text: a code span may continue on the next line.
        escaped = escape_inline("\n".join(lines)).split("\n")
        rendered.append("\n".join(_HEADING_START.sub(r"\1\\#", line) for line in escaped))
    return "\n\n".join(rendered)


def cell(text: str) -> str:
    """A comment as one table cell: lines joined by spaces, paragraphs by ``<br><br>``, pipes escaped."""
    return "<br><br>".join(
        escape_pipes(escape_inline(" ".join(line.strip() for line in lines))) for lines in paragraphs(text)
    )


def escape_pipes(text: str) -> str:
    """Escape ``|`` for a GFM table cell; GFM requires it even inside code spans."""
    return text.replace("|", "\\|")


def code_span(text: str) -> str:
    """``text`` as one inline code span, whatever backticks it contains."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def first_paragraph(text: str) -> str:
    """The first paragraph of a comment, as plain text with its lines joined."""
    found = paragraphs(text)
    return " ".join(line.strip() for line in found[0]) if found else ""
