"""Dates: a figure's "as of" and an article's date come from here, so a wrong year or a
counting start taken for a claim date is what a reader would notice."""

import time
from pathlib import Path

import pytest

from index.dates import date_from_filename, date_in_opening, estimate_from_text, find_dates

REF = "2024-12-18"  # a Wednesday


def found(text, ref=REF):
    return [(d.phrase, d.kind, d.iso) for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On December 16, 2024, a report", ("December 16, 2024", "date", "2024-12-16")),
        ("by 16 December 2024 it", ("16 December 2024", "date", "2024-12-16")),
        ("on the 16th of December, 2024", ("16th of December, 2024", "date", "2024-12-16")),
        ("Dec. 16th 2024 was", ("Dec. 16th 2024", "date", "2024-12-16")),
        ("at 2024-12-16 it", ("2024-12-16", "date", "2024-12-16")),
        ("on 16.12.2024 it", ("16.12.2024", "date", "2024-12-16")),
        ("on 12/16/2024 it", ("12/16/2024", "date", "2024-12-16")),
        ("MINSK, 7 May (BelTA)", ("7 May", "date", "2024-05-07")),
        ("in December 2023 the", ("December 2023", "month", "2023-12-31")),
    ],
)
def test_absolute_dates(text, expected):
    assert found(text) == [expected]


def test_a_year_less_date_takes_the_reference_year_or_the_one_before():
    assert found("on Dec. 16 the") == [("Dec. 16", "date", "2024-12-16")]
    assert found("on December 20 they will") == [("December 20", "date", "2024-12-20")]
    # late December in a January article is last year
    assert found("on December 30 the", "2025-01-03") == [("December 30", "date", "2024-12-30")]
    assert found("on Dec. 16 the", None) == [("Dec. 16", "date", None)]


@pytest.mark.parametrize(
    "phrase, iso",
    [
        ("yesterday", "2024-12-17"),
        ("last night", "2024-12-17"),
        ("today", "2024-12-18"),
        ("on Tuesday", "2024-12-17"),
        ("on Monday night", "2024-12-16"),
        ("on Wednesday", "2024-12-18"),
        ("last Wednesday", "2024-12-11"),
        ("last week", "2024-12-15"),
        ("last month", "2024-11-30"),
        ("earlier this month", "2024-12-18"),
        ("this year", "2024-12-18"),
        ("last year", "2023-12-31"),
        ("two weeks ago", "2024-12-04"),
        ("3 days ago", "2024-12-15"),
    ],
)
def test_relative_phrases_resolve_against_the_reference(phrase, iso):
    got = found(f"The ministry said {phrase} that 1,030 died.")
    assert got == [(phrase, "relative", iso)]
    assert found(f"The ministry said {phrase} that 1,030 died.", None) == [(phrase, "relative", None)]


def test_a_month_alone_is_a_period_ending_at_its_last_day_or_the_reference():
    got = find_dates("6,500 Ukrainian casualties just in January.", "2023-02-14")
    assert [(d.phrase, d.kind, d.iso, d.first) for d in got] == [
        ("January", "month", "2023-01-31", "2023-01-01")
    ]
    got = find_dates("losses in February so far", "2023-02-14")
    assert got[0].iso == "2023-02-14"


def test_since_starts_a_counting_period_and_is_never_a_claim_date():
    got = found("losses have reached 765,110 since February 24, 2022.")
    assert got == [("since February 24, 2022", "since", "2022-02-24")]
    got = found("Russia lost 1,020.010 troops in Ukraine between Feb. 24, 2020  ")
    assert got == [("between Feb. 24, 2020", "since", "2020-02-24")]
    assert found("ever since 2014 the")[0][1] == "since"


