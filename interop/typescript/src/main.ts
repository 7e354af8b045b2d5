// A TypeScript client for Portfolio Margin, from the same spec as the Python client: types from
// openapi-typescript, and the facts no OpenAPI generator reads (host, security, weight,
// parameter rules, client order ids) from generated/operations.ts. `call` reaches every
// operation of the spec by its operationId (request.ts builds it, signing.ts signs it, decode.ts
// decodes the answer); a few named methods below are `call` with a fixed operationId.
// Each request goes to the host its x-binance-host names, carries the API key header only when
// its security needs it, and is signed only when it is SIGNED; every parameter travels in the
// query string, for POST, PUT and DELETE too, and the body stays empty.
// `make ts-check` type-checks it; `make ts-e2e` runs it against the sandbox (src/e2e/run.ts).
import { randomUUID, type KeyObject } from "node:crypto";

import type { components, operations as OperationTypes } from "../generated/binance-pm.js";
import { hosts, operations, signing, type OperationFacts } from "../generated/operations.js";
import { ParameterError, checkRules, prepareRequest, type Host, type OperationId, type PreparedRequest } from "./request.js";
import type { Decimal } from "./decimals.js";
import { decodeJson } from "./decode.js";
import { hmacSigner, privateKeySigner, type QueryValue, type Signer } from "./signing.js";

export { ParameterError, checkRules, prepareRequest, type Host, type OperationId, type PreparedRequest };
export { hmacSignature, hmacSigner, privateKeySigner, signedQuery, type QueryValue, type Signer } from "./signing.js";

type QueryOf<Op extends OperationId> = OperationTypes[Op]["parameters"] extends { query?: infer Q } ? Q : never;

/** What a caller passes to an operation: its query parameters less the ones the signer adds. */
export type Params<Op extends OperationId> = [NonNullable<QueryOf<Op>>] extends [never]
  ? Record<string, never>
  : Omit<NonNullable<QueryOf<Op>>, typeof signing.timestampParameter | typeof signing.recvWindowParameter>;

/** The decoded 200 answer of an operation, as openapi-typescript types it from the spec. */
export type Answer<Op extends OperationId> = OperationTypes[Op]["responses"] extends {
  200: { content: { "application/json": infer T } };
}
  ? T
  : never;

export interface Credentials {
  /** Needed by every operation but NONE ones (`GET /papi/v1/ping`). */
  apiKey?: string;
  /** HMAC secret key, for SIGNED operations. */
  secret?: string;
  /** Instead of a secret: an RSA or Ed25519 private key (a KeyObject or PEM text). */
  privateKey?: KeyObject | string;
}

/** What one sent request was, for a caller that wants to see the wire (tests, logs). */
export interface SentRequest extends PreparedRequest {
  readonly status: number;
}

export interface Options {
  /** Replace a host (a mirror such as api1.binance.com, a proxy, a local test server). */
  hostOverrides?: Partial<Record<Host, string>>;
  /** Milliseconds to add to the local clock: the offset measured against GET /api/v3/time. */
  clockOffsetMs?: number;
  recvWindow?: number;
  /** Checks the text of a 200 answer at run time (answers.ts: the spec's JSON Schema); throws if it does not fit. */
  checkAnswer?: (operation: OperationId, answerText: string) => void;
  /** Told of every request `call` sends, after its answer came. */
  onSent?: (request: SentRequest) => void;
}

/**
 * The server clock minus this machine's, in ms, from the spec's x-binance-time-path on the api host
 * (`{"serverTime": ms}`), taken at the middle of the round trip: the `clockOffsetMs` to sign with.
 */
export async function measureClockOffset(apiBaseUrl: string = hosts.api): Promise<number> {
  const sent = Date.now();
  const response = await fetch(`${apiBaseUrl.replace(/\/+$/, "")}${signing.timePath}`);
  const { serverTime } = (await response.json()) as { serverTime: number };
  return Math.round(serverTime - (sent + Date.now()) / 2);
}

/** The request weight of a call that sends `params` (x-binance-weight and its when-present cases). */
export function weightFor(operation: OperationId, params: Record<string, unknown>): number {
  const { weight }: OperationFacts = operations[operation];
  return weight.whenPresent.find((c) => params[c.parameter] !== undefined)?.value ?? weight.value;
}

/** A client order id (Binance: 1 to 32 of letters, digits and `.:/_-`): a UUID without its dashes. */
export function newClientOrderId(): string {
  return randomUUID().replaceAll("-", "");
}

export class BinancePm {
  private readonly credentials: Credentials;
  private readonly options: Options;

  constructor(credentials: Credentials = {}, options: Options = {}) {
    this.credentials = credentials;
    this.options = options;
  }

