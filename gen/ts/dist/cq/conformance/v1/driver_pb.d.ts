import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/conformance/v1/driver.proto.
 */
export declare const file_cq_conformance_v1_driver: GenFile;
/**
 * One call the conformance runner asks a client driver to make. A driver is a small program per
 * language that uses only that language's generated package and client entry point. It reads these
 * from stdin, each framed as a 4-byte big-endian length and then the binary message, makes the calls
 * one at a time, and writes a CallResult for each to stdout, framed the same way. It exits when stdin
 * closes.
 *
 * @generated from message cq.conformance.v1.CallRequest
 */
export type CallRequest = Message<"cq.conformance.v1.CallRequest"> & {
    /**
     * Required. The runner's id of the call, echoed in the result. Example: 17.
     *
     * @generated from field: uint64 call_id = 1;
     */
    callId: bigint;
    /**
     * Required. The service's full name. Example: "cq.venues.v1.VenueGatewayService".
     *
     * @generated from field: string service = 2;
     */
    service: string;
    /**
     * Required. The method's name as the proto declares it. Example: "PlaceOrder".
     *
     * @generated from field: string method = 3;
     */
    method: string;
    /**
     * Optional. True: the contract does not declare the method. The driver sends an empty message to
     * /<service>/<method> without generated stubs and decodes no response. Example: true.
     *
     * @generated from field: bool undeclared = 4;
     */
    undeclared: boolean;
    /**
     * Optional. The request: the binary encoding of the method's input type. Example: "CgNCVEM="
     * (GetAssetRequest{asset_id: "BTC"}).
     *
     * @generated from field: bytes request = 5;
     */
    request: Uint8Array;
    /**
     * Optional. The bearer token, given to the client entry point's token option; empty sends no
     * authorization. Example: "dev-alice".
     *
     * @generated from field: string token = 6;
     */
    token: string;
    /**
     * Optional. More request metadata, in order. Example: [{key: "cq-echo-initial", value: "hello"}].
     *
     * @generated from field: repeated cq.conformance.v1.Header metadata = 7;
     */
    metadata: Header[];
    /**
     * Optional. The call's deadline in milliseconds; 0 sets none. Example: 10000.
     *
     * @generated from field: uint32 timeout_ms = 8;
     */
    timeoutMs: number;
    /**
     * Optional. For a server stream: cancel the call once this many messages have arrived; 0 reads until
     * the server ends the stream or the deadline passes. Example: 1.
     *
     * @generated from field: uint32 cancel_after = 9;
     */
    cancelAfter: number;
};
/**
 * Describes the message cq.conformance.v1.CallRequest.
 * Use `create(CallRequestSchema)` to create a new message.
 */
export declare const CallRequestSchema: GenMessage<CallRequest>;
/**
 * A metadata entry, of a request, response headers or trailers.
 *
 * @generated from message cq.conformance.v1.Header
 */
export type Header = Message<"cq.conformance.v1.Header"> & {
    /**
     * Required. The key, lower case. Example: "cq-echo-initial".
     *
     * @generated from field: string key = 1;
     */
    key: string;
    /**
     * Required. The value; for a key ending in "-bin", the base64 of the bytes. Example: "hello".
     *
     * @generated from field: string value = 2;
     */
    value: string;
};
/**
 * Describes the message cq.conformance.v1.Header.
 * Use `create(HeaderSchema)` to create a new message.
 */
export declare const HeaderSchema: GenMessage<Header>;
/**
 * What one call produced, as the client library reported it.
 *
 * @generated from message cq.conformance.v1.CallResult
 */
