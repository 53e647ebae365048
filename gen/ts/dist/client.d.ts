/**
 * One typed Connect client per CQ service, over a gRPC transport to one deployment.
 *
 * Unary calls that set no `timeoutMs` get the default deadline; streaming calls get none, because
 * streams such as market data stay open as long as the caller reads them (use an AbortSignal to
 * end them). A token is sent as `authorization: Bearer <token>` metadata with every call.
 */
import { type Client, type Transport } from "@connectrpc/connect";
import { AssetRegistryService } from "./cq/assets/v1/service_pb.js";
import { EventStreamService } from "./cq/events/v1/service_pb.js";
import { MarketDataService } from "./cq/markets/v1/service_pb.js";
import { PortfolioService } from "./cq/portfolio/v1/service_pb.js";
import { RiskEngineService } from "./cq/risk/v1/service_pb.js";
import { VenueGatewayService } from "./cq/venues/v1/service_pb.js";
/** The deadline of unary calls that set none, in milliseconds. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
/** How createCqClient connects. */
export interface CqClientOptions {
    /** The deployment's URL, e.g. "http://localhost:50051" (plaintext HTTP/2) or "https://cq.example.com". */
    baseUrl: string;
    /** The deadline of unary calls that set no timeoutMs; 0 disables it. Streams never get one. */
    defaultTimeoutMs?: number;
    /** Sent as "authorization: Bearer <token>" with every call. */
    token?: string;
    /** A transport to use instead of a gRPC transport to baseUrl (e.g. in tests); the default timeout and the token still apply. */
    transport?: Transport;
}
/** A typed client per CQ service. */
export interface CqClient {
    /** The client of cq.assets.v1.AssetRegistryService. */
    readonly assetRegistry: Client<typeof AssetRegistryService>;
    /** The client of cq.events.v1.EventStreamService. */
    readonly eventStream: Client<typeof EventStreamService>;
    /** The client of cq.markets.v1.MarketDataService. */
    readonly marketData: Client<typeof MarketDataService>;
    /** The client of cq.portfolio.v1.PortfolioService. */
    readonly portfolio: Client<typeof PortfolioService>;
    /** The client of cq.risk.v1.RiskEngineService. */
    readonly riskEngine: Client<typeof RiskEngineService>;
    /** The client of cq.venues.v1.VenueGatewayService. */
    readonly venueGateway: Client<typeof VenueGatewayService>;
}
/** Create the clients of every CQ service over one transport. */
export declare function createCqClient(options: CqClientOptions): CqClient;
