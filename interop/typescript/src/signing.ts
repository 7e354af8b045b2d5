// Signing a SIGNED request as the spec's info.description says ("Signing a SIGNED request"),
// with node:crypto only. The names of the parameters come from the Signature security scheme
// (generated/operations.ts), never from this file.
import { createHmac, createPrivateKey, sign, type KeyObject } from "node:crypto";

import { signing } from "../generated/operations.js";

/** Turns totalParams into the text that follows `signature=` in the query. */
export interface Signer {
  readonly kind: "HMAC-SHA256" | "RSA" | "Ed25519";
  sign(totalParams: string): string;
}

/** HMAC keys: the lowercase hex of HMAC-SHA256 over totalParams, keyed with the API secret. */
export function hmacSigner(secret: string): Signer {
  return { kind: "HMAC-SHA256", sign: (totalParams) => hmacSignature(secret, totalParams) };
}

/** Lowercase hex HMAC-SHA256 of totalParams (the query string exactly as sent; there is no body). */
export function hmacSignature(secret: string, totalParams: string): string {
  return createHmac("sha256", secret).update(totalParams, "utf8").digest("hex");
}

/**
 * RSA keys: base64 of RSASSA-PKCS1-v1_5 with SHA-256; Ed25519 keys: base64 of the Ed25519
 * signature. Either is percent-encoded, since base64 holds `+`, `/` and `=`.
 */
export function privateKeySigner(privateKey: KeyObject | string): Signer {
  const key = typeof privateKey === "string" ? createPrivateKey(privateKey) : privateKey;
  const type = key.asymmetricKeyType;
  if (type !== "rsa" && type !== "ed25519") throw new Error(`a ${type ?? "symmetric"} key cannot sign for Binance`);
  // Ed25519 hashes internally, so node:crypto takes no digest name for it.
  const digest = type === "rsa" ? "sha256" : null;
  return {
    kind: type === "rsa" ? "RSA" : "Ed25519",
    sign: (totalParams) => encodeURIComponent(sign(digest, Buffer.from(totalParams, "utf8"), key).toString("base64")),
  };
}

export type QueryValue = string | number | bigint | boolean | undefined;

/** `name=value` pairs joined by `&`, each side percent-encoded: the bytes that are sent. */
export function encodeQuery(params: Iterable<readonly [string, QueryValue]>): string {
  const pairs: string[] = [];
  for (const [name, value] of params) {
    if (value !== undefined) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return pairs.join("&");
}

/**
 * The query string of a SIGNED request: the caller's parameters in the order given, then
 * recvWindow (if any) and timestamp, then `signature` last, computed over exactly the bytes
 * that are sent before it.
 */
export function signedQuery(
  signer: Signer,
  params: Iterable<readonly [string, QueryValue]>,
  recvWindow: number | undefined,
  timestamp: number,
): string {
  const { timestampParameter, recvWindowParameter, signatureParameter } = signing;
  const caller = [...params].filter(([name]) => name !== recvWindowParameter && name !== timestampParameter);
  const totalParams = encodeQuery([...caller, [recvWindowParameter, recvWindow], [timestampParameter, timestamp]]);
  return `${totalParams}&${signatureParameter}=${signer.sign(totalParams)}`;
}
