// Converting between the driver protocol's metadata and status, and Connect's Headers and ConnectError.

import { create, toBinary } from "@bufbuild/protobuf";
import { ConnectError, decodeBinaryHeader, encodeBinaryHeader } from "@connectrpc/connect";
import {
  CallFailedSchema,
  ErrorDetailSchema,
  HeaderSchema,
  type CallFailed,
  type Header,
} from "@cq/contracts/cq/conformance/v1/driver_pb";

const TYPE_URL_PREFIX = "type.googleapis.com/";

/** An error in the driver's input (a bad header value, an unknown method): a harness error, not a status. */
export class HarnessError extends Error {}

const isBinaryKey = (key: string): boolean => key.endsWith("-bin");

/**
 * The request metadata as Connect headers. Connect sends header values as given, so a "-bin" value
 * must already be in the gRPC wire form: the runner's base64 (padded or not) is decoded and re-encoded
 * with encodeBinaryHeader, which also rejects a value that is not base64. A key may appear only once:
 * Headers joins repeated values into one field ("a, b"), which is not what the runner asked to send
 * and, for a "-bin" key, is not even valid binary metadata to a gRPC server.
 */
export function requestHeaders(metadata: readonly Header[]): Headers {
  const headers = new Headers();
  for (const { key, value } of metadata) {
    if (headers.has(key)) {
      throw new HarnessError(`metadata ${key} repeats: Connect-ES sends one field per key`);
    }
    let wire = value;
    if (isBinaryKey(key)) {
      try {
        wire = encodeBinaryHeader(decodeBinaryHeader(value));
      } catch {
        throw new HarnessError(`metadata ${key}: ${JSON.stringify(value)} is not base64`);
      }
    }
    try {
      headers.set(key, wire);
    } catch (error) {
      throw new HarnessError(`metadata ${key}: ${errorText(error)}`);
    }
  }
  return headers;
}

/**
 * Response headers or trailers as protocol entries. Headers joins repeated keys with ", "; for "-bin"
 * keys the values are split again (base64 has no commas) and each reported as standard padded base64.
 * Repeated text keys stay joined: their values may contain commas themselves.
 */
export function headerEntries(headers: Headers): Header[] {
  const entries: Header[] = [];
  headers.forEach((value, key) => {
    const values = isBinaryKey(key)
      ? value.split(",").map((part) => paddedBase64(part.trim()))
      : [value];
    for (const each of values) {
      entries.push(create(HeaderSchema, { key, value: each }));
    }
  });
  return entries;
}

/** A received "-bin" value as standard padded base64; a value that is not base64 is kept as received. */
function paddedBase64(value: string): string {
  try {
    return Buffer.from(decodeBinaryHeader(value)).toString("base64");
  } catch {
    return value;
  }
}

/**
 * The trailers of a failed call. Connect's gRPC transport puts the trailers into the error's metadata
 * and then appends the response headers to it (one Headers object, so a key in both gets the joined
 * value "trailer, header"). When the headers were already reported through onHeader they are taken
 * out again; otherwise (a unary call, or a trailers-only response) everything counts as trailers, as
 * gRPC reports a trailers-only response.
 */
export function failureTrailers(metadata: Headers, headers: Headers | undefined): Headers {
  if (headers === undefined) {
    return metadata;
  }
  const trailers = new Headers();
  metadata.forEach((value, key) => {
    const fromHeaders = headers.get(key);
    if (fromHeaders === null) {
      trailers.append(key, value);
    } else if (value !== fromHeaders && value.endsWith(`, ${fromHeaders}`)) {
      trailers.append(key, value.slice(0, value.length - fromHeaders.length - 2));
    }
  });
  return trailers;
}

/** The status of a failed call: code, the message exactly as sent (rawMessage) and the details. */
export function callFailed(error: ConnectError): CallFailed {
  return create(CallFailedSchema, {
    code: error.code,
    message: error.rawMessage,
    details: error.details.map((detail) =>
      // A client only receives incoming details ({type, value}); outgoing ones ({desc, value}) are what
      // a server raises, handled for completeness.
      "desc" in detail
        ? create(ErrorDetailSchema, {
            typeUrl: TYPE_URL_PREFIX + detail.desc.typeName,
            value: toBinary(detail.desc, create(detail.desc, detail.value)),
          })
        : create(ErrorDetailSchema, {
            typeUrl: TYPE_URL_PREFIX + detail.type,
            value: detail.value,
          }),
    ),
  });
}

/** An exception's text for a harness error or a log line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
