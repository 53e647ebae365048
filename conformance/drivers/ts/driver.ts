// The TypeScript client driver of the CQ conformance suite.
//
// Usage: node driver.js --target HOST:PORT
//
// Reads framed CallRequests from stdin, makes each call through the client facade of @cq/contracts
// (createCqClient) and writes a framed CallResult for each to stdout, one call at a time, in order.
// The protocol is cq.conformance.v1 (proto/cq/conformance/v1/driver.proto). Logs go to stderr.

import {
  create,
  createFileRegistry,
  fromBinary,
  toBinary,
  type DescMessage,
  type DescMethod,
  type DescMethodUnary,
  type DescService,
  type Message,
} from "@bufbuild/protobuf";
import {
  EmptySchema,
  FileDescriptorProtoSchema,
  file_google_protobuf_empty,
} from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, type CallOptions, type Transport } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { createCqClient, type CqClient } from "@cq/contracts";
import { AssetRegistryService } from "@cq/contracts/cq/assets/v1/service_pb";
import {
  CallRequestSchema,
  CallResultSchema,
  CallSucceededSchema,
  type CallRequest,
  type CallResult,
} from "@cq/contracts/cq/conformance/v1/driver_pb";
import { EventStreamService } from "@cq/contracts/cq/events/v1/service_pb";
import { MarketDataService } from "@cq/contracts/cq/markets/v1/service_pb";
import { PortfolioService } from "@cq/contracts/cq/portfolio/v1/service_pb";
import { RiskEngineService } from "@cq/contracts/cq/risk/v1/service_pb";
import { VenueGatewayService } from "@cq/contracts/cq/venues/v1/service_pb";

import { readFrames, writeFrame } from "./framing.js";
import {
  HarnessError,
  callFailed,
  errorText,
  failureTrailers,
  headerEntries,
  requestHeaders,
} from "./metadata.js";

/** Each service of the contract, with the facade's client of it. */
const SERVICES: ReadonlyMap<string, { desc: DescService; client: (facade: CqClient) => object }> =
  new Map(
    [
      { desc: AssetRegistryService, client: (facade: CqClient): object => facade.assetRegistry },
      { desc: EventStreamService, client: (facade: CqClient): object => facade.eventStream },
      { desc: MarketDataService, client: (facade: CqClient): object => facade.marketData },
      { desc: PortfolioService, client: (facade: CqClient): object => facade.portfolio },
      { desc: RiskEngineService, client: (facade: CqClient): object => facade.riskEngine },
      { desc: VenueGatewayService, client: (facade: CqClient): object => facade.venueGateway },
    ].map((entry) => [entry.desc.typeName, entry]),
  );

// The signatures Connect gives a client's unary and server-streaming methods, over any message type.
type UnaryMethod = (request: Message, options: CallOptions) => Promise<Message>;
type ServerStreamingMethod = (request: Message, options: CallOptions) => AsyncIterable<Message>;

/** The request metadata and the response metadata of one call, as Connect reports them. */
class CallMetadata {
  headers: Headers | undefined;
  trailers: Headers | undefined;

  constructor(private readonly request: CallRequest) {}

  /**
   * The call options: the request's deadline (none when 0) and metadata, recording the response's.
   * With `token`, the metadata also carries it as the facade's token option sends it (for calls that do
   * not go through the facade).
   */
  options(signal?: AbortSignal, token?: string): CallOptions {
    const headers = requestHeaders(this.request.metadata);
    if (token !== undefined && token !== "" && !headers.has("authorization")) {
      headers.set("authorization", `Bearer ${token}`);
    }
    return {
      timeoutMs: this.request.timeoutMs > 0 ? this.request.timeoutMs : undefined,
      headers,
      signal,
      onHeader: (received) => (this.headers = received),
      onTrailer: (received) => (this.trailers = received),
    };
  }

  /** The result of a call that ended with OK. */
  succeeded(responses: readonly Uint8Array[]): CallResult {
    return this.result(responses, this.trailers, {
      case: "succeeded",
      value: create(CallSucceededSchema),
    });
  }

  /** The result of a call that ended with an error status, keeping the responses received before it. */
  failed(responses: readonly Uint8Array[], error: ConnectError): CallResult {
    const trailers = failureTrailers(error.metadata, this.headers);
    return this.result(responses, trailers, { case: "failed", value: callFailed(error) });
  }

