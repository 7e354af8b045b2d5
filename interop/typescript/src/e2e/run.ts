// `make ts-e2e`: the TypeScript client calls every operation of the spec on the sandbox, and
// fails unless each one is
//   - signed per the spec's description and verified by the sandbox (HMAC-SHA256, then the
//     whole run again with an RSA key and with an Ed25519 key, both signed through node:crypto);
//   - sent to the host its x-binance-host names (each host name is mapped to its own origin,
//     both reaching the one sandbox, so the URL on the wire tells which host the client chose);
//   - answered 200, the answer decoded and checked at run time against the spec's schema and
//     the fields of its example (answers.ts).
// Then deliberate mistakes must be rejected with Binance's code: a wrong secret, a parameter
// moved after signing, a signature by another Ed25519 key. So the run cannot pass by accident.
// Usage: node dist/src/e2e/run.js --bundle build/binance-pm.json --python .venv/bin/python
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { hosts, operations, signing } from "../../generated/operations.js";
import { answerChecker, type AnswerChecker } from "../answers.js";
import { BinanceError, BinancePm, example, measureClockOffset, withoutSecret, type Credentials, type SentRequest } from "../main.js";
import type { Host, OperationId } from "../request.js";
import type { QueryValue } from "../signing.js";
import { quickStart } from "../quickstart.js";
import { Planner, SpecReader, type Call, type SpecOperation } from "./plan.js";
import { SandboxProcess } from "./sandbox.js";

/** Binance's code for a signature that does not verify ("Signature for this request is not valid."). */
const INVALID_SIGNATURE = -1022;

const { values: args } = parseArgs({
  options: {
    bundle: { type: "string", default: "build/binance-pm.json" },
    python: { type: "string", default: process.env.PYTHON ?? "python3" },
  },
});
const bundle = args.bundle as string;
const python = args.python as string;

const spec = new SpecReader(bundle);
const planner = new Planner(spec);
const checker: AnswerChecker = answerChecker(bundle);
const schemeNames = schemeNamesOf(spec);

let passed = 0;
const failures: string[] = [];

function pass(): void {
  passed += 1;
}

function fail(what: string, problem: unknown): void {
  failures.push(`${what}: ${problem instanceof Error ? problem.message : String(problem)}`);
}

/** The names of the ApiKey and Signature schemes, as the spec's securitySchemes define them. */
function schemeNamesOf(reader: SpecReader): { apiKey: string; signature: string; header: string } {
  const schemes = reader.document.components.securitySchemes as Record<string, Record<string, string>>;
  const names = Object.keys(schemes);
  const apiKey = names.find((n) => schemes[n]?.type === "apiKey" && schemes[n]?.in === "header");
  const signature = names.find((n) => schemes[n]?.["x-binance-timestamp-parameter"] !== undefined);
  if (!apiKey || !signature) throw new Error("the spec has no header apiKey scheme or no Signature scheme");
  return { apiKey, signature, header: (schemes[apiKey]?.name ?? "").toLowerCase() };
}

/** Each x-binance-host name mapped to its own origin on the sandbox's port: the wire then tells them apart. */
function hostMap(port: number): Record<Host, string> {
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const names = Object.keys(hosts) as Host[];
  if (names.length > origins.length) throw new Error(`the spec names ${names.length} hosts; give each an origin`);
  return Object.fromEntries(names.map((name, i) => [name, origins[i]])) as Record<Host, string>;
}

