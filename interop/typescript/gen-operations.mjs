// Writes generated/operations.ts: what the spec's vendor extensions and security requirements say
// about each operation (host, security, weight with its when-present cases, parameters, rules,
// client order id, doc group), and the signing names of the Signature scheme, so that the program
// routes, signs and checks by the spec, not by hand. openapi-typescript gives the types; this
// gives the facts that no OpenAPI generator reads.
// Usage: node gen-operations.mjs <bundled spec .json> <out .ts>   (an out .json gets the same facts as JSON)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const [specPath, outPath] = process.argv.slice(2);
if (!specPath || !outPath) {
  console.error("usage: node gen-operations.mjs SPEC.json OUT.ts");
  process.exit(2);
}
const spec = JSON.parse(readFileSync(specPath, "utf8"));
// In binance_pm_spec's order, so both list the operations alike.
const METHODS = ["get", "put", "post", "delete", "patch"];
const RULE_KINDS = ["require", "require-one-of", "exclusive", "forbid"];

/** A local $ref followed to what it points at. */
function resolve(node) {
  while (node && typeof node.$ref === "string") {
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((at, part) => at?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
    if (node === undefined) throw new Error(`$ref points at nothing`);
  }
  return node;
}

// The two schemes, found as binance_pm_spec finds them: the header apiKey scheme, and the
// scheme that names the timestamp parameter (the signature).
const schemes = spec.components.securitySchemes;
const apiKeyScheme = Object.keys(schemes).find((n) => schemes[n].type === "apiKey" && schemes[n].in === "header");
const signatureScheme = Object.keys(schemes).find((n) => "x-binance-timestamp-parameter" in schemes[n]);
if (!apiKeyScheme || !signatureScheme) throw new Error("need a header apiKey scheme and a Signature scheme");
const signing = {
  apiKeyHeader: schemes[apiKeyScheme].name,
  signatureParameter: schemes[signatureScheme].name,
  timestampParameter: schemes[signatureScheme]["x-binance-timestamp-parameter"],
  recvWindowParameter: schemes[signatureScheme]["x-binance-recv-window-parameter"],
  timestampMaxAheadMs: schemes[signatureScheme]["x-binance-timestamp-max-ahead-ms"],
  timePath: spec["x-binance-time-path"],
};
const securityTypes = spec["x-binance-security-types"];

const hosts = {};
for (const server of spec.servers ?? []) hosts[server["x-binance-host"]] = server.url;

function rulesOf(op) {
  return (op["x-binance-rules"] ?? []).map((rule) => {
    const kinds = RULE_KINDS.filter((kind) => kind in rule);
    if (kinds.length !== 1) throw new Error(`${op.operationId}: a rule needs exactly one of ${RULE_KINDS}`);
    const kind = kinds[0];
    return { kind, parameters: rule[kind], when: rule.when ?? {}, description: rule.description };
  });
}

const operations = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const id = op.operationId;
    const servers = op.servers ?? item.servers ?? [];
    if (servers.length !== 1) throw new Error(`${id}: expected one server, got ${servers.length}`);
    const securityType = op["x-binance-security-type"];
    const required = new Set((op.security ?? spec.security ?? []).flatMap((req) => Object.keys(req)));
    const expected = securityTypes[securityType];
    if (!expected || expected.length !== required.size || !expected.every((s) => required.has(s))) {
      throw new Error(`${id}: security ${[...required]} is not what ${securityType} requires (${expected})`);
    }
    const weight = op["x-binance-weight"];
    const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
      .map(resolve)
      .filter((p) => p.in === "query")
      .map((p) => ({ name: p.name, required: p.required === true }));
    const clientOrderId = op["x-binance-client-order-id"];
    operations[id] = {
      method: method.toUpperCase(),
      path,
      host: servers[0]["x-binance-host"],
      securityType,
      needsApiKey: required.has(apiKeyScheme),
      signed: required.has(signatureScheme),
      weight: { value: weight.value, per: weight.per, whenPresent: weight["when-present"] ?? [] },
      parameters,
      rules: rulesOf(op),
      clientOrderId: clientOrderId
        ? {
            parameter: clientOrderId.parameter,
            lookup: clientOrderId.lookup
              ? {
                  operationId: clientOrderId.lookup.operationId,
                  parameter: clientOrderId.lookup.parameter,
                  copy: clientOrderId.lookup.copy ?? [],
                  notFoundCodes: clientOrderId.lookup["not-found-codes"] ?? [],
                }
              : null,
          }
        : null,
      docGroup: op["x-binance-doc-group"],
      deprecated: op.deprecated === true,
    };
  }
}

const json = (value) => JSON.stringify(value, null, 2);
// One line per fact keeps 126 operations readable: "parameters": [{"name":"symbol",...}, ...].
const table = (rows) =>
  "{\n" +
  Object.entries(rows)
    .map(([id, facts]) => {
      const lines = Object.entries(facts).map(([key, value]) => `    ${key}: ${JSON.stringify(value)},`);
      return `  ${id}: {\n${lines.join("\n")}\n  },`;
    })
    .join("\n") +
  "\n}";
const header = `// Generated by gen-operations.mjs from ${specPath.split("/").pop()}; do not edit.

export type SecurityType = ${Object.keys(securityTypes)
  .map((t) => json(t))
  .join(" | ")};

/** One case of x-binance-weight.when-present: the weight when \`parameter\` is sent. */
export interface WeightCase {
  readonly parameter: string;
  readonly value: number;
}

/** One of x-binance-rules: \`kind\` applied to \`parameters\` when every \`when\` parameter has one of its values. */
export interface ParameterRule {
  readonly kind: "require" | "require-one-of" | "exclusive" | "forbid";
  readonly parameters: readonly string[];
  readonly when: Readonly<Record<string, readonly string[]>>;
  readonly description: string;
}

export interface OperationFacts {
  readonly method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  readonly path: string;
  readonly host: keyof typeof hosts;
  readonly securityType: SecurityType;
  readonly needsApiKey: boolean;
  readonly signed: boolean;
  /** The weight is the value of the first whenPresent case whose parameter is sent, else \`value\`. */
  readonly weight: { readonly value: number; readonly per: "IP" | "UID"; readonly whenPresent: readonly WeightCase[] };
  readonly parameters: readonly { readonly name: string; readonly required: boolean }[];
  readonly rules: readonly ParameterRule[];
  readonly clientOrderId: {
    readonly parameter: string;
    readonly lookup: {
      readonly operationId: string;
      readonly parameter: string;
      readonly copy: readonly string[];
      readonly notFoundCodes: readonly number[];
    } | null;
  } | null;
  readonly docGroup: "account" | "market_data" | "trade" | "user_data_streams";
  readonly deprecated: boolean;
}
`;
const typescript =
  header +
  `\nexport const hosts = ${json(hosts)} as const;\n` +
  `\nexport const signing = ${json(signing)} as const;\n` +
  `\nexport const securityTypes = ${json(securityTypes)} as const satisfies Record<SecurityType, readonly string[]>;\n` +
  `\nexport const operations = ${table(operations)} as const satisfies Record<string, OperationFacts>;\n`;
// An out .json gets the same facts as data, for checking them against the Python reader (tests/doccheck).
const data = json({ hosts, signing, securityTypes, operations }) + "\n";
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, outPath.endsWith(".json") ? data : typescript);
console.log(`wrote ${outPath} (${Object.keys(operations).length} operations)`);