  private result(
    responses: readonly Uint8Array[],
    trailers: Headers | undefined,
    outcome: CallResult["outcome"],
  ): CallResult {
    return create(CallResultSchema, {
      callId: this.request.callId,
      responses: [...responses],
      headers: this.headers === undefined ? [] : headerEntries(this.headers),
      trailers: trailers === undefined ? [] : headerEntries(trailers),
      outcome,
    });
  }
}

class Driver {
  private readonly facades = new Map<string, CqClient>();
  private undeclaredTransport: Transport | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Answer one frame: decode the CallRequest, make the call, never throw. */
  async answer(frame: Uint8Array): Promise<CallResult> {
    let request: CallRequest;
    try {
      request = fromBinary(CallRequestSchema, frame);
    } catch (error) {
      // Without a call_id the result cannot name its call; 0 marks it, and the runner sees the text.
      return harnessError(0n, `cannot decode the CallRequest: ${errorText(error)}`);
    }
    try {
      return request.undeclared
        ? await this.callUndeclared(request)
        : await this.callDeclared(request);
    } catch (error) {
      if (error instanceof HarnessError) {
        return harnessError(request.callId, error.message);
      }
      console.error(`call ${request.callId} (${request.service}/${request.method}):`, error);
      return harnessError(request.callId, errorText(error));
    }
  }

  /** The facade for a token, created on first use: no default deadline, since the runner decides. */
  private facade(token: string): CqClient {
    let facade = this.facades.get(token);
    if (facade === undefined) {
      facade = createCqClient({
        baseUrl: this.baseUrl,
        defaultTimeoutMs: 0,
        token: token === "" ? undefined : token,
      });
      this.facades.set(token, facade);
    }
    return facade;
  }

  /** Call a method the contract declares, through the facade's typed client of its service. */
  private async callDeclared(request: CallRequest): Promise<CallResult> {
    const service = SERVICES.get(request.service);
    if (service === undefined) {
      throw new HarnessError(`no service ${request.service} in @cq/contracts`);
    }
    const method = service.desc.methods.find((each) => each.name === request.method);
    if (method === undefined) {
      throw new HarnessError(`no method ${request.method} in ${request.service}`);
    }
    let input: Message;
    try {
      input = fromBinary(method.input, request.request);
    } catch (error) {
      throw new HarnessError(
        `cannot decode the request as ${method.input.typeName}: ${errorText(error)}`,
      );
    }
    const client = service.client(this.facade(request.token));
    const call: unknown = (client as Record<string, unknown>)[method.localName];
    if (typeof call !== "function") {
      throw new HarnessError(
        `the facade's client of ${request.service} has no method ${method.localName}`,
      );
    }
    // The facade's clients are typed per method; a method chosen by name at run time has no static type,
    // so it is called through Connect's signature for its kind over the generic Message. The input was
    // decoded with method.input, the type that method takes.
    switch (method.methodKind) {
      case "unary":
        return await unary(request, method.output, undefined, (options) =>
          (call as UnaryMethod)(input, options),
        );
      case "server_streaming":
        return await serverStreaming(request, method.output, (options) =>
          (call as ServerStreamingMethod)(input, options),
        );
      default:
        throw new HarnessError(
          `${request.service}/${request.method} is ${method.methodKind}, which the driver does not call`,
        );
    }
  }

  /**
   * Send an empty message to /<service>/<method>, a method the contract does not declare, with the same
   * token, metadata and deadline. The method's descriptor is made at run time: a one-file registry
   * declaring the service with just that method, both messages google.protobuf.Empty.
   */
  private async callUndeclared(request: CallRequest): Promise<CallResult> {
    const method = undeclaredMethod(request.service, request.method);
    this.undeclaredTransport ??= createGrpcTransport({ baseUrl: this.baseUrl });
    const transport = this.undeclaredTransport;
    return await unary(request, EmptySchema, request.token, async (options) => {
      const response = await transport.unary(
        method,
        options.signal,
        options.timeoutMs,
        options.headers,
        create(EmptySchema),
        options.contextValues,
      );
      options.onHeader?.(response.header);
      options.onTrailer?.(response.trailer);
      return response.message;
    });
  }
}

