import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Amount } from "../../types/v1/amount_pb.js";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { VenueSymbol } from "../../types/v1/identifiers_pb.js";
import type { Side } from "../../types/v1/side_pb.js";
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/venues/v1/resources.proto.
 */
export declare const file_cq_venues_v1_resources: GenFile;
/**
 * A trading venue CQ connects to through a gateway: an exchange, a DEX, a broker, a prop firm or the
 * simulator.
 *
 * @generated from message cq.venues.v1.Venue
 */
export type Venue = Message<"cq.venues.v1.Venue"> & {
    /**
     * Output only. The CQ venue id, lower snake case, unique within CQ. Example: "kraken".
     *
     * @generated from field: string venue_id = 1;
     */
    venueId: string;
    /**
     * Output only. The venue's human-readable name. Example: "Kraken".
     *
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * Output only. The kind of venue. Example: VENUE_TYPE_CEX.
     *
     * @generated from field: cq.venues.v1.VenueType type = 3;
     */
    type: VenueType;
    /**
     * Output only. Whether the venue is accepting orders now. Example: VENUE_STATUS_OPERATIONAL.
     *
     * @generated from field: cq.venues.v1.VenueStatus status = 4;
     */
    status: VenueStatus;
    /**
     * Output only. Why the venue is not operational, in the gateway's or venue's words; empty when
     * operational. Example: "Scheduled maintenance until 2026-11-02T06:00:00Z".
     *
     * @generated from field: string status_message = 5;
     */
    statusMessage: string;
    /**
     * Output only. The order types the venue accepts on at least one instrument. A PlaceOrder with a
     * type not listed here fails with FAILED_PRECONDITION. Example: [ORDER_TYPE_MARKET, ORDER_TYPE_LIMIT].
     *
     * @generated from field: repeated cq.venues.v1.OrderType supported_order_types = 6;
     */
    supportedOrderTypes: OrderType[];
    /**
     * Output only. The time-in-force values the venue accepts. Example: [TIME_IN_FORCE_GTC,
     * TIME_IN_FORCE_IOC, TIME_IN_FORCE_FOK].
     *
     * @generated from field: repeated cq.venues.v1.TimeInForce supported_time_in_force = 7;
     */
    supportedTimeInForce: TimeInForce[];
    /**
     * Output only. Whether the venue honours post_only (reject or cancel an order that would take
     * liquidity). Example: true.
     *
     * @generated from field: bool supports_post_only = 8;
     */
    supportsPostOnly: boolean;
    /**
     * Output only. Whether the venue honours reduce_only on derivatives. Example: true.
     *
     * @generated from field: bool supports_reduce_only = 9;
     */
    supportsReduceOnly: boolean;
    /**
     * Output only. Whether the venue amends orders natively. CQ never emulates a replace with a cancel
     * and a new order, because that loses queue priority and can overfill; ReplaceOrder on a venue
     * without native replace fails with FAILED_PRECONDITION. Example: true.
     *
     * @generated from field: bool supports_replace = 10;
     */
    supportsReplace: boolean;
    /**
     * Output only. True for a venue's test network or sandbox (orders do not move real money).
     * Example: false.
     *
     * @generated from field: bool testnet = 11;
     */
    testnet: boolean;
    /**
     * Output only. For a DEX, the CAIP-2 id of the chain it settles on; empty otherwise.
     * Example: "eip155:42161".
     *
     * @generated from field: string chain_id = 12;
     */
    chainId: string;
    /**
     * Output only. When the venue was registered in CQ, in UTC. Example: 2026-01-15T09:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 13;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When any field of the venue last changed, status included, in UTC.
     * Example: 2026-11-01T23:59:58Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 14;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.Venue.
 * Use `create(VenueSchema)` to create a new message.
 */
export declare const VenueSchema: GenMessage<Venue>;
/**
 * An account at a venue that CQ trades through: the unit that owns orders, balances and positions.
 *
 * @generated from message cq.venues.v1.VenueAccount
 */
export type VenueAccount = Message<"cq.venues.v1.VenueAccount"> & {
    /**
     * Output only. The CQ account id, opaque, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Output only. The CQ venue id the account is held at. Example: "kraken".
     *
     * @generated from field: string venue_id = 2;
     */
    venueId: string;
    /**
     * Output only. The CQ principal (user or team) that owns the account. Callers only ever see
     * their own accounts, orders and balances. Example: "user_8f3a2c".
     *
     * @generated from field: string owner_id = 3;
     */
    ownerId: string;
    /**
     * Output only. A human-readable label for the account. Example: "Kraken main margin".
     *
     * @generated from field: string display_name = 4;
     */
    displayName: string;
    /**
     * Output only. How the account funds trades. Example: ACCOUNT_TYPE_MARGIN.
     *
     * @generated from field: cq.venues.v1.AccountType type = 5;
     */
    type: AccountType;
    /**
     * Output only. Whether the account can trade now. Example: VENUE_ACCOUNT_STATUS_ACTIVE.
     *
     * @generated from field: cq.venues.v1.VenueAccountStatus status = 6;
     */
    status: VenueAccountStatus;
    /**
     * Output only. The asset the venue reports the account's equity and margin in.
     * Example: "USD".
     *
     * @generated from field: string base_currency = 7;
     */
    baseCurrency: string;
    /**
     * Output only. Whether the account may borrow (trade on margin or sell short). Example: true.
     *
     * @generated from field: bool margin_allowed = 8;
     */
    marginAllowed: boolean;
    /**
     * Output only. The highest leverage the venue allows on the account, as a ratio of position
     * notional to equity; unset when margin is not allowed. Decimal because it is a contractual limit
     * that pre-trade checks compare exactly, not an estimate. Example: "5".
     *
     * @generated from field: cq.types.v1.Decimal max_leverage = 9;
     */
    maxLeverage?: Decimal | undefined;
    /**
     * Output only. The venue's own identifier for the account or sub-account, raw; never used as a CQ
     * id. Example: "U1234567".
     *
     * @generated from field: string venue_account_id = 10;
     */
    venueAccountId: string;
    /**
     * Output only. For ACCOUNT_TYPE_WALLET, the wallet as a CAIP-10 account id; empty otherwise.
     * Example: "eip155:42161:0xab16a96d359ec26a11e2c2b3d8f8b8942d5bfcdb".
     *
     * @generated from field: string wallet_address = 11;
     */
    walletAddress: string;
    /**
     * Output only. When the account was linked to CQ, in UTC. Example: 2026-02-01T12:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 12;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When any field of the account last changed, in UTC. Example: 2026-11-01T08:30:00Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 13;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.VenueAccount.
 * Use `create(VenueAccountSchema)` to create a new message.
 */
export declare const VenueAccountSchema: GenMessage<VenueAccount>;
/**
 * An order on a venue account: the FIX NewOrderSingle fields plus the flags crypto venues add, and
 * its live state. order_id is stable for the order's whole life, across replaces.
 *
 * The rules below hold wherever an order is input (PlaceOrder, CheckOrder, a RebalancePlan): the
 * prices its type needs and no others, expire_time exactly for GTD, post_only only on LIMIT orders
 * and quote_id exactly for PREVIOUSLY_QUOTED orders. Enum values are compared by number in them:
 * ORDER_TYPE_MARKET = 1, LIMIT = 2, STOP = 3, STOP_LIMIT = 4, TAKE_PROFIT = 5, TAKE_PROFIT_LIMIT = 6,
 * PREVIOUSLY_QUOTED = 7; TIME_IN_FORCE_GTD = 4.
 *
 * @generated from message cq.venues.v1.Order
 */
export type Order = Message<"cq.venues.v1.Order"> & {
    /**
     * Output only. The CQ order id, opaque, at most 64 characters, assigned when CQ accepts the order.
     * Example: "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 1;
     */
    orderId: string;
    /**
     * Required. The client's id for the order, unique per account for the account's whole history and
     * the idempotency key of PlaceOrder; at most 64 characters. After a replace it is the replace's
     * new client_order_id. PlaceOrderRequest and RebalancePlan enforce its presence; CheckOrder may
     * leave it empty, since the order is only proposed. Example: "mm-btc-20261101-000042".
     *
     * @generated from field: string client_order_id = 2;
     */
    clientOrderId: string;
    /**
     * Output only. The client_order_id the order carried before its latest accepted replace; empty if
     * it was never replaced. Example: "mm-btc-20261101-000041".
     *
     * @generated from field: string orig_client_order_id = 3;
     */
    origClientOrderId: string;
    /**
     * Output only. The venue's own id for the order, raw; empty until the venue acknowledges it.
     * Example: "OQCLML-BW3P3-BUCMWZ".
     *
     * @generated from field: string venue_order_id = 4;
     */
    venueOrderId: string;
    /**
     * Required. The CQ venue account the order trades on; at most 64 characters.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 5;
     */
    accountId: string;
    /**
     * Output only. The CQ venue id of the account, copied here so consumers need no lookup.
     * Example: "kraken".
     *
     * @generated from field: string venue_id = 6;
     */
    venueId: string;
    /**
     * Required. The CQ instrument id, `<market>:<type>:<symbol>`. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 7;
     */
    instrumentId: string;
    /**
     * Output only. The venue's symbol the gateway sent the order under, for audit.
     * Example: {venue_id: "kraken", symbol: "PF_XBTUSD"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 8;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Optional. The strategy that sent the order, for PnL attribution; opaque, at most 64 characters.
     * Empty means manual or unattributed. Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 9;
     */
    strategyId: string;
    /**
     * Required. Buy or sell. Example: SIDE_BUY.
     *
     * @generated from field: cq.types.v1.Side side = 10;
     */
    side: Side;
    /**
     * Required. How the order is priced. Example: ORDER_TYPE_LIMIT.
     *
     * @generated from field: cq.venues.v1.OrderType type = 11;
     */
    type: OrderType;
    /**
     * Required. How long the order works; must be one of the venue's supported_time_in_force.
     * PlaceOrderRequest and RebalancePlan enforce its presence; CheckOrder may leave it unset.
     * Example: TIME_IN_FORCE_GTC.
     *
     * @generated from field: cq.venues.v1.TimeInForce time_in_force = 12;
     */
    timeInForce: TimeInForce;
    /**
     * Optional. The limit price in quote currency per unit of the instrument, positive. Required for
     * LIMIT, STOP_LIMIT and TAKE_PROFIT_LIMIT; optional for PREVIOUSLY_QUOTED, where it must equal the
     * quote's price on the order's side; must be unset otherwise. Example: "67250.5".
     *
     * @generated from field: cq.types.v1.Decimal limit_price = 13;
     */
    limitPrice?: Decimal | undefined;
    /**
     * Optional. The trigger price in quote currency per unit, positive. Required for STOP, STOP_LIMIT,
     * TAKE_PROFIT and TAKE_PROFIT_LIMIT; must be unset otherwise. Example: "65000".
     *
     * @generated from field: cq.types.v1.Decimal stop_price = 14;
     */
    stopPrice?: Decimal | undefined;
    /**
     * Optional. Which price stop_price is compared with. Unset means TRIGGER_PRICE_TYPE_LAST; ignored
     * for orders without stop_price. Example: TRIGGER_PRICE_TYPE_MARK.
     *
     * @generated from field: cq.venues.v1.TriggerPriceType trigger_price_type = 15;
     */
    triggerPriceType: TriggerPriceType;
    /**
     * Required. The total order quantity, positive, in the instrument's quantity unit: base asset
     * units for spot, contracts for derivatives. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 16;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. If true, the order must only add liquidity; the venue rejects or cancels it rather
     * than let it take. Only for LIMIT orders. Default false. Example: true.
     *
     * @generated from field: bool post_only = 17;
     */
    postOnly: boolean;
    /**
     * Optional. If true, the order may only reduce an existing position, never open or flip one.
     * Only on derivatives and margin accounts. Default false. Example: true.
     *
     * @generated from field: bool reduce_only = 18;
     */
    reduceOnly: boolean;
    /**
     * Optional. When a GTD order expires, in UTC; required for TIME_IN_FORCE_GTD and must be unset
     * otherwise. Example: 2026-11-02T16:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 19;
     */
    expireTime?: Timestamp | undefined;
    /**
     * Output only. The order's current state. Example: ORDER_STATUS_PARTIALLY_FILLED.
     *
     * @generated from field: cq.venues.v1.OrderStatus status = 20;
     */
    status: OrderStatus;
    /**
     * Output only. The quantity filled so far, in the unit of quantity. Example: "0.1".
     *
     * @generated from field: cq.types.v1.Decimal cum_quantity = 21;
     */
    cumQuantity?: Decimal | undefined;
    /**
     * Output only. The quantity still working: quantity minus cum_quantity while the order works, 0
     * once it is in a terminal state. Example: "0.15".
     *
     * @generated from field: cq.types.v1.Decimal leaves_quantity = 22;
     */
    leavesQuantity?: Decimal | undefined;
    /**
     * Output only. The quantity-weighted average price of the fills so far, in quote currency per
     * unit; unset before the first fill. Example: "67248.75".
     *
     * @generated from field: cq.types.v1.Decimal average_price = 23;
     */
    averagePrice?: Decimal | undefined;
    /**
     * Output only. The fees charged on the fills so far, one entry per fee asset; rebates are
     * negative. Example: [{value: "0.84", asset_id: "USD"}].
     *
     * @generated from field: repeated cq.types.v1.Amount cum_fees = 24;
     */
    cumFees: Amount[];
    /**
     * Output only. Why the order was rejected; set only when status is ORDER_STATUS_REJECTED.
     * Example: ORDER_REJECT_REASON_INSUFFICIENT_FUNDS.
     *
     * @generated from field: cq.venues.v1.OrderRejectReason reject_reason = 25;
     */
    rejectReason: OrderRejectReason;
    /**
     * Output only. The venue's or CQ's raw words for the latest reject, restatement or cancel by
     * the venue, including any venue error code; empty otherwise. Example: "EOrder:Insufficient funds".
     *
     * @generated from field: string venue_message = 26;
     */
    venueMessage: string;
    /**
     * Output only. When CQ accepted the order, in UTC. Example: 2026-11-01T14:03:07.125Z.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 27;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the order's state last changed, in UTC. Example: 2026-11-01T14:03:09.480Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 28;
     */
    updateTime?: Timestamp | undefined;
    /**
     * Optional. The dealer quote the order hits or lifts (cq.markets.v1.Price.quote_id, as listed by
     * MarketDataService.ListDealerQuotes). Required for ORDER_TYPE_PREVIOUSLY_QUOTED; must be empty
     * otherwise. Example: "q_7f3a91c2".
     *
     * @generated from field: string quote_id = 29;
     */
    quoteId: string;
};
/**
 * Describes the message cq.venues.v1.Order.
 * Use `create(OrderSchema)` to create a new message.
 */
export declare const OrderSchema: GenMessage<Order>;
/**
 * What one account holds of one asset at a venue. total = free + locked; the account's net equity
 * in the asset is total - borrowed - interest.
 *
 * @generated from message cq.venues.v1.Balance
 */
export type Balance = Message<"cq.venues.v1.Balance"> & {
    /**
     * Output only. The CQ venue account holding the balance. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Output only. The canonical asset id. Example: "BTC".
     *
     * @generated from field: string asset_id = 2;
     */
    assetId: string;
    /**
     * Output only. The venue's own code for the asset, raw, as resolved through the AssetRegistry.
     * Example: {venue_id: "kraken", symbol: "XXBT"}.
     *
     * @generated from field: cq.types.v1.VenueSymbol venue_symbol = 3;
     */
    venueSymbol?: VenueSymbol | undefined;
    /**
     * Output only. Everything the account holds of the asset, free plus locked, in whole units.
     * Example: "1.75".
     *
     * @generated from field: cq.types.v1.Decimal total = 4;
     */
    total?: Decimal | undefined;
    /**
     * Output only. The part available for new orders and withdrawals, in whole units. Example: "1.5".
     *
     * @generated from field: cq.types.v1.Decimal free = 5;
     */
    free?: Decimal | undefined;
    /**
     * Output only. The part reserved by open orders or pending withdrawals, in whole units.
     * Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal locked = 6;
     */
    locked?: Decimal | undefined;
    /**
     * Output only. The principal borrowed in the asset on margin, in whole units; "0" when none.
     * Example: "0.5".
     *
     * @generated from field: cq.types.v1.Decimal borrowed = 7;
     */
    borrowed?: Decimal | undefined;
    /**
     * Output only. Interest accrued on borrowed and not yet paid, in whole units of the asset; "0" when
     * none. Example: "0.00012".
     *
     * @generated from field: cq.types.v1.Decimal interest = 8;
     */
    interest?: Decimal | undefined;
    /**
     * Output only. When the venue last reported the balance, in UTC. Example: 2026-11-01T14:03:09Z.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 9;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.Balance.
 * Use `create(BalanceSchema)` to create a new message.
 */
export declare const BalanceSchema: GenMessage<Balance>;
/**
 * One event in an order's life (FIX ExecutionReport): an acknowledgement, a fill, a cancel, a
 * replace, a reject, an expiry or a restatement. Reports are immutable; a busted or corrected fill
 * is a new report that refers to the old one.
 *
 * @generated from message cq.venues.v1.ExecutionReport
 */
export type ExecutionReport = Message<"cq.venues.v1.ExecutionReport"> & {
    /**
     * Output only. The CQ id of this report, unique within CQ, opaque, at most 64 characters;
     * consumers de-duplicate on it. Example: "exe_01HZX4C7RT".
     *
     * @generated from field: string exec_id = 1;
     */
    execId: string;
    /**
     * Output only. The report's position in its account's report stream: starts at 1 and increases by
     * exactly 1 per report or cancel reject, so a gap means a missed event. Example: 18342.
     *
     * @generated from field: uint64 sequence = 2;
     */
    sequence: bigint;
    /**
     * Output only. The CQ venue account of the order. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 3;
     */
    accountId: string;
    /**
     * Output only. The CQ order id. Example: "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 4;
     */
    orderId: string;
    /**
     * Output only. The order's client_order_id after this event; for EXEC_TYPE_REPLACED and
     * EXEC_TYPE_PENDING_REPLACE, the replace's new id. Example: "mm-btc-20261101-000042".
     *
     * @generated from field: string client_order_id = 5;
     */
    clientOrderId: string;
    /**
     * Output only. For replace and cancel events, the client_order_id the order had before; empty
     * otherwise. Example: "mm-btc-20261101-000041".
     *
     * @generated from field: string orig_client_order_id = 6;
     */
    origClientOrderId: string;
    /**
     * Output only. The venue's id for the order, raw; empty before the venue acknowledges it.
     * Example: "OQCLML-BW3P3-BUCMWZ".
     *
     * @generated from field: string venue_order_id = 7;
     */
    venueOrderId: string;
    /**
     * Output only. The CQ instrument id. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 8;
     */
    instrumentId: string;
    /**
     * Output only. The order's side. Example: SIDE_BUY.
     *
     * @generated from field: cq.types.v1.Side side = 9;
     */
    side: Side;
    /**
     * Output only. The event this report announces. Example: EXEC_TYPE_TRADE.
     *
     * @generated from field: cq.venues.v1.ExecType exec_type = 10;
     */
    execType: ExecType;
    /**
     * Output only. The order's state after the event. Example: ORDER_STATUS_PARTIALLY_FILLED.
     *
     * @generated from field: cq.venues.v1.OrderStatus order_status = 11;
     */
    orderStatus: OrderStatus;
    /**
     * Output only. The order's total quantity after the event (changes on replace and restatement),
     * in the instrument's quantity unit. Example: "0.25".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 12;
     */
    quantity?: Decimal | undefined;
    /**
     * Output only. The order's limit price after the event, in quote currency per unit; unset for
     * orders without one. Example: "67250.5".
     *
     * @generated from field: cq.types.v1.Decimal limit_price = 13;
     */
    limitPrice?: Decimal | undefined;
    /**
     * Output only. The order's trigger price after the event, in quote currency per unit; unset for
     * orders without one. Example: "65000".
     *
     * @generated from field: cq.types.v1.Decimal stop_price = 14;
     */
    stopPrice?: Decimal | undefined;
    /**
     * Output only. For EXEC_TYPE_TRADE and EXEC_TYPE_TRADE_CORRECT, the quantity of this fill; unset
     * otherwise. Example: "0.1".
     *
     * @generated from field: cq.types.v1.Decimal last_quantity = 15;
     */
    lastQuantity?: Decimal | undefined;
    /**
     * Output only. For EXEC_TYPE_TRADE and EXEC_TYPE_TRADE_CORRECT, the price of this fill in quote
     * currency per unit; unset otherwise. Example: "67248.75".
     *
     * @generated from field: cq.types.v1.Decimal last_price = 16;
     */
    lastPrice?: Decimal | undefined;
    /**
     * Output only. The quantity filled over the order's life after the event. Example: "0.1".
     *
     * @generated from field: cq.types.v1.Decimal cum_quantity = 17;
     */
    cumQuantity?: Decimal | undefined;
    /**
     * Output only. The quantity still working after the event; 0 in a terminal state.
     * Example: "0.15".
     *
     * @generated from field: cq.types.v1.Decimal leaves_quantity = 18;
     */
    leavesQuantity?: Decimal | undefined;
    /**
     * Output only. The quantity-weighted average fill price after the event, in quote currency per
     * unit; unset before the first fill. Example: "67248.75".
     *
     * @generated from field: cq.types.v1.Decimal average_price = 19;
     */
    averagePrice?: Decimal | undefined;
    /**
     * Output only. For fills, whether this fill made or took liquidity; unset otherwise.
     * Example: LIQUIDITY_MAKER.
     *
     * @generated from field: cq.venues.v1.Liquidity liquidity = 20;
     */
    liquidity: Liquidity;
    /**
     * Output only. The fee charged on this fill, in the asset the venue charged it in; negative for a
     * rebate; unset for events other than fills. Example: {value: "0.84", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount fee = 21;
     */
    fee?: Amount | undefined;
    /**
     * Output only. For EXEC_TYPE_TRADE, the venue's trade id, raw; empty otherwise. Example:
     * "TZX2WP-XSEOP-FP7WYR".
     *
     * @generated from field: string venue_trade_id = 22;
     */
    venueTradeId: string;
    /**
     * Output only. For EXEC_TYPE_TRADE_CANCEL and EXEC_TYPE_TRADE_CORRECT, the exec_id of the fill
     * being busted or corrected; empty otherwise. Example: "exe_01HZX4C7RT".
     *
     * @generated from field: string exec_ref_id = 23;
     */
    execRefId: string;
    /**
     * Output only. For EXEC_TYPE_REJECTED, why the order was rejected; unset otherwise.
     * Example: ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE.
     *
     * @generated from field: cq.venues.v1.OrderRejectReason reject_reason = 24;
     */
    rejectReason: OrderRejectReason;
    /**
     * Output only. The venue's or CQ's raw words for a reject, restatement or venue-side cancel,
     * including any venue error code; empty otherwise. Example: "EOrder:Post only order".
     *
     * @generated from field: string venue_message = 25;
     */
    venueMessage: string;
    /**
     * Output only. When the event happened at the venue (the venue's timestamp), in UTC.
     * Example: 2026-11-01T14:03:09.471Z.
     *
     * @generated from field: google.protobuf.Timestamp transact_time = 26;
     */
    transactTime?: Timestamp | undefined;
    /**
     * Output only. When the CQ gateway received the event from the venue, in UTC; the gap to
     * transact_time is the venue-to-CQ latency. Example: 2026-11-01T14:03:09.480Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 27;
     */
    receiveTime?: Timestamp | undefined;
    /**
     * Output only. For EXEC_TYPE_TRADE, how the fill compares with the market when the order arrived
     * (slippage and latency); unset for other events and when no arrival price was recorded.
     * Example: {arrival_price: "67248.6", slippage_bps: 0.02, fill_latency: 0.182s, simulated: true}.
     *
     * @generated from field: cq.venues.v1.ExecutionQuality execution_quality = 28;
     */
    executionQuality?: ExecutionQuality | undefined;
};
/**
 * Describes the message cq.venues.v1.ExecutionReport.
 * Use `create(ExecutionReportSchema)` to create a new message.
 */
export declare const ExecutionReportSchema: GenMessage<ExecutionReport>;
/**
 * How one fill compares with the market when its order arrived: the slippage and latency an
 * execution simulator reports for each simulated fill, and a transaction-cost analysis for real
 * ones.
 *
 * @generated from message cq.venues.v1.ExecutionQuality
 */
export type ExecutionQuality = Message<"cq.venues.v1.ExecutionQuality"> & {
    /**
     * Output only. The arrival price: the market's mid price when CQ accepted the order (for a
     * previously quoted order, the mid of the hit quote), in quote currency per unit; slippage is
     * measured against it. Example: "67248.6".
     *
     * @generated from field: cq.types.v1.Decimal arrival_price = 1;
     */
    arrivalPrice?: Decimal | undefined;
    /**
     * Output only. The cost of this fill against arrival_price, signed so that positive is worse for
     * the order: (last_price - arrival_price) * last_quantity * multiplier for a buy, the negative of
     * that for a sell, in the quote asset. Example: {value: "0.015", asset_id: "USD"}.
     *
     * @generated from field: cq.types.v1.Amount slippage = 2;
     */
    slippage?: Amount | undefined;
    /**
     * Output only. The fill's price distance from arrival_price in basis points of arrival_price,
     * signed like slippage, an analytics ratio (the exact figure is slippage). Example: 0.02.
     *
     * @generated from field: double slippage_bps = 3;
     */
    slippageBps: number;
    /**
     * Output only. The time from CQ accepting the order (its create_time) to this fill's
     * transact_time; for a simulated fill, the latency the simulator modelled. Example: 0.182s.
     *
     * @generated from field: google.protobuf.Duration fill_latency = 4;
     */
    fillLatency?: Duration | undefined;
    /**
     * Output only. True when the fill was simulated (the simulator or a paper-trading account): no
     * order reached a real venue and no money moved. Example: true.
     *
     * @generated from field: bool simulated = 5;
     */
    simulated: boolean;
};
/**
 * Describes the message cq.venues.v1.ExecutionQuality.
 * Use `create(ExecutionQualitySchema)` to create a new message.
 */
export declare const ExecutionQualitySchema: GenMessage<ExecutionQuality>;
/**
 * A cancel or cancel/replace that the venue rejected after CQ had accepted the request (FIX
 * OrderCancelReject). Rejects CQ can decide at once are returned as errors by CancelOrder and
 * ReplaceOrder instead; these arrive later, on StreamExecutionReports.
 *
 * @generated from message cq.venues.v1.CancelReject
 */
export type CancelReject = Message<"cq.venues.v1.CancelReject"> & {
    /**
     * Output only. The CQ id of this reject, unique within CQ, opaque, at most 64 characters.
     * Example: "cxr_01HZX4D1WQ".
     *
     * @generated from field: string cancel_reject_id = 1;
     */
    cancelRejectId: string;
    /**
     * Output only. The position in the account's report stream, shared with execution reports.
     * Example: 18343.
     *
     * @generated from field: uint64 sequence = 2;
     */
    sequence: bigint;
    /**
     * Output only. The CQ venue account of the order. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 3;
     */
    accountId: string;
    /**
     * Output only. The CQ order id. Example: "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 4;
     */
    orderId: string;
    /**
     * Output only. For a rejected replace, the new client_order_id the replace asked for; for a
     * rejected cancel, the order's client_order_id. Example: "mm-btc-20261101-000043".
     *
     * @generated from field: string client_order_id = 5;
     */
    clientOrderId: string;
    /**
     * Output only. The client_order_id the order keeps, since the request failed.
     * Example: "mm-btc-20261101-000042".
     *
     * @generated from field: string orig_client_order_id = 6;
     */
    origClientOrderId: string;
    /**
     * Output only. The venue's id for the order, raw. Example: "OQCLML-BW3P3-BUCMWZ".
     *
     * @generated from field: string venue_order_id = 7;
     */
    venueOrderId: string;
    /**
     * Output only. Whether a cancel or a replace was rejected. Example: CANCEL_REJECT_RESPONSE_TO_CANCEL.
     *
     * @generated from field: cq.venues.v1.CancelRejectResponseTo response_to = 8;
     */
    responseTo: CancelRejectResponseTo;
    /**
     * Output only. The order's state after the reject. Example: ORDER_STATUS_FILLED.
     *
     * @generated from field: cq.venues.v1.OrderStatus order_status = 9;
     */
    orderStatus: OrderStatus;
    /**
     * Output only. Why the request was rejected. Example: CANCEL_REJECT_REASON_TOO_LATE.
     *
     * @generated from field: cq.venues.v1.CancelRejectReason reason = 10;
     */
    reason: CancelRejectReason;
    /**
     * Output only. The venue's raw words for the reject, including any venue error code.
     * Example: "EOrder:Unknown order".
     *
     * @generated from field: string venue_message = 11;
     */
    venueMessage: string;
    /**
     * Output only. When the venue rejected the request, in UTC. Example: 2026-11-01T14:03:10.012Z.
     *
     * @generated from field: google.protobuf.Timestamp transact_time = 12;
     */
    transactTime?: Timestamp | undefined;
    /**
     * Output only. When the CQ gateway received the reject, in UTC. Example: 2026-11-01T14:03:10.020Z.
     *
     * @generated from field: google.protobuf.Timestamp receive_time = 13;
     */
    receiveTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.CancelReject.
 * Use `create(CancelRejectSchema)` to create a new message.
 */
export declare const CancelRejectSchema: GenMessage<CancelReject>;
/**
 * The kind of place an order is routed to. It decides how orders settle and which order features
 * exist (a DEX has no GTD orders and settles on chain; a prop firm trades on borrowed capital).
 *
 * @generated from enum cq.venues.v1.VenueType
 */
export declare enum VenueType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A centralised crypto exchange with a custodial account and an API (Kraken, Binance, Coinbase).
     *
     * @generated from enum value: VENUE_TYPE_CEX = 1;
     */
    CEX = 1,
    /**
     * A decentralised exchange or on-chain order book; orders are signed by a wallet and settle on chain.
     *
     * @generated from enum value: VENUE_TYPE_DEX = 2;
     */
    DEX = 2,
    /**
     * A broker or dealer that routes orders to exchanges or fills them itself (for equities, futures,
     * options and bonds).
     *
     * @generated from enum value: VENUE_TYPE_BROKER = 3;
     */
    BROKER = 3,
    /**
     * A proprietary trading firm's funded account, trading the firm's capital under its rules.
     *
     * @generated from enum value: VENUE_TYPE_PROP_FIRM = 4;
     */
    PROP_FIRM = 4,
    /**
     * The CQ trading simulator: orders match against recorded or synthetic books; no real money moves.
     *
     * @generated from enum value: VENUE_TYPE_SIMULATOR = 5;
     */
    SIMULATOR = 5
}
/**
 * Describes the enum cq.venues.v1.VenueType.
 */
export declare const VenueTypeSchema: GenEnum<VenueType>;
/**
 * Whether a venue is currently accepting orders, as last observed by its gateway.
 *
 * @generated from enum cq.venues.v1.VenueStatus
 */
export declare enum VenueStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Accepting, canceling and executing orders normally.
     *
     * @generated from enum value: VENUE_STATUS_OPERATIONAL = 1;
     */
    OPERATIONAL = 1,
    /**
     * Accepting orders, but the gateway sees elevated latency, errors or stale data; expect delays.
     *
     * @generated from enum value: VENUE_STATUS_DEGRADED = 2;
     */
    DEGRADED = 2,
    /**
     * Only cancels are accepted; new orders and replaces are rejected (common around incidents).
     *
     * @generated from enum value: VENUE_STATUS_CANCEL_ONLY = 3;
     */
    CANCEL_ONLY = 3,
    /**
     * Down for maintenance or unreachable; no order can be placed or canceled.
     *
     * @generated from enum value: VENUE_STATUS_MAINTENANCE = 4;
     */
    MAINTENANCE = 4,
    /**
     * Disabled in CQ (delisted or switched off by operators); kept for history only.
     *
     * @generated from enum value: VENUE_STATUS_DISABLED = 5;
     */
    DISABLED = 5
}
/**
 * Describes the enum cq.venues.v1.VenueStatus.
 */
export declare const VenueStatusSchema: GenEnum<VenueStatus>;
/**
 * How a venue account funds its trades.
 *
 * @generated from enum cq.venues.v1.AccountType
 */
export declare enum AccountType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ACCOUNT_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Trades are paid for in full from the account's own balances; no borrowing, no short selling.
     *
     * @generated from enum value: ACCOUNT_TYPE_CASH = 1;
     */
    CASH = 1,
    /**
     * Spot trading with borrowed funds or assets (leverage and short selling); balances can carry debt.
     *
     * @generated from enum value: ACCOUNT_TYPE_MARGIN = 2;
     */
    MARGIN = 2,
    /**
     * Futures, perpetuals or options collateralised by margin; positions are contracts, not assets.
     *
     * @generated from enum value: ACCOUNT_TYPE_DERIVATIVES = 3;
     */
    DERIVATIVES = 3,
    /**
     * A self-custodied on-chain wallet trading on a DEX; the account is the wallet address.
     *
     * @generated from enum value: ACCOUNT_TYPE_WALLET = 4;
     */
    WALLET = 4
}
/**
 * Describes the enum cq.venues.v1.AccountType.
 */
export declare const AccountTypeSchema: GenEnum<AccountType>;
/**
 * Whether a venue account can trade.
 *
 * @generated from enum cq.venues.v1.VenueAccountStatus
 */
export declare enum VenueAccountStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Can place, replace and cancel orders.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_ACTIVE = 1;
     */
    ACTIVE = 1,
    /**
     * Read only: orders can be canceled but not placed (trading frozen by the venue, the prop firm's
     * rules or a CQ operator).
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_SUSPENDED = 2;
     */
    SUSPENDED = 2,
    /**
     * Closed; kept for history only.
     *
     * @generated from enum value: VENUE_ACCOUNT_STATUS_CLOSED = 3;
     */
    CLOSED = 3
}
/**
 * Describes the enum cq.venues.v1.VenueAccountStatus.
 */