export type CallResult = Message<"cq.conformance.v1.CallResult"> & {
    /**
     * Required. The call_id of the request this answers. Example: 17.
     *
     * @generated from field: uint64 call_id = 1;
     */
    callId: bigint;
    /**
     * Optional. The response messages received, in order, each in its binary encoding.
     * Example: ["CgwKA0JUQxIDQlRD"].
     *
     * @generated from field: repeated bytes responses = 2;
     */
    responses: Uint8Array[];
    /**
     * Optional. The response headers (initial metadata) received.
     * Example: [{key: "content-type", value: "application/grpc"}].
     *
     * @generated from field: repeated cq.conformance.v1.Header headers = 3;
     */
    headers: Header[];
    /**
     * Optional. The response trailers received. Example: [{key: "cq-echo-trailing-bin", value: "3q2+7w=="}].
     *
     * @generated from field: repeated cq.conformance.v1.Header trailers = 4;
     */
    trailers: Header[];
    /**
     * Required. How the call ended.
     *
     * @generated from oneof cq.conformance.v1.CallResult.outcome
     */
    outcome: {
        /**
         * Optional. The call ended with status OK. Example: {}.
         *
         * @generated from field: cq.conformance.v1.CallSucceeded succeeded = 5;
         */
        value: CallSucceeded;
        case: "succeeded";
    } | {
        /**
         * Optional. The call ended with another status: an outcome of the server under test.
         * Example: {code: 5, message: "asset \"XYZ\" not found"}.
         *
         * @generated from field: cq.conformance.v1.CallFailed failed = 6;
         */
        value: CallFailed;
        case: "failed";
    } | {
        /**
         * Optional. The driver itself could not make the call (bad request bytes, unknown method). Never
         * an outcome of the server under test: the runner reports it as a harness error.
         * Example: "no method Nope in cq.assets.v1.AssetRegistryService".
         *
         * @generated from field: string harness_error = 7;
         */
        value: string;
        case: "harnessError";
    } | {
        case: undefined;
        value?: undefined;
    };
};
/**
 * Describes the message cq.conformance.v1.CallResult.
 * Use `create(CallResultSchema)` to create a new message.
 */
export declare const CallResultSchema: GenMessage<CallResult>;
/**
 * The call ended with status OK.
 *
 * @generated from message cq.conformance.v1.CallSucceeded
 */
export type CallSucceeded = Message<"cq.conformance.v1.CallSucceeded"> & {};
/**
 * Describes the message cq.conformance.v1.CallSucceeded.
 * Use `create(CallSucceededSchema)` to create a new message.
 */
export declare const CallSucceededSchema: GenMessage<CallSucceeded>;
/**
 * The call ended with a status other than OK.
 *
 * @generated from message cq.conformance.v1.CallFailed
 */
export type CallFailed = Message<"cq.conformance.v1.CallFailed"> & {
    /**
     * Required. The gRPC status code number. Example: 5 (NOT_FOUND).
     *
     * @generated from field: int32 code = 1;
     */
    code: number;
    /**
     * Optional. The status message. Example: "asset \"XYZ\" not found".
     *
     * @generated from field: string message = 2;
     */
    message: string;
    /**
     * Optional. The status details (google.rpc.Status.details), each as its type URL and bytes.
     * Example: [{type_url: "type.googleapis.com/google.rpc.ErrorInfo", value: "..."}].
     *
     * @generated from field: repeated cq.conformance.v1.ErrorDetail details = 3;
     */
    details: ErrorDetail[];
};
/**
 * Describes the message cq.conformance.v1.CallFailed.
 * Use `create(CallFailedSchema)` to create a new message.
 */
export declare const CallFailedSchema: GenMessage<CallFailed>;
/**
 * One google.protobuf.Any of a status's details, carried as its parts.
 *
 * @generated from message cq.conformance.v1.ErrorDetail
 */
export type ErrorDetail = Message<"cq.conformance.v1.ErrorDetail"> & {
    /**
     * Required. The detail's type URL. Example: "type.googleapis.com/google.rpc.ErrorInfo".
     *
     * @generated from field: string type_url = 1;
     */
    typeUrl: string;
    /**
     * Required. The detail message's binary encoding. Example: "CglOT1RfRk9VTkQ=".
     *
     * @generated from field: bytes value = 2;
     */
    value: Uint8Array;
};
/**
 * Describes the message cq.conformance.v1.ErrorDetail.
 * Use `create(ErrorDetailSchema)` to create a new message.
 */
export declare const ErrorDetailSchema: GenMessage<ErrorDetail>;
