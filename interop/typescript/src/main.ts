// A TypeScript client for the four operations, from the same spec as the Python client:
// types from openapi-typescript, requests through openapi-fetch, each request sent to the
// host its x-binance-host names and SIGNED ones signed as the spec's info.description says.
// `make ts-check` only type-checks it (`tsc --noEmit`); it never reaches the network.
import { createHmac } from "node:crypto";

import createClient from "openapi-fetch";

import type { components, paths } from "../generated/binance-pm.js";
import { hosts, operations } from "../generated/operations.js";

type OperationId = keyof typeof operations;
type Host = keyof typeof hosts;

export interface Credentials {
  apiKey: string;
  /** HMAC secret key (RSA and Ed25519 keys sign the same bytes; see the spec's description). */
  secret: string;
}

export interface Options {
  /** Replace a host (a mirror such as api1.binance.com, a proxy, a local test server). */
  hostOverrides?: Partial<Record<Host, string>>;
  /** Milliseconds to add to the local clock: the offset measured against GET /api/v3/time. */
  clockOffsetMs?: number;
  recvWindow?: number;
}

/** Lowercase hex HMAC-SHA256 of totalParams (the query string exactly as sent; GET has no body). */
export function hmacSignature(secret: string, totalParams: string): string {
  return createHmac("sha256", secret).update(totalParams, "utf8").digest("hex");
}

/**
 * The query string for a SIGNED request: the caller's parameters in order, then recvWindow and
 * timestamp, then `signature` last, computed over exactly the bytes that are sent.
 */
export function signedQuery(
  secret: string,
  params: Record<string, string | number | boolean | undefined>,
  recvWindow: number | undefined,
  timestamp: number,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && name !== "recvWindow" && name !== "timestamp") query.append(name, String(value));
  }
  if (recvWindow !== undefined) query.append("recvWindow", String(recvWindow));
  query.append("timestamp", String(timestamp));
  const totalParams = query.toString();
  return `${totalParams}&signature=${hmacSignature(secret, totalParams)}`;
}

export class BinancePm {
  private readonly client;
  private readonly options: Options;
  private readonly credentials: Credentials;

  constructor(credentials: Credentials, options: Options = {}) {
    this.credentials = credentials;
    this.options = options;
    // The API key header goes on every request (MARKET_DATA and SIGNED alike).
    this.client = createClient<paths>({ headers: { "X-MBX-APIKEY": credentials.apiKey } });
  }

  /** The base URL of the host an operation's x-binance-host names. */
  baseUrl(operation: OperationId): string {
    const host: Host = operations[operation].host;
    return this.options.hostOverrides?.[host] ?? hosts[host];
  }

  private timestamp(): number {
    return Date.now() + (this.options.clockOffsetMs ?? 0);
  }

  /** A query serializer that signs, for operations whose security type is SIGNED. */
  private signer(operation: OperationId) {
    if (!operations[operation].signed) throw new Error(`${operation} is not SIGNED`);
    return (query: Record<string, string | number | boolean | undefined>): string =>
      signedQuery(this.credentials.secret, query, query.recvWindow as number | undefined, Number(query.timestamp));
  }

  private signedParams() {
    return { recvWindow: this.options.recvWindow, timestamp: this.timestamp() };
  }

  /** GET /sapi/v2/portfolio/collateralRate (USER_DATA). */
  async tieredCollateralRate(): Promise<components["schemas"]["TieredCollateralRate"][]> {
    const { data, error } = await this.client.GET("/sapi/v2/portfolio/collateralRate", {
      baseUrl: this.baseUrl("getTieredCollateralRate"),
      params: { query: this.signedParams() },
      querySerializer: this.signer("getTieredCollateralRate"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /sapi/v1/portfolio/collateralRate (MARKET_DATA: API key only, no signature). */
  async classicCollateralRate(): Promise<components["schemas"]["CollateralRate"][]> {
    const { data, error } = await this.client.GET("/sapi/v1/portfolio/collateralRate", {
      baseUrl: this.baseUrl("getClassicCollateralRate"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /sapi/v1/portfolio/account (USER_DATA). */
  async accountInfo(): Promise<components["schemas"]["PortfolioMarginProAccount"]> {
    const { data, error } = await this.client.GET("/sapi/v1/portfolio/account", {
      baseUrl: this.baseUrl("getAccountInfo"),
      params: { query: this.signedParams() },
      querySerializer: this.signer("getAccountInfo"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }

  /** GET /papi/v1/um/leverageBracket (USER_DATA), on the papi host. */
  async umLeverageBrackets(symbol?: string): Promise<components["schemas"]["UmLeverageBracket"][]> {
    const { data, error } = await this.client.GET("/papi/v1/um/leverageBracket", {
      baseUrl: this.baseUrl("getUmLeverageBrackets"),
      params: { query: { symbol, ...this.signedParams() } },
      querySerializer: this.signer("getUmLeverageBrackets"),
    });
    if (error) throw new BinanceError(error);
    return data;
  }
}

export class BinanceError extends Error {
  readonly code: number;

  constructor(body: components["schemas"]["BinanceError"]) {
    super(`${body.code}: ${body.msg}`);
    this.code = body.code;
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
  return lines;
}
