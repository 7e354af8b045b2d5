// What the end-to-end run sends to each operation, read from the bundled spec alone, so that an
// operation added to the spec is covered with no edit here. Each call sends the operation's
// required parameters plus whatever its x-binance-rules then ask for. Values come from the
// parameter's schema: the first enum value (or the first that lets the rules hold), decimals
// "1", booleans false, integers their lowest legal value, strings their example when it fits
// the schema. A symbol is the one the operation's own answer example names, else one that the
// examples of its market (/papi/v1/um, /papi/v1/cm, ...) name, as a real account trades the
// symbols its exchange lists. A name the examples give as the `pair` of another symbol (BTCUSD,
// the pair of BTCUSD_200925, written as a symbol in some CM examples) is a pair, not a symbol.
// An operation that names an order by an id (orderId, algoId, strategyId, orderListId) gets a
// real one: the spec's operation placing such orders in its market (x-binance-client-order-id)
// is called first, on the call's symbol (the placer's when the call's example names none), and
// its answer's id fills the call. Which placer and which id come from the spec: a parameter of
// the call that the placer's answer example carries, that the placer's order lookup takes, and
// that the placer itself does not take.
// The user data stream's keepalive and close open a stream first (x-binance-user-data-stream).
import { readFileSync } from "node:fs";

import type { QueryValue } from "../signing.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Schema {
  type?: string;
  format?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  examples?: Json[];
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: Json;
  schema: Schema;
}

interface Rule {
  when?: Record<string, string[]>;
  require?: string[];
  "require-one-of"?: string[];
  exclusive?: string[];
  forbid?: string[];
}

/** One operation as the spec states it: what the run needs to plan a call and to check it. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** The x-binance-host of its server, read here from the spec, not from generated/operations.ts. */
  readonly host: string;
  readonly serverUrl: string;
  /** The names of the security schemes it requires. */
  readonly schemes: readonly string[];
  readonly parameters: readonly Parameter[];
  readonly rules: readonly Rule[];
  readonly example: Json | undefined;
  readonly placesOrders: { lookupOperationId: string; lookupParameter: string } | null;
  /** The parameter a client-chosen order id travels in (x-binance-client-order-id), if it places orders. */
  readonly clientOrderIdParameter: string | null;
}

export interface Call {
  readonly operationId: string;
  readonly params: Record<string, QueryValue>;
  /** A call to make first: the order the call names placed, or the user data stream opened. */
  readonly first: PriorCall | null;
  /** Called on the placed order, with `params`, before the call: the call finds only finished orders. */
  readonly finishFirst: string | null;
}

export interface PriorCall {
  readonly operationId: string;
  readonly params: Record<string, QueryValue>;
  /** For an order placed first: the id parameter of the call its answer's field of the same name fills. */
  readonly id: string | null;
}

/**
 * Values the sandbox's paper exchange needs beyond what the spec's rules ask for (as
 * tests/e2e/test_every_operation.py's WAITING): the spec cannot say where the marks stand. A
 * conditional order whose trigger the mark has already reached is refused (-2021, as Binance
 * does), so these wait: a SELL stop at 1 fires only when the mark falls to 1. A SELL OCO's
 * prices must bracket the mark (LTCBTC starts at 0.003300): limit price > mark > stop price.
 */
const WAITING: Record<string, Record<string, QueryValue>> = {
  newUmAlgoOrder: { side: "SELL", price: "1", triggerPrice: "1" },
  newCmConditionalOrder: { side: "SELL" },
  // A margin order at price 1 rests on the BTC-quoted pairs the margin examples name (BNBBTC,
  // LTCBTC) only as a SELL: a BUY at 1 BTC is far above their marks and fills at once.
  newMarginOrder: { side: "SELL" },
  marginAccountNewOco: { side: "SELL", price: "0.004000", stopPrice: "0.003000" },
};
/**
 * Operations that find only orders which no longer wait (Binance documents the CM conditional
 * history so) -> the operation that cancels the order placed first. The spec says this in prose only.
 */
const FINISH_FIRST: Record<string, string> = { queryCmConditionalOrderHistory: "cancelCmConditionalOrder" };

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
/** Plain strings tried, in order, for a string parameter without a usable example. */
const STRING_CANDIDATES = ["USDT", "e2e-1", "1"];

