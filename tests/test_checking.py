"""Fact-checking: General Staff figures against the daily record, undated articles dated from
the bulletins they quote, a number traced to who said it first, claimants side by side.

Most tests build their figures by hand (what a sentence says), so they hold whatever the
extraction rules find today; the last ones read the sample articles end to end."""

from __future__ import annotations

import json
import shutil

import pytest

from index.checking import check_all, date_undated, load_record
from index.checking.compare import compare
from index.checking.dating import estimate
from index.checking.importing import import_files
from index.checking.record import RecordError
from index.checking.trace import trace
from index.library import Library
from index.model import Article, Figure

GS = "General Staff of Ukraine"


def fig(value, metric="personnel_casualties", *, approx=None, kind="cumulative",
        claimant=GS, as_of=None, file="a.txt", start=0, text=None, sentence="",
        side="russia", estimate=None, why=None):
    text = text or f"{value:,}"
    return Figure(file=file, value=value, upper=None, approx=approx, metric=metric, side=side,
                  claimant=claimant, kind=kind, as_of=as_of, text=text, start=start,
                  end=start + len(text), sentence=sentence or text, sentence_start=start,
                  sentence_end=start + len(sentence or text), as_of_estimate=estimate,
                  as_of_from=why)


@pytest.fixture(scope="module")
def record():
    return load_record()


def only(figures, record):
    [check] = check_all(figures, record)
    return check


def test_a_figure_a_day_early_matches_the_next_bulletin_and_says_so(record):
    check = only([fig(765110, as_of="2024-12-16")], record)
    assert (check.status, check.bulletin, check.official) == ("match", "2024-12-17", 765110)
    assert check.describe() == ("matches the bulletin of 2024-12-17 "
                                "(the article says 2024-12-16)")


def test_a_stale_or_wrong_number_differs_from_the_bulletin_of_its_date(record):
    check = only([fig(350, "aircraft", as_of="2024-05-25")], record)
    assert (check.status, check.bulletin, check.official) == ("differs", "2024-05-25", 356)
    assert check.describe() == "differs: the bulletin of 2024-05-25 said 356"


def test_a_number_no_bulletin_ever_had_is_none_not_differs(record):
    assert only([fig(765111, as_of="2024-12-17")], record).status == "none"


def test_qualifiers_allow_the_bulletins_they_round(record):
    # "over 139,000" is 139,000-140,000: the bulletin of 2023-02-14 said 139,080
    assert only([fig(139000, approx="over", as_of="2023-02-14")], record).status == "match"
    # "nearly 140,000" stops at 140,000; a plain "10,400" drones rounds 10,414 (0.1 %)
    assert only([fig(10400, "drones", as_of="2024-05-25")], record).official == 10414
    # "nearly 139,000" is the bulletin of 2023-02-13 (138,340), three days before: a match;
    # a week later the bulletins had passed it
    assert only([fig(139000, approx="nearly", as_of="2023-02-16")], record).bulletin == "2023-02-13"
    assert only([fig(139000, approx="nearly", as_of="2023-02-20")], record).status == "differs"


def test_daily_figures_are_checked_against_the_days_change(record):
    check = only([fig(1030, "personnel_killed", kind="daily", as_of="2023-02-07")], record)
    assert (check.status, check.official) == ("match", 1030)


def test_a_sum_the_sentence_names_matches_and_a_wrong_metric_never_differs(record):
    sentence = "with over 22,000 tanks and armored vehicles destroyed"
    summed = fig(22000, "armored_vehicles", approx="over", as_of="2024-05-25",
                 sentence=sentence, start=10)
    summed.sentence_start = 0
    assert only([summed], record).status == "match"
    # "nearly 700 aircraft" (aircraft and helicopters, 682) is far from 356: no "differs"
    assert only([fig(700, "aircraft", approx="nearly", as_of="2024-05-25")],
                record).status == "none"


def test_only_general_staff_figures_of_russian_losses_are_checked(record):
    figures = [fig(450000, "personnel_killed", claimant="UK Ministry of Defence",
                   as_of="2024-05-25"),
               fig(13000, "personnel_killed", side="ukraine", as_of="2023-02-14"),
               fig(800, "personnel_killed", kind="rate", as_of="2023-02-14"),
               fig(100, "civilians_killed", as_of="2023-02-14")]
    assert check_all(figures, record) == [None] * 4


