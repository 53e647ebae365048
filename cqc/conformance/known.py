"""Known failures: per language, the cases its client is known to fail, each with the reason (and the
issue tracking it). A listed case that fails is reported as known; one that passes fails the run, so the
list never outlives the bug."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

KNOWN_FAILURES_DIR = Path("conformance") / "known_failures"


class KnownFailuresError(Exception):
    """A known-failures file is malformed or names a case that does not exist."""


def load(directory: Path, language: str, case_names: Collection[str], relative_to: Path,
         strict: bool = True) -> dict[str, str]:
    """Case name -> reason for ``language``, from ``directory``/<language>.yaml; no file means none.
    ``strict``: an entry naming no case is an error (off when running another directory of cases)."""
    # Imported here: `cqc --help` (and every `cqc serve`) imports this module for the default directory
    # and should not pay for PyYAML.
    from cqc.conformance import yamlpos

    file = directory / f"{language}.yaml"
    if not file.exists():
        return {}
    try:
        located = yamlpos.load(file, relative_to)
    except yamlpos.YamlError as error:
        raise KnownFailuresError(str(error)) from error
    entries = located.data or []
    if not isinstance(entries, list):
        raise KnownFailuresError(f"{located.where(())}: a list of {{case, reason, issue}} entries")
    known: dict[str, str] = {}
    for index, entry in enumerate(entries):
        where = located.where((index,))
        if not isinstance(entry, dict) or not isinstance(entry.get("case"), str) \
                or not isinstance(entry.get("reason"), str) or not entry["reason"].strip():
            raise KnownFailuresError(f"{where}: each entry needs `case` and a non-empty `reason`")
        if set(entry) - {"case", "reason", "issue"}:
            raise KnownFailuresError(f"{where}: unknown keys {sorted(set(entry) - {'case', 'reason', 'issue'})}")
        if entry["case"] not in case_names and strict:
            raise KnownFailuresError(f"{where}: no case is named {entry['case']!r}")
        issue = f" ({entry['issue']})" if entry.get("issue") else ""
        known[entry["case"]] = entry["reason"].strip() + issue
    return known
