"""What `cqc serve` runs: address, seed, clock, users, which services and market cadences, from flags
and a TOML file.

The TOML file may set any ServeConfig field: ``host``, ``port``, ``seed``, ``clock``, ``step_ms``,
``start_time``, ``services``, ``[[users]]`` (``token``, ``owner``, ``accounts``) and ``[cadence]``, a
table of seeded instrument id -> ticks per second (a number above 0, at most MAX_CADENCE_HZ) overriding
the rate the instrument's markets tick at on every venue, for example::

    [cadence]
    "cq:spot:BTC-USD" = 20
    "cq:equity:XOM" = 0.5

Instruments the table leaves out tick at their built-in rate (reference/domain/universe_instruments.py);
instruments created at run time at 1 Hz.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reference.domain.universe_instruments import INSTRUMENTS

SERVICES = ("assets", "markets", "venues", "portfolio", "risk", "events")
MAX_STEP_MS = 10_000
# Ticks per second a [cadence] entry may ask for: each tick costs CPU on every call that advances time.
MAX_CADENCE_HZ = 50


class ConfigError(ValueError):
    """The config file is unreadable or breaks a rule; the message names the file and the key."""


@dataclass(frozen=True)
class User:
    """A bearer token and the venue accounts it may read and trade."""

    token: str
    owner: str
    account_ids: tuple[str, ...]


DEFAULT_USERS = (
    User(token="dev-alice", owner="alice", account_ids=("acc_alice_spot", "acc_alice_margin")),
    User(token="dev-bob", owner="bob", account_ids=("acc_bob_spot",)),
)


@dataclass(frozen=True)
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = 50051
    seed: int = 42
    # "stepped": virtual time advances by step_ms on every call (deterministic: the same calls give the
    # same answers); "realtime": virtual time follows the wall clock from the start time.
    clock: str = "stepped"
    step_ms: int = 100
    # Virtual start of the simulation, an RFC 3339 UTC instant.
    start_time: str = "2026-01-05T14:30:00Z"
    services: tuple[str, ...] = SERVICES
    users: tuple[User, ...] = field(default_factory=lambda: DEFAULT_USERS)
    # Ticks per second by seeded instrument id, overriding its built-in cadence ([cadence] in the file).
    cadence: Mapping[str, float] = field(default_factory=dict)

    def token_accounts(self) -> dict[str, User]:
        return {user.token: user for user in self.users}


def _users(raw: Any, path: Path) -> tuple[User, ...]:
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: [[users]] must be an array of tables")
    users = []
    for index, entry in enumerate(raw):
        try:
            users.append(User(str(entry["token"]), str(entry["owner"]), tuple(str(a) for a in entry["accounts"])))
        except (KeyError, TypeError) as error:
            raise ConfigError(f"{path}: users[{index}] needs token, owner and accounts ({error})") from error
    return tuple(users)


def seeded_instrument_ids() -> frozenset[str]:
    """The instruments the catalogue starts with: the ones a [cadence] entry may name."""
    return frozenset(spec.instrument_id for spec in INSTRUMENTS)


def check_cadence(cadence: Any, where: str = "") -> dict[str, float]:
    """A [cadence] table as instrument id -> ticks per second, or a ConfigError naming the offending key:
    the table must map seeded instrument ids to numbers above 0 and at most MAX_CADENCE_HZ."""
    prefix = f"{where}: " if where else ""
    if not isinstance(cadence, Mapping):
        raise ConfigError(f"{prefix}[cadence] must be a table of instrument id -> ticks per second; "
                          f"got {type(cadence).__name__}")
    known = seeded_instrument_ids()
    checked: dict[str, float] = {}
    for key, value in cadence.items():
        name = f'cadence."{key}"'
        if not isinstance(key, str) or key not in known:
            raise ConfigError(f"{prefix}{name}: unknown instrument id; [cadence] names instruments of the "
                              f"seeded catalogue")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ConfigError(f"{prefix}{name} must be a number of ticks per second; got {value!r}")
        if not 0 < value <= MAX_CADENCE_HZ:
            raise ConfigError(f"{prefix}{name} must be above 0 and at most {MAX_CADENCE_HZ} ticks per second; "
                              f"got {value!r}")
        checked[key] = float(value)
    return checked


def load(path: Path | None, **overrides: Any) -> ServeConfig:
    """The defaults, then the TOML file, then the non-None ``overrides`` (command-line flags)."""
    config = ServeConfig()
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from error
        known = {f for f in ServeConfig.__dataclass_fields__}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown keys {unknown}; known: {sorted(known)}")
        if "users" in raw:
            raw["users"] = _users(raw["users"], path)
        if "services" in raw:
            raw["services"] = tuple(raw["services"])
        if "cadence" in raw:
            raw["cadence"] = check_cadence(raw["cadence"], str(path))
        config = replace(config, **raw)
    config = replace(config, **{k: v for k, v in overrides.items() if v is not None})
    bad = sorted(set(config.services) - set(SERVICES))
    if bad:
        raise ConfigError(f"unknown services {bad}; known: {list(SERVICES)}")
    if not 1 <= config.step_ms <= MAX_STEP_MS:
        # Each step simulates step_ms of market time inside the call (about 20 ms of CPU per second).
        raise ConfigError(f"step_ms must be between 1 and {MAX_STEP_MS}; got {config.step_ms}")
    if config.clock not in ("stepped", "realtime"):
        raise ConfigError(f"clock must be 'stepped' or 'realtime'; got {config.clock!r}")
    check_cadence(config.cadence)  # also when an override (not the file) set it
    return config