def test_an_unnamed_figure_in_a_general_staff_list_is_checked(record):
    staff = fig(7650, "tanks", as_of="2024-05-25", start=0)
    unnamed = fig(14786, "armored_vehicles", claimant=None, as_of="2024-05-25", start=50)
    alone = fig(14786, "armored_vehicles", claimant=None, as_of="2024-05-25", start=5000)
    checks = check_all([staff, unnamed, alone], record)
    assert checks[1].status == "match" and checks[2] is None


def test_figures_that_agree_date_an_undated_article(record):
    art = Article(file="a.txt", title="t", text="", figures=[
        fig(500080, "personnel_killed", start=0), fig(7650, "tanks", start=10),
        fig(350, "aircraft", start=20), fig(500000, approx="over", start=30),
        fig(450000, claimant="UK Ministry of Defence", start=40)])
    assert date_undated([art], record) == 1
    assert art.published_estimate == "2024-05-25"
    assert art.figures[4].as_of_estimate == "2024-05-25"  # every undated figure takes it
    assert art.figures[0].as_of_from.startswith(
        "estimate: 500,080 = the bulletin of 2024-05-25")
    # read against that bulletin, the misquote that was outvoted differs
    assert check_all(art.figures, record)[2].status == "differs"


def test_one_tight_match_dates_an_article_and_one_loose_match_never_does(record):
    day, why = estimate([fig(139000, approx="over")], record)
    assert day == "2023-02-14" and "2023-02-14 to 2023-02-15" in why
    assert estimate([fig(500000, approx="over")], record) is None  # months of bulletins
    assert estimate([fig(27, "ships")], record) is None


def test_figures_pointing_to_different_bulletins_date_nothing(record):
    split = [fig(133190, start=0), fig(765110, start=10)]
    assert estimate(split, record) is None


def test_a_dated_article_keeps_its_date(record):
    art = Article(file="a.txt", title="t", text="", published="2024-12-16",
                  figures=[fig(765110, as_of="2024-12-16")])
    assert date_undated([art], record) == 0 and art.figures[0].as_of_estimate is None


def test_trace_tells_a_claimant_saying_it_again_from_outlets_repeating_it():
    figures = [
        fig(500000, "personnel_killed", claimant="UK Ministry of Defence",
            as_of="2024-05-01", file="b.txt"),
        fig(500080, "personnel_killed", as_of="2024-05-25", file="c.txt"),
        fig(500000, "personnel_killed", claimant="UK Ministry of Defence",
            as_of="2024-05-02", file="d.txt"),
        fig(500000, "personnel_killed", claimant="UK Ministry of Defence",
            as_of="2024-07-01", file="e.txt"),
        fig(450000, "personnel_killed", as_of="2024-04-01", file="f.txt"),
    ]
    steps = trace(500000, figures)
    assert [(s.figure.file, s.role) for s in steps] == [
        ("b.txt", "first"), ("d.txt", "repeated"), ("c.txt", "first"), ("e.txt", "again")]


def test_compare_never_weighs_killed_against_killed_and_wounded(record):
    figures = [fig(139000, "personnel_casualties", as_of="2023-02-14", file="a.txt"),
               fig(200000, "personnel_casualties", claimant="US officials",
                   as_of="2023-02-10", file="b.txt"),
               fig(60000, "personnel_killed", claimant="Mediazona", as_of="2023-02-20",
                   file="c.txt")]
    table = compare(figures, "personnel", "russia", "month", record)
    cells = {name: cells["2023-02"] for name, cells in table.rows}
    assert cells["US officials"].differs and cells[GS].differs
    assert not cells["Mediazona"].differs  # killed: alone of its kind this month
    assert cells["Mediazona"].kind == "killed" and cells[GS].kind == "killed+wounded"
    assert table.official["2023-02"] == ("2023-02-20", 143680)


