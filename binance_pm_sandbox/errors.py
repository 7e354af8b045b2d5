"""Binance's error answers, with the codes and messages Binance documents.

Every rejection the sandbox gives is made here, so each code has one message. The messages
are the ones of Binance's derivatives error-code pages (``{"code": -1121, "msg": "Invalid
symbol."}``); ``%s`` placeholders there are filled with the parameter's name.

No HTTP here: ``status`` is only the number Binance pairs with the code (401 for key
problems, 429 for rate limits, 400 for everything the caller sent wrong).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "INTEGER_RANGE",
    "balance_insufficient",
    "balance_not_sufficient",
    "filter_notional",
    "fok_rejected",
    "gtd_too_soon",
    "gtx_rejected",
    "invalid_leverage",
    "margin_insufficient",
    "min_notional",
    "position_side_mismatch",
    "position_side_locked_by_orders",
    "position_side_locked_by_position",
    "price_not_on_tick",
    "quantity_not_on_step",
    "quantity_not_positive",
    "reduce_only_rejected",
    "DECIMAL_RANGE",
    "BinanceError",
    "api_key_format_invalid",
    "bad_precision",
    "bad_signature",
    "client_order_id_duplicated",
    "duplicate_parameter",
    "illegal_characters",
    "invalid_api_key",
    "invalid_enum_value",
    "invalid_parameter",
    "invalid_symbol",
    "mandatory_missing",
    "no_such_order",
    "not_required",
    "one_of_missing",
    "recv_window_not_positive",
    "recv_window_too_large",
    "timestamp_ahead",
    "timestamp_outside_recv_window",
    "too_much_weight",
    "unknown_endpoint",
    "unknown_order_sent",
    "would_immediately_trigger",
]

#: The legal ranges Binance names in its -1100 messages for integers and for decimals.
INTEGER_RANGE = "^[0-9]{1,20}$"
DECIMAL_RANGE = "^([0-9]{1,20})(\\.[0-9]{1,20})?$"

#: Enum parameters with a code of their own; any other value outside its enum is -1130.
_ENUM_CODES = {
    "type": (-1116, "Invalid orderType."),
    "side": (-1117, "Invalid side."),
    "timeInForce": (-1115, "Invalid timeInForce."),
}


class BinanceError(Exception):
    """One Binance error answer: ``{"code": code, "msg": msg}`` with HTTP ``status``."""

    def __init__(self, code: int, msg: str, status: int = 400) -> None:
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
        self.status = status

    def __repr__(self) -> str:
        return f"BinanceError({self.status}, {self.code}, {self.msg!r})"


def api_key_format_invalid() -> BinanceError:
    return BinanceError(-2014, "API-key format invalid.", 401)


def invalid_api_key() -> BinanceError:
    return BinanceError(-2015, "Invalid API-key, IP, or permissions for action.", 401)


def too_much_weight(limit: int) -> BinanceError:
    return BinanceError(
        -1003,
        f"Too much request weight used; current limit is {limit} request weight per 1 MINUTE. "
        "Please use WebSocket Streams for live updates to avoid polling the API.",
        429,
    )


def unknown_endpoint(method: str, path: str) -> BinanceError:
    return BinanceError(-1000, f"Unknown endpoint {method} {path} on this sandbox.", 404)


def duplicate_parameter() -> BinanceError:
    return BinanceError(-1101, "Duplicate values for a parameter detected.")


def mandatory_missing(name: str) -> BinanceError:
    return BinanceError(-1102, f"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.")


def one_of_missing(names: Iterable[str]) -> BinanceError:
    quoted = "' or '".join(names)
    return BinanceError(-1102, f"Param '{quoted}' must be sent, but both were empty/null!")


def not_required(name: str) -> BinanceError:
    return BinanceError(-1106, f"Parameter '{name}' sent when not required.")


def illegal_characters(name: str, legal_range: str) -> BinanceError:
    return BinanceError(-1100, f"Illegal characters found in parameter '{name}'; legal range is '{legal_range}'.")


def bad_precision() -> BinanceError:
    return BinanceError(-1111, "Precision is over the maximum defined for this asset.")


def invalid_parameter(name: str) -> BinanceError:
    return BinanceError(-1130, f"Data sent for parameter '{name}' is not valid.")


def invalid_enum_value(name: str) -> BinanceError:
    """A value outside the parameter's enum: -1116/-1117/-1115 for order type, side and time
    in force, -1130 for every other enum."""
    code, msg = _ENUM_CODES.get(name, (0, ""))
    return BinanceError(code, msg) if code else invalid_parameter(name)


def recv_window_not_positive() -> BinanceError:
    return BinanceError(-1131, "recvWindow must be greater than 0.")


def recv_window_too_large(maximum: int) -> BinanceError:
    return BinanceError(-1131, f"recvWindow must be less than {maximum}.")


def timestamp_ahead(tolerance_ms: int) -> BinanceError:
    return BinanceError(-1021, f"Timestamp for this request was {tolerance_ms}ms ahead of the server's time.")


def timestamp_outside_recv_window() -> BinanceError:
    return BinanceError(-1021, "Timestamp for this request is outside of the recvWindow.")


def bad_signature() -> BinanceError:
    return BinanceError(-1022, "Signature for this request is not valid.")


def invalid_symbol() -> BinanceError:
    return BinanceError(-1121, "Invalid symbol.")


def no_such_order() -> BinanceError:
    return BinanceError(-2013, "Order does not exist.")


def unknown_order_sent() -> BinanceError:
    return BinanceError(-2011, "Unknown order sent.")


def would_immediately_trigger() -> BinanceError:
    return BinanceError(-2021, "Order would immediately trigger.")


def client_order_id_duplicated() -> BinanceError:
    return BinanceError(-4116, "ClientOrderId is duplicated.")


# -- order execution (the exchange's trading rules) -------------------------------------------


def margin_insufficient() -> BinanceError:
    return BinanceError(-2019, "Margin is insufficient.")


def reduce_only_rejected() -> BinanceError:
    return BinanceError(-2022, "ReduceOnly Order is rejected.")


def position_side_mismatch() -> BinanceError:
    return BinanceError(-4061, "Order's position side does not match user's setting.")


def min_notional(minimum: str) -> BinanceError:
    return BinanceError(-4164, f"Order's notional must be no smaller than {minimum} (unless you choose reduce only)")


def price_not_on_tick() -> BinanceError:
    return BinanceError(-4014, "Price not increased by tick size.")


def quantity_not_on_step() -> BinanceError:
    return BinanceError(-4023, "Qty not increased by step size.")


def quantity_not_positive() -> BinanceError:
    return BinanceError(-4003, "Quantity less than zero.")


def fok_rejected() -> BinanceError:
    return BinanceError(-5021, "Due to the order could not be filled immediately, the FOK order has been rejected.")


def gtx_rejected() -> BinanceError:
    return BinanceError(-5022, "Due to the order could not be executed as maker, the Post Only order will be rejected.")


def gtd_too_soon() -> BinanceError:
    return BinanceError(
        -5040,
        "The goodTillDate timestamp must be greater than the current time plus 600 seconds and smaller than "
        "253402300799000 (UTC 9999-12-31 23:59:59)",
    )


def invalid_leverage(leverage: str) -> BinanceError:
    return BinanceError(-4028, f"Leverage {leverage} is not valid")


def position_side_locked_by_orders() -> BinanceError:
    return BinanceError(-4067, "Position side cannot be changed if there exists open orders.")


def position_side_locked_by_position() -> BinanceError:
    return BinanceError(-4068, "Position side cannot be changed if there exists position.")


def balance_insufficient() -> BinanceError:
    """A margin order that the account's free balance cannot pay for."""
    return BinanceError(-2010, "Account has insufficient balance for requested action.")


def balance_not_sufficient() -> BinanceError:
    return BinanceError(-2018, "Balance is insufficient.")


def filter_notional() -> BinanceError:
    """A margin (spot) order below the symbol's minimum notional."""
    return BinanceError(-1013, "Filter failure: NOTIONAL")