export declare const VenueAccountStatusSchema: GenEnum<VenueAccountStatus>;
/**
 * How an order is priced and when it becomes active.
 *
 * @generated from enum cq.venues.v1.OrderType
 */
export declare enum OrderType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Executes immediately at the best available prices; no limit_price.
     *
     * @generated from enum value: ORDER_TYPE_MARKET = 1;
     */
    MARKET = 1,
    /**
     * Executes at limit_price or better.
     *
     * @generated from enum value: ORDER_TYPE_LIMIT = 2;
     */
    LIMIT = 2,
    /**
     * Stop-loss: becomes a market order once the trigger price crosses stop_price against the position.
     *
     * @generated from enum value: ORDER_TYPE_STOP = 3;
     */
    STOP = 3,
    /**
     * Stop-loss: becomes a limit order at limit_price once the trigger price crosses stop_price.
     *
     * @generated from enum value: ORDER_TYPE_STOP_LIMIT = 4;
     */
    STOP_LIMIT = 4,
    /**
     * Take-profit: becomes a market order once the trigger price crosses stop_price in the position's
     * favour.
     *
     * @generated from enum value: ORDER_TYPE_TAKE_PROFIT = 5;
     */
    TAKE_PROFIT = 5,
    /**
     * Take-profit: becomes a limit order at limit_price once the trigger price crosses stop_price in
     * the position's favour.
     *
     * @generated from enum value: ORDER_TYPE_TAKE_PROFIT_LIMIT = 6;
     */
    TAKE_PROFIT_LIMIT = 6,
    /**
     * Hits or lifts a dealer's quote (FIX OrdType D, previously quoted): the order names the quote in
     * quote_id and fills in full at the quote's price or is rejected (ORDER_REJECT_REASON_QUOTE_EXPIRED);
     * it never rests. For OTC instruments quoted by several dealers.
     *
     * @generated from enum value: ORDER_TYPE_PREVIOUSLY_QUOTED = 7;
     */
    PREVIOUSLY_QUOTED = 7
}
/**
 * Describes the enum cq.venues.v1.OrderType.
 */
