// Decode every golden vector with the generated TypeScript package (@cq/contracts) and re-encode it.
//
//   node decode.mjs <vectors-dir>
//
// Prints a JSON array, one result per vector: {"vector", "binary_hex_sha256", "binary_hex", "json",
// "error"}. binary_hex is the re-encoding of the decoded .binpb and binary_hex_sha256 its hash
// (protobuf-es has no deterministic option; it writes fields by number and map entries in the order
// they were decoded); json is the canonical JSON re-encoding of the decoded .json. Both forms must
// decode to equal messages. A vector that fails gets an error naming the file and the field, and the
// run goes on.
//
// Message schemas are found by full name in a registry of every file descriptor the package exports
// (each cq/<domain>/v1/<file>_pb module), enumerated from the installed package, so new files need no
// change here. Run it from a project where @cq/contracts is installed.
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import { createRegistry, equals, fromBinary, fromJson, fromJsonString, toBinary, toJson } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";

const VARIANT_SEPARATOR = "__";
const PACKAGE = "@cq/contracts";
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

class DecodeFailure extends Error {}

/** Every `cq/**\/*_pb` module of the installed package, as import specifiers. */
function generatedModules() {
  const dist = dirname(fileURLToPath(import.meta.resolve(PACKAGE)));
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith("_pb.js")) found.push(`${PACKAGE}/${relative(dist, path).slice(0, -".js".length)}`);
    }
  };
  walk(join(dist, "cq"));
  return found.sort();
}

async function buildRegistry() {
  const files = [];
  for (const specifier of generatedModules()) {
    const module = await import(specifier);
    files.push(...Object.values(module).filter((value) => value?.kind === "file"));
  }
  return createRegistry(...files);
}

function checkUtf8(name, bytes) {
  try {
    STRICT_UTF8.decode(bytes);
    return undefined;
  } catch {
    return `${name}: invalid UTF-8`;
  }
}

