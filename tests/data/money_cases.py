"""The team's hand-written money test set: news-style sentences with every expected mention.

Each case is (sentence, [(span, amount, currency, qualifier), ...]); amount None means a
vague mention (no number). An empty list means the sentence holds no money (look-alikes).
Written by reading and phrasing like news copy, not generated from the extractor.
"""

B, M, K, T = 1e9, 1e6, 1e3, 1e12

HAND = [
    # symbols before the number
    ("The US announced a $2.5 billion package on Monday.", [("$2.5 billion", 2.5 * B, "USD", "")]),
    ("Britain pledged £30m for drones.", [("£30m", 30 * M, "GBP", "")]),
    ("Leaders agreed a £670bn defence plan.", [("£670bn", 670 * B, "GBP", "")]),
    ("The EU approved €50bn for Kyiv.", [("€50bn", 50 * B, "EUR", "")]),
    ("Japan offered ¥500m in grants.", [("¥500m", 500 * M, "JPY", "")]),
    ("It was worth US$1.5bn to the firm.", [("US$1.5bn", 1.5 * B, "USD", "")]),
    ("Canada added C$300 million.", [("C$300 million", 300 * M, "CAD", "")]),
    ("Australia gave A$100m in aid.", [("A$100m", 100 * M, "AUD", "")]),
    ("The fund holds $2.5 bil. in cash.", [("$2.5 bil.", 2.5 * B, "USD", "")]),
    ("A donation of $2 helps.", [("$2", 2.0, "USD", "")]),
    ("Tickets cost $12.50 each.", [("$12.50", 12.5, "USD", "")]),
    ("The deal is worth $1,250,000.", [("$1,250,000", 1.25 * M, "USD", "")]),
    ("Sales reached €1,200 per unit.", [("€1,200", 1200.0, "EUR", "")]),
    ("Japan's budget tops ¥3tn.", [("¥3tn", 3 * T, "JPY", "")]),
    ("He earned $50k last year.", [("$50k", 50 * K, "USD", "")]),
    ("Debt hit $3.5 trillion.", [("$3.5 trillion", 3.5 * T, "USD", "")]),
    ("Kyiv got $1.25bn in March.", [("$1.25bn", 1.25 * B, "USD", "")]),
    ("The loan was $4.7 mln.", [("$4.7 mln", 4.7 * M, "USD", "")]),
    ("Revenue fell to $900mn.", [("$900mn", 900 * M, "USD", "")]),
    ("Costs rose to $7.2 bln.", [("$7.2 bln", 7.2 * B, "USD", "")]),
    ("An HK$20bn bond was sold.", [("HK$20bn", 20 * B, "HKD", "")]),
    # ISO codes
    ("Ukraine received USD 5m from the bank.", [("USD 5m", 5 * M, "USD", "")]),
    ("Brussels released EUR 1.4bn on Friday.", [("EUR 1.4bn", 1.4 * B, "EUR", "")]),
    ("The transfer of GBP 250,000 was delayed.", [("GBP 250,000", 250 * K, "GBP", "")]),
    ("A grant of 5m USD was approved.", [("5m USD", 5 * M, "USD", "")]),
    ("Norway gave 2 billion NOK.", [("2 billion NOK", 2 * B, "NOK", "")]),
    ("The bill was CHF 30 million.", [("CHF 30 million", 30 * M, "CHF", "")]),
    # currency words
    ("Fans paid 20 euros a ticket.", [("20 euros", 20.0, "EUR", "")]),
    ("The contract was for 5 million dollars.", [("5 million dollars", 5 * M, "USD", "")]),
    ("It cost 10m pounds sterling.", [("10m pounds sterling", 10 * M, "GBP", "")]),
    ("A fine of 3 billion roubles was imposed.", [("3 billion roubles", 3 * B, "RUB", "")]),
    ("Kyiv raised 40 billion hryvnias in bonds.", [("40 billion hryvnias", 40 * B, "UAH", "")]),
    ("The club paid 10 million Swiss francs.", [("10 million Swiss francs", 10 * M, "CHF", "")]),
    ("They owed 200 US dollars.", [("200 US dollars", 200.0, "USD", "")]),
    ("He won 1.5 million pounds.", [("1.5 million pounds", 1.5 * M, "GBP", "")]),
    ("Exports reached 90 billion yuan.", [("90 billion yuan", 90 * B, "CNY", "")]),
    ("The rent is 900 euros.", [("900 euros", 900.0, "EUR", "")]),
    ("A 5 million Ukrainian hryvnia grant followed.", [("5 million Ukrainian hryvnia", 5 * M, "UAH", "")]),
    # spelled-out numbers
    ("Officials spoke of two billion dollars in aid.", [("two billion dollars", 2 * B, "USD", "")]),
    ("The plan costs a billion euros.", [("a billion euros", 1 * B, "EUR", "")]),
    ("Some half a billion dollars was lost.", [("half a billion dollars", 0.5 * B, "USD", "some")]),
    ("They sought one hundred million euros.", [("one hundred million euros", 100 * M, "EUR", "")]),
    ("Twenty-five million pounds was raised.", [("Twenty-five million pounds", 25 * M, "GBP", "")]),
    ("It needs three trillion yen.", [("three trillion yen", 3 * T, "JPY", "")]),
    # qualifiers
    ("Biden announced nearly $2.5 billion in aid.", [("$2.5 billion", 2.5 * B, "USD", "nearly")]),
    ("The contracts total nearly £30m.", [("£30m", 30 * M, "GBP", "nearly")]),
    ("It follows a nearly $1 billion tranche.", [("$1 billion", 1 * B, "USD", "nearly")]),
    ("Aid of about $400m arrived.", [("$400m", 400 * M, "USD", "about")]),
    ("More than $40bn has been spent.", [("$40bn", 40 * B, "USD", "more than")]),
    ("The EU could lend up to €2bn.", [("€2bn", 2 * B, "EUR", "up to")]),
    ("Damage of over $10bn was reported.", [("$10bn", 10 * B, "USD", "over")]),
    ("Almost £1m was raised.", [("£1m", 1 * M, "GBP", "almost")]),
    ("Around $300 million is missing.", [("$300 million", 300 * M, "USD", "around")]),
    ("Roughly €5bn remains.", [("€5bn", 5 * B, "EUR", "roughly")]),
    ("At least $1.7 billion was pledged.", [("$1.7 billion", 1.7 * B, "USD", "at least")]),
    ("Less than $100m was spent.", [("$100m", 100 * M, "USD", "less than")]),
    ("An estimated $600bn in damage.", [("$600bn", 600 * B, "USD", "an estimated")]),
    ("Approximately £2.3bn was allocated.", [("£2.3bn", 2.3 * B, "GBP", "approximately")]),
    ("In excess of $5m was stolen.", [("$5m", 5 * M, "USD", "in excess of")]),
    ("Just under $2bn remains.", [("$2bn", 2 * B, "USD", "just under")]),
    ("Close to €700m was paid.", [("€700m", 700 * M, "EUR", "close to")]),
    ("Some $61bn is stuck in Congress.", [("$61bn", 61 * B, "USD", "some")]),
    # ranges and conversions
    ("Estimates range from $1.2 million to $23.5 million.",
     [("$1.2 million", 1.2 * M, "USD", ""), ("$23.5 million", 23.5 * M, "USD", "")]),
    ("The sale raised £45 million ($55 million).", [("£45 million", 45 * M, "GBP", ""), ("$55 million", 55 * M, "USD", "")]),
    ("Costs of $1.2-1.5 billion are expected.", [("$1.2", 1.2 * B, "USD", ""), ("1.5 billion", 1.5 * B, "USD", "")]),
    ("Bids of $5m to 10m were made.", [("$5m", 5 * M, "USD", ""), ("10m", 10 * M, "USD", "")]),
    ("It cost €800bn (£670bn).", [("€800bn", 800 * B, "EUR", ""), ("£670bn", 670 * B, "GBP", "")]),
    ("Between $2bn and $3bn will be needed.", [("$2bn", 2 * B, "USD", ""), ("$3bn", 3 * B, "USD", "")]),
    ("The fund went from $40bn to $60bn.", [("$40bn", 40 * B, "USD", ""), ("$60bn", 60 * B, "USD", "")]),
    # vague amounts
    ("Billions of dollars in aid are at stake.", [("Billions of dollars", None, "USD", "")]),
    ("It is a multibillion-dollar programme.", [("multibillion-dollar", None, "USD", "")]),
    ("A multi-million pound deal was signed.", [("multi-million pound", None, "GBP", "")]),
    ("Hundreds of millions of euros were lost.", [("Hundreds of millions of euros", None, "EUR", "")]),
    ("Millions of pounds were wasted.", [("Millions of pounds", None, "GBP", "")]),
    ("Tens of billions of dollars flowed in.", [("Tens of billions of dollars", None, "USD", "")]),
    # no currency but plainly money
    ("Congress passed a 61 billion aid package.", [("61 billion", 61 * B, "", "")]),
    ("The bill is worth 300 million.", [("300 million", 300 * M, "", "")]),
    ("Germany pledged a further 1.4 billion.", [("1.4 billion", 1.4 * B, "", "")]),
    # look-alikes: no money
    ("Britain will supply Altius 600m and Altius 700m systems.", []),
    ("Troops watch the 1,000-kilometre front line.", []),
    ("An initial 28-point plan was criticised.", []),
    ("About 600,000 households remained cut off.", []),
    ("Support rose 5% in a year.", []),
    ("Inflation hit 12.5 per cent.", []),
    ("The war began in 2022.", []),
    ("Ben Kentish 10pm - 1am", []),
    ("The meeting is at 10:30.", []),
    ("He will disappear no later than May 14, 2027.", []),
    ("The convoy travelled 600 miles.", []),
    ("There were 2.5 billion people online.", []),
    ("The bomb held 500 pounds of explosives.", []),
    ("It weighs 3 tonnes.", []),
    ("Population: 44 million.", []),
    ("Flight MH17 crashed in 2014.", []),
    ("The 1990s were turbulent.", []),
    ("They fired 40 missiles and 100 drones.", []),
    ("A 4-3 win for the team.", []),
    ("He is 45 years old.", []),
    ("Over 50 nations stand united.", []),
    ("The F-16 jets arrived.", []),
    ("Resolution 2231 was adopted.", []),
    ("A two-by-four across the nose.", []),
    ("Talks lasted four hours.", []),
    ("Sales rose by a third.", []),
]