export class SpecReader {
  readonly document: {
    paths: Record<string, Record<string, Json>>;
    components: Record<string, Record<string, Json>>;
    [key: string]: Json | object;
  };
  readonly operations: SpecOperation[] = [];
  /** The operations of x-binance-user-data-stream, if the spec has a stream. */
  readonly userDataStream: { start: string; keepalive: string; close: string } | null;

  constructor(bundlePath: string) {
    this.document = JSON.parse(readFileSync(bundlePath, "utf8"));
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const method of METHODS) {
        const op = item[method] as { [key: string]: Json } | undefined;
        if (op) this.operations.push(this.read(path, method, op, item));
      }
    }
    const stream = this.document["x-binance-user-data-stream"] as { operations?: { start: string; keepalive: string; close: string } } | undefined;
    this.userDataStream = stream?.operations ?? null;
  }

  operation(operationId: string): SpecOperation {
    const op = this.operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`no operation ${operationId} in the spec`);
    return op;
  }

  /** A local $ref followed to what it points at. */
  resolve<T>(node: Json | undefined): T {
    let at: Json | undefined = node;
    while (at && typeof at === "object" && !Array.isArray(at) && typeof at.$ref === "string") {
      const parts = at.$ref.slice(2).split("/");
      at = parts.reduce<Json | undefined>(
        (value, part) => (value && typeof value === "object" && !Array.isArray(value) ? value[part] : undefined),
        this.document as unknown as Json,
      );
    }
    return at as T;
  }

  private read(path: string, method: string, op: { [key: string]: Json }, item: Record<string, Json>): SpecOperation {
    const servers = (op.servers ?? item.servers ?? []) as { url: string; "x-binance-host": string }[];
    const security = (op.security ?? this.document.security ?? []) as Record<string, Json>[];
    const parameters = [...((item.parameters ?? []) as Json[]), ...((op.parameters ?? []) as Json[])]
      .map((p) => this.resolve<Parameter>(p))
      .map((p) => ({ ...p, schema: this.resolve<Schema>(p.schema as unknown as Json) }));
    const ok = this.resolve<{ content: { "application/json": { example?: Json } } }>(
      (op.responses as { [key: string]: Json })["200"],
    );
    const clientOrderId = op["x-binance-client-order-id"] as
      | { parameter: string; lookup?: { operationId: string; parameter: string } }
      | undefined;
    return {
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      path,
      host: servers[0]?.["x-binance-host"] ?? "",
      serverUrl: servers[0]?.url ?? "",
      schemes: security.flatMap((requirement) => Object.keys(requirement)),
      parameters,
      rules: (op["x-binance-rules"] ?? []) as Rule[],
      example: ok.content["application/json"].example,
      placesOrders: clientOrderId?.lookup
        ? { lookupOperationId: clientOrderId.lookup.operationId, lookupParameter: clientOrderId.lookup.parameter }
        : null,
      clientOrderIdParameter: clientOrderId?.parameter ?? null,
    };
  }
}

/** /papi/v1/um, /papi/v1/cm, /papi/v1/margin, /sapi/v1/portfolio, ...: where symbols are shared. */
function market(path: string): string {
  return path.split("/").slice(0, 4).join("/");
}

/** The texts under `field` in `node`, in order, each once. */
function named(node: Json | undefined, field: string, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) named(item, field, found);
  else if (node && typeof node === "object") {
    for (const [name, value] of Object.entries(node)) {
      if (name === field && typeof value === "string" && value !== "" && !found.includes(value)) found.push(value);
      else named(value, field, found);
    }
  }
  return found;
}

/** The `pair` of each object in `node` whose `symbol` is another name (a delivery contract's pair). */
function pairsOfOtherSymbols(node: Json | undefined, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) pairsOfOtherSymbols(item, found);
  else if (node && typeof node === "object") {
    const { pair, symbol } = node;
    if (typeof pair === "string" && typeof symbol === "string" && pair !== symbol) found.push(pair);
    for (const value of Object.values(node)) pairsOfOtherSymbols(value, found);
  }
  return found;
}

