"""Where trading, portfolio and risk events go on the bus: one source per service and account, keyed by
the account, so each account's events of one service arrive in order with gap-free sequences."""

from __future__ import annotations

from google.protobuf.message import Message

from reference.bus import EventBus

VENUE_SOURCE = "/cq/venue-gateway/sim/{key}"
PORTFOLIO_SOURCE = "/cq/portfolio/{key}"
RISK_SOURCE = "/cq/risk-engine/{key}"


class Publisher:
    def __init__(self, bus: EventBus, template: str) -> None:
        self._bus = bus
        self._template = template

    def __call__(self, key: str, payload: Message, subject: str) -> None:
        """Publish ``payload`` on the stream of ``key`` (an account id, or a portfolio id)."""
        self._bus.publish(self._template.format(key=key), payload, partition_key=key, subject=subject)