/** A unary method of a service the contract does not declare, from Empty to Empty. */
function undeclaredMethod(
  service: string,
  method: string,
): DescMethodUnary<DescMessage, DescMessage> {
  const dot = service.lastIndexOf(".");
  let desc: DescMethod | undefined;
  try {
    const registry = createFileRegistry(
      create(FileDescriptorProtoSchema, {
        name: "cq_conformance_driver_undeclared.proto",
        package: service.slice(0, Math.max(dot, 0)),
        dependency: [file_google_protobuf_empty.proto.name],
        syntax: "proto3",
        service: [
          {
            name: service.slice(dot + 1),
            method: [
              {
                name: method,
                inputType: ".google.protobuf.Empty",
                outputType: ".google.protobuf.Empty",
              },
            ],
          },
        ],
      }),
      (file) =>
        file === file_google_protobuf_empty.proto.name ? file_google_protobuf_empty : undefined,
    );
    desc = registry.getService(service)?.methods[0];
  } catch (error) {
    throw new HarnessError(`cannot describe ${service}/${method}: ${errorText(error)}`);
  }
  if (desc === undefined || !isUnary(desc)) {
    throw new HarnessError(`cannot describe ${service}/${method} as a unary method`);
  }
  return desc;
}

// DescMethod declares methodKind as a plain union rather than being a union of the typed method
// descriptors, so narrowing it to the unary one takes a type guard.
function isUnary(method: DescMethod): method is DescMethodUnary<DescMessage, DescMessage> {
  return method.methodKind === "unary";
}

/**
 * Make a unary call and report its one response or its error status. `token` is for a call that does
 * not go through the facade, which would otherwise send it.
 */
async function unary(
  request: CallRequest,
  output: DescMessage,
  token: string | undefined,
  call: (options: CallOptions) => Promise<Message>,
): Promise<CallResult> {
  const metadata = new CallMetadata(request);
  const options = metadata.options(undefined, token);
  let response: Message;
  try {
    response = await call(options);
  } catch (error) {
    // Only the client library throws in here, so this is the status it reports.
    return metadata.failed([], ConnectError.from(error));
  }
  return metadata.succeeded([toBinary(output, response)]);
}

/**
 * Make a server-streaming call, reading every message; with cancel_after, abort the call once that many
 * have arrived and report the status Connect then reports (CANCELLED with a message of the driver's
 * when it reports none).
 */
async function serverStreaming(
  request: CallRequest,
  output: DescMessage,
  call: (options: CallOptions) => AsyncIterable<Message>,
): Promise<CallResult> {
  const metadata = new CallMetadata(request);
  const abort = new AbortController();
  const options = metadata.options(abort.signal);
  const received: Message[] = [];
  const encoded = (): Uint8Array[] => received.map((message) => toBinary(output, message));
  try {
    for await (const message of call(options)) {
      // Messages that were already on their way when the driver cancelled are not the call's.
      if (!abort.signal.aborted) {
        received.push(message);
        if (request.cancelAfter > 0 && received.length >= request.cancelAfter) {
          abort.abort();
        }
      }
    }
  } catch (error) {
    return metadata.failed(encoded(), ConnectError.from(error));
  }
  if (abort.signal.aborted) {
    const message = `cancelled by the driver after ${received.length} messages`;
    return metadata.failed(encoded(), new ConnectError(message, Code.Canceled));
  }
  return metadata.succeeded(encoded());
}

function harnessError(callId: bigint, text: string): CallResult {
  return create(CallResultSchema, { callId, outcome: { case: "harnessError", value: text } });
}

function parseTarget(args: readonly string[]): string {
  const [flag, target, ...rest] = args;
  if (flag !== "--target" || target === undefined || target === "" || rest.length > 0) {
    throw new Error("usage: driver --target HOST:PORT");
  }
  return target;
}

async function main(): Promise<void> {
  const driver = new Driver(`http://${parseTarget(process.argv.slice(2))}`);
  // Node types a readable stream's chunks as any; stdin without an encoding yields Buffers.
  const stdin: AsyncIterable<Uint8Array> = process.stdin;
  for await (const frame of readFrames(stdin)) {
    const result = await driver.answer(frame);
    await writeFrame(process.stdout, toBinary(CallResultSchema, result));
  }
}

// A stray rejection inside the client library must not end the driver while it serves other calls.
process.on("unhandledRejection", (reason) => console.error("unhandled rejection:", reason));

main().then(
  // Open HTTP/2 sessions would keep the process alive after stdin closes.
  () => process.exit(0),
  (error: unknown) => {
    console.error(errorText(error));
    process.exit(1);
  },
);
