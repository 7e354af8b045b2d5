// A TypeScript client for Portfolio Margin, from the same spec as the Python client: types from
// openapi-typescript, requests through openapi-fetch, and the facts no OpenAPI generator reads
// (host, security, weight, parameter rules, client order ids) from generated/operations.ts.
// Each request goes to the host its x-binance-host names, carries the API key header only when
// its security needs it, and is signed only when it is SIGNED; every parameter travels in the
// query string, for POST and DELETE too, and the body stays empty.
// `make ts-check` only type-checks it (`tsc --noEmit`); it never reaches the network.
import { createHmac, randomUUID } from "node:crypto";

import createClient from "openapi-fetch";

import type { components, operations as OperationTypes, paths } from "../generated/binance-pm.js";
import { hosts, operations, signing, type OperationFacts } from "../generated/operations.js";

type OperationId = keyof typeof operations;
type Host = keyof typeof hosts;
type QueryValue = string | number | boolean | undefined;

/** What a caller passes to an operation: its query parameters less the ones the signer adds. */
export type Params<Op extends OperationId & keyof OperationTypes> = Omit<
  NonNullable<OperationTypes[Op]["parameters"]["query"]>,
  typeof signing.timestampParameter | typeof signing.recvWindowParameter
>;

export interface Credentials {
  /** Needed by every operation but NONE ones (`GET /papi/v1/ping`). */
  apiKey?: string;
  /** HMAC secret key, needed by SIGNED operations only (RSA and Ed25519 keys sign the same bytes). */
  secret?: string;
}

export interface Options {
  /** Replace a host (a mirror such as api1.binance.com, a proxy, a local test server). */
  hostOverrides?: Partial<Record<Host, string>>;
  /** Milliseconds to add to the local clock: the offset measured against GET /api/v3/time. */
  clockOffsetMs?: number;
  recvWindow?: number;
}

/** Lowercase hex HMAC-SHA256 of totalParams (the query string exactly as sent; there is no body). */
export function hmacSignature(secret: string, totalParams: string): string {
  return createHmac("sha256", secret).update(totalParams, "utf8").digest("hex");
}

/**
 * The query string for a SIGNED request: the caller's parameters in order, then recvWindow and
 * timestamp, then `signature` last, computed over exactly the bytes that are sent.
 */
export function signedQuery(
  secret: string,
  params: Record<string, QueryValue>,
  recvWindow: number | undefined,
  timestamp: number,
): string {
  const { timestampParameter, recvWindowParameter, signatureParameter } = signing;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && name !== recvWindowParameter && name !== timestampParameter) {
      query.append(name, String(value));
    }
  }
  if (recvWindow !== undefined) query.append(recvWindowParameter, String(recvWindow));
  query.append(timestampParameter, String(timestamp));
  const totalParams = query.toString();
  return `${totalParams}&${signatureParameter}=${hmacSignature(secret, totalParams)}`;
}

/** The request weight of a call that sends `params` (x-binance-weight and its when-present cases). */
export function weightFor(operation: OperationId, params: Record<string, unknown>): number {
  const { weight }: OperationFacts = operations[operation];
  return weight.whenPresent.find((c) => params[c.parameter] !== undefined)?.value ?? weight.value;
}

/** Refuses, before anything is sent, parameters that break one of the operation's x-binance-rules. */
export function checkRules(operation: OperationId, params: Record<string, unknown>): void {
  const sent = (name: string): boolean => params[name] !== undefined && params[name] !== "";
  const { rules }: OperationFacts = operations[operation];
  for (const rule of rules) {
    const applies = Object.entries(rule.when).every(([name, values]) => values.includes(String(params[name])));
    if (!applies) continue;
    const count = rule.parameters.filter(sent).length;
    const broken = {
      require: count < rule.parameters.length,
      "require-one-of": count === 0,
      exclusive: count > 1,
      forbid: count > 0,
    }[rule.kind];
    if (broken) throw new ParameterError(operation, rule.description);
  }
}

/** A client order id (Binance: 1 to 32 of letters, digits and `.:/_-`): a UUID without its dashes. */
export function newClientOrderId(): string {
  return randomUUID().replaceAll("-", "");
}

export class BinancePm {
  private readonly client = createClient<paths>();
  private readonly credentials: Credentials;
  private readonly options: Options;

  constructor(credentials: Credentials = {}, options: Options = {}) {
    this.credentials = credentials;
    this.options = options;
  }

  /** The base URL of the host an operation's x-binance-host names. */
  baseUrl(operation: OperationId): string {
    const host: Host = operations[operation].host;
    return this.options.hostOverrides?.[host] ?? hosts[host];
  }

  /**
   * What a request of `operation` carries besides its parameters: its host, the API key header
   * when its security needs one (not for NONE), and for SIGNED operations a query serializer that
   * signs the query string.
   */
  private requestOptions(operation: OperationId) {
    const facts: OperationFacts = operations[operation];
    return {
      baseUrl: this.baseUrl(operation),
      headers: facts.needsApiKey ? { [signing.apiKeyHeader]: this.apiKey(operation) } : {},
      ...(facts.signed ? { querySerializer: this.signer(operation) } : {}),
    };
  }

  private apiKey(operation: OperationId): string {
    const { apiKey } = this.credentials;
    if (!apiKey) throw new Error(`${operation} (${operations[operation].securityType}) needs an API key`);
    return apiKey;
  }

