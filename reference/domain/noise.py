"""Counter-based random numbers: the draw for (key, counter) is a pure function of both.

A sequential generator would make the n-th tick depend on how many draws came before it; the
simulation instead needs the n-th shock of a market on its own (a halted market skips ticks, and one
big clock step must give the same path as many small ones), so every draw hashes its counter with
SplitMix64's finaliser. Keys come from ``reference.seeding`` so that they follow the global seed.
"""

from __future__ import annotations

import math

from reference import seeding

_MASK = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15
_NORMAL_SALT = 0x5DEECE66D2545F49  # keeps normal draws apart from uniform draws of the same key
_TWO_PI = 2.0 * math.pi


def key(seed: int, *purpose: str) -> int:
    """A 64-bit key for one purpose, e.g. ("prices", "BTC") or ("book", "cq:spot:BTC-USD", "sim")."""
    return seeding.stream(seed, *purpose).getrandbits(64)


def _mix(z: int) -> int:
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


def uniform(key: int, counter: int) -> float:
    """Uniform on (0, 1), never exactly 0 or 1."""
    return ((_mix((key + counter * _GOLDEN) & _MASK) >> 11) + 0.5) / 9007199254740992.0


def normal(key: int, counter: int) -> float:
    """Standard normal (Box-Muller on two independent uniforms)."""
    salted = key ^ _NORMAL_SALT
    return math.sqrt(-2.0 * math.log(uniform(salted, 2 * counter))) * math.cos(_TWO_PI * uniform(salted, 2 * counter + 1))