export declare const OrderTypeSchema: GenEnum<OrderType>;
/**
 * How long an order stays working (FIX TimeInForce).
 *
 * @generated from enum cq.venues.v1.TimeInForce
 */
export declare enum TimeInForce {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TIME_IN_FORCE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Good till canceled: works until filled or canceled.
     *
     * @generated from enum value: TIME_IN_FORCE_GTC = 1;
     */
    GTC = 1,
    /**
     * Immediate or cancel: fills what it can at once and cancels the rest.
     *
     * @generated from enum value: TIME_IN_FORCE_IOC = 2;
     */
    IOC = 2,
    /**
     * Fill or kill: fills the whole quantity at once or nothing.
     *
     * @generated from enum value: TIME_IN_FORCE_FOK = 3;
     */
    FOK = 3,
    /**
     * Good till date: works until expire_time, then expires.
     *
     * @generated from enum value: TIME_IN_FORCE_GTD = 4;
     */
    GTD = 4,
    /**
     * Works until the end of the venue's trading day, then expires.
     *
     * @generated from enum value: TIME_IN_FORCE_DAY = 5;
     */
    DAY = 5
}
/**
 * Describes the enum cq.venues.v1.TimeInForce.
 */
export declare const TimeInForceSchema: GenEnum<TimeInForce>;
/**
 * The price a stop or take-profit order watches for its trigger.
 *
 * @generated from enum cq.venues.v1.TriggerPriceType
 */
