"""The reference services' shared machinery: events, auth, config, error statuses."""

from __future__ import annotations

import asyncio
import contextvars
import re
from pathlib import Path

import blake3
import grpc
import pytest
from buf.validate import validate_pb2
from google.rpc import error_details_pb2, status_pb2  # type: ignore[import-untyped]

from cq.assets.v1 import resources_pb2
from cq.events.v1 import envelope_pb2, events_pb2
from reference import auth, config, validation
from reference.bus import EventBus, LazyPayload, Subscription
from reference.clock import Clock, parse_instant
from reference.errors import DomainError, InvalidRequest, to_status
from reference.platform import Platform

START = parse_instant("2026-01-05T14:30:00Z")


def asset_created(asset_id: str) -> events_pb2.AssetCreated:
    return events_pb2.AssetCreated(
        asset=resources_pb2.Asset(
            asset_id=asset_id, symbol=asset_id, name=asset_id,
            asset_class=resources_pb2.ASSET_CLASS_CRYPTO, status=resources_pb2.ASSET_STATUS_ACTIVE,
        )
    )


def test_bus_numbers_events_per_source_and_checksums_the_payload() -> None:
    bus = EventBus(Clock(START, 1_000_000))
    first = bus.publish("/cq/asset-registry/catalogue", asset_created("BTC"), partition_key="BTC")
    second = bus.publish("/cq/asset-registry/catalogue", asset_created("ETH"), partition_key="ETH")
    other = bus.publish("/cq/market-data/sim", asset_created("SOL"), partition_key="SOL")

    assert (first.sequence, second.sequence, other.sequence) == (1, 2, 1)
    assert first.type == "cq.events.v1.AssetCreated" and first.WhichOneof("payload") == "asset_created"
    payload_bytes = first.asset_created.SerializeToString(deterministic=True)
    assert first.checksum.algorithm == envelope_pb2.CHECKSUM_ALGORITHM_BLAKE3
    assert first.checksum.digest == blake3.blake3(payload_bytes).digest()


def test_bus_envelopes_satisfy_the_envelope_contract() -> None:
    envelope = EventBus(Clock(START, 1)).publish("/cq/asset-registry/catalogue", asset_created("BTC"), partition_key="BTC")

    validation.validate(envelope)  # raises InvalidRequest on any violated rule


def test_bus_builds_a_lazy_payload_on_first_read_into_the_same_envelope() -> None:
    built: list[str] = []

    def build() -> events_pb2.AssetCreated:
        built.append("BTC")
        return asset_created("BTC")

    eager = EventBus(Clock(START, 1)).publish("/cq/asset-registry/catalogue", asset_created("BTC"), partition_key="BTC")
    bus = EventBus(Clock(START, 1))
    bus.publish("/cq/asset-registry/catalogue", LazyPayload(events_pb2.AssetCreated, build, ()), partition_key="BTC")
    assert not built and len(bus.history) == 1 and bus.oldest_publish_time() == START

    envelope = bus.history[0]
    assert envelope.SerializeToString(deterministic=True) == eager.SerializeToString(deterministic=True)
    assert bus.history[0] is envelope and built == ["BTC"]  # built once, then kept


def test_bus_checks_a_lazy_payload_by_its_type_when_published() -> None:
    bus = EventBus(Clock(START, 1))

    with pytest.raises(ValueError, match="not an event payload"):
        asset = LazyPayload(resources_pb2.Asset, lambda created: created.asset, (asset_created("BTC"),))
        bus.publish("/cq/asset-registry/catalogue", asset, partition_key="BTC")
    with pytest.raises(ValueError, match="is not /cq/<service>/<scope>"):
        bus.publish("cq/bad", LazyPayload(events_pb2.AssetCreated, asset_created, ("BTC",)), partition_key="BTC")
    assert not bus.history


