import type { GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Code } from "../../../google/rpc/code_pb.js";
import type { JsonObject, Message } from "@bufbuild/protobuf";
/**
 * Describes the file cq/conformance/v1/case.proto.
 */
export declare const file_cq_conformance_v1_case: GenFile;
/**
 * One YAML file of conformance cases under conformance/cases. The runner reads the YAML as the proto
 * JSON form of this message and validates it, with these rules and against the contract (the service,
 * the method and the request's fields must exist), before it runs anything.
 *
 * @generated from message cq.conformance.v1.CaseFile
 */
export type CaseFile = Message<"cq.conformance.v1.CaseFile"> & {
    /**
     * Required. The cases of one feature area, run in file order.
     * Example: [{name: "assets/GetAsset/btc", description: "...", steps: [...]}].
     *
     * @generated from field: repeated cq.conformance.v1.Case cases = 1;
     */
    cases: Case[];
};
/**
 * Describes the message cq.conformance.v1.CaseFile.
 * Use `create(CaseFileSchema)` to create a new message.
 */
export declare const CaseFileSchema: GenMessage<CaseFile>;
/**
 * A conformance case: one or more calls against the server under test, each with the outcome the
 * contract requires. A case stands alone: it never relies on state another case leaves behind, so any
 * subset of cases runs in any order, against a fresh server or a long-lived one.
 *
 * @generated from message cq.conformance.v1.Case
 */
export type Case = Message<"cq.conformance.v1.Case"> & {
    /**
     * Required. Unique across all files: segments separated by "/", from general to specific, the first
     * naming the area (a service or "interop"). The runner's --run and --skip globs match it.
     * Example: "assets/GetAsset/unknown-id".
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * Required. What the case shows, and why the expected outcome is the one the contract requires.
     * Example: "An id no asset has is NOT_FOUND, never an empty asset."
     *
     * @generated from field: string description = 2;
     */
    description: string;
    /**
     * Required. The calls, in order, at most 20. The case passes when every step meets its expectation.
     * Example: [{service: "cq.assets.v1.AssetRegistryService", method: "GetAsset", ...}].
     *
     * @generated from field: repeated cq.conformance.v1.Step steps = 3;
     */
    steps: Step[];
};
/**
 * Describes the message cq.conformance.v1.Case.
 * Use `create(CaseSchema)` to create a new message.
 */
export declare const CaseSchema: GenMessage<Case>;
/**
 * One call of a case and the outcome it must have.
 *
 * @generated from message cq.conformance.v1.Step
 */
