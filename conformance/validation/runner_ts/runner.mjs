// The TypeScript runner of the validation suite: @bufbuild/protovalidate on the generated package
// (@cq/contracts, gen/ts).
//
//   node runner.mjs CASES_DIR_OR_FILE...
//
// Run it from a project that has @cq/contracts and @bufbuild/protovalidate installed (the test copies
// it into one). For every case of every fixture file (see ../README.md) it decodes "input" into
// "message" with fromJson, validates it and prints one JSON object per line, sorted by case id, in
// the same shape as the Python and Go runners. A case that cannot be decoded or validated is an
// "error" outcome, never a crash of the runner. Message types are found in every *_pb.js module of
// the installed package, so new protos need no change here.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRegistry, fromJson } from "@bufbuild/protobuf";
import { createValidator, violationToProto } from "@bufbuild/protovalidate";

/** Every DescFile exported by the generated package's *_pb.js modules. */
async function generatedFiles() {
  const root = dirname(fileURLToPath(import.meta.resolve("@cq/contracts")));
  const modules = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith("_pb.js")) modules.push(path);
    }
  };
  walk(root);
  const files = [];
  for (const path of modules) {
    const exports = await import(pathToFileURL(path).href);
    for (const value of Object.values(exports)) {
      if (value !== null && typeof value === "object" && value.kind === "file") files.push(value);
    }
  }
  return files;
}

/** A string map key: backslash and quote escaped, control characters as \u00XX. */
function quote(text) {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === '"' || char === "\\") out += "\\" + char;
    else if (code < 0x20 || code === 0x7f) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += char;
  }
  return out + '"';
}

/** order.legs[0].rate, attributes["key"]: field names joined by dots, subscripts in brackets. */
function renderPath(path) {
  return (path?.elements ?? [])
    .map((element) => {
      let text = element.fieldName;
      const subscript = element.subscript;
      switch (subscript.case) {
        case "index":
        case "intKey":
        case "uintKey":
          text += `[${subscript.value.toString()}]`;
          break;
        case "boolKey":
          text += `[${subscript.value ? "true" : "false"}]`;
          break;
        case "stringKey":
          text += `[${quote(subscript.value)}]`;
          break;
      }
      return text;
    })
    .join(".");
}

const errorResult = (id, error) => ({ case: id, error, outcome: "error", violations: [] });

const describe = (error) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function runCase(registry, validator, c) {
  const id = c !== null && typeof c === "object" && typeof c.id === "string" ? c.id : "";
  if (id === "" || typeof c.message !== "string") {
    return errorResult(id, "fixture: a case needs an id and a message type name");
  }
  let message;
  let schema;
  try {
    schema = registry.getMessage(c.message);
    if (schema === undefined) throw new Error(`unknown message type ${c.message}`);
    message = fromJson(schema, c.input === undefined ? null : c.input, { registry });
  } catch (error) {
    return errorResult(id, `decode: ${describe(error)}`);
  }
  let result;
  try {
    result = validator.validate(schema, message);
  } catch (error) {
    return errorResult(id, `validate: ${describe(error)}`);
  }
  if (result.kind === "error") return errorResult(id, `validate: ${describe(result.error)}`);
  const violations = (result.violations ?? []).map((violation) => {
    const [proto] = violationToProto(violation);
    const rendered = { field: renderPath(proto.field), rule: proto.ruleId };
    if (proto.forKey) rendered.for_key = true;
    return rendered;
  });
  violations.sort((a, b) => {
    const left = [a.field, a.rule, a.for_key ? 1 : 0];
    const right = [b.field, b.rule, b.for_key ? 1 : 0];
    for (let i = 0; i < left.length; i++) {
      if (left[i] < right[i]) return -1;
      if (left[i] > right[i]) return 1;
    }
    return 0;
  });
  return { case: id, error: "", outcome: violations.length ? "invalid" : "valid", violations };
}

function fixtureFiles(args) {
  return args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg)
          .filter((name) => name.endsWith(".json"))
          .sort()
          .map((name) => join(arg, name))
      : [arg],
  );
}

async function main(args) {
  if (args.length === 0) {
    process.stderr.write("usage: node runner.mjs CASES_DIR_OR_FILE...\n");
    return 2;
  }
  const registry = createRegistry(...(await generatedFiles()));
  const validator = createValidator({ registry });
  const results = [];
  for (const path of fixtureFiles(args)) {
    let cases;
    try {
      cases = JSON.parse(readFileSync(path, "utf8")).cases;
      if (!Array.isArray(cases)) throw new Error("'cases' is not a list");
    } catch (error) {
      results.push(errorResult(path.split("/").pop(), `fixture: ${describe(error)}`));
      continue;
    }
    for (const c of cases) results.push(runCase(registry, validator, c));
  }
  results.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0));
  for (const result of results) process.stdout.write(JSON.stringify(result) + "\n");
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
