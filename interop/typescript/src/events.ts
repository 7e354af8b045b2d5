// Decoding the user data stream in TypeScript, from the same spec as binance_pm.events: an
// event is narrowed by its "e" field (case-sensitive: "E" is the event time); a type the
// spec does not list comes back as an unknown event holding its data.
import { userDataStream, type UserDataEvent, type UserDataEventType } from "../generated/events.js";

export interface UnknownEvent {
  readonly kind: "unknown";
  readonly eventType: string | null;
  readonly data: unknown;
}

export type Decoded = { readonly kind: "event"; readonly event: UserDataEvent } | UnknownEvent;

const known: ReadonlySet<string> = new Set(userDataStream.eventTypes);

function isKnown(type: unknown): type is UserDataEventType {
  return typeof type === "string" && known.has(type);
}

/** One stream message as a typed event, or an unknown one. */
export function decodeEvent(message: string): Decoded {
  const data: unknown = JSON.parse(message);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { kind: "unknown", eventType: null, data };
  }
  const type = (data as Record<string, unknown>)[userDataStream.eventTypeField];
  if (!isKnown(type)) {
    return { kind: "unknown", eventType: typeof type === "string" ? type : null, data };
  }
  return { kind: "event", event: data as UserDataEvent };
}

/** What one event of each kind says, read through its own type: the union narrows on "e". */
export function describe(event: UserDataEvent): string {
  switch (event.e) {
    case "ORDER_TRADE_UPDATE":
      return `${event.o.s} ${event.o.S ?? ""} ${event.o.X ?? ""} at ${event.o.L ?? ""} (event time ${event.E})`;
    case "ACCOUNT_UPDATE":
      return `${event.a.m ?? ""}: ${(event.a.B ?? []).map((b) => `${b.a}=${b.wb ?? ""}`).join(", ")}`;
    case "CONDITIONAL_ORDER_TRADE_UPDATE":
      return `strategy ${event.so.si} ${event.so.os ?? ""}`;
    case "ALGO_UPDATE":
      return `algo ${event.o.aid} ${event.o.X ?? ""}`;
    case "ACCOUNT_CONFIG_UPDATE":
      return `${event.ac?.s ?? ""} leverage ${event.ac?.l ?? ""}`;
    case "executionReport":
      return `${event.s} ${event.X ?? ""} ${event.z ?? ""}`;
    case "outboundAccountPosition":
      return (event.B ?? []).map((b) => `${b.a} free ${b.f ?? ""}`).join(", ");
    case "balanceUpdate":
      return `${event.a ?? ""} ${event.d ?? ""}`;
    case "liabilityChange":
      return `${event.a ?? ""} liability ${event.l ?? ""}`;
    case "openOrderLoss":
      return (event.O ?? []).map((loss) => `${loss.a} ${loss.o ?? ""}`).join(", ");
    case "riskLevelChange":
      return `${event.s ?? ""} at uniMMR ${event.u ?? ""}`;
    case "listenKeyExpired":
      return `listenKey ${event.listenKey ?? ""} expired`;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** One message of each kind, as the stream sends them. */
export const samples: Record<UserDataEventType, string> = {
  ORDER_TRADE_UPDATE:
    '{"e":"ORDER_TRADE_UPDATE","fs":"UM","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"my_order_000001","S":"SELL","o":"LIMIT","x":"TRADE","X":"FILLED","i":8886774,"l":"0.001","z":"0.001","L":"70321.5"}}',
  ACCOUNT_UPDATE:
    '{"e":"ACCOUNT_UPDATE","fs":"UM","E":1564745798939,"T":1564745798938,"a":{"m":"ORDER","B":[{"a":"USDT","wb":"122624.12345678","cw":"100.12345678","bc":"50.12345678"}],"P":[]}}',
  CONDITIONAL_ORDER_TRADE_UPDATE:
    '{"e":"CONDITIONAL_ORDER_TRADE_UPDATE","T":1669262908216,"E":1669262908218,"fs":"UM","so":{"s":"BTCUSDT","si":176057,"os":"NEW"}}',
  ALGO_UPDATE: '{"e":"ALGO_UPDATE","T":1750515742297,"E":1750515742303,"o":{"aid":2148719,"s":"BNBUSDT","X":"CANCELED"}}',
  ACCOUNT_CONFIG_UPDATE:
    '{"e":"ACCOUNT_CONFIG_UPDATE","fs":"UM","E":1611646737479,"T":1611646737476,"ac":{"s":"BTCUSDT","l":25}}',
  executionReport: '{"e":"executionReport","E":1499405658658,"s":"ETHBTC","i":4293153,"X":"NEW","z":"0.00000000","N":null}',
  outboundAccountPosition:
    '{"e":"outboundAccountPosition","E":1564034571105,"u":1564034571073,"U":1027053479517,"B":[{"a":"ETH","f":"10000.000000","l":"0.000000"}]}',
  balanceUpdate: '{"e":"balanceUpdate","E":1573200697110,"a":"BTC","d":"100.00000000","U":1027053479517,"T":1573200697068}',
  liabilityChange:
    '{"e":"liabilityChange","E":1573200697110,"a":"BTC","t":"BORROW","T":1352286576452864727,"p":"1.03453430","i":"0","l":"1.03476851"}',
  openOrderLoss: '{"e":"openOrderLoss","E":1678710578788,"O":[{"a":"BUSD","o":"-0.1232313"}]}',
  riskLevelChange:
    '{"e":"riskLevelChange","E":1587727187525,"u":"1.99999999","s":"MARGIN_CALL","eq":"30.23416728","ae":"30.23416728","m":"15.11708371"}',
  listenKeyExpired: '{"e":"listenKeyExpired","E":1576653824250,"listenKey":"WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"}',
};

/** Decodes every sample: each is a known event of the kind it is filed under. */
export function decodeSamples(): string[] {
  return (Object.keys(samples) as UserDataEventType[]).map((type) => {
    const decoded = decodeEvent(samples[type]);
    if (decoded.kind !== "event" || decoded.event.e !== type) {
      throw new Error(`${type} did not decode as itself`);
    }
    return describe(decoded.event);
  });
}