/** What the wire shows of one request, compared with what the spec says of its operation. */
function wireProblems(op: SpecOperation, sent: SentRequest, baseUrls: Record<Host, string>, params: Record<string, QueryValue>): string[] {
  const problems: string[] = [];
  const url = new URL(sent.url);
  const wireHost = (Object.keys(baseUrls) as Host[]).find((name) => baseUrls[name] === url.origin);
  if (wireHost !== op.host) problems.push(`sent to ${url.origin} (host ${wireHost}), the spec's x-binance-host is ${op.host}`);
  if (hosts[sent.host] !== op.serverUrl) problems.push(`host ${sent.host} is ${hosts[sent.host]}, the spec's server is ${op.serverUrl}`);
  if (sent.method !== op.method || url.pathname !== op.path) problems.push(`sent ${sent.method} ${url.pathname}`);
  const hasKey = Object.keys(sent.headers).some((h) => h.toLowerCase() === schemeNames.header);
  if (hasKey !== op.schemes.includes(schemeNames.apiKey)) problems.push(`API key header ${hasKey ? "sent" : "missing"}`);
  const names = (url.search.slice(1) ? url.search.slice(1).split("&") : []).map((pair) => decodeURIComponent(pair.split("=")[0] ?? ""));
  const signed = op.schemes.includes(schemeNames.signature);
  const added: string[] = signed ? [signing.recvWindowParameter, signing.timestampParameter, signing.signatureParameter] : [];
  if (signed && names.at(-1) !== signing.signatureParameter) problems.push(`signature is not the last parameter: ${names.join(",")}`);
  if (!signed && names.includes(signing.signatureParameter)) problems.push("a signature on an operation that is not SIGNED");
  // The client adds a client order id to an order the caller gave none (x-binance-client-order-id).
  const idParameter = op.clientOrderIdParameter;
  const expected = [...Object.keys(params), ...(idParameter && !(idParameter in params) ? [idParameter] : [])]
    .filter((name) => params[name] !== undefined || name === idParameter)
    .sort();
  const carried = names.filter((name) => !added.includes(name)).sort();
  if (expected.join() !== carried.join()) problems.push(`the query carries ${carried.join(",")}, not ${expected.join(",")}`);
  return problems;
}

/** `params` with the placed order's id (its answer's field named `id`) where they name one. */
function naming(params: Record<string, QueryValue>, id: string | null, placed: unknown): Record<string, QueryValue> {
  if (id === null || !(id in params)) return params;
  const value = (placed as Record<string, unknown> | null)?.[id];
  if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "string") {
    throw new Error(`the order placed first answered no ${id}`);
  }
  return { ...params, [id]: value };
}

/** Of `params`, those `operationId` takes. */
function taken(operationId: string, params: Record<string, QueryValue>): Record<string, QueryValue> {
  const names = new Set(spec.operation(operationId).parameters.map((p) => p.name));
  return Object.fromEntries(Object.entries(params).filter(([name]) => names.has(name)));
}

/** Every operation of the spec, in the spec's order, through `pm`; returns the lines to print. */
async function everyOperation(label: string, credentials: Credentials, sandbox: SandboxProcess): Promise<string[]> {
  const baseUrls = hostMap(sandbox.port);
  const sent: SentRequest[] = [];
  const clockOffsetMs = await measureClockOffset(baseUrls.api);
  const pm = new BinancePm(credentials, {
    hostOverrides: baseUrls,
    clockOffsetMs,
    checkAnswer: (operation, answerText) => checker.check(operation, answerText),
    onSent: (request) => sent.push(request),
  });
  const lines: string[] = [];
  const empty: string[] = [];
  let ok = 0;
  for (const op of spec.operations) {
    const call: Call = planner.plan(op);
    try {
      let params = call.params;
      if (call.first) {
        const answer = await pm.send(call.first.operationId as OperationId, call.first.params);
        params = naming(params, call.first.id, answer);
      }
      if (call.finishFirst) await pm.send(call.finishFirst as OperationId, taken(call.finishFirst, params));
      const before = checker.exampleFieldsChecked.get(op.operationId) ?? 0;
      await pm.send(op.operationId as OperationId, params);
      const request = sent.at(-1);
      if (!request || request.operation !== op.operationId) throw new Error("no request recorded");
      const problems = wireProblems(op, request, baseUrls, params);
      if (problems.length > 0) throw new Error(problems.join("; "));
      const fields = (checker.exampleFieldsChecked.get(op.operationId) ?? 0) - before;
      // An empty list fits any list schema, and an answer may leave out the example's optional
      // fields: say so, since it compared none of the example's fields.
      if (fields === 0 && JSON.stringify(op.example ?? {}) !== "{}") empty.push(op.operationId);
      const how = op.schemes.includes(schemeNames.signature) ? `SIGNED ${label}` : operations[op.operationId as OperationId].securityType;
      lines.push(
        `ok ${op.method.padEnd(6)} ${op.path.padEnd(44)} ${op.host.padEnd(4)} -> ${new URL(request.url).origin}  ${how}; ${fields} example field(s) checked`,
      );
      ok += 1;
      pass();
    } catch (error) {
      const detail = error instanceof BinanceError ? `HTTP ${error.status} code ${error.message}` : error;
      fail(`${label} ${op.operationId}`, detail instanceof Error ? detail.message : detail);
    }
  }
  lines.push(`${label}: ${ok} of ${spec.operations.length} operations answered 200, as the spec describes`);
  if (empty.length > 0) lines.push(`${label}: answers that compared none of their example's fields (an empty list, or optional fields left out): ${empty.join(", ")}`);
  return lines;
}