function fits(text: string, schema: Schema): boolean {
  return (
    (schema.pattern === undefined || new RegExp(schema.pattern, "u").test(text)) &&
    (schema.maxLength === undefined || text.length <= schema.maxLength) &&
    (schema.minLength === undefined || text.length >= schema.minLength)
  );
}

export class Planner {
  private readonly marketSymbols = new Map<string, string[]>();
  private placements = 0;

  private readonly pairs: ReadonlySet<string>;

  constructor(private readonly spec: SpecReader) {
    this.pairs = new Set(spec.operations.flatMap((op) => pairsOfOtherSymbols(op.example)));
    for (const op of spec.operations) {
      const known = this.marketSymbols.get(market(op.path)) ?? [];
      for (const symbol of this.symbolsIn(op)) if (!known.includes(symbol)) known.push(symbol);
      this.marketSymbols.set(market(op.path), known);
    }
  }

  /** The symbols `op`'s answer example names. */
  private symbolsIn(op: SpecOperation): string[] {
    return named(op.example, "symbol").filter((symbol) => !this.pairs.has(symbol));
  }

  symbolFor(op: SpecOperation): string | undefined {
    return this.symbolsIn(op)[0] ?? this.marketSymbols.get(market(op.path))?.[0];
  }

  value(op: SpecOperation, name: string, symbol: string | undefined): QueryValue {
    const parameter = op.parameters.find((p) => p.name === name);
    if (!parameter) throw new Error(`${op.operationId}: a rule names ${name}, which is not a parameter`);
    const schema = parameter.schema;
    if (schema.enum) return schema.enum[0];
    if (schema.format === "decimal") return "1";
    if (schema.type === "boolean") return false;
    if (schema.type === "integer") {
      const lowest = [schema.minimum, schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1, 1];
      return Math.max(...lowest.filter((n): n is number => n !== undefined));
    }
    if (name === "symbol" && symbol !== undefined) return symbol;
    const examples = [parameter.example, ...(schema.examples ?? [])].filter((e): e is string => typeof e === "string");
    const text = [...examples, ...STRING_CANDIDATES].find((candidate) => fits(candidate, schema));
    if (text === undefined) throw new Error(`${op.operationId}: no value fits parameter ${name}`);
    return text;
  }

  /** The parameters of a call to `op` that satisfy the spec: required ones and what the rules ask for. */
  arguments(op: SpecOperation, symbol = this.symbolFor(op)): Record<string, QueryValue> {
    const required = op.parameters.filter((p) => p.required && !isAddedBySigner(p.name));
    const base: Record<string, QueryValue> = {
      ...Object.fromEntries(required.map((p) => [p.name, this.value(op, p.name, symbol)])),
      ...WAITING[op.operationId],
    };
    // Enum parameters a rule depends on: their first value, unless the rules then cannot hold.
    const switches = [...new Set(op.rules.flatMap((r) => Object.keys(r.when ?? {})))].filter(
      (name) => name in base && op.parameters.find((p) => p.name === name)?.schema.enum,
    );
    for (const combination of product(switches.map((name) => op.parameters.find((p) => p.name === name)?.schema.enum ?? []))) {
      const params = this.satisfy(op, { ...base, ...Object.fromEntries(switches.map((name, i) => [name, combination[i]])) }, symbol);
      if (rulesHold(op, params)) return params;
    }
    throw new Error(`${op.operationId}: no arguments satisfy its rules`);
  }

  /** The call to `op`, with an order placed first when `op` names an order by its id. */
  plan(op: SpecOperation): Call {
    const stream = this.streamOpener(op);
    if (stream) return { operationId: op.operationId, params: this.arguments(op), first: stream, finishFirst: null };
    const found = this.orderPlacer(op);
    if (!found) return { operationId: op.operationId, params: this.arguments(op), first: null, finishFirst: null };
    // The call names the order placed, so both take one symbol.
    const { placer, id } = found;
    const symbol = this.symbolsIn(op)[0] ?? this.symbolFor(placer);
    const params = this.arguments(op, symbol);
    const placed = this.arguments(placer, symbol);
    // A client id the run chooses, so that the call can name the order by it too: the call takes
    // it under the placer's parameter name or under the one the placer's order lookup takes.
    const clientId = `e2e-order-${++this.placements}`;
    if (placer.clientOrderIdParameter) placed[placer.clientOrderIdParameter] = clientId;
    for (const name of [placer.clientOrderIdParameter, placer.placesOrders?.lookupParameter]) {
      if (name && name in params) params[name] = clientId;
    }
    return {
      operationId: op.operationId,
      params,
      first: { operationId: placer.operationId, params: placed, id },
      finishFirst: FINISH_FIRST[op.operationId] ?? null,
    };
  }