export declare enum TriggerPriceType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The instrument's last traded price.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_LAST = 1;
     */
    LAST = 1,
    /**
     * The venue's mark price (derivatives); resists wicks caused by thin books.
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_MARK = 2;
     */
    MARK = 2,
    /**
     * The index price the venue computes from other venues (derivatives).
     *
     * @generated from enum value: TRIGGER_PRICE_TYPE_INDEX = 3;
     */
    INDEX = 3
}
/**
 * Describes the enum cq.venues.v1.TriggerPriceType.
 */
export declare const TriggerPriceTypeSchema: GenEnum<TriggerPriceType>;
/**
 * The state an order is in (FIX OrdStatus). ExecType says which event moved it there.
 * FILLED, CANCELED, REJECTED and EXPIRED are terminal: an order never leaves them.
 *
 * @generated from enum cq.venues.v1.OrderStatus
 */
export declare enum OrderStatus {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Accepted by CQ and sent to the venue; the venue has not acknowledged it yet.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_NEW = 1;
     */
    PENDING_NEW = 1,
    /**
     * Acknowledged by the venue and working (or waiting for its trigger); nothing filled yet.
     *
     * @generated from enum value: ORDER_STATUS_NEW = 2;
     */
    NEW = 2,
    /**
     * Some quantity filled; the rest is still working.
     *
     * @generated from enum value: ORDER_STATUS_PARTIALLY_FILLED = 3;
     */
    PARTIALLY_FILLED = 3,
    /**
     * The whole quantity filled. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_FILLED = 4;
     */
    FILLED = 4,
    /**
     * A cancel was sent; the venue has not confirmed it. The order can still fill.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_CANCEL = 5;
     */
    PENDING_CANCEL = 5,
    /**
     * Canceled by the client, the venue or CQ, with leaves_quantity 0. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_CANCELED = 6;
     */
    CANCELED = 6,
    /**
     * A replace was sent; the venue has not confirmed it. The order works on its old terms meanwhile.
     *
     * @generated from enum value: ORDER_STATUS_PENDING_REPLACE = 7;
     */
    PENDING_REPLACE = 7,
    /**
     * Refused by CQ's pre-trade checks or by the venue; reject_reason says why. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_REJECTED = 8;
     */
    REJECTED = 8,
    /**
     * Ended by its time in force (GTD, DAY, an IOC or FOK remainder) without a full fill. Terminal.
     *
     * @generated from enum value: ORDER_STATUS_EXPIRED = 9;
     */
    EXPIRED = 9
}
/**
 * Describes the enum cq.venues.v1.OrderStatus.
 */
