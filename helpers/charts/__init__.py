"""Every chart of the reports, in one place: a shared style and scaling rules, and one module per report.

- ``style``: the look (Okabe-Ito palette, fonts at report size), deterministic saving of each
  figure with the CSV of its data, and the scaling rules every chart shares: article by article
  up to ``MAX_ARTICLES`` articles, else by outlet with the ``TOP_N`` largest and the rest as "other".
- ``corpus`` (notebook 00), ``comparison`` (01), ``terms`` (02), ``money`` (03): the charts of each report.

Chart modules read analysis results; analysis modules never import them.
"""

from __future__ import annotations

from . import comparison, corpus, money, style, terms
from .style import set_style

__all__ = ["comparison", "corpus", "money", "set_style", "style", "terms"]