  /** The operation opening the user data stream, when `op` needs one open (its keepalive and close). */
  private streamOpener(op: SpecOperation): PriorCall | null {
    const stream = this.spec.userDataStream;
    if (!stream || ![stream.keepalive, stream.close].includes(op.operationId)) return null;
    return { operationId: stream.start, params: this.arguments(this.spec.operation(stream.start)), id: null };
  }

  /**
   * The operation placing the orders that `op` names by id, and that id: in the same market, a
   * parameter of `op` that the placer's answer example carries, the placer's order lookup takes,
   * and the placer does not take (so `symbol` or `goodTillDate` never count as ids).
   */
  private orderPlacer(op: SpecOperation): { placer: SpecOperation; id: string } | undefined {
    if (op.placesOrders) return undefined;
    for (const placer of this.spec.operations) {
      if (!placer.placesOrders || market(placer.path) !== market(op.path)) continue;
      const answerFields = placer.example && typeof placer.example === "object" && !Array.isArray(placer.example) ? Object.keys(placer.example) : [];
      const lookup = this.spec.operation(placer.placesOrders.lookupOperationId);
      const id = op.parameters
        .map((p) => p.name)
        .find(
          (name) =>
            answerFields.includes(name) &&
            lookup.parameters.some((p) => p.name === name) &&
            !placer.parameters.some((p) => p.name === name),
        );
      if (id) return { placer, id };
    }
    return undefined;
  }

  private satisfy(op: SpecOperation, params: Record<string, QueryValue>, symbol: string | undefined): Record<string, QueryValue> {
    const required = new Set(op.parameters.filter((p) => p.required).map((p) => p.name));
    for (let round = 0; round <= op.rules.length; round++) {
      const before = JSON.stringify(params);
      for (const rule of op.rules) {
        if (!applies(rule, params)) continue;
        const { kind, names } = ruleOf(rule);
        const sent = names.filter((name) => name in params);
        if (kind === "require") for (const name of names) params[name] ??= this.value(op, name, symbol);
        else if (kind === "require-one-of" && sent.length === 0) params[names[0] as string] = this.value(op, names[0] as string, symbol);
        else if (kind === "exclusive" || kind === "forbid") {
          const keep = kind === "exclusive" ? 1 : 0;
          for (const name of sent.filter((n) => !required.has(n)).slice(0, Math.max(0, sent.length - keep))) delete params[name];
        }
      }
      if (JSON.stringify(params) === before) break;
    }
    return params;
  }
}

function isAddedBySigner(name: string): boolean {
  return name === "timestamp" || name === "recvWindow";
}

function ruleOf(rule: Rule): { kind: "require" | "require-one-of" | "exclusive" | "forbid"; names: string[] } {
  for (const kind of ["require", "require-one-of", "exclusive", "forbid"] as const) {
    const names = rule[kind];
    if (names) return { kind, names };
  }
  throw new Error("a rule with no kind");
}

function applies(rule: Rule, params: Record<string, QueryValue>): boolean {
  return Object.entries(rule.when ?? {}).every(([name, values]) => name in params && values.includes(String(params[name])));
}

function rulesHold(op: SpecOperation, params: Record<string, QueryValue>): boolean {
  return op.rules.every((rule) => {
    if (!applies(rule, params)) return true;
    const { kind, names } = ruleOf(rule);
    const sent = names.filter((name) => name in params).length;
    return !(
      (kind === "require" && sent < names.length) ||
      (kind === "require-one-of" && sent === 0) ||
      (kind === "exclusive" && sent > 1) ||
      (kind === "forbid" && sent > 0)
    );
  });
}

function* product<T>(lists: T[][]): Generator<T[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = lists;
  for (const item of first ?? []) for (const tail of product(rest)) yield [item, ...tail];
}