export declare const OrderStatusSchema: GenEnum<OrderStatus>;
/**
 * The event an execution report announces (FIX ExecType). OrderStatus is the state it leaves.
 *
 * @generated from enum cq.venues.v1.ExecType
 */
export declare enum ExecType {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: EXEC_TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The order was sent to the venue and awaits acknowledgement.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_NEW = 1;
     */
    PENDING_NEW = 1,
    /**
     * The venue acknowledged the order; it is working.
     *
     * @generated from enum value: EXEC_TYPE_NEW = 2;
     */
    NEW = 2,
    /**
     * A fill: last_quantity traded at last_price.
     *
     * @generated from enum value: EXEC_TYPE_TRADE = 3;
     */
    TRADE = 3,
    /**
     * A cancel was sent and awaits the venue's confirmation.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_CANCEL = 4;
     */
    PENDING_CANCEL = 4,
    /**
     * The order was canceled.
     *
     * @generated from enum value: EXEC_TYPE_CANCELED = 5;
     */
    CANCELED = 5,
    /**
     * A replace was sent and awaits the venue's confirmation.
     *
     * @generated from enum value: EXEC_TYPE_PENDING_REPLACE = 6;
     */
    PENDING_REPLACE = 6,
    /**
     * The order was replaced; quantity, prices and client_order_id now carry the new terms.
     *
     * @generated from enum value: EXEC_TYPE_REPLACED = 7;
     */
    REPLACED = 7,
    /**
     * The order was rejected; reject_reason says why.
     *
     * @generated from enum value: EXEC_TYPE_REJECTED = 8;
     */
    REJECTED = 8,
    /**
     * The order expired by its time in force.
     *
     * @generated from enum value: EXEC_TYPE_EXPIRED = 9;
     */
    EXPIRED = 9,
    /**
     * The venue changed the order on its own (quantity reduced, price adjusted to a band, a
     * restart) and restates its terms.
     *
     * @generated from enum value: EXEC_TYPE_RESTATED = 10;
     */
    RESTATED = 10,
    /**
     * A stop or take-profit order triggered and became a market or limit order.
     *
     * @generated from enum value: EXEC_TYPE_TRIGGERED = 11;
     */
    TRIGGERED = 11,
    /**
     * The venue busted an earlier fill; exec_ref_id names it and cumulative figures are restated.
     *
     * @generated from enum value: EXEC_TYPE_TRADE_CANCEL = 12;
     */
    TRADE_CANCEL = 12,
    /**
     * The venue corrected the price or quantity of an earlier fill; exec_ref_id names it.
     *
     * @generated from enum value: EXEC_TYPE_TRADE_CORRECT = 13;
     */
    TRADE_CORRECT = 13
}
/**
 * Describes the enum cq.venues.v1.ExecType.
 */
