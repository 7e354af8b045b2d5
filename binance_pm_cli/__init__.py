"""``binance-pm``: a command line for every operation of the generated ``binance_pm`` client.

The subcommands are not written by hand: ``binance_pm_cli.operations`` reads them from the
catalog the generator writes (``binance_pm._catalog``), so an operation added to the spec
becomes a subcommand after ``make generate``, and a run imports only the operation it calls.
"""

from .main import main

__all__ = ["main"]
