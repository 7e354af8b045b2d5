"""``binance-pm``: a command line for every operation of the generated ``binance_pm`` client.

The subcommands are not written by hand: ``binance_pm_cli.operations`` finds them in
``binance_pm.api`` at run time, so an operation added to the spec becomes a subcommand
after ``make generate``.
"""

from .main import main

__all__ = ["main"]
