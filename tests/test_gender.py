"""The given-name table the gender rules read is nomquamgender's data, cut to the names they can use."""

from __future__ import annotations

import warnings
from pathlib import Path

from helpers.gender import MIN_COUNT, NAME_TABLE, _name_data, given_name_gender, is_given_name, write_name_table


def _library():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender

    return nomquamgender


def test_the_committed_table_is_the_librarys_data(tmp_path: Path) -> None:
    """Regenerating the table from the installed nomquamgender gives the committed bytes (gzip without a date)."""
    write_name_table(tmp_path / "names.tsv.gz")
    assert (tmp_path / "names.tsv.gz").read_bytes() == NAME_TABLE.read_bytes()


def test_lookups_equal_the_librarys_own() -> None:
    """For one name in 50 of the library's data (single words), the table gives what nomquamgender's annotate gives,
    once names with fewer than MIN_COUNT bearers count as unknown (the only way the rules use them)."""
    library = _library()
    model = library.NBGC()
    names = [k.capitalize() for k in list(library.dump())[::50] if " " not in k and k[:1].isalpha() and len(k) >= 2]
    assert len(names) > 10_000
    for name in names:
        _, _, _, count, share = model.annotate([name])[0]
        want = None if share != share or count < MIN_COUNT else (float(share), int(count))
        assert _name_data(name) == want, name


def test_gender_and_given_names() -> None:
    assert given_name_gender("Margaret") == "f" and given_name_gender("Thomas") == "m"
    assert given_name_gender("Jordan") == ""  # common for both
    assert is_given_name("Dana") and not is_given_name("Pensioner") and not is_given_name("dana")
