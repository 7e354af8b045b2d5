// The TypeScript quick start of the README, against the sandbox. Start one, then run this with
// its URL and keys (the sandbox prints both when started without keys):
//   .venv/bin/binance-pm-sandbox &
//   BINANCE_API_KEY=... BINANCE_API_SECRET=... node interop/typescript/dist/src/quickstart.js http://127.0.0.1:PORT
// `make ts-e2e` runs quickStart too, so the README's code is known to work.
import { pathToFileURL } from "node:url";

import { BinancePm, measureClockOffset } from "./main.js";

export async function quickStart(sandboxUrl: string, apiKey: string, secret: string): Promise<string[]> {
  // Every x-binance-host name (api, papi) to the sandbox, which serves both on one port.
  const pm = new BinancePm(
    { apiKey, secret },
    { hostOverrides: { api: sandboxUrl, papi: sandboxUrl }, clockOffsetMs: await measureClockOffset(sandboxUrl) },
  );
  const lines: string[] = [];
  const account = await pm.call("getAccountInfo", {});
  lines.push(`account ${account.accountType} ${account.accountStatus}, equity ${account.accountEquity}`);
  // Decimals are strings both ways; the client adds newClientOrderId, recvWindow, timestamp and the signature.
  const order = await pm.call("newUmOrder", {
    symbol: "BTCUSDT",
    side: "BUY",
    type: "LIMIT",
    timeInForce: "GTC",
    quantity: "0.002",
    price: "20000.5",
  });
  lines.push(`placed ${order.orderId} (${order.clientOrderId}): ${order.status} ${order.origQty} @ ${order.price}`);
  const found = await pm.call("queryUmOrder", { symbol: "BTCUSDT", orderId: order.orderId });
  lines.push(`found ${found.orderId}: ${found.status}`);
  const cancelled = await pm.call("cancelUmOrder", { symbol: "BTCUSDT", orderId: order.orderId });
  lines.push(`cancelled ${cancelled.orderId}: ${cancelled.status}`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [sandboxUrl] = process.argv.slice(2);
  const { BINANCE_API_KEY: apiKey, BINANCE_API_SECRET: secret } = process.env;
  if (!sandboxUrl || !apiKey || !secret) {
    console.error("usage: BINANCE_API_KEY=... BINANCE_API_SECRET=... node quickstart.js SANDBOX_URL");
    process.exit(2);
  }
  for (const line of await quickStart(sandboxUrl, apiKey, secret)) console.log(line);
}