def test_bus_builds_only_the_events_a_subscriber_may_want() -> None:
    async def scenario() -> tuple[list[str], list[str], list[str]]:
        bus = EventBus(Clock(START, 1))
        built: list[str] = []
        checked: list[str] = []

        def visible(envelope: envelope_pb2.EventEnvelope) -> bool:
            checked.append(envelope.partition_key)
            return envelope.partition_key != "SOL"

        def build(asset_id: str) -> events_pb2.AssetCreated:
            built.append(asset_id)
            return asset_created(asset_id)

        stream = bus.subscribe(Subscription(partition_keys=("ETH", "SOL"), visible=visible))
        receive = asyncio.ensure_future(stream.__anext__())
        await asyncio.sleep(0)
        for asset_id in ("BTC", "SOL", "ETH"):
            bus.publish("/cq/asset-registry/catalogue", LazyPayload(events_pb2.AssetCreated, build, (asset_id,)),
                        partition_key=asset_id)
        envelope = await receive
        await stream.aclose()
        return [envelope.partition_key], built, checked

    delivered, built, checked = asyncio.run(scenario())

    assert delivered == ["ETH"] and built == checked == ["SOL", "ETH"]  # BTC: filtered out unbuilt


def test_bus_delivers_matching_events_to_subscribers() -> None:
    async def scenario() -> list[str]:
        bus = EventBus(Clock(START, 1))
        stream = bus.subscribe(Subscription(partition_keys=("ETH",)))
        receive = asyncio.ensure_future(stream.__anext__())
        await asyncio.sleep(0)
        bus.publish("/cq/asset-registry/catalogue", asset_created("BTC"), partition_key="BTC")
        bus.publish("/cq/asset-registry/catalogue", asset_created("ETH"), partition_key="ETH")
        envelope = await receive
        await stream.aclose()
        return [envelope.partition_key]

    assert asyncio.run(scenario()) == ["ETH"]


def test_bus_replays_retained_events_from_an_instant_then_continues_live() -> None:
    async def scenario() -> tuple[list[str], bool, int | None]:
        clock = Clock(START, 1)
        bus = EventBus(clock, history_limit=2)
        for asset in ("BTC", "ETH", "SOL"):
            bus.publish("/cq/asset-registry/catalogue", asset_created(asset), partition_key=asset)
            clock.step()
        stream = bus.subscribe(Subscription(), replay_from=START + 2)  # SOL only: BTC was dropped, ETH is older
        replayed = await stream.__anext__()
        receive = asyncio.ensure_future(stream.__anext__())
        await asyncio.sleep(0)
        bus.publish("/cq/asset-registry/catalogue", asset_created("ADA"), partition_key="ADA")
        live = await receive
        await stream.aclose()
        return [replayed.partition_key, live.partition_key], bus.truncated, bus.oldest_publish_time()

    keys, truncated, oldest = asyncio.run(scenario())

    assert keys == ["SOL", "ADA"]
    assert truncated and oldest == START + 2  # history kept ETH and SOL; ADA then pushed ETH out


def test_authentication_maps_tokens_to_accounts() -> None:
    users = config.ServeConfig().token_accounts()

    principal = auth.authenticate([("authorization", "Bearer dev-bob")], users)

    assert principal.owner == "bob" and principal.account_ids == frozenset({"acc_bob_spot"})
    for metadata, reason in (([], "MISSING_TOKEN"), ([("authorization", "Bearer nope")], "INVALID_TOKEN"),
                             ([("authorization", "Basic dev-bob")], "INVALID_TOKEN")):
        with pytest.raises(DomainError) as caught:
            auth.authenticate(metadata, users)
        assert (caught.value.code, caught.value.reason) == (grpc.StatusCode.UNAUTHENTICATED, reason)


def test_another_owners_account_is_not_found() -> None:
    def as_bob() -> DomainError:
        auth.bind(auth.Principal("bob", frozenset({"acc_bob_spot"})))
        auth.require_account("acc_bob_spot")
        with pytest.raises(DomainError) as caught:
            auth.require_account("acc_alice_spot")
        return caught.value

    # A copied context keeps bob's binding from leaking into the tests that run after this one.
    error = contextvars.copy_context().run(as_bob)

    assert error.code == grpc.StatusCode.NOT_FOUND


def test_violation_paths_quote_map_keys_as_the_validation_suite_does() -> None:
    path = validate_pb2.FieldPath(elements=[
        validate_pb2.FieldPathElement(field_name="attributes", string_key='say "hi"\\\n'),
        validate_pb2.FieldPathElement(field_name="legs", index=2),
    ])

    assert validation.render_path(path) == 'attributes["say \\"hi\\"\\\\\\u000a"].legs[2]'


