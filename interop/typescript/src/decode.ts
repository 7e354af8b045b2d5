// Decoding an answer's JSON without losing an id. JSON.parse turns every number into a double,
// which holds integers exactly only up to 2^53 (9007199254740991); Binance's order ids go past
// it (8389765500000000001 would come back as ...000000). So an integer beyond that range is
// decoded as a bigint, which is why generated/binance-pm.ts types `format: int64` as
// `number | bigint`. Any other number is a `number`, as openapi-typescript types it.
import { parse } from "lossless-json";

/** A JSON number's text as a number, or as a bigint when it is an integer a number cannot hold. */
export function decodeNumber(text: string): number | bigint {
  const value = Number(text);
  return /^-?[0-9]+$/.test(text) && !Number.isSafeInteger(value) ? BigInt(text) : value;
}

/** The JSON `text` decoded, integers beyond 2^53 as bigints. */
export function decodeJson(text: string): unknown {
  return parse(text, null, decodeNumber);
}