export declare const ExecTypeSchema: GenEnum<ExecType>;
/**
 * Whether a fill added liquidity to the book or removed it; decides the fee rate.
 *
 * @generated from enum cq.venues.v1.Liquidity
 */
export declare enum Liquidity {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: LIQUIDITY_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The order rested on the book and was hit (added liquidity).
     *
     * @generated from enum value: LIQUIDITY_MAKER = 1;
     */
    MAKER = 1,
    /**
     * The order crossed the book (removed liquidity).
     *
     * @generated from enum value: LIQUIDITY_TAKER = 2;
     */
    TAKER = 2,
    /**
     * The fill happened in an opening, closing or halt auction, where neither side took.
     *
     * @generated from enum value: LIQUIDITY_AUCTION = 3;
     */
    AUCTION = 3
}
/**
 * Describes the enum cq.venues.v1.Liquidity.
 */
export declare const LiquiditySchema: GenEnum<Liquidity>;
/**
 * Why a new order was rejected (FIX OrdRejReason, plus the reasons crypto venues add). The venue's
 * raw code and text are kept beside it in venue_message.
 *
 * @generated from enum cq.venues.v1.OrderRejectReason
 */
export declare enum OrderRejectReason {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The venue's or broker's discretion, with no more specific reason (FIX 0).
     *
     * @generated from enum value: ORDER_REJECT_REASON_VENUE_OPTION = 1;
     */
    VENUE_OPTION = 1,
    /**
     * The instrument is unknown to the venue or not listed there (FIX 1).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNKNOWN_INSTRUMENT = 2;
     */
    UNKNOWN_INSTRUMENT = 2,
    /**
     * The market is closed or the instrument is halted (FIX 2).
     *
     * @generated from enum value: ORDER_REJECT_REASON_MARKET_CLOSED = 3;
     */
    MARKET_CLOSED = 3,
    /**
     * The order exceeds a venue limit such as maximum quantity or open order count (FIX 3).
     *
     * @generated from enum value: ORDER_REJECT_REASON_EXCEEDS_LIMIT = 4;
     */
    EXCEEDS_LIMIT = 4,
    /**
     * Too late to enter, for example a DAY order after the close (FIX 4).
     *
     * @generated from enum value: ORDER_REJECT_REASON_TOO_LATE = 5;
     */
    TOO_LATE = 5,
    /**
     * The client_order_id was already used on this account for a different order (FIX 6).
     *
     * @generated from enum value: ORDER_REJECT_REASON_DUPLICATE_ORDER = 6;
     */
    DUPLICATE_ORDER = 6,
    /**
     * The order arrived after the venue's receive window for its timestamp (FIX 8).
     *
     * @generated from enum value: ORDER_REJECT_REASON_STALE_ORDER = 7;
     */
    STALE_ORDER = 7,
    /**
     * The type, time in force or a flag is not supported for this instrument (FIX 11).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNSUPPORTED_ORDER_CHARACTERISTIC = 8;
     */
    UNSUPPORTED_ORDER_CHARACTERISTIC = 8,
    /**
     * The quantity is below the minimum, above the maximum or not a multiple of the lot size (FIX 13).
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_QUANTITY = 9;
     */
    INVALID_QUANTITY = 9,
    /**
     * The account is unknown to the venue or not permitted to trade the instrument (FIX 15).
     *
     * @generated from enum value: ORDER_REJECT_REASON_UNKNOWN_ACCOUNT = 10;
     */
    UNKNOWN_ACCOUNT = 10,
    /**
     * The price is outside the venue's allowed band around the reference price (FIX 16).
     *
     * @generated from enum value: ORDER_REJECT_REASON_PRICE_OUTSIDE_BAND = 11;
     */
    PRICE_OUTSIDE_BAND = 11,
    /**
     * The price is not a multiple of the tick size (FIX 18).
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_PRICE_INCREMENT = 12;
     */
    INVALID_PRICE_INCREMENT = 12,
    /**
     * The notional (price times quantity) is below the venue's minimum or above its maximum.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INVALID_NOTIONAL = 13;
     */
    INVALID_NOTIONAL = 13,
    /**
     * Not enough free balance to pay for the order.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INSUFFICIENT_FUNDS = 14;
     */
    INSUFFICIENT_FUNDS = 14,
    /**
     * Not enough margin to open or increase the position.
     *
     * @generated from enum value: ORDER_REJECT_REASON_INSUFFICIENT_MARGIN = 15;
     */
    INSUFFICIENT_MARGIN = 15,
    /**
     * A post-only order would have taken liquidity.
     *
     * @generated from enum value: ORDER_REJECT_REASON_POST_ONLY_WOULD_TAKE = 16;
     */
    POST_ONLY_WOULD_TAKE = 16,
    /**
     * A reduce-only order would have opened or increased a position.
     *
     * @generated from enum value: ORDER_REJECT_REASON_REDUCE_ONLY_WOULD_INCREASE = 17;
     */
    REDUCE_ONLY_WOULD_INCREASE = 17,
    /**
     * The venue's request rate limit was hit.
     *
     * @generated from enum value: ORDER_REJECT_REASON_RATE_LIMITED = 18;
     */
    RATE_LIMITED = 18,
    /**
     * CQ's pre-trade risk check refused the order (a limit would be breached).
     *
     * @generated from enum value: ORDER_REJECT_REASON_RISK_CHECK_FAILED = 19;
     */
    RISK_CHECK_FAILED = 19,
    /**
     * Any other reason; venue_message holds the venue's words (FIX 99).
     *
     * @generated from enum value: ORDER_REJECT_REASON_OTHER = 20;
     */
    OTHER = 20,
    /**
     * A previously quoted order's dealer quote had expired, was withdrawn, was already hit, or does
     * not cover the order's quantity or price.
     *
     * @generated from enum value: ORDER_REJECT_REASON_QUOTE_EXPIRED = 21;
     */
    QUOTE_EXPIRED = 21
}
/**
 * Describes the enum cq.venues.v1.OrderRejectReason.
 */