  /** The base URL of the host an operation's x-binance-host names. */
  baseUrl(operation: OperationId): string {
    return this.baseUrls()[operations[operation].host];
  }

  /** Every x-binance-host name mapped to its base URL: the spec's server, unless overridden. */
  baseUrls(): Record<Host, string> {
    const urls = { ...hosts } as Record<Host, string>;
    for (const host of Object.keys(hosts) as Host[]) urls[host] = this.options.hostOverrides?.[host] ?? hosts[host];
    return urls;
  }

  /**
   * Any operation of the spec by its operationId: the request is built from the spec's facts
   * (prepareRequest), sent with fetch, and its 200 answer decoded as JSON (decode.ts: ids beyond
   * 2^53 as bigints), checked by
   * `options.checkAnswer` when given, and typed as the spec's answer. A 4XX or 5XX answer is a
   * BinanceError carrying Binance's code. An operation that places an order (its
   * x-binance-client-order-id) gets a client order id here when the caller gave none.
   */
  async call<Op extends OperationId>(operation: Op, params: Params<Op>): Promise<Answer<Op>> {
    return this.send(operation, params as Record<string, QueryValue>);
  }

  /** `call` with parameters the compiler cannot check (a tool that reads them from the spec at run time). */
  async send<Op extends OperationId>(operation: Op, params: Readonly<Record<string, QueryValue>>): Promise<Answer<Op>> {
    // An order gets its client order id before anything is sent (x-binance-client-order-id), so
    // that an order whose answer is lost can be looked up instead of being placed twice.
    const idParameter = operations[operation].clientOrderId?.parameter;
    const sent = idParameter && params[idParameter] === undefined ? { ...params, [idParameter]: newClientOrderId() } : params;
    const request = this.prepare(operation, sent);
    const response = await fetch(request.url, { method: request.method, headers: request.headers });
    const text = await response.text();
    this.options.onSent?.({ ...request, status: response.status });
    const body: unknown = text === "" ? undefined : decodeJson(text);
    if (!response.ok) throw BinanceError.from(response.status, body, idParameter ? sent[idParameter] : undefined);
    this.options.checkAnswer?.(operation, text);
    return body as Answer<Op>;
  }

  /** The request `call` would send now, signed: for a dry run, or to send it some other way. */
  prepare(operation: OperationId, params: Readonly<Record<string, QueryValue>>): PreparedRequest {
    const { signed } = operations[operation];
    return prepareRequest(
      operation,
      params,
      { apiKey: this.credentials.apiKey, signer: signed ? this.signerFor(operation) : undefined },
      this.signedParams(),
      this.baseUrls(),
    );
  }

  /** HMAC with the secret, or RSA / Ed25519 with the private key: never both. */
  private signerFor(operation: OperationId): Signer {
    const { secret, privateKey } = this.credentials;
    if (secret && privateKey) throw new Error("give a secret or a private key, not both");
    if (secret) return hmacSigner(secret);
    if (privateKey) return privateKeySigner(privateKey);
    throw new Error(`${operation} (${operations[operation].securityType}) is SIGNED: it needs a secret or a private key`);
  }

  /** recvWindow and timestamp, which the signed query carries after the caller's parameters. */
  private signedParams() {
    return { recvWindow: this.options.recvWindow, timestamp: Date.now() + (this.options.clockOffsetMs ?? 0) };
  }

  // A few operations as named methods: each is `call` with its operationId, typed from the spec.

  /** GET /papi/v1/ping (NONE): neither API key nor signature. */
  async ping(): Promise<components["schemas"]["EmptyObject"]> {
    return this.call("testConnectivity", {});
  }

  /** POST /papi/v1/listenKey (USER_STREAM): the API key only, no signature, no parameters. */
  async startUserDataStream(): Promise<string> {
    return (await this.call("startUserDataStream", {})).listenKey;
  }

  /** GET /sapi/v2/portfolio/collateralRate (USER_DATA). */
  async tieredCollateralRate(): Promise<components["schemas"]["TieredCollateralRate"][]> {
    return this.call("getTieredCollateralRate", {});
  }

  /** GET /sapi/v1/portfolio/collateralRate (MARKET_DATA: API key only, no signature). */
  async classicCollateralRate(): Promise<components["schemas"]["CollateralRate"][]> {
    return this.call("getClassicCollateralRate", {});
  }

  /** GET /sapi/v1/portfolio/account (USER_DATA). */
  async accountInfo(): Promise<components["schemas"]["PortfolioMarginProAccount"]> {
    return this.call("getAccountInfo", {});
  }

  /** GET /papi/v1/um/leverageBracket (USER_DATA), on the papi host. */
  async umLeverageBrackets(symbol?: string): Promise<components["schemas"]["UmLeverageBracket"][]> {
    return this.call("getUmLeverageBrackets", { symbol });
  }

