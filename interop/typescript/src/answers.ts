// The run-time half of "the answer is what the spec says". The compile-time half is the types
// openapi-typescript writes (generated/binance-pm.ts), which vanish when the program runs; so a
// decoded answer is also validated, at run time, against the very JSON Schema those types come
// from: the operation's 200 response schema in the bundled spec, with Ajv (JSON Schema 2020-12,
// the dialect of OpenAPI 3.1). A type and a check that read the same schema cannot disagree.
// On top of the schema, `exampleFields` compares the answer with the spec's example of it: every
// field the example carries that the answer carries too must have the same JSON kind (a decimal
// that is a string in the example must be a string in the answer, never a number). A field the
// answer leaves out is the schema's business: Ajv refuses it when the schema requires it, and
// an optional one (`marginBuyBorrowAmount`, sent only when an order borrowed) may be absent.
import { readFileSync } from "node:fs";

import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

import type { OperationId } from "./request.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown; example?: Json }> } | { $ref: string }>;
}

/** An answer that is not what the spec describes. */
export class AnswerMismatch extends Error {
  constructor(operation: string, problems: readonly string[]) {
    super(`${operation}: the answer is not what the spec describes: ${problems.join("; ")}`);
    this.name = "AnswerMismatch";
  }
}

const SPEC_ID = "https://binance-pm.invalid/spec.json";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
/** A decimal as text: the shape of the spec's DecimalString (a thousands separator allowed). */
const DECIMAL_TEXT = /^-?[0-9][0-9,]*(\.[0-9]+)?$/;

export interface AnswerChecker {
  /**
   * Throws AnswerMismatch unless the answer (its JSON text) fits the operation's 200 schema and
   * the example's fields it carries have the example's JSON kinds. Ajv checks the text decoded by JSON.parse: its `integer` is a
   * JSON number, and a bigint (decode.ts) is none, though the digits are the same.
   */
  check(operation: OperationId, answerText: string): void;
  /** The fields of the spec's example found in the answers, and compared, so far, per operation. */
  readonly exampleFieldsChecked: ReadonlyMap<string, number>;
}

/** A checker for every operation of the bundled spec at `bundlePath`. */
export function answerChecker(bundlePath: string): AnswerChecker {
  const spec = JSON.parse(readFileSync(bundlePath, "utf8")) as {
    paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
    components: { schemas: Record<string, unknown>; responses: Record<string, Operation["responses"][string]> };
  };
  // The spec's schemas as one JSON Schema document, its $refs pointing into it.
  const toDefs = (node: unknown): unknown =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${SPEC_ID}#/$defs/`));
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // OpenAPI's vendor keywords are notes for readers, not constraints: known to Ajv, checking nothing.
  ajv.addKeyword({ keyword: "x-enum-descriptions", schemaType: "array" });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  // format: decimal on a string is decimal text; on a JSON number (DecimalNumber) any number is one.
  ajv.addFormat("decimal", { type: "string", validate: (text: string) => DECIMAL_TEXT.test(text) });
  ajv.addSchema({ $id: SPEC_ID, $defs: toDefs(spec.components.schemas) as object });

  const validators = new Map<string, { validate: ValidateFunction; example: Json | undefined }>();
  for (const item of Object.values(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      let ok = op.responses["200"];
      while (ok && "$ref" in ok) ok = spec.components.responses[ok.$ref.split("/").pop() ?? ""];
      const media = ok?.content?.["application/json"];
      if (!media?.schema) throw new Error(`${op.operationId}: no application/json schema for 200`);
      validators.set(op.operationId, { validate: ajv.compile(toDefs(media.schema) as object), example: media.example });
    }
  }

  const checked = new Map<string, number>();
  return {
    exampleFieldsChecked: checked,
    check(operation, answerText) {
      const body: unknown = JSON.parse(answerText);
      const entry = validators.get(operation);
      if (!entry) throw new Error(`${operation}: not an operation of ${bundlePath}`);
      const problems = entry.validate(body) ? [] : (entry.validate.errors ?? []).map(describe);
      const fields = entry.example === undefined ? { count: 0, problems: [] } : exampleFields(entry.example, body as Json);
      problems.push(...fields.problems);
      if (problems.length > 0) throw new AnswerMismatch(operation, problems);
      checked.set(operation, (checked.get(operation) ?? 0) + fields.count);
    },
  };
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || "(the answer)"} ${error.message ?? error.keyword}`;
}

function kind(value: Json | undefined): string {
  if (value === undefined) return "absent";
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

/**
 * Compares `answer` with the spec's `example` on the fields both carry: each must have the same
 * JSON kind. A field of the example that an answer object lacks is not compared and not counted
 * (the schema says whether it may be absent). An item of an answer list is compared with the
 * example's item at the same place (an example may show items of different shapes), or with its
 * first item past the example's end. Returns how many fields were compared and what did not match.
 */
export function exampleFields(example: Json, answer: Json, at = ""): { count: number; problems: string[] } {
  const problems: string[] = [];
  let count = 0;
  if (kind(example) !== kind(answer)) return { count: 1, problems: [`${at || "(the answer)"} is ${kind(answer)}, the example's is ${kind(example)}`] };
  if (Array.isArray(example) && Array.isArray(answer)) {
    for (const [index, item] of answer.entries()) {
      const model = example[index] ?? example[0];
      if (model === undefined) continue;
      const sub = exampleFields(model, item, `${at}[${index}]`);
      count += sub.count;
      problems.push(...sub.problems);
    }
  } else if (typeof example === "object" && example !== null && typeof answer === "object" && answer !== null && !Array.isArray(answer)) {
    for (const [name, value] of Object.entries(example)) {
      if (!Object.hasOwn(answer, name)) continue;
      const sub = exampleFields(value, (answer as { [key: string]: Json })[name] as Json, `${at}.${name}`);
      count += sub.count;
      problems.push(...sub.problems);
    }
  } else {
    count = 1;
  }
  return { count, problems };
}
