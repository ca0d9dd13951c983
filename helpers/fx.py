"""US-dollar conversion at the article's date, with the source of every rate.

Rates are the European Central Bank's euro reference rates; the USD value of one
unit of a currency is (USD per EUR) / (currency per EUR) on the same day.
``data/fx_rates.csv`` holds the rates for the seed articles' dates, each with its
source; for other dates (your own corpus) the ECB history shipped inside the
``CurrencyConverter`` package is used, offline, taking the last published rate on
or before the date (the ECB publishes no rates at weekends and on holidays).
Nothing is ever converted silently: a mention without a currency, without an
article date or without a rate gets NaN and a reason.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache, lru_cache

import pandas as pd

from .config import DATA_DIR

ECB_SOURCE = "ECB euro reference rates (eurofxref-hist, via CurrencyConverter {version}), rate of {date}"
#: How many days back to look for the last published ECB rate.
MAX_LOOKBACK_DAYS = 7


@cache
def rate_table() -> dict[tuple[str, str], tuple[float, str]]:
    """(date, currency) -> (USD per unit, source), from ``data/fx_rates.csv``."""
    table = pd.read_csv(DATA_DIR / "fx_rates.csv", dtype={"date": str, "currency": str})
    return {(r.date, r.currency): (r.ecb_usd_per_eur / r.ecb_currency_per_eur, r.source)
            for r in table.itertuples()}


@cache
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def usd_rate(currency: str, date: pd.Timestamp | dt.date | None) -> tuple[float, str]:
    """USD per one unit of ``currency`` on ``date`` and where the rate comes from (NaN and a reason if none)."""
    if not currency:
        return math.nan, "no currency stated"
    if currency == "USD":
        return 1.0, "USD (no conversion)"
    if date is None or pd.isna(date):
        return math.nan, "no article date, so no rate"
    return _rate_on(currency, pd.Timestamp(date).date())


@lru_cache(maxsize=65_536)
def _rate_on(currency: str, day: dt.date) -> tuple[float, str]:
    """The rate of one currency on one day (cached: a large corpus asks for the same few again and again)."""
    hit = rate_table().get((day.isoformat(), currency))
    if hit:
        return hit[0], f"{hit[1]}, rate of {day.isoformat()}"
    from currency_converter import RateNotFoundError
    from currency_converter import __version__ as version

    conv = _converter()
    if currency not in conv.currencies:
        return math.nan, f"no ECB rate for {currency}"
    for back in range(MAX_LOOKBACK_DAYS + 1):
        when = day - dt.timedelta(days=back)
        try:
            usd_per_eur = conv.convert(1, "EUR", "USD", date=when)
            cur_per_eur = conv.convert(1, "EUR", currency, date=when)
        except RateNotFoundError:  # a weekend or holiday: look one day earlier
            continue
        return usd_per_eur / cur_per_eur, ECB_SOURCE.format(version=version, date=when.isoformat())
    return math.nan, f"no ECB rate for {currency} within {MAX_LOOKBACK_DAYS} days before {day.isoformat()}"