export type Step = Message<"cq.conformance.v1.Step"> & {
    /**
     * Optional. A name later steps use to refer to this step's first response, as "${label.field.path}"
     * inside their request strings (field names as in proto JSON). Example: "placed".
     *
     * @generated from field: string label = 1;
     */
    label: string;
    /**
     * Required. The service's full name. Example: "cq.assets.v1.AssetRegistryService".
     *
     * @generated from field: string service = 2;
     */
    service: string;
    /**
     * Required. The method's name as the proto declares it. Example: "GetAsset".
     *
     * @generated from field: string method = 3;
     */
    method: string;
    /**
     * Optional. The request in proto JSON; either field-name style is accepted. Unset sends the empty
     * request. String values may hold placeholders, replaced before the call: "${unique}" (a token unique to
     * the run and the language, for ids that must not collide; "${UNIQUE}" is the same in upper case, for
     * ids that must be upper case), "${uuid:<name>}" (a UUID fixed for the
     * run, the language, the case and the name) and "${<label>.<path>}" (a value of an earlier response).
     * Example: {assetId: "BTC"}.
     *
     * @generated from field: google.protobuf.Struct request = 4;
     */
    request?: JsonObject | undefined;
    /**
     * Optional. Who calls: a principal the runner maps to a bearer token, "alice" and "bob" by default to
     * the reference services' "dev-alice" and "dev-bob" (`cqc conformance --token` maps them for another
     * server), and "intruder" to a token no server accepts. Unset sends no authorization at all.
     * Example: "alice".
     *
     * @generated from field: string principal = 5;
     */
    principal: string;
    /**
     * Optional. More request metadata. Keys are lower case; the values of keys ending in "-bin" are
     * base64. Example: {"cq-echo-initial": "hello"}.
     *
     * @generated from field: map<string, string> metadata = 6;
     */
    metadata: {
        [key: string]: string;
    };
    /**
     * Optional. The call's deadline in milliseconds; unset gives unary calls 10 s. A server stream must
     * set this or cancel_after, so that it ends. Example: 500.
     *
     * @generated from field: uint32 timeout_ms = 7;
     */
    timeoutMs: number;
    /**
     * Optional. For a server stream: cancel the call once this many messages have arrived. Example: 3.
     *
     * @generated from field: uint32 cancel_after = 8;
     */
    cancelAfter: number;
    /**
     * Optional. String fields of the request grown to a length, so that a case sends messages of several
     * MiB without spelling them out. Applied after the placeholders.
     * Example: [{field_path: "asset.metadata.issuer", length: 4000000}].
     *
     * @generated from field: repeated cq.conformance.v1.Padding paddings = 9;
     */
    paddings: Padding[];
    /**
     * Optional. Call a method the contract does not declare (a newer client against this server): the
     * driver sends an empty message to /<service>/<method> without its generated stubs. Example: true.
     *
     * @generated from field: bool undeclared = 10;
     */
    undeclared: boolean;
    /**
     * Required. The outcome the server must produce. Example: {code: NOT_FOUND, error_reason: "NOT_FOUND"}.
     *
     * @generated from field: cq.conformance.v1.Expectation expect = 11;
     */
    expect?: Expectation | undefined;
};
/**
 * Describes the message cq.conformance.v1.Step.
 * Use `create(StepSchema)` to create a new message.
 */
export declare const StepSchema: GenMessage<Step>;
/**
 * A string field of the request filled with repeated "x" characters.
 *
 * @generated from message cq.conformance.v1.Padding
 */
export type Padding = Message<"cq.conformance.v1.Padding"> & {
    /**
     * Required. The string field's path in the request, dot-separated proto JSON field names.
     * Example: "asset.metadata.description".
     *
     * @generated from field: string field_path = 1;
     */
    fieldPath: string;
    /**
     * Required. The field's length in bytes (each "x" is one byte), at most 8 MiB. Example: 4000000.
     *
     * @generated from field: uint32 length = 2;
     */
    length: number;
};
/**
 * Describes the message cq.conformance.v1.Padding.
 * Use `create(PaddingSchema)` to create a new message.
 */
export declare const PaddingSchema: GenMessage<Padding>;
/**
 * What a step's call must produce. Every part left unset is not checked, except the status code (OK
 * when unset) and the number of responses (see response_count).
 *
 * @generated from message cq.conformance.v1.Expectation
 */
