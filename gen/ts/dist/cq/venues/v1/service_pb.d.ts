import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Decimal } from "../../types/v1/decimal_pb.js";
import type { TimeRange } from "../../types/v1/time_range_pb.js";
import type { Balance, CancelReject, ExecutionReport, Order, OrderStatus, Venue, VenueAccount, VenueType } from "./resources_pb.js";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/venues/v1/service.proto.
 */
export declare const file_cq_venues_v1_service: GenFile;
/**
 * The request of ListVenues.
 *
 * @generated from message cq.venues.v1.ListVenuesRequest
 */
export type ListVenuesRequest = Message<"cq.venues.v1.ListVenuesRequest"> & {
    /**
     * Optional. The maximum number of venues to return. The server may return fewer. Unset or 0 means
     * a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only venues of this type. Unset means every type. Example: VENUE_TYPE_CEX.
     *
     * @generated from field: cq.venues.v1.VenueType type = 3;
     */
    type: VenueType;
};
/**
 * Describes the message cq.venues.v1.ListVenuesRequest.
 * Use `create(ListVenuesRequestSchema)` to create a new message.
 */
export declare const ListVenuesRequestSchema: GenMessage<ListVenuesRequest>;
/**
 * The response of ListVenues.
 *
 * @generated from message cq.venues.v1.ListVenuesResponse
 */
