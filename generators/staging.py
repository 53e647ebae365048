"""Replace gen/{go,python,ts} with their staged versions, all or nothing.

Everything is generated under .build/ first; gen/ is touched only here, after every other step
succeeded. Each language directory is replaced whole (no stale file can survive a rename in the
protos), and a failure halfway puts the old directories back.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

LANGUAGES = ("go", "python", "ts")


def swap_in(staged_gen: Path, gen: Path, scratch: Path, languages: Sequence[str] = LANGUAGES) -> None:
    """Move ``staged_gen/<lang>`` to ``gen/<lang>`` for every language; ``scratch`` holds the old ones.

    All three paths must be on one filesystem (they are all inside the checkout), so every move is a
    rename and the window in which gen/ is incomplete is a few system calls long.
    """
    missing = [lang for lang in languages if not (staged_gen / lang).is_dir()]
    if missing:
        raise FileNotFoundError(f"nothing staged for {', '.join(missing)} under {staged_gen}")
    gen.mkdir(parents=True, exist_ok=True)
    scratch.mkdir(parents=True, exist_ok=True)
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        for lang in languages:
            if (gen / lang).exists():
                (gen / lang).rename(scratch / lang)
                moved_out.append(lang)
        for lang in languages:
            (staged_gen / lang).rename(gen / lang)
            moved_in.append(lang)
    except OSError:
        for lang in moved_in:
            (gen / lang).rename(staged_gen / lang)
        for lang in moved_out:
            (scratch / lang).rename(gen / lang)
        raise
    shutil.rmtree(scratch, ignore_errors=True)
