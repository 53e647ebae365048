"""Bounded market history and candle arithmetic.

History is kept as integer columns (times in nanoseconds, prices in ticks, quantities in lots), which
is exact, compact (8 bytes a value) and converts to Decimal only at the edge. Each series keeps a
bounded number of rows; once a row has been dropped, a query reaching before the oldest kept row is
OUT_OF_RANGE rather than silently short.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import grpc

from cq.markets.v1 import resources_pb2 as mpb
from reference.clock import NANOS_PER_SECOND
from reference.errors import DomainError

MINUTE = 60 * NANOS_PER_SECOND
DAY = 86_400 * NANOS_PER_SECOND
_MONDAY_OFFSET = 4 * DAY  # 1970-01-01 was a Thursday; weeks start on Monday 1970-01-05

INTERVAL_NANOS = {
    mpb.CANDLE_INTERVAL_1_SECOND: NANOS_PER_SECOND, mpb.CANDLE_INTERVAL_1_MINUTE: MINUTE,
    mpb.CANDLE_INTERVAL_3_MINUTES: 3 * MINUTE, mpb.CANDLE_INTERVAL_5_MINUTES: 5 * MINUTE,
    mpb.CANDLE_INTERVAL_15_MINUTES: 15 * MINUTE, mpb.CANDLE_INTERVAL_30_MINUTES: 30 * MINUTE,
    mpb.CANDLE_INTERVAL_1_HOUR: 60 * MINUTE, mpb.CANDLE_INTERVAL_2_HOURS: 120 * MINUTE,
    mpb.CANDLE_INTERVAL_4_HOURS: 240 * MINUTE, mpb.CANDLE_INTERVAL_6_HOURS: 360 * MINUTE,
    mpb.CANDLE_INTERVAL_8_HOURS: 480 * MINUTE, mpb.CANDLE_INTERVAL_12_HOURS: 720 * MINUTE,
    mpb.CANDLE_INTERVAL_1_DAY: DAY, mpb.CANDLE_INTERVAL_3_DAYS: 3 * DAY, mpb.CANDLE_INTERVAL_1_WEEK: 7 * DAY,
}


class Series:
    """Rows of int columns in time order (column 0 is the time), at most about ``capacity`` of them."""

    def __init__(self, columns: int, capacity: int) -> None:
        self.columns = [array("q") for _ in range(columns)]
        self.capacity = capacity
        self.evicted = False

    def __len__(self) -> int:
        return len(self.columns[0])

    def append(self, *row: int) -> None:
        for column, value in zip(self.columns, row, strict=True):
            column.append(value)
        if len(self) > self.capacity + self.capacity // 4:  # trim in batches: amortised O(1) per row
            drop = len(self) - self.capacity
            for column in self.columns:
                del column[:drop]
            self.evicted = True

    def row(self, index: int) -> tuple[int, ...]:
        return tuple(column[index] for column in self.columns)

    def index_at(self, instant: int) -> int:
        """The index of the first row at or after ``instant``."""
        return bisect.bisect_left(self.columns[0], instant)

    def check_kept(self, start: int, what: str) -> None:
        """OUT_OF_RANGE when ``start`` reaches before history this series no longer holds."""
        if self.evicted and len(self) and start < self.columns[0][0]:
            raise DomainError(grpc.StatusCode.OUT_OF_RANGE, "HISTORY_NOT_KEPT",
                              f"the {what} history kept starts at {self.columns[0][0]} ns; the range starts earlier",
                              {"kept_from_nanos": str(self.columns[0][0])})


def align(instant: int, interval: mpb.CandleInterval.ValueType) -> int:
    """The open time of the candle of ``interval`` holding ``instant``: UTC-aligned, weeks on Monday."""
    if interval == mpb.CANDLE_INTERVAL_1_MONTH:
        moment = datetime.fromtimestamp(instant // NANOS_PER_SECOND, UTC)
        return int(datetime(moment.year, moment.month, 1, tzinfo=UTC).timestamp()) * NANOS_PER_SECOND
    length = INTERVAL_NANOS[interval]
    offset = _MONDAY_OFFSET if interval == mpb.CANDLE_INTERVAL_1_WEEK else 0
    return (instant - offset) // length * length + offset


def following(open_time: int, interval: mpb.CandleInterval.ValueType) -> int:
    """The open time of the candle after the one opening at ``open_time`` (its close time)."""
    if interval == mpb.CANDLE_INTERVAL_1_MONTH:
        moment = datetime.fromtimestamp(open_time // NANOS_PER_SECOND, UTC)
        year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        return int(datetime(year, month, 1, tzinfo=UTC).timestamp()) * NANOS_PER_SECOND
    return open_time + INTERVAL_NANOS[interval]


def first_open_at_or_after(instant: int, interval: mpb.CandleInterval.ValueType) -> int:
    opened = align(instant, interval)
    return opened if opened == instant else following(opened, interval)


@dataclass(frozen=True)
class Bar:
    """OHLCV in ticks and lots; ``quote`` is the sum of price ticks times lots."""

    open_time: int
    close_time: int
    open: int
    high: int
    low: int
    close: int
    lots: int
    quote: int
    count: int
    closed: bool


# An element is one trade (time, price, price, price, price, lots, price * lots, 1) or one finer bar.
Element = tuple[int, int, int, int, int, int, int, int]


def build_candles(elements: Sequence[Element], prior_close: int | None, start: int, end: int,
                  interval: mpb.CandleInterval.ValueType,
                  now: int, limit: int) -> list[Bar]:
    """Up to ``limit`` candles opening in [start, end) and no later than ``now``, from time-ordered
    ``elements`` (none before start's candle). Intervals without elements repeat the previous close
    with zero volume; none come before the first element unless ``prior_close`` is known."""
    bars: list[Bar] = []
    index, close = 0, prior_close
    opening = first_open_at_or_after(start, interval)
    while opening < end and opening <= now and len(bars) < limit:
        if close is None:  # nothing traded yet: jump to the first element's candle
            if index >= len(elements):
                break
            opening = max(opening, align(elements[index][0], interval))
            if opening >= end or opening > now:
                break
        closing = following(opening, interval)
        bucket = []
        while index < len(elements) and elements[index][0] < closing:
            bucket.append(elements[index])
            index += 1
        if bucket:
            close = bucket[-1][4]
            bars.append(Bar(opening, closing, bucket[0][1], max(e[2] for e in bucket), min(e[3] for e in bucket),
                            close, sum(e[5] for e in bucket), sum(e[6] for e in bucket),
                            sum(e[7] for e in bucket), closing <= now))
        elif close is not None:
            bars.append(Bar(opening, closing, close, close, close, close, 0, 0, 0, closing <= now))
        opening = closing
    return bars


def trade_elements(times: Iterable[int], prices: Iterable[int], lots: Iterable[int]) -> list[Element]:
    return [(t, p, p, p, p, q, p * q, 1) for t, p, q in zip(times, prices, lots, strict=True)]
