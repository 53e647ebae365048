"""Independent, reproducible random streams: one per (seed, purpose) pair, stable across runs and Pythons."""

from __future__ import annotations

import hashlib
import random


def stream(seed: int, *purpose: str) -> random.Random:
    """A Random seeded from the global seed and a purpose such as ("prices", "cq:spot:BTC-USD").

    Deriving each stream by hashing (not from one shared generator) keeps an instrument's path the same
    however many other instruments or calls there are.
    """
    digest = hashlib.sha256("\x1f".join((str(seed), *purpose)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))