  private signer(operation: OperationId) {
    const { secret } = this.credentials;
    if (!secret) throw new Error(`${operation} (${operations[operation].securityType}) is SIGNED: it needs a secret`);
    return (query: Record<string, QueryValue>): string =>
      signedQuery(secret, query, this.options.recvWindow, Number(query[signing.timestampParameter]));
  }

  /** recvWindow and timestamp, which the signed query carries after the caller's parameters. */
  private signedParams() {
    return { recvWindow: this.options.recvWindow, timestamp: Date.now() + (this.options.clockOffsetMs ?? 0) };
  }

  /** GET /papi/v1/ping (NONE): neither API key nor signature. */
  async ping(): Promise<components["schemas"]["EmptyObject"]> {
    const { data, error } = await this.client.GET(operations.testConnectivity.path, {
      ...this.requestOptions("testConnectivity"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** POST /papi/v1/listenKey (USER_STREAM): the API key only, no signature, no parameters. */
  async startUserDataStream(): Promise<string> {
    const { data, error } = await this.client.POST(operations.startUserDataStream.path, {
      ...this.requestOptions("startUserDataStream"),
    });
    if (error) throw new BinanceError(error);
    return data.listenKey;
  }

  /** GET /sapi/v2/portfolio/collateralRate (USER_DATA). */
  async tieredCollateralRate(): Promise<components["schemas"]["TieredCollateralRate"][]> {
    const { data, error } = await this.client.GET(operations.getTieredCollateralRate.path, {
      ...this.requestOptions("getTieredCollateralRate"),
      params: { query: this.signedParams() },
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /sapi/v1/portfolio/collateralRate (MARKET_DATA: API key only, no signature). */
  async classicCollateralRate(): Promise<components["schemas"]["CollateralRate"][]> {
    const { data, error } = await this.client.GET(operations.getClassicCollateralRate.path, {
      ...this.requestOptions("getClassicCollateralRate"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /sapi/v1/portfolio/account (USER_DATA). */
  async accountInfo(): Promise<components["schemas"]["PortfolioMarginProAccount"]> {
    const { data, error } = await this.client.GET(operations.getAccountInfo.path, {
      ...this.requestOptions("getAccountInfo"),
      params: { query: this.signedParams() },
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /papi/v1/um/leverageBracket (USER_DATA), on the papi host. */
  async umLeverageBrackets(symbol?: string): Promise<components["schemas"]["UmLeverageBracket"][]> {
    const { data, error } = await this.client.GET(operations.getUmLeverageBrackets.path, {
      ...this.requestOptions("getUmLeverageBrackets"),
      params: { query: { symbol, ...this.signedParams() } },
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /**
   * POST /papi/v1/um/order (TRADE), every parameter in the signed query string. The client order
   * id is fixed before anything is sent (x-binance-client-order-id), so that an order whose answer
   * is lost can be looked up with queryUmOrder instead of being placed twice.
   */
  async newUmOrder(order: Params<"newUmOrder">): Promise<components["schemas"]["UmOrder"]> {
    const query = { ...order, newClientOrderId: order.newClientOrderId ?? newClientOrderId() };
    checkRules("newUmOrder", query);
    const { data, error } = await this.client.POST(operations.newUmOrder.path, {
      ...this.requestOptions("newUmOrder"),
      params: { query: { ...query, ...this.signedParams() } },
    });
    if (error) throw new BinanceError(error, query.newClientOrderId);
    return data;
  }

  /** DELETE /papi/v1/um/order (TRADE): by Binance's order id or by the client order id. */
  async cancelUmOrder(
    symbol: string,
    order: { orderId: number } | { origClientOrderId: string },
  ): Promise<components["schemas"]["UmOrder"]> {
    const query: Params<"cancelUmOrder"> = { symbol, ...order };
    checkRules("cancelUmOrder", query);
    const { data, error } = await this.client.DELETE(operations.cancelUmOrder.path, {
      ...this.requestOptions("cancelUmOrder"),
      params: { query: { ...query, ...this.signedParams() } },
    });
    if (error) throw new BinanceError(error);
    return data;
  }
}

export class BinanceError extends Error {
  readonly code: number;
  /** The client order id of the order this request placed, to look it up with. */
  readonly clientOrderId: string | undefined;

  constructor(body: components["schemas"]["BinanceError"], clientOrderId?: string) {
    super(`${body.code}: ${body.msg}`);
    this.code = body.code;
    this.clientOrderId = clientOrderId;
  }
}

/** Parameters that break one of the operation's rules; nothing was sent. */
export class ParameterError extends Error {
  constructor(operation: OperationId, rule: string) {
    super(`${operation}: ${rule}`);
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
    price: "30000.10",
  });
  lines.push(`order ${order.orderId} (${order.clientOrderId}) ${order.status}`);
  const cancelled = await pm.cancelUmOrder("BTCUSDT", { origClientOrderId: order.clientOrderId });
  lines.push(`cancelled ${cancelled.orderId}: ${cancelled.status}`);

  const withSymbol = weightFor("queryAllCurrentUmOpenOrders", { symbol: "BTCUSDT" });
  const withoutSymbol = weightFor("queryAllCurrentUmOpenOrders", {});
  lines.push(`open UM orders weigh ${withSymbol} with a symbol, ${withoutSymbol} without`);
  return lines;
}

// Operations that need less than a secret: ping with no credentials at all, a listen key with the API key only.
export async function withoutSecret(apiKey: string): Promise<string[]> {
  await new BinancePm().ping();
  const listenKey = await new BinancePm({ apiKey }).startUserDataStream();
  return [`listenKey ${listenKey}`];
}