def test_validation_failure_becomes_bad_request_with_rule_ids() -> None:
    with pytest.raises(InvalidRequest) as caught:
        validation.validate(envelope_pb2.EventEnvelope())
    status = status_pb2.Status.FromString(to_status(caught.value).details)

    assert status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    bad_request = error_details_pb2.BadRequest()
    assert any(detail.Unpack(bad_request) for detail in status.details)
    violations = {(v.field, v.reason) for v in bad_request.field_violations}
    assert ("id", "required") in violations and ("checksum", "required") in violations


def test_config_file_errors_name_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "serve.toml"
    path.write_text('seed = 7\ncolour = "blue"\n')

    with pytest.raises(config.ConfigError, match=r"serve\.toml: unknown keys \['colour'\]"):
        config.load(path)


def test_config_file_and_flags_combine(tmp_path: Path) -> None:
    path = tmp_path / "serve.toml"
    path.write_text('seed = 7\nservices = ["assets"]\n[[users]]\ntoken = "t"\nowner = "o"\naccounts = ["acc_o"]\n')

    loaded = config.load(path, port=0, seed=None)

    assert (loaded.seed, loaded.port, loaded.services) == (7, 0, ("assets",))
    assert loaded.token_accounts()["t"].account_ids == ("acc_o",)


def test_config_cadence_table_sets_the_tick_rate_of_named_instruments(tmp_path: Path) -> None:
    path = tmp_path / "serve.toml"
    path.write_text('[cadence]\n"cq:equity:XOM" = 10\n"cq:spot:BTC-USD" = 0.5\n')

    loaded = config.load(path)
    configured, default = Platform(loaded), Platform(config.ServeConfig())
    for platform in (configured, default):
        for _ in range(10):  # one second of calls
            platform.clock.step()
            platform.sync()

    assert loaded.cadence == {"cq:equity:XOM": 10.0, "cq:spot:BTC-USD": 0.5}
    ticks = {(p is configured, iid): p.market.market(iid, "sim").top.tick
             for p in (configured, default) for iid in ("cq:equity:XOM", "cq:spot:BTC-USD", "cq:spot:ETH-USD")}
    assert ticks == {
        (True, "cq:equity:XOM"): 10, (False, "cq:equity:XOM"): 2,  # 10 Hz instead of its built-in 2 Hz
        (True, "cq:spot:BTC-USD"): 0, (False, "cq:spot:BTC-USD"): 10,  # every 2 s instead of 10 Hz
        (True, "cq:spot:ETH-USD"): 10, (False, "cq:spot:ETH-USD"): 10,  # not in the table: unchanged
    }
    # Every venue's market of the instrument ticks at the configured rate.
    assert {m.period for m in configured.market.markets_of("cq:equity:XOM")} == {100_000_000}


RATE = 'cadence."cq:equity:XOM" must be above 0 and at most 50 ticks per second; got '
NUMBER = 'cadence."cq:equity:XOM" must be a number of ticks per second; got '


@pytest.mark.parametrize(("table", "message"), [
    ('"cq:spot:NOPE-USD" = 2',
     'cadence."cq:spot:NOPE-USD": unknown instrument id; [cadence] names instruments of the seeded catalogue'),
    ('"cq:equity:XOM" = 0', RATE + "0"),
    ('"cq:equity:XOM" = -1.5', RATE + "-1.5"),
    ('"cq:equity:XOM" = 50.5', RATE + "50.5"),
    ('"cq:equity:XOM" = "fast"', NUMBER + "'fast'"),
    ('"cq:equity:XOM" = true', NUMBER + "True"),
])
def test_config_cadence_errors_name_the_file_and_key(tmp_path: Path, table: str, message: str) -> None:
    path = tmp_path / "serve.toml"
    path.write_text(f"[cadence]\n{table}\n")

    with pytest.raises(config.ConfigError, match=f"^{re.escape(f'{path}: {message}')}$"):
        config.load(path)


def test_config_cadence_must_be_a_table_and_is_checked_without_a_file_too(tmp_path: Path) -> None:
    path = tmp_path / "serve.toml"
    path.write_text("cadence = 5\n")

    with pytest.raises(config.ConfigError, match=re.escape(
            f"{path}: [cadence] must be a table of instrument id -> ticks per second; got int")):
        config.load(path)
    with pytest.raises(config.ConfigError, match=re.escape('cadence."cq:spot:NOPE-USD": unknown instrument id')):
        Platform(config.ServeConfig(cadence={"cq:spot:NOPE-USD": 1.0}))
