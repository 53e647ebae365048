// Round-trip every vector through @cq/contracts: contract message -> decimal.js Decimal -> contract message.
import { readFileSync } from "node:fs";
import { fromDecimal, toDecimal } from "@cq/contracts";

const vectors = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = {};
for (const text of [...Object.keys(vectors.valid), ...vectors.invalid]) {
  try {
    results[text] = { ok: true, value: fromDecimal(toDecimal({ $typeName: "cq.types.v1.Decimal", value: text })).value };
  } catch {
    results[text] = { ok: false };
  }
}
console.log(JSON.stringify(results));
