export * from "./client.js";
export * from "./decimal.js";
