"""The generator driver, its hooks and templates: the only source of binance_pm's code."""