export declare const OrderRejectReasonSchema: GenEnum<OrderRejectReason>;
/**
 * Why a cancel or cancel/replace request was rejected (FIX CxlRejReason, plus crypto venues'
 * reasons). The order keeps working on its previous terms.
 *
 * @generated from enum cq.venues.v1.CancelRejectReason
 */
export declare enum CancelRejectReason {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The order is already filled, canceled, rejected or expired (FIX 0).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_TOO_LATE = 1;
     */
    TOO_LATE = 1,
    /**
     * The venue does not know the order (FIX 1).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_UNKNOWN_ORDER = 2;
     */
    UNKNOWN_ORDER = 2,
    /**
     * The venue's or broker's discretion, with no more specific reason (FIX 2).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_VENUE_OPTION = 3;
     */
    VENUE_OPTION = 3,
    /**
     * A cancel or replace of the order is already pending (FIX 3).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_ALREADY_PENDING = 4;
     */
    ALREADY_PENDING = 4,
    /**
     * The replace's new client_order_id is already used on this account (FIX 6).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_DUPLICATE_CLIENT_ORDER_ID = 5;
     */
    DUPLICATE_CLIENT_ORDER_ID = 5,
    /**
     * The replace's price is outside the venue's allowed band (FIX 8).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_PRICE_OUTSIDE_BAND = 6;
     */
    PRICE_OUTSIDE_BAND = 6,
    /**
     * The replace's price is not a multiple of the tick size (FIX 18).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INVALID_PRICE_INCREMENT = 7;
     */
    INVALID_PRICE_INCREMENT = 7,
    /**
     * The replace's quantity is invalid for the instrument or not above cum_quantity.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INVALID_QUANTITY = 8;
     */
    INVALID_QUANTITY = 8,
    /**
     * The replace needs more free balance or margin than the account has.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_INSUFFICIENT_FUNDS = 9;
     */
    INSUFFICIENT_FUNDS = 9,
    /**
     * The replaced post-only order would have taken liquidity.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_POST_ONLY_WOULD_TAKE = 10;
     */
    POST_ONLY_WOULD_TAKE = 10,
    /**
     * The venue's request rate limit was hit.
     *
     * @generated from enum value: CANCEL_REJECT_REASON_RATE_LIMITED = 11;
     */
    RATE_LIMITED = 11,
    /**
     * Any other reason; venue_message holds the venue's words (FIX 99).
     *
     * @generated from enum value: CANCEL_REJECT_REASON_OTHER = 12;
     */
    OTHER = 12
}
/**
 * Describes the enum cq.venues.v1.CancelRejectReason.
 */
export declare const CancelRejectReasonSchema: GenEnum<CancelRejectReason>;
/**
 * Which kind of request a CancelReject answers (FIX CxlRejResponseTo).
 *
 * @generated from enum cq.venues.v1.CancelRejectResponseTo
 */
export declare enum CancelRejectResponseTo {
    /**
     * Not specified; invalid.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The rejected request was a cancel.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_CANCEL = 1;
     */
    CANCEL = 1,
    /**
     * The rejected request was a cancel/replace.
     *
     * @generated from enum value: CANCEL_REJECT_RESPONSE_TO_REPLACE = 2;
     */
    REPLACE = 2
}
/**
 * Describes the enum cq.venues.v1.CancelRejectResponseTo.
 */
export declare const CancelRejectResponseToSchema: GenEnum<CancelRejectResponseTo>;
