"""Aid figures: classification rules on the seeds, USD conversion, reconciliation, other corpora."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from currency_converter import CurrencyConverter

from helpers.aid import aid_figures, announcements, article_figures, group_packages, reconcile
from helpers.config import SEEDS_DIR
from helpers.fx import rate_table, usd_rate
from helpers.study import read_study, settings_from

#: The seeds' money settings, read from their study file (recipient of interest: Ukraine).
UKRAINE = settings_from(read_study(SEEDS_DIR / "study.toml"), SEEDS_DIR, "seeds").money


@pytest.fixture(scope="module")
def figures(seeds) -> pd.DataFrame:
    return aid_figures(seeds, UKRAINE)


def test_seed_figures_classified(figures: pd.DataFrame) -> None:
    got = [(r.doc_id[:3], r.span, r.donor, r.recipient, r.instrument, r.is_aid) for r in figures.itertuples()]
    assert got == [
        ("000", "multibillion-dollar", "US", "Ukraine", "aid (unspecified)", True),
        ("000", "$2.5 billion", "US", "Ukraine", "package", True),
        ("000", "billions of dollars", "US", "Ukraine", "aid (unspecified)", True),
        ("000", "$1.25 billion", "US", "Ukraine", "drawdown", True),
        ("000", "$1.22 billion", "US", "Ukraine", "USAI", True),
        ("000", "$2.5 billion", "US", "Ukraine", "aid (unspecified)", True),
        ("000", "$1 billion", "US", "Ukraine", "tranche", True),
        ("002", "£30m", "UK", "Ukraine", "contract", True),
        ("002", "£670bn", "EU", "EU", "package", False),
    ]
    assert figures["donor_rule"].str.len().gt(0).all() and figures["aid_rule"].str.len().gt(0).all()


def test_boilerplate_donation_never_counts(figures: pd.DataFrame) -> None:
    assert not figures["doc_id"].str.startswith("003").any()


def test_usd_conversion_at_article_date(figures: pd.DataFrame) -> None:
    row = figures[figures["span"] == "£30m"].iloc[0]
    rate = CurrencyConverter(fallback_on_missing_rate=False).convert(1, "GBP", "USD", date=pd.Timestamp(
        "2025-03-06").date())
    assert row["amount_usd"] == pytest.approx(3e7 * rate)
    assert "rate of 2025-03-06" in row["rate_source"]
    usd = figures[figures["span"] == "$1.25 billion"].iloc[0]
    assert usd["amount_usd"] == 1.25e9 and usd["rate_source"] == "USD (no conversion)"


def test_rate_file_matches_the_ecb_history() -> None:
    conv = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    for (date, currency), (rate, source) in rate_table().items():
        assert rate == pytest.approx(conv.convert(1, currency, "USD", date=pd.Timestamp(date).date()), rel=1e-4)
        assert "ECB" in source


def test_never_a_silent_default() -> None:
    assert math.isnan(usd_rate("", pd.Timestamp("2025-01-06"))[0])
    assert usd_rate("GBP", pd.NaT) == (pytest.approx(math.nan, nan_ok=True), "no article date, so no rate")
    rate, source = usd_rate("EUR", pd.Timestamp("2025-03-08"))  # a Saturday: Friday's rate, and it says so
    assert rate > 1 and source.endswith("rate of 2025-03-07")
    assert usd_rate("XYZ", pd.Timestamp("2025-03-06"))[1] == "no ECB rate for XYZ"


def test_reconciliation_of_the_us_package(figures: pd.DataFrame) -> None:
    table = reconcile(figures)
    assert set(table["total_qualifier"]) == {"", "nearly"}
    row = table.iloc[0]
    assert row["components"] == "$1.25 billion + $1.22 billion"
    assert row["components_usd"] == pytest.approx(2.47e9)
    assert row["difference_usd"] == pytest.approx(-0.03e9)
    assert row["difference_pct"] == pytest.approx(-1.2)


def test_packages_and_announcements(figures: pd.DataFrame) -> None:
    aid = figures[figures["is_aid"]]
    ids = group_packages(aid)
    twice = aid[ids == ids[aid["span"] == "$2.5 billion"].iloc[0]]
    assert len(twice) == 2  # "$2.5 billion" and "nearly $2.5 billion": one package
    announced = announcements(figures)
    assert sorted(announced["span"]) == ["$1 billion", "$1.22 billion", "$1.25 billion", "£30m"]


def test_invented_article_from_another_outlet() -> None:
    text = ("Germany will send a further €500m in air defence to Kyiv, Berlin said on Friday.\n"
            "Japan separately approved a loan of ¥100bn for Ukraine's reconstruction.\n"
            "The French army will spend €2bn on its own ammunition stocks, Paris said.")
    rows = article_figures("x", "Example Post", pd.Timestamp("2025-03-06"), text, UKRAINE)
    got = [(r["span"], r["donor"], r["recipient"], r["instrument"], r["is_aid"]) for r in rows]
    assert got == [("€500m", "Germany", "Ukraine", "unspecified", True),
                   ("¥100bn", "Japan", "Ukraine", "loan", True),
                   ("€2bn", "France", "unknown", "unspecified", False)]
    assert rows[1]["amount_usd"] == pytest.approx(100e9 * usd_rate("JPY", pd.Timestamp("2025-03-06"))[0])


def test_package_grouping_matches_brute_force() -> None:
    import random

    rng = random.Random(3)
    rows = [{"donor": rng.choice(["US", "UK"]), "recipient": "Ukraine", "vague": rng.random() < 0.1,
             "amount_usd": rng.choice([1e9, 1.01e9, 1.03e9, 2.5e9, 2.45e9, 3e7]) * rng.choice([1, 1.005]),
             "published": pd.Timestamp("2025-01-01") + pd.Timedelta(days=rng.randrange(60))} for _ in range(300)]
    frame = pd.DataFrame(rows)
    frame.loc[frame["vague"], "amount_usd"] = math.nan

    def brute(tolerance: float = 0.02, days: int = 14) -> list[str]:
        ids, packages = [], []
        for r in frame.itertuples():
            if r.vague or math.isnan(r.amount_usd):
                ids.append("")
                continue
            for donor, recipient, amount, when, pid in packages:
                if (donor, recipient) == (r.donor, r.recipient) and abs((r.published - when).days) <= days \
                        and abs(r.amount_usd - amount) <= tolerance * amount:
                    ids.append(pid)
                    break
            else:
                packages.append((r.donor, r.recipient, r.amount_usd, r.published, f"P{len(packages) + 1}"))
                ids.append(packages[-1][-1])
        return ids

    assert group_packages(frame).tolist() == brute()


def test_study_recipient_comes_from_the_study_file() -> None:
    assert UKRAINE.recipient == "Ukraine" and UKRAINE.recipient_aliases == ("Kyiv", "Ukrainian")
    assert dict(UKRAINE.instruments) == {"USAI": r"Ukraine Security Assistance Initiative|\bUSAI\b"}


def test_without_a_recipient_of_interest_money_given_counts_by_donor_and_recipient() -> None:
    text = ("Rich nations agreed to provide $300bn a year to developing countries by 2035, the summit said.\n"
            "Japan pledged a further ¥20bn for Vietnam's power grid.\n"
            "Norway will give NOK 1bn to the Green Climate Fund.")
    rows = article_figures("x", "Example Post", pd.Timestamp("2024-11-24"), text)
    got = [(r["span"], r["donor"], r["recipient"], r["is_aid"]) for r in rows]
    assert got == [("$300bn", "unknown", "developing countries", True),
                   ("¥20bn", "Japan", "Vietnam", True),
                   ("NOK 1bn", "Norway", "unknown", True)]
    assert [r["aid_rule"] for r in rows] == ["no recipient of interest set: 'provide' in the sentence",
                                             "no recipient of interest set: 'pledged' in the sentence",
                                             "no recipient of interest set: instrument 'fund' in the sentence"]


def test_donor_chart_axis_in_plain_numbers_for_trillions() -> None:
    """Trillion-dollar figures put the axis in billions; tick labels never carry a "1e6" offset."""
    from helpers.charts.money import plot_by_donor

    announced = pd.DataFrame({"doc_id": ["a", "b"], "donor": ["Donors", "Lenders"], "recipient": ["Poorer states"] * 2,
                              "instrument": ["pledge", "loan"], "amount_usd": [1.3e12, 3.0e11],
                              "span": ["$1.3 trillion", "$300bn"], "amount": [1.3e12, 3.0e11],
                              "currency": ["USD", "USD"], "qualifier": ["", ""]})
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "label": ["X · a", "Y · b"]})
    fig = plot_by_donor(corpus, announced, name="test_by_donor_trillions")
    ax = fig.axes[0]
    fig.canvas.draw()
    assert ax.get_xlabel().startswith("US$ billions")
    assert ax.xaxis.get_offset_text().get_text() == ""
    assert max(ax.get_xlim()) == pytest.approx(1300 * 1.9)


def test_the_party_after_the_aid_before_the_amount_receives_it() -> None:
    """"the UK's support for Sudan ... to £226 million": Sudan receives, the UK gives (Sudan, nearest the amount,
    was read as the donor)."""
    text = "This funding brings the UK's total humanitarian support for Sudan and the region to £226 million."
    rows = article_figures("x", "Example Post", pd.Timestamp("2025-03-01"), text)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("UK", "Sudan")]


def test_donor_bar_labels_stay_short_and_timeline_labels_never_overlap() -> None:
    """A bar summing many figures names two and counts the rest; the timeline labels the largest figures that fit,
    in dollars a reader says ("$12", "$1bn"), never "1e-05" millions."""
    from helpers.charts.money import plot_by_donor, plot_timeline
    from helpers.text import usd_short

    n = 12
    announced = pd.DataFrame({"doc_id": [f"d{k}" for k in range(n)], "donor": ["UK"] * n, "recipient": ["unknown"] * n,
                              "instrument": ["grant", "loan"] * (n // 2), "amount_usd": [1e6 * (k + 1) for k in range(n)],
                              "span": [f"£{k + 1} million" for k in range(n)], "amount": [1e6 * (k + 1) for k in range(n)],
                              "currency": ["GBP"] * n, "qualifier": ["about"] * n,
                              "published": pd.to_datetime(["2025-03-01"] * n)})
    corpus = pd.DataFrame({"doc_id": [f"d{k}" for k in range(n)], "outlet": ["X"] * n, "label": ["X"] * n})
    fig = plot_by_donor(corpus, announced, name="test_by_donor_labels")
    label = next(t.get_text() for t in fig.axes[0].texts if "more" in t.get_text())
    assert label.strip() == "about £12 million (GBP); about £10 million (GBP); and 10 more"
    fig = plot_timeline(corpus, announced, name="test_timeline_labels")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    assert 0 < len(boxes) < n  # twelve figures on one day: only those that fit are labelled
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert [usd_short(v) for v in (12.0, 25_000, 1e6, 2.5e9)] == ["$12", "$25k", "$1M", "$2.5bn"]


@pytest.mark.parametrize(("sentence", "is_aid"), [
    ("Ethiopia earned 1.12 billion USD from the export of coffee, the Coffee Authority announced.", False),
    ("The central bank said reserves stood at around $560 million and announced new rules.", False),
    ("The EU announced €67 million for schools in the region.", True),
    ("Japan will provide an aid package worth $40 million to the country.", True),
])
def test_an_economic_figure_is_never_money_given(sentence: str, is_aid: bool) -> None:
    """No recipient of interest: "earned", "reserves stood at", "sales of" just before the amount make it an economic
    figure, whatever commitment word the sentence holds elsewhere ("the Authority announced")."""
    rows = article_figures("x", "Example Post", pd.Timestamp("2025-03-01"), sentence)
    assert [r["is_aid"] for r in rows] == [is_aid]


def test_a_figure_that_writes_its_currency_code_names_it_once() -> None:
    from helpers.charts.money import _labels

    table = pd.DataFrame({"qualifier": ["", "nearly"], "span": ["1.12 billion USD", "£30m"], "currency": ["USD", "GBP"]})
    assert _labels(table) == ["1.12 billion USD", "nearly £30m (GBP)"]


def test_without_a_recipient_only_money_given_or_committed_counts() -> None:
    """No recipient of interest: prices, trade volumes and market figures are listed but not counted."""
    text = ("Japan pledged $2bn in loans to Indonesia on Monday. Trade between the two countries reached $50bn last "
            "year. Fuel prices rose by half a cent a litre. The bank will provide €300m for flood defences.")
    rows = article_figures("a", "X", pd.Timestamp("2024-05-01"), text)
    counted = {r["span"]: r["is_aid"] for r in rows}
    assert counted == {"$2bn": True, "$50bn": False, "half a cent": False, "€300m": True}
    assert all(r["aid_rule"].startswith("no recipient of interest set") for r in rows)
