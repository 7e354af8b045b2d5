// One request of any operation, built from the spec's facts alone (generated/operations.ts):
// the host its x-binance-host names, the API key header when its security type needs it, every
// parameter in the query string in the spec's order (POST, PUT and DELETE too; never a body),
// and for SIGNED operations recvWindow, timestamp and the signature last.
import { hosts, operations, signing, type OperationFacts } from "../generated/operations.js";
import { encodeQuery, signedQuery, type QueryValue, type Signer } from "./signing.js";

export type OperationId = keyof typeof operations;
export type Host = keyof typeof hosts;

export interface PreparedRequest {
  readonly operation: OperationId;
  /** The x-binance-host the request goes to, and the base URL that host was mapped to. */
  readonly host: Host;
  readonly baseUrl: string;
  readonly method: OperationFacts["method"];
  /** The full URL: base URL, path and the query string byte for byte as signed. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface Auth {
  readonly apiKey?: string | undefined;
  readonly signer?: Signer | undefined;
}

export interface Timing {
  readonly timestamp: number;
  readonly recvWindow?: number | undefined;
}

/** Parameters that break one of the operation's rules, or that it does not have; nothing was sent. */
export class ParameterError extends Error {
  constructor(operation: string, problem: string) {
    super(`${operation}: ${problem}`);
    this.name = "ParameterError";
  }
}

/** Refuses, before anything is sent, parameters that break one of the operation's x-binance-rules. */
export function checkRules(operation: OperationId, params: Readonly<Record<string, unknown>>): void {
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

/** The caller's parameters in the spec's order; a name the operation does not have is refused. */
export function orderedParams(
  operation: OperationId,
  params: Readonly<Record<string, QueryValue>>,
): [string, QueryValue][] {
  const { parameters }: OperationFacts = operations[operation];
  const known = new Set(parameters.map((p) => p.name));
  const unknown = Object.keys(params).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new ParameterError(operation, `no parameter named ${unknown.join(", ")}`);
  const added: string[] = [signing.timestampParameter, signing.recvWindowParameter];
  return parameters
    .filter((p) => !added.includes(p.name) && params[p.name] !== undefined)
    .map((p) => [p.name, params[p.name]]);
}

/**
 * The request for `operation`. `baseUrls` maps each x-binance-host name to a base URL: the
 * spec's own servers, or a mirror, a proxy or the sandbox.
 */
export function prepareRequest(
  operation: OperationId,
  params: Readonly<Record<string, QueryValue>>,
  auth: Auth,
  timing: Timing,
  baseUrls: Readonly<Record<Host, string>>,
): PreparedRequest {
  const facts: OperationFacts = operations[operation];
  checkRules(operation, params);
  const ordered = orderedParams(operation, params);
  const headers: Record<string, string> = {};
  if (facts.needsApiKey) {
    if (!auth.apiKey) throw new Error(`${operation} (${facts.securityType}) needs an API key`);
    headers[signing.apiKeyHeader] = auth.apiKey;
  }
  let query: string;
  if (facts.signed) {
    if (!auth.signer) throw new Error(`${operation} (${facts.securityType}) is SIGNED: it needs a secret or a private key`);
    query = signedQuery(auth.signer, ordered, timing.recvWindow, timing.timestamp);
  } else {
    query = encodeQuery(ordered);
  }
  const host: Host = facts.host;
  const baseUrl = baseUrls[host];
  const url = `${baseUrl.replace(/\/+$/, "")}${facts.path}${query ? `?${query}` : ""}`;
  return { operation, host, baseUrl, method: facts.method, url, headers };
}