/** Expects `attempt` to be answered with Binance's `code`. */
async function rejected(what: string, code: number, attempt: () => Promise<unknown>): Promise<string> {
  try {
    await attempt();
    fail(what, `accepted; expected code ${code}`);
    return `FAILED ${what}: accepted`;
  } catch (error) {
    if (error instanceof BinanceError && error.code === code) {
      pass();
      return `ok ${what}: rejected, HTTP ${error.status} code ${error.code}`;
    }
    fail(what, `expected code ${code}, got ${error instanceof Error ? error.message : String(error)}`);
    return `FAILED ${what}`;
  }
}

/** Deliberate mistakes on the HMAC sandbox and the Ed25519 sandbox: each must be refused with -1022. */
async function mistakes(hmac: SandboxProcess, apiKey: string, secret: string, ed: SandboxProcess, edKey: string): Promise<string[]> {
  const lines: string[] = [];
  const target = spec.operations.find((op) => op.schemes.includes(schemeNames.signature) && Object.keys(planner.arguments(op)).length > 0);
  if (!target) throw new Error("no SIGNED operation with parameters to break");
  const id = target.operationId as OperationId;
  const params = planner.arguments(target);
  const baseUrls = hostMap(hmac.port);

  lines.push(await rejected(`${id} signed with a wrong secret`, INVALID_SIGNATURE, () =>
    new BinancePm({ apiKey, secret: `${secret}x` }, { hostOverrides: baseUrls }).send(id, params)));

  // Signed as usual, then the first parameter moved to just before the signature: same bytes, another order.
  lines.push(await rejected(`${id} with ${Object.keys(params)[0]} moved after signing`, INVALID_SIGNATURE, async () => {
    const request = new BinancePm({ apiKey, secret }, { hostOverrides: baseUrls }).prepare(id, params);
    const [base, query = ""] = request.url.split("?");
    const pairs = query.split("&");
    const signature = pairs.pop() ?? "";
    const moved = [...pairs.slice(1), pairs[0] ?? "", signature].join("&");
    if (moved === query) throw new Error("moving the parameter changed nothing");
    const response = await fetch(`${base}?${moved}`, { method: request.method, headers: request.headers });
    throw BinanceError.from(response.status, await response.json());
  }));

  const stranger = generateKeyPairSync("ed25519").privateKey;
  lines.push(await rejected(`${id} signed by an Ed25519 key the sandbox does not know`, INVALID_SIGNATURE, () =>
    new BinancePm({ apiKey: edKey, privateKey: stranger }, { hostOverrides: hostMap(ed.port) }).send(id, params)));
  return lines;
}

/** The README's quick start (quickstart.ts) and main.ts's own examples (its named methods). */
async function examples(sandbox: SandboxProcess, apiKey: string, secret: string): Promise<string[]> {
  const hostOverrides = hostMap(sandbox.port);
  const out: string[] = [];
  const runs: [string, () => Promise<string[]>][] = [
    ["quickstart.ts", () => quickStart(sandbox.url, apiKey, secret)],
    [
      "main.ts examples",
      async () => [
        ...(await example(new BinancePm({ apiKey, secret }, { hostOverrides }))),
        ...(await withoutSecret(apiKey, { hostOverrides })),
      ],
    ],
  ];
  for (const [name, attempt] of runs) {
    try {
      const lines = await attempt();
      pass();
      out.push(`ok ${name}`, ...lines.map((line) => `   ${line}`));
    } catch (error) {
      fail(name, error);
      out.push(`FAILED ${name}`);
    }
  }
  return out;
}

