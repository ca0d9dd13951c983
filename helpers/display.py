"""Tables written for readers: money and large numbers as people read them, long text left-aligned.

pandas shows 1.25e9 as ``1.250000e+09`` and right-aligns every cell. ``readable`` returns an
HTML table (for notebooks and the HTML reports) in which amounts read "1,250,000,000",
US-dollar values "$1.25bn", and text columns are left-aligned. The HTML comes from pandas'
Styler with a fixed id, wrapped in ``IPython.display.HTML`` so the stored output is the same
on every run (nbval compares it); the table is marked for MathJax to leave alone.
"""

from __future__ import annotations

import pandas as pd
from IPython.display import HTML

from .text import amount_text, usd_text


def readable(table: pd.DataFrame, name: str, amounts: tuple[str, ...] = ("amount",),
             usd: tuple[str, ...] = ("amount_usd",), max_rows: int = 60) -> HTML:
    """``table`` as an HTML table for readers: amounts and USD columns formatted, text columns left-aligned.

    ``name`` makes the table's HTML ids unique and stable. Long tables show their first and
    last rows, as pandas does, with the number of rows left out.
    """
    shown = table
    note = ""
    if len(table) > max_rows:
        half = max_rows // 2
        shown = pd.concat([table.head(half), table.tail(half)])
        note = f"<p>{len(table) - 2 * half:,} rows not shown of {len(table):,}.</p>"
    formats = {c: amount_text for c in amounts if c in shown.columns}
    formats.update({c: usd_text for c in usd if c in shown.columns})
    formats.update({c: _date_text for c in shown.columns if pd.api.types.is_datetime64_any_dtype(shown[c])})
    text_columns = [c for c in shown.columns if c not in formats
                    and (shown[c].dtype == object or pd.api.types.is_string_dtype(shown[c]))]
    styler = shown.style.set_uuid(name).format(formats, na_rep="")
    if text_columns:
        styler = styler.set_properties(subset=text_columns, **{"text-align": "left"})
    html = styler.set_table_attributes('class="dataframe tex2jax_ignore mathjax_ignore"').to_html()
    return HTML(html + note)


def _date_text(value) -> str:
    """A date as YYYY-MM-DD ("" when unknown): publication dates carry no time of day."""
    return "" if pd.isna(value) else value.strftime("%Y-%m-%d")
