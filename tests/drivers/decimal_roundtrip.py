"""Round-trip every vector through cq.decimals: contract message -> decimal.Decimal -> contract message."""

from __future__ import annotations

import decimal
import json
import sys
from pathlib import Path

from cq.decimals import from_decimal, to_decimal
from cq.types.v1.decimal_pb2 import Decimal

# A tiny context precision: the helpers must stay exact whatever context the caller has set.
decimal.getcontext().prec = 5

vectors = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
results: dict[str, dict[str, object]] = {}
for text in [*vectors["valid"], *vectors["invalid"]]:
    try:
        results[text] = {"ok": True, "value": from_decimal(to_decimal(Decimal(value=text))).value}
    except ValueError:
        results[text] = {"ok": False}
print(json.dumps(results))