  /**
   * POST /papi/v1/um/order (TRADE), every parameter in the signed query string. The client order
   * id is fixed before anything is sent (x-binance-client-order-id), so that an order whose answer
   * is lost can be looked up with queryUmOrder instead of being placed twice.
   */
  async newUmOrder(order: Params<"newUmOrder">): Promise<components["schemas"]["UmOrder"]> {
    return this.call("newUmOrder", { ...order, newClientOrderId: order.newClientOrderId ?? newClientOrderId() });
  }

  /** DELETE /papi/v1/um/order (TRADE): by Binance's order id or by the client order id. */
  async cancelUmOrder(
    symbol: string,
    order: { orderId: number | bigint } | { origClientOrderId: string },
  ): Promise<components["schemas"]["UmOrder"]> {
    return this.call("cancelUmOrder", { symbol, ...order });
  }
}

export class BinanceError extends Error {
  readonly status: number;
  readonly code: number;
  /** The client order id of the order this request placed, to look it up with. */
  readonly clientOrderId: string | undefined;

  constructor(body: components["schemas"]["BinanceError"], clientOrderId?: string, status = 0) {
    super(`${body.code}: ${body.msg}`);
    this.name = "BinanceError";
    this.status = status;
    this.code = body.code;
    this.clientOrderId = clientOrderId;
  }

  /** The error an answer of `status` carries; an answer without Binance's body gets code 0. */
  static from(status: number, body: unknown, clientOrderId?: QueryValue): BinanceError {
    const fits = typeof body === "object" && body !== null && "code" in body && typeof body.code === "number";
    const error = fits ? (body as components["schemas"]["BinanceError"]) : { code: 0, msg: `HTTP ${status}` };
    return new BinanceError(error, clientOrderId === undefined ? undefined : String(clientOrderId), status);
  }
}

// What a caller sees: every field typed from the spec.
export async function example(pm: BinancePm): Promise<string[]> {
  const lines: string[] = [];
  for (const asset of await pm.tieredCollateralRate()) {
    for (const tier of asset.collateralInfo) lines.push(`${asset.asset} ${tier.tierFloor}..${tier.tierCap}: ${tier.collateralRate}`);
  }
  for (const rate of await pm.classicCollateralRate()) lines.push(`${rate.asset}: ${rate.collateralRate}`);
  const account = await pm.accountInfo();
  const status: components["schemas"]["AccountStatus"] = account.accountStatus;
  lines.push(`${account.accountType} ${status} uniMMR=${account.uniMMR} equity=${account.accountEquity}`);
  for (const symbol of await pm.umLeverageBrackets("ETHUSDT")) {
    const first = symbol.brackets[0];
    // DecimalNumber fields are JSON numbers: keep the text for exact decimals in real code.
    const ratio: number | undefined = first?.maintMarginRatio;
    lines.push(`${symbol.symbol} x${first?.initialLeverage ?? "?"} mmr=${ratio ?? "?"}`);
  }

  // Decimals go out as plain decimal text, never exponent notation.
  const order = await pm.newUmOrder({
    symbol: "BTCUSDT",
    side: "BUY",
    type: "LIMIT",
    timeInForce: "GTC",
    quantity: "0.001",
    price: "20000.5", // BTCUSDT prices have one decimal place
  });
  lines.push(`order ${order.orderId} (${order.clientOrderId}) ${order.status}`);
  // Any operation by its operationId, parameters and answer typed from the spec.
  const open = await pm.call("queryAllCurrentUmOpenOrders", { symbol: "BTCUSDT" });
  const price: Decimal | undefined = order.price; // a decimal is text (DecimalString), never a number
  lines.push(`${open.length} open BTCUSDT order(s), ours at ${price}`);
  const cancelled = await pm.cancelUmOrder("BTCUSDT", { origClientOrderId: order.clientOrderId });
  lines.push(`cancelled ${cancelled.orderId}: ${cancelled.status}`);

  const withSymbol = weightFor("queryAllCurrentUmOpenOrders", { symbol: "BTCUSDT" });
  const withoutSymbol = weightFor("queryAllCurrentUmOpenOrders", {});
  lines.push(`open UM orders weigh ${withSymbol} with a symbol, ${withoutSymbol} without`);
  return lines;
}

// Operations that need less than a secret: ping with no credentials at all, a listen key with the API key only.
export async function withoutSecret(apiKey: string, options: Options = {}): Promise<string[]> {
  await new BinancePm({}, options).ping();
  const listenKey = await new BinancePm({ apiKey }, options).startUserDataStream();
  return [`listenKey ${listenKey}`];
}