def test_ranges():
    got = find_dates("between Feb. 24 and March 3, 2023 the losses", REF)
    assert [(d.phrase, d.kind, d.first, d.iso) for d in got] == [
        ("between Feb. 24 and March 3, 2023", "range", "2023-02-24", "2023-03-03")
    ]
    assert found("on Jan 1-15, 2024 the")[0] == ("Jan 1-15, 2024", "range", "2024-01-15")


@pytest.mark.parametrize(
    "text",
    [
        "He said 2000 troops died.",
        "the 193-member assembly",
        "May I ask what happened?",
        "troops march on and may stay",
        "February 30, 2024 is no date",
        "a Su-34 and an S-300 and 765,110 troops",
        "1,020.010 troops",
    ],
)
def test_things_that_are_not_dates(text):
    assert found(text) == []


def test_years_are_found_after_words_that_make_them_years():
    assert found("in 2023, and during 2022") == [
        ("2023", "year", "2023-12-31"),
        ("2022", "year", "2022-12-31"),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "20240504T130000Z_PL_en_0ea2dd10ee.txt",
        "2024-05-04-title.txt",
        "2024_05_04 title.md",
        "title-20240504.html",
        "sub/dir/2024.05.04 report.txt",
    ],
)
def test_dates_from_file_names(name):
    assert date_from_filename(name) == "2024-05-04"


@pytest.mark.parametrize(
    "name",
    [
        "000_192668a7a594febb.txt",
        "0ea2dd10ee.txt",
        "a20240504b.txt",
        "2024-13-45-title.txt",
        "id-99999999.txt",
        "report.txt",
        "",
    ],
)
def test_hashes_ids_and_impossible_dates_are_not_file_dates(name):
    assert date_from_filename(name) is None


def test_every_real_corpus_file_name_gives_its_date(gdelt_dir):
    files = sorted(gdelt_dir.glob("*.txt"))
    assert files
    for f in files:
        stamp = f.name[:8]
        assert date_from_filename(f.name) == f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}", f.name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\nOn December 16, 2024, a report emerged.", ("2024-12-16", "On December 16, 2024")),
        ("Title\nKYIV, Dec 16, 2024 (Reuters) - Russia", ("2024-12-16", "KYIV, Dec 16, 2024 (Reuters)")),
        ("Title\nMINSK, 7 May (BelTA) – Belarus will", None),  # no year anywhere
        ("Title\nPublished: 2024-12-16 10:00\nText.", ("2024-12-16", "Published: 2024-12-16")),
        ("Title\nBy AI\n16 December 2024\nText.", ("2024-12-16", "16 December 2024")),
        ("Title\nMonday, December 16, 2024 10:30 a.m. EST\nText.", ("2024-12-16", "December 16, 2024")),
        # history, not the article's date
        ("On 20 March 2003, bombs fell.\nIn 2014 Russia annexed Crimea.", None),
        ("Title\nOn February 24, 2022, Russia invaded.", None),
        ("Title\nOn February 27, troops stormed.", None),
        ("Russia lost troops between Feb. 24, 2020\nText.", None),
    ],
)
def test_date_in_opening(text, expected):
    assert date_in_opening(text) == expected


def test_a_year_less_dateline_takes_the_reference_year():
    text = "Title\nMINSK, 7 May (BelTA) – Belarus will respond."
    assert date_in_opening(text, "2024-05-07") == ("2024-05-07", "MINSK, 7 May (BelTA)")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "setting a record ahead of the war's first anniversary.",
            ("2023-02-24", "ahead of the war's first anniversary"),
        ),
        ("the 1-year anniversary of the invasion", ("2023-02-24", "the 1-year anniversary of the invasion")),
        ("nearly two years into the war", ("2024-02-24", "nearly two years into the war")),
        ("18 months into the full-scale invasion", ("2023-08-24", "18 months into the full-scale invasion")),
        ("as the war's third year begins", ("2024-02-24", "the war's third year")),
        ("marking day 1000 of the war", ("2024-11-19", "day 1000 of the war")),
        ("no milestone here, 2 years of talks", None),
        ("one year since the invasion", ("2023-02-24", "one year since the invasion")),
        ("Two months after Russia launched its invasion", ("2022-04-24", "Two months after Russia launched its invasion")),
        ("since the invasion began over two months ago", ("2022-04-24", "invasion began over two months ago")),
        ("the 100th day of the war", ("2022-06-03", "the 100th day of the war")),
        ("marking 1,000 days of war", ("2024-11-19", "1,000 days of war")),
        ("He was jailed two years ago after the war", None),
    ],
)
def test_estimates_from_milestones(text, expected):
    assert estimate_from_text(text) == expected


