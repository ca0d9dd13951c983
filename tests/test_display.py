"""Tables for readers: money as written by people, text left-aligned, the same HTML on every run."""

from __future__ import annotations

import math

import pandas as pd

from helpers.display import readable
from helpers.text import amount_text, usd_text


def test_money_as_people_read_it() -> None:
    assert amount_text(1.25e9) == "1,250,000,000" and amount_text(12.5) == "12.50" and amount_text(30.0) == "30"
    assert amount_text(math.nan) == ""
    assert usd_text(3e11) == "$300.00bn" and usd_text(38.65e6) == "$38.6m" and usd_text(12500) == "$12,500"


def test_readable_table_is_stable_formatted_and_left_aligned() -> None:
    table = pd.DataFrame({"span": ["$300bn", "£30m"], "amount": [3e11, 3e7], "amount_usd": [3e11, 3.86e7]})
    first, second = readable(table, "t").data, readable(table, "t").data
    assert first == second  # a fixed id: nbval compares the stored HTML
    assert "300,000,000,000" in first and "$300.00bn" in first and "e+11" not in first
    assert "text-align: left" in first and "tex2jax_ignore" in first
    long = readable(pd.DataFrame({"amount": range(100)}), "long", max_rows=10).data
    assert "90 rows not shown of 100." in long