export type ListVenuesResponse = Message<"cq.venues.v1.ListVenuesResponse"> & {
    /**
     * Output only. The venues on this page, ordered by venue_id. Example: [{venue_id: "binance"},
     * {venue_id: "kraken"}].
     *
     * @generated from field: repeated cq.venues.v1.Venue venues = 1;
     */
    venues: Venue[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.venues.v1.ListVenuesResponse.
 * Use `create(ListVenuesResponseSchema)` to create a new message.
 */
export declare const ListVenuesResponseSchema: GenMessage<ListVenuesResponse>;
/**
 * The request of GetVenue.
 *
 * @generated from message cq.venues.v1.GetVenueRequest
 */
export type GetVenueRequest = Message<"cq.venues.v1.GetVenueRequest"> & {
    /**
     * Required. The CQ venue id, lower snake case. Example: "kraken".
     *
     * @generated from field: string venue_id = 1;
     */
    venueId: string;
};
/**
 * Describes the message cq.venues.v1.GetVenueRequest.
 * Use `create(GetVenueRequestSchema)` to create a new message.
 */
export declare const GetVenueRequestSchema: GenMessage<GetVenueRequest>;
/**
 * The response of GetVenue.
 *
 * @generated from message cq.venues.v1.GetVenueResponse
 */
export type GetVenueResponse = Message<"cq.venues.v1.GetVenueResponse"> & {
    /**
     * Output only. The venue. Example: {venue_id: "kraken", type: VENUE_TYPE_CEX, status:
     * VENUE_STATUS_OPERATIONAL}.
     *
     * @generated from field: cq.venues.v1.Venue venue = 1;
     */
    venue?: Venue | undefined;
};
/**
 * Describes the message cq.venues.v1.GetVenueResponse.
 * Use `create(GetVenueResponseSchema)` to create a new message.
 */
export declare const GetVenueResponseSchema: GenMessage<GetVenueResponse>;
/**
 * The request of ListVenueAccounts.
 *
 * @generated from message cq.venues.v1.ListVenueAccountsRequest
 */
export type ListVenueAccountsRequest = Message<"cq.venues.v1.ListVenueAccountsRequest"> & {
    /**
     * Optional. The maximum number of accounts to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 1;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 2;
     */
    pageToken: string;
    /**
     * Optional. Only accounts at this venue, lower snake case. Empty means every venue.
     * Example: "kraken".
     *
     * @generated from field: string venue_id = 3;
     */
    venueId: string;
};
/**
 * Describes the message cq.venues.v1.ListVenueAccountsRequest.
 * Use `create(ListVenueAccountsRequestSchema)` to create a new message.
 */
export declare const ListVenueAccountsRequestSchema: GenMessage<ListVenueAccountsRequest>;
/**
 * The response of ListVenueAccounts.
 *
 * @generated from message cq.venues.v1.ListVenueAccountsResponse
 */
export type ListVenueAccountsResponse = Message<"cq.venues.v1.ListVenueAccountsResponse"> & {
    /**
     * Output only. The caller's accounts on this page, ordered by account_id. Example:
     * [{account_id: "acc_01HZX3K9Q7", venue_id: "kraken"}].
     *
     * @generated from field: repeated cq.venues.v1.VenueAccount venue_accounts = 1;
     */
    venueAccounts: VenueAccount[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.venues.v1.ListVenueAccountsResponse.
 * Use `create(ListVenueAccountsResponseSchema)` to create a new message.
 */
export declare const ListVenueAccountsResponseSchema: GenMessage<ListVenueAccountsResponse>;
/**
 * The request of GetVenueAccount.
 *
 * @generated from message cq.venues.v1.GetVenueAccountRequest
 */
export type GetVenueAccountRequest = Message<"cq.venues.v1.GetVenueAccountRequest"> & {
    /**
     * Required. The CQ account id, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
};
/**
 * Describes the message cq.venues.v1.GetVenueAccountRequest.
 * Use `create(GetVenueAccountRequestSchema)` to create a new message.
 */
export declare const GetVenueAccountRequestSchema: GenMessage<GetVenueAccountRequest>;
/**
 * The response of GetVenueAccount.
 *
 * @generated from message cq.venues.v1.GetVenueAccountResponse
 */
export type GetVenueAccountResponse = Message<"cq.venues.v1.GetVenueAccountResponse"> & {
    /**
     * Output only. The account. Example: {account_id: "acc_01HZX3K9Q7", venue_id: "kraken", type:
     * ACCOUNT_TYPE_MARGIN}.
     *
     * @generated from field: cq.venues.v1.VenueAccount venue_account = 1;
     */
    venueAccount?: VenueAccount | undefined;
};
/**
 * Describes the message cq.venues.v1.GetVenueAccountResponse.
 * Use `create(GetVenueAccountResponseSchema)` to create a new message.
 */
export declare const GetVenueAccountResponseSchema: GenMessage<GetVenueAccountResponse>;
/**
 * The request of PlaceOrder.
 *
 * @generated from message cq.venues.v1.PlaceOrderRequest
 */
export type PlaceOrderRequest = Message<"cq.venues.v1.PlaceOrderRequest"> & {
    /**
     * Required. A client-chosen UUID for this request (AIP-155); a retry with the same id returns the
     * first response and places nothing twice. Example: "5f2b8c1e-3d4a-4e6f-9a7b-1c2d3e4f5a6b".
     *
     * @generated from field: string request_id = 1;
     */
    requestId: string;
    /**
     * Required. The order to place. The client sets client_order_id, account_id, instrument_id, side,
     * type, time_in_force, quantity and, as the type requires, limit_price, stop_price,
     * trigger_price_type, post_only, reduce_only, expire_time and strategy_id; output-only fields are
     * ignored. Besides the Order rules, client_order_id and time_in_force must be set here.
     * Example: {client_order_id: "mm-btc-20261101-000042", account_id: "acc_01HZX3K9Q7",
     * instrument_id: "cq:perp:BTC-USD", side: SIDE_BUY, type: ORDER_TYPE_LIMIT, time_in_force:
     * TIME_IN_FORCE_GTC, limit_price: "67250.5", quantity: "0.25"}.
     *
     * @generated from field: cq.venues.v1.Order order = 2;
     */
    order?: Order | undefined;
};
/**
 * Describes the message cq.venues.v1.PlaceOrderRequest.
 * Use `create(PlaceOrderRequestSchema)` to create a new message.
 */
export declare const PlaceOrderRequestSchema: GenMessage<PlaceOrderRequest>;
/**
 * The response of PlaceOrder.
 *
 * @generated from message cq.venues.v1.PlaceOrderResponse
 */
export type PlaceOrderResponse = Message<"cq.venues.v1.PlaceOrderResponse"> & {
    /**
     * Output only. The order as recorded: the new one, or the original one in its current state for a
     * repeated client_order_id. Example: {order_id: "ord_01HZX4B2M6", status: ORDER_STATUS_PENDING_NEW}.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
};
/**
 * Describes the message cq.venues.v1.PlaceOrderResponse.
 * Use `create(PlaceOrderResponseSchema)` to create a new message.
 */
export declare const PlaceOrderResponseSchema: GenMessage<PlaceOrderResponse>;
/**
 * The request of CancelOrder.
 *
 * @generated from message cq.venues.v1.CancelOrderRequest
 */
export type CancelOrderRequest = Message<"cq.venues.v1.CancelOrderRequest"> & {
    /**
     * Required. A client-chosen UUID for this request (AIP-155); a retry with the same id returns the
     * first response and sends no second cancel. Example: "0b9e6a52-7c41-4f3e-8d2a-6e5f4c3b2a19".
     *
     * @generated from field: string request_id = 1;
     */
    requestId: string;
    /**
     * Required. The CQ account the order trades on, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 2;
     */
    accountId: string;
    /**
     * Required. The order to cancel, by exactly one of its ids.
     *
     * @generated from oneof cq.venues.v1.CancelOrderRequest.target
     */
    target: {
        /**
         * Optional. The CQ order id, at most 64 characters; set this or client_order_id.
         * Example: "ord_01HZX4B2M6".
         *
         * @generated from field: string order_id = 3;
         */
        value: string;
        case: "orderId";
    } | {
        /**
         * Optional. The order's current client_order_id (FIX OrigClOrdID), for a client that has no
         * order_id yet, at most 64 characters; set this or order_id. Example: "mm-btc-20261101-000042".
         *
         * @generated from field: string client_order_id = 4;
         */
        value: string;
        case: "clientOrderId";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.venues.v1.CancelOrderRequest.
 * Use `create(CancelOrderRequestSchema)` to create a new message.
 */
export declare const CancelOrderRequestSchema: GenMessage<CancelOrderRequest>;
/**
 * The response of CancelOrder.
 *
 * @generated from message cq.venues.v1.CancelOrderResponse
 */
export type CancelOrderResponse = Message<"cq.venues.v1.CancelOrderResponse"> & {
    /**
     * Output only. The order after the request, usually in ORDER_STATUS_PENDING_CANCEL. Example:
     * {order_id: "ord_01HZX4B2M6", status: ORDER_STATUS_PENDING_CANCEL}.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
};
/**
 * Describes the message cq.venues.v1.CancelOrderResponse.
 * Use `create(CancelOrderResponseSchema)` to create a new message.
 */
export declare const CancelOrderResponseSchema: GenMessage<CancelOrderResponse>;
/**
 * The request of ReplaceOrder. Only the order's terms below can change; an unset term keeps the
 * order's current value. A FieldMask is not used because a cancel/replace is a FIX command with a
 * fixed set of replaceable terms, not a patch of the Order resource, and every term is a message
 * whose presence already says whether it changes.
 *
 * @generated from message cq.venues.v1.ReplaceOrderRequest
 */
export type ReplaceOrderRequest = Message<"cq.venues.v1.ReplaceOrderRequest"> & {
    /**
     * Required. A client-chosen UUID for this request (AIP-155); a retry with the same id returns the
     * first response and sends no second replace. Example: "9d3c7a1f-2b6e-4c8d-a0f1-7e2d5b4c3a10".
     *
     * @generated from field: string request_id = 1;
     */
    requestId: string;
    /**
     * Required. The CQ account the order trades on, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 2;
     */
    accountId: string;
    /**
     * Required. The order's current client_order_id (FIX OrigClOrdID), at most 64 characters.
     * Example: "mm-btc-20261101-000042".
     *
     * @generated from field: string orig_client_order_id = 3;
     */
    origClientOrderId: string;
    /**
     * Required. The new client_order_id the order carries once replaced (FIX ClOrdID); unique on the
     * account, at most 64 characters; the idempotency key of the replace. Example:
     * "mm-btc-20261101-000043".
     *
     * @generated from field: string client_order_id = 4;
     */
    clientOrderId: string;
    /**
     * Optional. The new total order quantity, filled part included (as FIX OrderQty), in the
     * instrument's quantity unit; positive, and must exceed cum_quantity. Unset keeps the current
     * quantity. Example: "0.3".
     *
     * @generated from field: cq.types.v1.Decimal quantity = 5;
     */
    quantity?: Decimal | undefined;
    /**
     * Optional. The new limit price in quote currency per unit, positive, for orders that have one.
     * Unset keeps the current price. Example: "67200".
     *
     * @generated from field: cq.types.v1.Decimal limit_price = 6;
     */
    limitPrice?: Decimal | undefined;
    /**
     * Optional. The new trigger price in quote currency per unit, positive, for orders that have one.
     * Unset keeps the current price. Example: "64800".
     *
     * @generated from field: cq.types.v1.Decimal stop_price = 7;
     */
    stopPrice?: Decimal | undefined;
    /**
     * Optional. The new expiry of a GTD order, in UTC. Unset keeps the current expiry. Example:
     * 2026-11-03T16:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp expire_time = 8;
     */
    expireTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.ReplaceOrderRequest.
 * Use `create(ReplaceOrderRequestSchema)` to create a new message.
 */
export declare const ReplaceOrderRequestSchema: GenMessage<ReplaceOrderRequest>;
/**
 * The response of ReplaceOrder.
 *
 * @generated from message cq.venues.v1.ReplaceOrderResponse
 */
export type ReplaceOrderResponse = Message<"cq.venues.v1.ReplaceOrderResponse"> & {
    /**
     * Output only. The order after the request: in ORDER_STATUS_PENDING_REPLACE on its old terms until
     * the venue confirms, or on its new terms once it has. Example: {order_id: "ord_01HZX4B2M6", status:
     * ORDER_STATUS_PENDING_REPLACE}.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
};
/**
 * Describes the message cq.venues.v1.ReplaceOrderResponse.
 * Use `create(ReplaceOrderResponseSchema)` to create a new message.
 */
export declare const ReplaceOrderResponseSchema: GenMessage<ReplaceOrderResponse>;
/**
 * The request of GetOrder.
 *
 * @generated from message cq.venues.v1.GetOrderRequest
 */
export type GetOrderRequest = Message<"cq.venues.v1.GetOrderRequest"> & {
    /**
     * Required. The CQ order id, at most 64 characters. Example: "ord_01HZX4B2M6".
     *
     * @generated from field: string order_id = 1;
     */
    orderId: string;
};
/**
 * Describes the message cq.venues.v1.GetOrderRequest.
 * Use `create(GetOrderRequestSchema)` to create a new message.
 */
export declare const GetOrderRequestSchema: GenMessage<GetOrderRequest>;
/**
 * The response of GetOrder.
 *
 * @generated from message cq.venues.v1.GetOrderResponse
 */
export type GetOrderResponse = Message<"cq.venues.v1.GetOrderResponse"> & {
    /**
     * Output only. The order in its current state. Example: {order_id: "ord_01HZX4B2M6", status:
     * ORDER_STATUS_FILLED, cum_quantity: "0.25"}.
     *
     * @generated from field: cq.venues.v1.Order order = 1;
     */
    order?: Order | undefined;
};
/**
 * Describes the message cq.venues.v1.GetOrderResponse.
 * Use `create(GetOrderResponseSchema)` to create a new message.
 */
export declare const GetOrderResponseSchema: GenMessage<GetOrderResponse>;
/**
 * The request of ListOrders. Filters combine with AND.
 *
 * @generated from message cq.venues.v1.ListOrdersRequest
 */
export type ListOrdersRequest = Message<"cq.venues.v1.ListOrdersRequest"> & {
    /**
     * Required. The CQ account whose orders to list, at most 64 characters. Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. The maximum number of orders to return. The server may return fewer. Unset or 0 means
     * a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
    /**
     * Optional. Only orders on this instrument, `<market>:<type>:<symbol>`. Empty means every
     * instrument. Example: "cq:perp:BTC-USD".
     *
     * @generated from field: string instrument_id = 4;
     */
    instrumentId: string;
    /**
     * Optional. Only orders in one of these states, each a defined value other than
     * ORDER_STATUS_UNSPECIFIED. Empty means every state. Example:
     * [ORDER_STATUS_NEW, ORDER_STATUS_PARTIALLY_FILLED] for the working orders.
     *
     * @generated from field: repeated cq.venues.v1.OrderStatus statuses = 5;
     */
    statuses: OrderStatus[];
    /**
     * Optional. Only the order whose current or any earlier client_order_id is this one; how a client
     * finds an order it only knows by client id. At most 64 characters.
     * Example: "mm-btc-20261101-000042".
     *
     * @generated from field: string client_order_id = 6;
     */
    clientOrderId: string;
    /**
     * Optional. Only orders of this strategy, at most 64 characters. Example: "momentum-v3".
     *
     * @generated from field: string strategy_id = 7;
     */
    strategyId: string;
    /**
     * Optional. Only orders whose create_time falls in this range. Unset means all time.
     * Example: {start_time: 2026-11-01T00:00:00Z, end_time: 2026-11-02T00:00:00Z}.
     *
     * @generated from field: cq.types.v1.TimeRange create_time_range = 8;
     */
    createTimeRange?: TimeRange | undefined;
};
/**
 * Describes the message cq.venues.v1.ListOrdersRequest.
 * Use `create(ListOrdersRequestSchema)` to create a new message.
 */
export declare const ListOrdersRequestSchema: GenMessage<ListOrdersRequest>;
/**
 * The response of ListOrders.
 *
 * @generated from message cq.venues.v1.ListOrdersResponse
 */
export type ListOrdersResponse = Message<"cq.venues.v1.ListOrdersResponse"> & {
    /**
     * Output only. The orders on this page, newest create_time first. Example: [{order_id:
     * "ord_01HZX4B2M6"}, {order_id: "ord_01HZX49QK1"}].
     *
     * @generated from field: repeated cq.venues.v1.Order orders = 1;
     */
    orders: Order[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.venues.v1.ListOrdersResponse.
 * Use `create(ListOrdersResponseSchema)` to create a new message.
 */
export declare const ListOrdersResponseSchema: GenMessage<ListOrdersResponse>;
/**
 * The request of ListBalances.
 *
 * @generated from message cq.venues.v1.ListBalancesRequest
 */
export type ListBalancesRequest = Message<"cq.venues.v1.ListBalancesRequest"> & {
    /**
     * Required. The CQ account whose balances to list, at most 64 characters.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. The maximum number of balances to return. The server may return fewer. Unset or 0
     * means a default of 100; values above 1000 return INVALID_ARGUMENT. Example: 100.
     *
     * @generated from field: int32 page_size = 2;
     */
    pageSize: number;
    /**
     * Optional. A page token from a previous List call's next_page_token, to fetch the next page. All
     * other request fields must match the call that produced the token. Example: "CgZrcmFrZW4QZA".
     *
     * @generated from field: string page_token = 3;
     */
    pageToken: string;
    /**
     * Optional. Only balances of these assets, canonical (upper case) asset ids. Empty means every
     * asset. Example: ["BTC", "USD"].
     *
     * @generated from field: repeated string asset_ids = 4;
     */
    assetIds: string[];
    /**
     * Optional. If true, also return assets whose total, borrowed and interest are all zero. Default
     * false: venues list hundreds of empty assets. Example: false.
     *
     * @generated from field: bool include_zero = 5;
     */
    includeZero: boolean;
};
/**
 * Describes the message cq.venues.v1.ListBalancesRequest.
 * Use `create(ListBalancesRequestSchema)` to create a new message.
 */
export declare const ListBalancesRequestSchema: GenMessage<ListBalancesRequest>;
/**
 * The response of ListBalances.
 *
 * @generated from message cq.venues.v1.ListBalancesResponse
 */
export type ListBalancesResponse = Message<"cq.venues.v1.ListBalancesResponse"> & {
    /**
     * Output only. The balances on this page, ordered by asset_id. Example: [{asset_id: "BTC", total:
     * "1.75"}, {asset_id: "USD", total: "25000"}].
     *
     * @generated from field: repeated cq.venues.v1.Balance balances = 1;
     */
    balances: Balance[];
    /**
     * Output only. A token for the next page, or empty when this is the last page. Example:
     * "CgZrcmFrZW4QZA".
     *
     * @generated from field: string next_page_token = 2;
     */
    nextPageToken: string;
};
/**
 * Describes the message cq.venues.v1.ListBalancesResponse.
 * Use `create(ListBalancesResponseSchema)` to create a new message.
 */
export declare const ListBalancesResponseSchema: GenMessage<ListBalancesResponse>;
/**
 * The request of StreamExecutionReports. With neither after_sequence nor start_time set, the
 * stream starts with the next live event.
 *
 * @generated from message cq.venues.v1.StreamExecutionReportsRequest
 */
export type StreamExecutionReportsRequest = Message<"cq.venues.v1.StreamExecutionReportsRequest"> & {
    /**
     * Required. The CQ account whose events to stream, at most 64 characters.
     * Example: "acc_01HZX3K9Q7".
     *
     * @generated from field: string account_id = 1;
     */
    accountId: string;
    /**
     * Optional. Replay from the event after this sequence number: the last one the client processed.
     * 0 means no replay by sequence. Example: 18341.
     *
     * @generated from field: uint64 after_sequence = 2;
     */
    afterSequence: bigint;
    /**
     * Optional. Replay from the first event the gateway received at or after this instant, in UTC.
     * Must not be set together with after_sequence. Example: 2026-11-01T00:00:00Z.
     *
     * @generated from field: google.protobuf.Timestamp start_time = 3;
     */
    startTime?: Timestamp | undefined;
};
/**
 * Describes the message cq.venues.v1.StreamExecutionReportsRequest.
 * Use `create(StreamExecutionReportsRequestSchema)` to create a new message.
 */
export declare const StreamExecutionReportsRequestSchema: GenMessage<StreamExecutionReportsRequest>;
/**
 * One message of StreamExecutionReports: one event of the account, in sequence order.
 *
 * @generated from message cq.venues.v1.StreamExecutionReportsResponse
 */
export type StreamExecutionReportsResponse = Message<"cq.venues.v1.StreamExecutionReportsResponse"> & {
    /**
     * Output only. The event; both kinds share the account's sequence.
     *
     * @generated from oneof cq.venues.v1.StreamExecutionReportsResponse.event
     */
    event: {
        /**
         * Output only. An execution report: an acknowledgement, fill, cancel, replace, reject, expiry or
         * restatement. Example: {exec_id: "exe_01HZX4C7RT", sequence: 18342, exec_type: EXEC_TYPE_TRADE}.
         *
         * @generated from field: cq.venues.v1.ExecutionReport execution_report = 1;
         */
        value: ExecutionReport;
        case: "executionReport";
    } | {
        /**
         * Output only. A cancel or replace the venue rejected after CQ accepted the request. Example:
         * {cancel_reject_id: "cxr_01HZX4D1WQ", sequence: 18343, reason: CANCEL_REJECT_REASON_TOO_LATE}.
         *
         * @generated from field: cq.venues.v1.CancelReject cancel_reject = 2;
         */
        value: CancelReject;
        case: "cancelReject";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.venues.v1.StreamExecutionReportsResponse.
 * Use `create(StreamExecutionReportsResponseSchema)` to create a new message.
 */
export declare const StreamExecutionReportsResponseSchema: GenMessage<StreamExecutionReportsResponse>;
/**
 * The VenueGateway: one API over every venue CQ trades on. It lists venues and the caller's
 * accounts, places, cancels and replaces orders, reports balances and streams execution reports.
 *
 * Callers only ever see their own accounts and the orders, balances and reports on them; an
 * account, order or report of another owner is reported as NOT_FOUND, never PERMISSION_DENIED, so
 * that its existence does not leak. Errors carry google.rpc.ErrorInfo (domain "venues.cq") whose
 * reason names the cause, and google.rpc.BadRequest field violations for malformed fields.
 *
 * @generated from service cq.venues.v1.VenueGatewayService
 */
export declare const VenueGatewayService: GenService<{
    /**
     * Lists the venues CQ connects to, ordered by venue_id. Returns INVALID_ARGUMENT if page_size is
     * negative or above 1000 or page_token is malformed or does not match the other request fields.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.ListVenues
     */
    listVenues: {
        methodKind: "unary";
        input: typeof ListVenuesRequestSchema;
        output: typeof ListVenuesResponseSchema;
    };
    /**
     * Gets one venue with its capabilities and current status. Returns NOT_FOUND if the venue does not
     * exist, INVALID_ARGUMENT if venue_id is empty or not lower snake case.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.GetVenue
     */
    getVenue: {
        methodKind: "unary";
        input: typeof GetVenueRequestSchema;
        output: typeof GetVenueResponseSchema;
    };
    /**
     * Lists the caller's venue accounts, ordered by account_id. Returns INVALID_ARGUMENT if page_size
     * is negative or above 1000 or page_token is malformed or does not match the other request
     * fields, NOT_FOUND if venue_id is set and names no venue.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.ListVenueAccounts
     */
    listVenueAccounts: {
        methodKind: "unary";
        input: typeof ListVenueAccountsRequestSchema;
        output: typeof ListVenueAccountsResponseSchema;
    };
    /**
     * Gets one of the caller's venue accounts. Returns NOT_FOUND if the account does not exist or
     * belongs to another owner, INVALID_ARGUMENT if account_id is empty.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.GetVenueAccount
     */
    getVenueAccount: {
        methodKind: "unary";
        input: typeof GetVenueAccountRequestSchema;
        output: typeof GetVenueAccountResponseSchema;
    };
    /**
     * Places an order: CQ validates it, runs the pre-trade risk check, records it and sends it to the
     * venue. Returns the order as recorded, usually in ORDER_STATUS_PENDING_NEW or ORDER_STATUS_NEW;
     * every later change arrives on StreamExecutionReports.
     *
     * Idempotent by (account_id, client_order_id): one client_order_id never produces a second order.
     * - A repeat whose order fields are the same as the original's (same instrument, side, type, time
     *   in force, prices, quantity, flags and expire time) succeeds with OK and returns the original
     *   order in its current state, whatever request_id it carries. This is how a client that lost a
     *   response (a timeout, a dropped connection) learns what happened: it sends the same order again.
     * - A request whose client_order_id was already used on the account for an order with different
     *   fields, in any state, terminal ones included, fails with ALREADY_EXISTS and changes nothing;
     *   ErrorInfo.reason is "DUPLICATE_CLIENT_ORDER_ID" and ErrorInfo.metadata["order_id"] names the
     *   existing order.
     * - A retry with the same request_id returns the first response, as for every mutating RPC
     *   (AIP-155). The request_id check comes first: a request_id reused for a different request fails
     *   with INVALID_ARGUMENT (ErrorInfo.reason "REQUEST_ID_REUSED") before client_order_id is looked at.
     *
     * An order refused by the pre-trade risk check or by the venue after CQ accepted it is not an RPC
     * error: the call returns OK with the order in ORDER_STATUS_REJECTED and reject_reason set, so the
     * refusal is recorded and auditable. Errors, where no order is recorded:
     * INVALID_ARGUMENT if a required field is missing or malformed or the fields contradict each other
     * (a limit_price on a market order, TIME_IN_FORCE_GTD without expire_time, post_only on a non-limit
     * order, a quantity that is not positive, ORDER_TYPE_PREVIOUSLY_QUOTED without quote_id or a
     * quote_id on another type); NOT_FOUND if the account or instrument does not exist or
     * the account belongs to another owner; FAILED_PRECONDITION if the account is not active, the venue
     * is not accepting orders (status other than OPERATIONAL or DEGRADED), or the venue does not
     * support the order type, time in force, post_only or reduce_only; RESOURCE_EXHAUSTED if the
     * account's CQ rate limit is hit; UNAVAILABLE if the venue cannot be reached and the order was not
     * sent (retry with the same client_order_id). DEADLINE_EXCEEDED means the outcome is unknown:
     * repeat the same order to learn it.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.PlaceOrder
     */
    placeOrder: {
        methodKind: "unary";
        input: typeof PlaceOrderRequestSchema;
        output: typeof PlaceOrderResponseSchema;
    };
    /**
     * Asks the venue to cancel a working order, named by order_id or by client_order_id. Returns the
     * order, usually in ORDER_STATUS_PENDING_CANCEL; the confirmation (EXEC_TYPE_CANCELED) or a late
     * reject (a CancelReject, e.g. the order filled meanwhile) arrives on StreamExecutionReports.
     * Canceling an order that is already ORDER_STATUS_PENDING_CANCEL or ORDER_STATUS_CANCELED returns
     * OK with the order unchanged, so retries are safe.
     *
     * Returns INVALID_ARGUMENT if account_id is empty or neither order_id nor client_order_id is set;
     * NOT_FOUND if the order does not exist on the account or the account belongs to another owner
     * (ErrorInfo.reason "CANCEL_REJECT_REASON_UNKNOWN_ORDER"); FAILED_PRECONDITION if the order is
     * filled, rejected or expired (reason "CANCEL_REJECT_REASON_TOO_LATE") or a replace is pending
     * (reason "CANCEL_REJECT_REASON_ALREADY_PENDING"), or the venue is in maintenance;
     * RESOURCE_EXHAUSTED if a rate limit is hit; UNAVAILABLE if the venue cannot be reached and the
     * cancel was not sent.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.CancelOrder
     */
    cancelOrder: {
        methodKind: "unary";
        input: typeof CancelOrderRequestSchema;
        output: typeof CancelOrderResponseSchema;
    };
    /**
     * Cancel/replace (FIX OrderCancelReplaceRequest): asks the venue to change the quantity, prices or
     * expire time of a working order, named by orig_client_order_id, under a new client_order_id. The
     * order keeps its order_id. Returns the order as the gateway knows it when it answers: in
     * ORDER_STATUS_PENDING_REPLACE on its old terms while the venue has not confirmed, or already on
     * its new terms where the venue confirms before the gateway answers (the reference simulator
     * does). Either way the result (EXEC_TYPE_REPLACED, or a CancelReject) arrives on
     * StreamExecutionReports. CQ never emulates a replace with a cancel and a new order.
     *
     * Idempotent by the new client_order_id, like PlaceOrder: a repeat with the same client_order_id
     * and the same new terms returns OK with the order in its current state; a client_order_id already
     * used on the account for anything else fails with ALREADY_EXISTS (ErrorInfo.reason
     * "CANCEL_REJECT_REASON_DUPLICATE_CLIENT_ORDER_ID") and changes nothing.
     *
     * Returns INVALID_ARGUMENT if account_id, orig_client_order_id or client_order_id is empty, no
     * term is set, or a term does not fit the order (a limit_price on a market order, a quantity not
     * above cum_quantity); NOT_FOUND if the order does not exist on the account (reason
     * "CANCEL_REJECT_REASON_UNKNOWN_ORDER"); FAILED_PRECONDITION if the order is in a terminal state
     * (reason "CANCEL_REJECT_REASON_TOO_LATE"), a cancel or replace is pending (reason
     * "CANCEL_REJECT_REASON_ALREADY_PENDING"), the venue does not support replace, or the venue is not
     * accepting orders; RESOURCE_EXHAUSTED if a rate limit is hit; UNAVAILABLE if the venue cannot be
     * reached and the replace was not sent.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.ReplaceOrder
     */
    replaceOrder: {
        methodKind: "unary";
        input: typeof ReplaceOrderRequestSchema;
        output: typeof ReplaceOrderResponseSchema;
    };
    /**
     * Gets one order in its current state. Returns NOT_FOUND if the order does not exist or belongs
     * to another owner, INVALID_ARGUMENT if order_id is empty.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.GetOrder
     */
    getOrder: {
        methodKind: "unary";
        input: typeof GetOrderRequestSchema;
        output: typeof GetOrderResponseSchema;
    };
    /**
     * Lists the orders of one account, newest create_time first, optionally filtered. Returns
     * NOT_FOUND if the account does not exist or belongs to another owner; INVALID_ARGUMENT if
     * account_id is empty, page_size is negative or above 1000, create_time_range ends before it
     * starts, or page_token is malformed or does not match the other request fields.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.ListOrders
     */
    listOrders: {
        methodKind: "unary";
        input: typeof ListOrdersRequestSchema;
        output: typeof ListOrdersResponseSchema;
    };
    /**
     * Lists the balances of one account, one per asset, ordered by asset_id, as last reported by the
     * venue. Returns NOT_FOUND if the account does not exist or belongs to another owner;
     * INVALID_ARGUMENT if account_id is empty, page_size is negative or above 1000, or page_token is
     * malformed or does not match the other request fields; UNAVAILABLE if the venue has never
     * reported balances for the account and cannot be reached.
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.ListBalances
     */
    listBalances: {
        methodKind: "unary";
        input: typeof ListBalancesRequestSchema;
        output: typeof ListBalancesResponseSchema;
    };
    /**
     * Streams the execution reports and cancel rejects of one account in sequence order, with no gap
     * and no duplicate: first the stored events after the requested starting point (none when it is
     * unset), then live events as they happen, until the client cancels. A client that reconnects
     * passes the last sequence it processed as after_sequence and misses nothing.
     *
     * Returns NOT_FOUND if the account does not exist or belongs to another owner; INVALID_ARGUMENT
     * if account_id is empty or both after_sequence and start_time are set; OUT_OF_RANGE if the
     * starting point is older than the retained history (resynchronise with ListOrders, then stream
     * live) or after_sequence is beyond the latest sequence; UNAVAILABLE if the stream breaks
     * (reconnect with after_sequence).
     *
     * @generated from rpc cq.venues.v1.VenueGatewayService.StreamExecutionReports
     */
    streamExecutionReports: {
        methodKind: "server_streaming";
        input: typeof StreamExecutionReportsRequestSchema;
        output: typeof StreamExecutionReportsResponseSchema;
    };
}>;