def test_the_latest_milestone_wins():
    text = "after the first anniversary of the war ... now the war's third year"
    assert estimate_from_text(text)[0] == "2024-02-24"


@pytest.mark.parametrize(
    "text", ["", "\x00" * 100, "December " * 10_000, "1" * 100_000, "on 99/99/9999", "31 February"]
)
def test_never_raises(text):
    find_dates(text, REF)
    find_dates(text, "not a date")
    date_in_opening(text)
    estimate_from_text(text)


def test_mentions_are_exact_slices_on_real_text_and_fast(gdelt_dir):
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted(gdelt_dir.glob("*.txt"))]
    t = time.process_time()
    for text in texts:
        for d in find_dates(text, REF):
            assert text[d.start : d.end] == d.phrase
    assert time.process_time() - t < 10


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("since February 24 last year weakened", "2023-03-09", ("since February 24 last year", "since", "2022-02-24")),
        ("In February this year, the", "2023-03-09", ("February this year", "month", "2023-02-28")),
        ("in August last year", "2023-03-09", ("August last year", "month", "2022-08-31")),
        ("between March 8 and 15.", "2023-03-20", ("between March 8 and 15", "range", "2023-03-15")),
        ("on March 8 and 15 people died", "2023-03-20", ("March 8", "date", "2023-03-08")),
        ("on March 6–10 days before", "2023-03-20", ("March 6", "date", "2023-03-06")),
        ("from Friday to Sunday is visiting", "2024-05-04", ("from Friday to Sunday", "range", "2024-05-05")),
    ],
)
def test_phrases_seen_in_real_articles(text, ref, expected):
    assert found(text, ref) == [expected]


@pytest.mark.parametrize("text", ["In the 1970s, Soviet", "wrote in the Sunday Times newspaper"])
def test_decades_and_names_with_weekdays_are_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["said Jan Kowalski", "by Jan Kowalski", "Johnson and May said", "in Dec and"])
def test_names_that_look_like_months_are_not_dates(text):
    assert found(text) == []


def test_may_between_months_is_a_month():
    assert found("between April and May") == [("between April and May", "range", "2024-05-31")]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # coming events within two months keep this year
        ("exercises last until February 20.", "2022-02-11", ("February 20", "date", "2022-02-20")),
        ("an invasion in February", "2022-01-28", ("February", "month", "2022-02-28")),
        # early January in a December article is the coming one
        ("talks on January 5", "2024-12-18", ("January 5", "date", "2025-01-05")),
        # further ahead, it is the last one
        ("damaged on 2 August.", "2022-02-18", ("2 August", "date", "2021-08-02")),
        # a counting period has begun
        ("talks since March", "2024-02-10", ("since March", "since", "2023-03-01")),
        # a full stop after a month is not part of the date, an abbreviation's period is
        ("on 20 February. Then", "2022-02-14", ("20 February", "date", "2022-02-20")),
        ("on Sept. 5 they", "2024-12-18", ("Sept. 5", "date", "2024-09-05")),
    ],
)
def test_which_year_a_year_less_date_takes(text, ref, expected):
    assert found(text, ref) == [expected]


def test_newspaper_names_are_not_today():
    assert found("he told USA Today that") == []
    assert found("Today the ministry said") == [("Today", "relative", REF)]