export type Expectation = Message<"cq.conformance.v1.Expectation"> & {
    /**
     * Optional. The final status code; OK when unset. Example: NOT_FOUND.
     *
     * @generated from field: google.rpc.Code code = 1;
     */
    code: Code;
    /**
     * Optional. The exact status message. Only cases about the message itself set it: elsewhere messages
     * are free text for people and never compared. Example: "asset_mapping \"sim:ビットコイン\" not found".
     *
     * @generated from field: string message = 2;
     */
    message: string;
    /**
     * Optional. The google.rpc.ErrorInfo reason the status must carry. Example: "INSUFFICIENT_FUNDS".
     *
     * @generated from field: string error_reason = 3;
     */
    errorReason: string;
    /**
     * Optional. The google.rpc.ErrorInfo domain the status must carry. Example: "venues.cq".
     *
     * @generated from field: string error_domain = 4;
     */
    errorDomain: string;
    /**
     * Optional. The google.rpc.BadRequest field violations the status must carry, compared as a set by
     * field path and rule id. Example: [{field_path: "order.quantity", rule_id: "decimal.positive"}].
     *
     * @generated from field: repeated cq.conformance.v1.Violation violations = 5;
     */
    violations: Violation[];
    /**
     * Optional. The first responses, in order, each compared on the fields it sets: a field it leaves out
     * is not compared, a message field is compared the same way, and a repeated field must have as many
     * elements as given, each compared the same way. Example: [{asset: {assetId: "BTC"}}].
     *
     * @generated from field: repeated google.protobuf.Struct responses = 6;
     */
    responses: JsonObject[];
    /**
     * Optional. The exact number of responses. When unset: one for a unary call that succeeds, none for a
     * failed one, and at least len(responses) for a server stream. Example: 3.
     *
     * @generated from field: optional uint32 response_count = 7;
     */
    responseCount?: number | undefined;
    /**
     * Optional. Field paths (dot-separated proto JSON names) that must be set, to a value other than the
     * default, in every response: for values the simulation decides. Example: "price.eventTime".
     *
     * @generated from field: repeated string present = 8;
     */
    present: string[];
    /**
     * Optional. Rules for sequence numbers across the responses of a stream.
     * Example: [{paths: ["executionReport.sequence"], consecutive: true, first: 1}].
     *
     * @generated from field: repeated cq.conformance.v1.SequenceRule sequences = 9;
     */
    sequences: SequenceRule[];
    /**
     * Optional. Response header (initial metadata) values, by key; "-bin" values base64.
     * Example: {"cq-echo-initial": "hello"}.
     *
     * @generated from field: map<string, string> headers = 10;
     */
    headers: {
        [key: string]: string;
    };
    /**
     * Optional. Response trailer values, by key; "-bin" values base64. Example: {"cq-echo-trailing-bin": "3q2+7w=="}.
     *
     * @generated from field: map<string, string> trailers = 11;
     */
    trailers: {
        [key: string]: string;
    };
};
/**
 * Describes the message cq.conformance.v1.Expectation.
 * Use `create(ExpectationSchema)` to create a new message.
 */
export declare const ExpectationSchema: GenMessage<Expectation>;
/**
 * A field violation, as google.rpc.BadRequest reports it.
 *
 * @generated from message cq.conformance.v1.Violation
 */
export type Violation = Message<"cq.conformance.v1.Violation"> & {
    /**
     * Optional. The violating field's path as protovalidate renders it; empty for a rule on the whole
     * request message. Example: "order.limit_price".
     *
     * @generated from field: string field_path = 1;
     */
    fieldPath: string;
    /**
     * Required. The id of the rule it breaks: a standard protovalidate rule or a contract CEL rule.
     * Example: "string.pattern".
     *
     * @generated from field: string rule_id = 2;
     */
    ruleId: string;
};
/**
 * Describes the message cq.conformance.v1.Violation.
 * Use `create(ViolationSchema)` to create a new message.
 */
export declare const ViolationSchema: GenMessage<Violation>;
/**
 * How sequence numbers run across the responses of a stream.
 *
 * @generated from message cq.conformance.v1.SequenceRule
 */
export type SequenceRule = Message<"cq.conformance.v1.SequenceRule"> & {
    /**
     * Required. Where each response carries its sequence number: the first of these paths that is set is
     * used, so that one rule covers the alternatives of a oneof; a response that sets none is skipped.
     * Example: ["snapshot.sequenceNumber", "delta.sequenceNumber"].
     *
     * @generated from field: repeated string paths = 1;
     */
    paths: string[];
    /**
     * Optional. True: each value is the previous plus one (no gaps). False: values only increase.
     * Example: true.
     *
     * @generated from field: bool consecutive = 2;
     */
    consecutive: boolean;
    /**
     * Optional. The value of the first response that carries one. Example: 1.
     *
     * @generated from field: optional uint64 first = 3;
     */
    first?: bigint | undefined;
    /**
     * Optional. Where a response names the sequence number it follows; that value must equal the
     * previous response's sequence number. Example: "delta.previousSequenceNumber".
     *
     * @generated from field: string previous_path = 4;
     */
    previousPath: string;
};
/**
 * Describes the message cq.conformance.v1.SequenceRule.
 * Use `create(SequenceRuleSchema)` to create a new message.
 */
export declare const SequenceRuleSchema: GenMessage<SequenceRule>;