function newKey(type: "rsa" | "ed25519", apiKey: string, folder: string): { apiKey: string; privateKey: KeyObject; publicKeyFile: string } {
  const { privateKey, publicKey } =
    type === "rsa" ? generateKeyPairSync("rsa", { modulusLength: 2048 }) : generateKeyPairSync("ed25519");
  const publicKeyFile = join(folder, `${type}.pem`);
  writeFileSync(publicKeyFile, publicKey.export({ type: "spki", format: "pem" }));
  return { apiKey, privateKey, publicKeyFile };
}

async function main(): Promise<number> {
  const started = Date.now();
  const generated = Object.keys(operations).sort().join();
  if (generated !== spec.operations.map((op) => op.operationId).sort().join()) {
    throw new Error("generated/operations.ts does not list the spec's operations: run make ts-e2e again");
  }
  const folder = mkdtempSync(join(tmpdir(), "ts-e2e-"));
  const sandboxes: SandboxProcess[] = [];
  try {
    // The HMAC sandbox with its demo key and secret; the RSA and Ed25519 ones register the same
    // API key with a public key the run makes. One API key means one kind of sandbox account.
    const hmacBox = await SandboxProcess.start(python, null);
    sandboxes.push(hmacBox);
    if (!hmacBox.demo) throw new Error("the HMAC sandbox printed no demo key");
    const { apiKey, secret } = hmacBox.demo;
    const rsa = newKey("rsa", apiKey, folder);
    const ed = newKey("ed25519", apiKey, folder);
    const [rsaBox, edBox] = await Promise.all([
      SandboxProcess.start(python, { apiKey, publicKeyFile: rsa.publicKeyFile }),
      SandboxProcess.start(python, { apiKey, publicKeyFile: ed.publicKeyFile }),
    ]);
    sandboxes.push(rsaBox, edBox);
    console.log(`sandboxes: HMAC ${hmacBox.url}, RSA ${rsaBox.url}, Ed25519 ${edBox.url}`);
    const hosts = hostMap(hmacBox.port);
    console.log(`hosts: ${Object.entries(hosts).map(([name, url]) => `${name} -> ${url}`).join(", ")} (from x-binance-host)`);
    for (const line of await everyOperation("HMAC-SHA256", { apiKey, secret }, hmacBox)) console.log(line);
    const [rsaLines, edLines] = await Promise.all([
      everyOperation("RSA", { apiKey: rsa.apiKey, privateKey: rsa.privateKey }, rsaBox),
      everyOperation("Ed25519", { apiKey: ed.apiKey, privateKey: ed.privateKey }, edBox),
    ]);
    for (const line of [...rsaLines, ...edLines]) if (!line.startsWith("ok ")) console.log(line);
    for (const line of await mistakes(hmacBox, apiKey, secret, edBox, ed.apiKey)) console.log(line);
    for (const line of await examples(hmacBox, apiKey, secret)) console.log(line);
  } finally {
    const statuses = await Promise.all(sandboxes.map((box) => box.stop()));
    if (statuses.some((status) => status !== 0)) fail("sandbox", `exit statuses ${statuses.join(", ")}: ${sandboxes.map((b) => b.log()).join("\n")}`);
    rmSync(folder, { recursive: true, force: true });
  }
  // Every operation on each of three sandboxes, three mistakes, two example programs.
  const expected = spec.operations.length * 3 + 3 + 2;
  if (passed + failures.length !== expected) fail("ts-e2e", `${passed + failures.length} checks ran, not ${expected}`);
  for (const failure of failures) console.log(`FAILED ${failure}`);
  console.log(`ts-e2e: ${spec.operations.length} operations x 3 signers, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`ts-e2e: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`ts-e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
