// The TypeScript serialisation benchmark of the CQC benchmark suite.
//
// Usage: node serial.js --fixture NAME=MESSAGE_TYPE=FILE ... [--runs 5] [--min-time-ms 1000]
//
// Times fromBinary of each fixture's bytes (decode) and toBinary of the decoded message (encode) with
// protobuf-es through @cq/contracts, in ns per operation, and prints one JSON object on stdout.

import { readFileSync } from "node:fs";
import { fromBinary, toBinary, type DescMessage } from "@bufbuild/protobuf";
import { OrderBookSchema } from "@cq/contracts/cq/markets/v1/resources_pb";
import { ExecutionReportSchema } from "@cq/contracts/cq/venues/v1/resources_pb";

const SCHEMAS: Record<string, DescMessage> = {
  [OrderBookSchema.typeName]: OrderBookSchema,
  [ExecutionReportSchema.typeName]: ExecutionReportSchema,
};

interface Result {
  fixture: string;
  op: "decode" | "encode";
  bytes: number;
  runs_ns_per_op: number[];
}

// Runs op in growing batches until minTimeMs has passed; returns ns per call.
function timeOp(minTimeMs: number, op: () => void): number {
  let calls = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  for (;;) {
    for (let i = 0; i < batch; i++) {
      op();
    }
    calls += batch;
    const elapsed = Number(process.hrtime.bigint() - start);
    if (elapsed >= minTimeMs * 1e6) {
      return elapsed / calls;
    }
    if (batch < 1 << 20) {
      batch *= 2;
    }
  }
}

function main(argv: string[]): void {
  const fixtures: string[] = [];
  let runs = 5;
  let minTimeMs = 1000;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) {
      throw new Error(`${flag} needs a value`);
    }
    i++;
    if (flag === "--fixture") fixtures.push(value);
    else if (flag === "--runs") runs = Number(value);
    else if (flag === "--min-time-ms") minTimeMs = Number(value);
    else throw new Error(`unknown flag ${flag}`);
  }
  const results: Result[] = [];
  for (const spec of fixtures) {
    const [name, typeName, file] = spec.split("=", 3);
    if (name === undefined || typeName === undefined || file === undefined) {
      throw new Error(`--fixture ${spec}: want NAME=MESSAGE_TYPE=FILE`);
    }
    const schema = SCHEMAS[typeName];
    if (schema === undefined) {
      throw new Error(`no schema for ${typeName}; known: ${Object.keys(SCHEMAS).join(", ")}`);
    }
    const data = new Uint8Array(readFileSync(file));
    const decoded = fromBinary(schema, data);
    const decode: Result = { fixture: name, op: "decode", bytes: data.length, runs_ns_per_op: [] };
    const encode: Result = { fixture: name, op: "encode", bytes: data.length, runs_ns_per_op: [] };
    for (let r = 0; r < runs; r++) {
      decode.runs_ns_per_op.push(timeOp(minTimeMs, () => fromBinary(schema, data)));
      encode.runs_ns_per_op.push(timeOp(minTimeMs, () => toBinary(schema, decoded)));
    }
    results.push(decode, encode);
  }
  process.stdout.write(JSON.stringify({ results }) + "\n");
}

main(process.argv.slice(2));