def test_an_imported_copy_is_used_from_then_on(tmp_path, record):
    newer = tmp_path / "russia_losses_personnel.json"
    newer.write_text(json.dumps([{"date": "2026-08-09", "day": 1628, "personnel": 1457700,
                                  "personnel*": "about", "POW": None}]))
    imported = import_files([newer])
    again = load_record()
    assert again.imported and again.last == "2026-08-09" and imported.last == "2026-08-09"
    assert again.values("personnel_killed")[-1] == 1457700
    assert again.values("tanks")[-2] == record.values("tanks")[-1]  # equipment kept
    assert again.values("personnel_killed", daily=True)[-1] == 1457700 - 1456610


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('[{"day": 3, "personnel": 5}]', "no valid date"),
    ("date,thing\n2026-01-01,4\n", "neither personnel nor equipment"),
])
def test_a_bad_import_says_why_and_keeps_the_copy_in_use(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(RecordError, match=message):
        import_files([bad])
    assert not load_record().imported


@pytest.fixture(scope="module")
def samples_library(tmp_path_factory, samples_dir=None):
    from tests.conftest import SAMPLES

    root = tmp_path_factory.mktemp("samples") / "corpus"
    shutil.copytree(SAMPLES, root)
    library = Library(root, cache_dir=tmp_path_factory.mktemp("cache"))
    library.update()
    return library


def test_the_samples_as_the_issue_reads_them(samples_library):
    lib = samples_library
    figures = lib.figures()
    checks = dict(((f.file[:3], f.text), c) for f, c in zip(figures, lib.checks(figures)) if c)
    assert checks[("001", "765,110")].describe() == (
        "matches the bulletin of 2024-12-17 (the article says 2024-12-16)")
    assert checks[("002", "350")].describe() == "differs: the bulletin of 2024-05-25 said 356"
    dated = {a.file[:3]: a.published_estimate for a in lib.articles()}
    assert dated["002"] == "2024-05-25" and dated["003"] == "2025-06-30"
    assert dated["000"].startswith("2023-02-1")  # "over 139,000": mid-February 2023
    why = next(f.as_of_from for f in figures if f.file.startswith("002") and f.as_of_from)
    assert "500,080 = the bulletin of 2024-05-25" in why


def test_the_official_series_is_there_for_russian_personnel_only(samples_library):
    series = samples_library.official_series("personnel", "russia")
    assert ("2024-12-17", 765110) in series and series == sorted(series)
    assert samples_library.official_series("personnel", "ukraine") == []


def test_a_misread_metric_or_one_regions_day_is_left_unchecked(record):
    sentence = ("destroying nine tanks, 18 armored units and 13 vehicles in the two regions, "
                "the General Staff said")
    start = sentence.index("18")
    misread = fig(18, "vehicles", as_of="2022-04-23", start=start, text="18",
                  sentence=sentence)
    misread.sentence_start = 0
    # cumulative here, so only the words after the number decide: "armored units"
    misread.kind = "cumulative"
    assert check_all([misread], record) == [None]
    regional = fig(9, "tanks", kind="daily", as_of="2022-04-23", sentence=sentence)
    assert check_all([regional], record) == [None]


def test_trace_keeps_claims_of_other_things_and_unnamed_ones_out_of_a_chain():
    figures = [
        fig(100000, "troops_deployed", claimant="US officials", as_of="2022-01-29",
            file="a.txt"),
        fig(100000, "personnel_killed", claimant="US officials", as_of="2022-01-30",
            file="b.txt"),
        fig(100000, "troops_deployed", claimant=None, as_of="2022-01-31", file="c.txt"),
    ]
    assert [s.role for s in trace(100000, figures)] == ["first", "first", "unattributed"]


def test_a_misdated_figure_matches_the_bulletin_its_article_quotes(record):
    # "the Sunday report": the daily 1,260 read as of a week earlier; the article's 473,400
    # is the bulletin of 2024-05-04, whose day's change was 1,260
    daily = fig(1260, kind="daily", as_of="2024-04-28", start=0)
    total = fig(473400, as_of="2024-04-28", start=100)
    check = check_all([daily, total], record)[0]
    assert (check.status, check.bulletin) == ("match", "2024-05-04")
    assert check.describe().endswith("(the article says 2024-04-28)")
    assert check_all([daily], record)[0].status == "differs"  # alone, nothing places it


def test_a_misdated_figure_matches_a_bulletin_its_article_matches_elsewhere(record):
    misread = fig(1260, kind="daily", as_of="2024-04-28", start=0)
    dated = fig(1260, kind="daily", as_of="2024-05-04", start=100)
    assert [c.bulletin for c in check_all([misread, dated], record)] == [
        "2024-05-04", "2024-05-04"]


def test_a_figure_dated_only_to_the_month_is_left_unchecked(record):
    assert check_all([fig(765110, as_of="2024-12")], record) == [None]
