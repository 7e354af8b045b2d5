"""Benchmarks of binance_pm side by side with raw httpx and the alternative clients.

Run with ``make bench`` (or ``python -m benchmarks``); not part of the installed package.
"""