# Systematic phrasings: each currency form with each scale and each qualifier, in a news sentence.
_FORMS = [
    ("${n}{s}", "USD"), ("£{n}{s}", "GBP"), ("€{n}{s}", "EUR"), ("US${n}{s}", "USD"),
]
_SCALES = [("bn", B), (" billion", B), ("m", M), (" million", M)]
_NUMS = [("1.5", 1.5), ("20", 20.0), ("250", 250.0)]
_QUALS = ["", "nearly ", "about ", "more than ", "up to "]


def systematic() -> list[tuple[str, list[tuple[str, float | None, str, str]]]]:
    """Cross forms x scales x numbers, cycling qualifiers and sentence frames (48 cases)."""
    frames = ["Officials said {q}{x} would go to Kyiv.", "The package, {q}{x} in total, was approved.",
              "Ministers confirmed {q}{x} for air defence.", "Washington released {q}{x} on Tuesday."]
    cases = []
    k = 0
    for form, currency in _FORMS:
        for scale_text, scale in _SCALES:
            for num_text, num in _NUMS:
                q = _QUALS[k % len(_QUALS)]
                span = form.format(n=num_text, s=scale_text)
                sentence = frames[k % len(frames)].format(q=q, x=span)
                cases.append((sentence, [(span, num * scale, currency, q.strip())]))
                k += 1
    return cases


CASES = HAND + systematic()