/** The fields of a map entry (key = 1, value = 2), checked like those of a message. */
function locateEntry(field, bytes) {
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    const [number, wireType] = reader.tag();
    const value = reader.skip(wireType, number);
    if (wireType !== WireType.LengthDelimited) continue;
    const payload = new BinaryReader(value).bytes();
    if (number === 1 && field.mapKey === 9 /* ScalarType.STRING */) {
      const bad = checkUtf8("key", payload);
      if (bad) return bad;
    } else if (number === 2 && field.mapKind === "message") {
      const inner = locate(field.message, payload);
      if (inner) return `value.${inner}`;
    } else if (number === 2 && field.mapKind === "scalar" && field.scalar === 9) {
      const bad = checkUtf8("value", payload);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** Walks the wire format and names the first field whose bytes cannot be decoded, with the reason. */
function locate(schema, bytes) {
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    let number;
    let wireType;
    try {
      [number, wireType] = reader.tag();
    } catch (error) {
      return `tag at byte ${reader.pos}: ${error.message}`;
    }
    const field = schema.fields.find((candidate) => candidate.number === number);
    const name = field ? field.name : `#${number}`;
    let value;
    try {
      value = reader.skip(wireType, number);
    } catch (error) {
      return `${name}: ${error.message}`;
    }
    if (!field || wireType !== WireType.LengthDelimited) continue;
    const payload = new BinaryReader(value).bytes();
    let inner;
    if (field.fieldKind === "message" || (field.fieldKind === "list" && field.listKind === "message")) {
      inner = locate(field.message, payload);
      if (inner) return `${name}.${inner}`;
    } else if (field.fieldKind === "map") {
      inner = locateEntry(field, payload);
      if (inner) return `${name}.${inner}`;
    } else if (field.scalar === 9 /* ScalarType.STRING */) {
      inner = checkUtf8(name, payload);
      if (inner) return inner;
    }
  }
  return undefined;
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether protobuf-es parses `json` (an object holding some fields) as a `schema` message. */
function decodes(registry, schema, json) {
  try {
    fromJson(schema, json, { registry });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a message's JSON form is an object of its fields; the well-known types have forms of their
 * own (a string for Timestamp, anything for Value, ...), so a bad one is reported as a whole.
 */
const walksInto = (schema) => schema !== undefined && !schema.typeName.startsWith("google.protobuf.");

/** ".inner" for the part of `value` (JSON of a `schema` message) that does not decode, else "". */
function below(registry, schema, value) {
  const inner = schema === undefined ? undefined : locateJson(registry, schema, value);
  return inner ? `.${inner}` : "";
}

/**
 * Names the first field of `value` (parsed JSON of a `schema` message) that protobuf-es cannot decode,
 * e.g. `limit_price.value`, `candles[1].close_time` or `attributes["k"]`: each field is decoded on its
 * own, and the walk goes down into the one that fails. Undefined when every field decodes by itself
 * (the value is not an object, or the fault lies between fields: a key twice, two members of one oneof).
 */
function locateJson(registry, schema, value) {
  if (!walksInto(schema) || !isObject(value)) return undefined;
  for (const [key, member] of Object.entries(value)) {
    if (decodes(registry, schema, { [key]: member })) continue;
    const field = schema.fields.find((candidate) => candidate.jsonName === key || candidate.name === key);
    if (!field) return key;
    const name = field.name;
    if (field.fieldKind === "map") {
      if (!isObject(member)) return name;
      for (const [mapKey, item] of Object.entries(member)) {
        if (!decodes(registry, schema, { [key]: { [mapKey]: item } })) {
          const entry = field.mapKind === "message" ? field.message : undefined;
          return `${name}[${JSON.stringify(mapKey)}]${below(registry, entry, item)}`;
        }
      }
    } else if (field.fieldKind === "list") {
      if (!Array.isArray(member)) return name;
      for (const [index, item] of member.entries()) {
        if (!decodes(registry, schema, { [key]: [item] })) {
          const element = field.listKind === "message" ? field.message : undefined;
          return `${name}[${index}]${below(registry, element, item)}`;
        }
      }
    } else {
      return `${name}${below(registry, field.fieldKind === "message" ? field.message : undefined, member)}`;
    }
    return name;
  }
  return undefined;
}

/** locateJson on the text of a vector; undefined when it is not JSON at all or the walk itself fails. */
function locateJsonText(registry, schema, text) {
  try {
    return locateJson(registry, schema, JSON.parse(text));
  } catch {
    return undefined;
  }
}

function decode(registry, jsonPath) {
  const jsonName = basename(jsonPath);
  const vector = basename(jsonPath, ".json");
  const binaryName = `${vector}.binpb`;
  const result = { vector, binary_hex_sha256: null, binary_hex: null, json: null, error: null };
  try {
    const typeName = vector.split(VARIANT_SEPARATOR)[0];
    const schema = registry.getMessage(typeName);
    if (!schema) throw new DecodeFailure(`${jsonName}: no message type ${typeName} in the generated package`);
    let text;
    let fromText;
    try {
      text = readFileSync(jsonPath, "utf8");
      fromText = fromJsonString(schema, text, { registry });
    } catch (error) {
      const where = text === undefined ? undefined : locateJsonText(registry, schema, text);
      throw new DecodeFailure(where ? `${jsonName}: field ${where}: ${error.message}` : `${jsonName}: ${error.message}`);
    }
    let wire;
    try {
      wire = new Uint8Array(readFileSync(join(dirname(jsonPath), binaryName)));
    } catch (error) {
      throw new DecodeFailure(`${binaryName}: ${error.message}`);
    }
    let fromWire;
    try {
      fromWire = fromBinary(schema, wire);
    } catch (error) {
      const where = locate(schema, wire);
      throw new DecodeFailure(where ? `${binaryName}: field ${where}` : `${binaryName}: ${error.message}`);
    }
    if (!equals(schema, fromText, fromWire, { registry, unpackAny: true })) {
      throw new DecodeFailure(`${jsonName} and ${binaryName} decode to different messages`);
    }
    const reencoded = toBinary(schema, fromWire);
    result.binary_hex_sha256 = createHash("sha256").update(reencoded).digest("hex");
    result.binary_hex = Buffer.from(reencoded).toString("hex");
    result.json = toJson(schema, fromText, { registry });
  } catch (error) {
    result.error = error instanceof DecodeFailure ? error.message : `${jsonName}: driver error: ${error}`;
  }
  return result;
}

if (process.argv.length !== 3) {
  console.error("usage: node decode.mjs <vectors-dir>");
  process.exit(2);
}
const directory = process.argv[2];
const registry = await buildRegistry();
const vectors = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();
console.log(JSON.stringify(vectors.map((name) => decode(registry, join(directory, name)))));
