// How the spec's exact decimals look in TypeScript. The types themselves are openapi-typescript's
// (generated/binance-pm.ts); this names them and proves, at compile time, what they are.
import type { components } from "../generated/binance-pm.js";

/**
 * A price, quantity, amount or rate as Binance sends it: JSON string text such as `"0.0125"`,
 * at times with a thousands separator (`"122,559.90199491"`). Schema `DecimalString`,
 * `format: decimal`. It is a `string`, never a `number`: a binary float cannot hold most
 * decimal fractions (0.1 + 0.2 !== 0.3). Keep the text, or hand it to a decimal library after
 * dropping the commas; send decimals as plain decimal text too (`"0.001"`, never `1e-3`).
 */
export type Decimal = components["schemas"]["DecimalString"];

/**
 * The few money fields Binance sends as a bare JSON number (schema `DecimalNumber`, also
 * `format: decimal`). `JSON.parse` can only make a `number` of them, rounded to the nearest
 * double; where the exact value matters, read it from the answer's text.
 */
export type DecimalNumber = components["schemas"]["DecimalNumber"];

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// `make ts-check` fails here if a change of generator or spec ever turns DecimalString into a number.
export const decimalIsString: Exactly<Decimal, string> = true;
export const decimalIsNeverNumber: Exactly<Extract<Decimal, number>, never> = true;
